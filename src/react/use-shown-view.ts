import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import type { HelpEngineCore, Match } from '../engine/types';
import type { HelpView } from './help-view';
import { resolveView } from './select-screen';

const useClientLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

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
  // so later route changes do not swap the screen under the user's feet. Before the browser paints:
  // a drawer that opens on a match never shows a frame of waiting for it.
  useClientLayoutEffect(() => {
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

  // In development an edit can rename the open symptom's heading, and with it its id: the screen
  // stays on the symptom at the same place in the same article instead of saying it is not there.
  const previousEngine = useRef(engine);
  useEffect(() => {
    const before = previousEngine.current;
    previousEngine.current = engine;
    if (!before || !engine || before === engine) return;
    setStack((views) => {
      let changed = false;
      const next = views.map((view) => {
        const renamed = view.screen === 'symptom' ? renamedSymptom(before, engine, view.symptomId) : undefined;
        if (renamed === undefined || view.screen !== 'symptom') return view;
        changed = true;
        return { ...view, symptomId: renamed };
      });
      return changed ? next : views;
    });
  }, [engine, setStack]);

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
  // Whether what the drawer shows (or will, on `auto`) is all there: until then, the parts below it
  // (search's chunk, feedback) wait, so that they never share the network with the checklist's files.
  const pendingId = top.screen === 'auto' ? bestId : viewId;
  const shownStatus = pendingId === undefined ? undefined : engine?.lazy?.status(pendingId);
  const settled = !!engine && !(top.screen === 'auto' && (matchPending || relatedPending)) && shownStatus !== 'idle' && shownStatus !== 'loading';
  return { loadError, retry, settled };
}

/**
 * The id a symptom has in `after` when an edit renamed it: gone from `after`, its article still
 * there, and a symptom at its place in that article whose id `before` did not have. Otherwise none.
 */
export function renamedSymptom(before: HelpEngineCore, after: HelpEngineCore, id: string): string | undefined {
  if (after.symptom(id)) return undefined;
  const old = before.symptom(id);
  if (!old) return undefined;
  const place = before.article(old.articleId)?.symptomIds.indexOf(id) ?? -1;
  const candidate = place < 0 ? undefined : after.article(old.articleId)?.symptomIds[place];
  return candidate !== undefined && !before.symptom(candidate) ? candidate : undefined;
}
