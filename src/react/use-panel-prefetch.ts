import { useCallback, useEffect } from 'react';
import { prefetchShell } from './panel-chunks';
import { whenIdle } from './when-idle';

interface PanelPrefetchOptions {
  error: unknown;
  isOpen: boolean;
  wanted: boolean;
  want(): void;
  /** The shipped label pack the user's locale picks, if any. */
  packTag: string | undefined;
}

/**
 * When the panel past its shell is fetched: once the browser is idle after the page's load (so
 * that opening never waits), at once on an error reaching the panel, and whenever something says
 * help is near. Returns the prefetch for a hand near the trigger and the shortcut's first key,
 * which also asks for the content (the index and what the route and error match).
 */
export function usePanelPrefetch({ error, isOpen, wanted, want, packTag }: PanelPrefetchOptions): () => void {
  useEffect(() => whenIdle(() => prefetchShell(packTag)), [packTag]);
  const hasError = error != null;
  useEffect(() => {
    if (!hasError) return;
    prefetchShell(packTag);
    want();
  }, [hasError, packTag, want]);
  useEffect(() => {
    if (isOpen || wanted) prefetchShell(packTag);
  }, [isOpen, wanted, packTag]);
  return useCallback(() => {
    prefetchShell(packTag);
    want();
  }, [packTag, want]);
}
