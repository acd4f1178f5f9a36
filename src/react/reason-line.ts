import type { Reason } from '../engine/types';
import type { PanelLabels } from './labels';

const errorKinds = new Set<Reason['kind']>(['error-code', 'status', 'status-class', 'name', 'message']);

/**
 * The plain line under a suggested symptom, from the match's reasons
 * (strongest first): the error when the error matched, the page when only the
 * route did. An error is named by what a user can recognise on screen (its
 * code, status or name), never by the author's pattern; a message match names
 * nothing, since the message may be long or hold user data.
 */
export function reasonLine(reasons: readonly Reason[], labels: Pick<PanelLabels, 'suggestedForPage' | 'suggestedForError' | 'suggestedForSearch'>): string | null {
  const error = reasons.find((reason) => errorKinds.has(reason.kind));
  if (error) return labels.suggestedForError(error.kind === 'message' ? undefined : error.value);
  if (reasons.some((reason) => reason.kind === 'route')) return labels.suggestedForPage;
  const related = reasons.find((reason) => reason.kind === 'related-search' || reason.kind === 'search-rank');
  if (related) return labels.suggestedForSearch(related.pattern);
  return null;
}

/**
 * Whether this is a development build: bundlers replace `process.env.NODE_ENV`
 * at build time; where nothing defines it (a plain browser), it is not.
 */
export function isDevelopmentBuild(): boolean {
  try {
    return process.env.NODE_ENV === 'development';
  } catch {
    return false;
  }
}
