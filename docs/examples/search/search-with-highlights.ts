// Search as the panel does, and mark the matched text of each hit.
import { createHelpEngine, type HelpIndex, type SearchMatch } from 'help-panel/engine';

/** `Webhooks not firing` with ranges [[0, 8]] → `[Webhooks] not firing`. */
export function mark({ value, ranges }: SearchMatch): string {
  let marked = '';
  let at = 0;
  for (const [start, end] of ranges) {
    marked += `${value.slice(at, start)}[${value.slice(start, end)}]`;
    at = end;
  }
  return marked + value.slice(at);
}

export function searchHelp(index: HelpIndex, query: string, route?: string): string[] {
  const engine = createHelpEngine(index);
  // `context` lifts what the current route and error would open among hits of similar score.
  const hits = engine.search(query, { limit: 5, context: { route } });
  return hits.map((hit) => mark(hit.matches[0] ?? { field: 'title', value: hit.symptom?.title ?? hit.article.title, ranges: [] }));
}
