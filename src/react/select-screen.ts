import type { HelpEngineCore, Match } from '../engine/types';
import type { HelpLoadStatus, HelpScreen, HelpView } from './help-view';

/**
 * Whether a match may be opened by itself: any but a weak related guess (an
 * error no pattern names, found by its words), except the page a search for
 * the error ranked first by a clear margin (a `search-rank` reason).
 */
export function opensByItself(match: Match): boolean {
  return match.related !== 'weak' || match.reasons[0]?.kind === 'search-rank';
}

/**
 * Turns the `auto` view into a concrete one: the best match that may be
 * opened by itself (see {@link opensByItself}), whose screen lists the other
 * matches; or home, which lists the weak guesses as possibly related.
 */
export function resolveView(view: HelpView, matches: readonly Match[]): Exclude<HelpView, { screen: 'auto' }> {
  if (view.screen !== 'auto') return view;
  const best = matches.find(opensByItself);
  return best ? { screen: 'symptom', symptomId: best.symptom.id, suggested: true } : { screen: 'home' };
}

/** The one place that decides what the panel shows. Pure: no React, no DOM. */
export function selectScreen(
  status: HelpLoadStatus,
  engine: HelpEngineCore | null,
  view: HelpView,
  matches: readonly Match[],
  query: string,
): HelpScreen {
  switch (status) {
    case 'idle':
    case 'loading':
      return 'loading';
    case 'error':
      return 'error';
    case 'ready':
      break;
  }
  if (!engine) return 'error';
  // The search box is on every screen; while it holds a query, its results replace the screen.
  if (query.trim() !== '') return 'search';
  const resolved = resolveView(view, matches);
  switch (resolved.screen) {
    case 'home':
      return 'home';
    case 'symptom':
      return engine.symptom(resolved.symptomId) ? 'symptom' : notThere(engine, resolved.symptomId);
    case 'article':
      return engine.article(resolved.articleId) ? 'article' : notThere(engine, resolved.articleId);
    case 'escalation':
      return 'escalation';
    case 'ask':
      return 'ask';
    case 'search':
      return 'search';
  }
}

/** A split index's article that is not there: still coming, failed to come, or not in the help center. */
function notThere(engine: HelpEngineCore, id: string): HelpScreen {
  switch (engine.lazy?.status(id)) {
    case 'idle':
    case 'loading':
      return 'loading';
    case 'failed':
      return 'error';
    default:
      return 'not-found';
  }
}
