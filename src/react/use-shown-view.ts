import { useCallback, useEffect, useRef } from 'react';
import type { HelpEngineCore, Match } from '../engine/types';
import type { HelpView } from './help-view';
import { resolveView } from './select-screen';

interface ShownViewOptions {
  engine: HelpEngineCore | null;
  contentVersion: number;
  isOpen: boolean;
  top: HelpView;
  setStack(update: (views: HelpView[]) => HelpView[]): void;
  matches: readonly Match[];
  matchPending: boolean;
  relatedPending: boolean;
  indexError: unknown;
  retryIndex: (() => void) | undefined;
  reopen(): void;
  reportCrash(error: unknown): void;
}

/**
 * What the drawer shows once it can: an `auto` view becomes the best match (or home) as soon as
 * the engine can say which, and a split index's chunk for the shown article or symptom (and the
 * best match's, ahead of the open) loads, with the load error and the retry the screen offers.
 */
export function useShownView({ engine, contentVersion, isOpen, top, setStack, matches, matchPending, relatedPending, indexError, retryIndex, reopen, reportCrash }: ShownViewOptions) {
  // An `auto` view becomes concrete as soon as the engine can say what it is,
  // so later route changes do not swap the screen under the user's feet.
  useEffect(() => {
    // A split index first loads the match files the route and error reach.
    if (!isOpen || top.screen !== 'auto' || !engine || matchPending) return;
    // An error's related search is on its way: decide with it (a failed load decides without).
    if (relatedPending) return;
    // Only if still `auto`: an `open(id)` in the same commit (a child's mount effect) wins.
    setStack((views) =>
      views[views.length - 1]?.screen === 'auto'
        ? [...views.slice(0, -1), resolveView(views[views.length - 1]!, matches)]
        : views,
    );
  }, [isOpen, top, engine, matches, matchPending, relatedPending, setStack]);

  // The shown article or symptom loads when shown; the best match's as soon as it matches,
  // so that opening the panel on it shows the checklist without waiting.
  const viewId =
    top.screen === 'symptom' ? top.symptomId : top.screen === 'article' ? top.articleId : top.screen === 'escalation' ? (top.symptomId ?? top.articleId) : undefined;
  const bestId = matches[0]?.symptom.id;
  useEffect(() => {
    const lazy = engine?.lazy;
    if (!lazy) return;
    for (const id of [viewId, bestId]) if (id !== undefined && lazy.status(id) === 'idle') lazy.load(id).catch(() => {});
  }, [engine, viewId, bestId, contentVersion]);
  const chunkError = viewId !== undefined && engine?.lazy?.status(viewId) === 'failed' ? engine.lazy.error(viewId) : undefined;
  const retryChunk = useCallback(() => {
    const lazy = engine?.lazy;
    if (!lazy || !engine) return;
    const failure = viewId === undefined ? undefined : lazy.error(viewId);
    // A deploy removed or replaced the files this manifest names: one reload of the manifest recovers.
    if (failure instanceof Error && (failure as { problem?: unknown }).problem === 'stale') reopen();
    else lazy.retry();
  }, [engine, viewId, reopen]);
  const loadError = indexError ?? chunkError;
  const retry = chunkError !== undefined ? retryChunk : retryIndex;
  const reportedLoadError = useRef<unknown>(undefined);
  useEffect(() => {
    // Once per failure, also when StrictMode runs effects twice.
    if (loadError === undefined || Object.is(reportedLoadError.current, loadError)) return;
    reportedLoadError.current = loadError;
    reportCrash(loadError);
  }, [loadError, reportCrash]);
  return { loadError, retry };
}
