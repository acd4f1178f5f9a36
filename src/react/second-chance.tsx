import { useEffect, useRef, useState } from 'react';
import type { HelpEngineCore, Match } from '../engine/types';
import { useHelpContext } from './help-context';
import type { HelpView } from './help-view';
import { loadSearch } from './load-search';
import type { SplitSearchFunction } from '../engine/split/index';

/** How many other places a second chance offers. */
const MAX_ALTERNATIVES = 3;

/** One place to look next: a symptom or an article. */
export interface Alternative {
  id: string;
  title: string;
  view: HelpView;
}

export interface SecondChanceProps {
  /** The article the user said "No" to. */
  articleId: string;
  /** The symptom the user said "No" to, if any. */
  symptomId?: string;
}

/**
 * The next best places after a "No": the other symptoms the route and error
 * matched, then what a search for the title finds, then the article's other
 * symptoms and its related articles. Never the page itself, never twice the
 * same place.
 */
export async function findAlternatives(
  engine: HelpEngineCore,
  matches: readonly Match[],
  about: SecondChanceProps,
  route: string | null,
  error: unknown,
): Promise<Alternative[]> {
  const seen = new Set<string>([about.symptomId ?? about.articleId]);
  const found: Alternative[] = [];
  const add = (alternative: Alternative) => {
    if (found.length >= MAX_ALTERNATIVES || seen.has(alternative.id)) return;
    seen.add(alternative.id);
    found.push(alternative);
  };
  for (const match of matches) {
    add({ id: match.symptom.id, title: match.symptom.title, view: { screen: 'symptom', symptomId: match.symptom.id, suggested: true } });
  }
  if (found.length < MAX_ALTERNATIVES) {
    const title = (about.symptomId ? engine.symptom(about.symptomId)?.title : undefined) ?? engine.article(about.articleId)?.title ?? '';
    try {
      const search = await loadSearch(engine);
      const options = { limit: MAX_ALTERNATIVES * 3, context: { route, error } };
      // A split index first fetches the shards the title's words need.
      if ('prepare' in search) await (search as SplitSearchFunction).prepare(title, options);
      for (const hit of search(title, options)) {
        if (hit.symptom) add({ id: hit.symptom.id, title: hit.symptom.title, view: { screen: 'symptom', symptomId: hit.symptom.id } });
        else add({ id: hit.article.id, title: hit.article.title, view: { screen: 'article', articleId: hit.article.id } });
      }
    } catch {
      // Search could not load: the matches (and the search box) are still a second chance.
    }
  }
  // Then the other symptoms of the same article (the same topic, another problem), then its related articles.
  const article = engine.article(about.articleId);
  for (const id of article?.symptomIds ?? []) {
    const symptom = engine.symptom(id);
    if (symptom) add({ id, title: symptom.title, view: { screen: 'symptom', symptomId: id } });
  }
  for (const id of article?.related ?? []) {
    const related = engine.article(id);
    if (related) add({ id, title: related.title, view: { screen: 'article', articleId: id } });
  }
  return found;
}

/**
 * After "No" on "Was this helpful?": the next best matches and the search
 * box, before "Contact support". Emits `second-chance-opened` once, with
 * what it offered.
 */
export function SecondChance({ articleId, symptomId }: SecondChanceProps) {
  const { engine, matches, labels, navigate, emit, route, error } = useHelpContext('HelpPanel.Content');
  const [alternatives, setAlternatives] = useState<Alternative[] | null>(null);
  const emitted = useRef(false);
  const root = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!engine) return;
    let live = true;
    findAlternatives(engine, matches, { articleId, symptomId }, route, error).then((found) => {
      if (!live) return;
      setAlternatives(found);
      if (emitted.current) return;
      emitted.current = true;
      emit({ type: 'second-chance-opened', articleId, ...(symptomId ? { symptomId } : {}), alternatives: found.map((a) => a.id) });
    });
    return () => {
      live = false;
    };
    // Once per "No": what matched then is what is offered.
  }, [engine, articleId, symptomId]);

  if (alternatives === null) return null;
  const focusSearch = () => {
    const input = root.current?.closest('[data-help-part="content"]')?.querySelector<HTMLInputElement>('[data-help-part="search-input"]');
    input?.focus();
  };
  return (
    <section ref={root} data-help-part="second-chance" aria-label={labels.secondChanceTitle}>
      <h4>{labels.secondChanceTitle}</h4>
      {alternatives.length > 0 && (
        <ul>
          {alternatives.map((alternative) => (
            <li key={alternative.id}>
              <button type="button" data-help-part="second-chance-link" onClick={() => navigate(alternative.view)}>
                {alternative.title}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p>
        <button type="button" data-help-part="second-chance-search" onClick={focusSearch}>
          {labels.secondChanceSearch}
        </button>
      </p>
    </section>
  );
}

export default SecondChance;
