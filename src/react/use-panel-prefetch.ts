import { useCallback, useEffect, useRef } from 'react';
import { prefetchShell } from './panel-chunks';
import { whenIdle } from './when-idle';

interface PanelPrefetchOptions {
  error: unknown;
  isOpen: boolean;
  wanted: boolean;
  /** Says the content is wanted: the runtime loads the index when it comes. */
  want(): void;
  /** Starts the content's own chain (manifest, match files, the best match's chunk) beside the chunks. */
  prefetchContent(): void;
  /** Whether a hand near the trigger may fetch content too (`preload` is not `'open'`). */
  nearFetchesContent: boolean;
  /** Whether the content also comes when the browser is idle (`preload` is `'idle'`, the default). */
  idleFetchesContent: boolean;
  /** The shipped label pack the user's locale picks, if any. */
  packTag: string | undefined;
}

/**
 * When the panel past its shell is fetched: its chunks once the browser is idle after the page's
 * load (so that opening never waits), with the content when `preload` is `'idle'`, and everything,
 * content included, at once on an error reaching the panel or an open. Returns the prefetch for a hand near the trigger and the
 * shortcut's first key, which fetches the chunks and (unless `preload` is `'open'`) the content.
 */
export function usePanelPrefetch({ error, isOpen, wanted, want, prefetchContent, nearFetchesContent, idleFetchesContent, packTag }: PanelPrefetchOptions): () => void {
  const content = useRef(prefetchContent);
  content.current = prefetchContent;
  useEffect(
    () =>
      whenIdle(() => {
        prefetchShell(packTag);
        // `preload: 'idle'`: the manifest and what the route matches, beside the chunks that read them.
        if (idleFetchesContent) content.current();
      }),
    [packTag, idleFetchesContent],
  );
  const hasError = error != null;
  useEffect(() => {
    if (!hasError) return;
    // Content first: its chain (manifest, match files, chunk) is longer than the code's.
    content.current();
    prefetchShell(packTag);
    want();
  }, [hasError, error, packTag, want]);
  useEffect(() => {
    if (!isOpen) return;
    content.current();
    prefetchShell(packTag);
  }, [isOpen, packTag]);
  useEffect(() => {
    if (wanted) prefetchShell(packTag);
  }, [wanted, packTag]);
  return useCallback(() => {
    if (nearFetchesContent) {
      content.current();
      want();
    }
    prefetchShell(packTag);
  }, [packTag, want, nearFetchesContent]);
}
