import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { HelpEngineCore, Match } from '../engine/types';
import { errorSeenEvent, type HelpEvent } from '../engine/events/index';
import { loadedRelatedMatch, prepareRelated, relatedReady } from './load-search';
import { prefetchAll, prefetchPanel } from './prefetch-panel';
import { whenIdle } from './when-idle';

interface HelpMatchesOptions {
  engine: HelpEngineCore | null;
  contentVersion: number;
  route: string | null;
  error: unknown;
  /** A `Response`'s body is still being read: matching waits for what it says. */
  bodyPending: boolean;
  emit(event: HelpEvent): void;
  reportCrash(error: unknown): void;
}

export interface HelpMatches {
  /** What the route and error match, best first. */
  matches: Match[];
  /** A split index's match files for this route and error are still on their way. */
  matchPending: boolean;
  /** An unmatched error's related search is still loading: `auto` waits for it. */
  relatedPending: boolean;
}

/**
 * What the route and the error match, and what follows from it: a split index's match files
 * loaded first, an error no pattern names searched by its words ("possibly related"), the panel's
 * parts fetched on a match, and the `context-matched` and `error-seen` events, each once.
 */
export function useHelpMatches({ engine, contentVersion, route, error, bodyPending, emit, reportCrash }: HelpMatchesOptions): HelpMatches {
  // A split index loads the match files the route and error can reach, then matches.
  const matchPending = bodyPending || (!!engine?.lazy && !engine.lazy.matchReady({ route, error }));
  useEffect(() => {
    const lazy = engine?.lazy;
    if (!lazy || lazy.matchReady({ route, error })) return;
    lazy.prepareMatch({ route, error }).catch((failure: unknown) => reportCrash(failure));
  }, [engine, route, error, contentVersion, reportCrash]);

  // An error that no pattern names is searched by its words ("possibly related"): that search lives in
  // search's chunk, loaded when there is an error, so that a page without one never downloads it
  // (a split index also fetches the shards that error's words need). `settled` names the engine and
  // error whose related search is ready (or failed to be): matching runs again when it changes.
  const [settled, setSettled] = useState<{ engine: HelpEngineCore; error: unknown } | null>(null);
  const matchNow = useCallback(
    (context: { route: string | null; error: unknown }) => (engine ? (loadedRelatedMatch(engine) ?? engine.match)(context) : []),
    [engine, settled],
  );
  const matches = useMemo<Match[]>(() => {
    try {
      return matchNow({ route, error });
    } catch (failure) {
      // The engine promises not to throw; if it does, no match beats a broken host.
      reportCrash(failure);
      return [];
    }
    // A split index's matches carry full records once their chunk arrives.
  }, [matchNow, route, error, reportCrash, contentVersion]);
  // Only an error that no code or message names needs it: a status match alone may hide a table that lists the message.
  const wantsRelated =
    !!engine &&
    error != null &&
    !matchPending &&
    !relatedReady(engine, { route, error }) &&
    !matches.some((m) => m.reasons.some((r) => r.kind === 'error-code' || r.kind === 'message'));
  useEffect(() => {
    if (!engine || !wantsRelated) return;
    let live = true;
    prepareRelated(engine, { route, error }).then(() => live && setSettled({ engine, error }));
    return () => {
      live = false;
    };
  }, [engine, wantsRelated, route, error]);
  const relatedPending = wantsRelated && !(settled?.engine === engine && Object.is(settled.error, error));

  const matchSignature = matches.map((m) => m.symptom.id).join('\n');
  const emittedMatches = useRef('');
  useEffect(() => {
    // Only when the set of matches changes (not on every new array, nor twice under StrictMode).
    if (emittedMatches.current === matchSignature) return;
    emittedMatches.current = matchSignature;
    if (matches.length > 0) {
      // A match (from the route or an error) is when the user is likeliest to open help: get its parts ready.
      prefetchPanel(engine);
      emit({
        type: 'context-matched',
        matches: matches.map((m) => ({ symptomId: m.symptom.id, articleId: m.article.id, score: m.score, reasons: m.reasons })),
      });
    }
  }, [matchSignature, emit]);
  // Each new error once, with what it matched, for the report's coverage: compared by its facts,
  // so an inline `error={{ code }}` (a new object every render) and StrictMode's second run add nothing.
  const emittedError = useRef('');
  useEffect(() => {
    const normalized = engine && error != null ? engine.normalizeError(error) : null;
    if (!normalized) {
      emittedError.current = '';
      return;
    }
    // Not before a split index's match files are in: the report reads a seen error without matches
    // as a gap in the content. (A "possibly related" guess is no written pattern, so it is not awaited.)
    if (matchPending) return;
    const event = errorSeenEvent(normalized, route, matches);
    const signature = JSON.stringify(event.error);
    if (emittedError.current === signature) return;
    emittedError.current = signature;
    emit(event);
  }, [engine, error, route, matches, emit, matchPending]);

  // Once the page has settled, fetch the rest of the panel so that opening it never waits on the network.
  useEffect(() => (engine ? whenIdle(() => prefetchAll(engine)) : undefined), [engine]);

  return { matches, matchPending, relatedPending };
}
