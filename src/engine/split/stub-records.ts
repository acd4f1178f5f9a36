import type { Article, HelpContext, Symptom } from '../../schema/help-index';

const EMPTY_CONTEXT: HelpContext = { routes: [], errors: [] };
const NO_SOURCE = { file: '', line: 1, column: 1 };

/** An article's stand-in in a split index until its chunk arrives: what a match file, the home list or a record group knows. */
export function stubArticle(id: string, title: string, context: HelpContext = EMPTY_CONTEXT): Article {
  return { id, title, summary: '', tags: [], aliases: [], context, related: [], symptomIds: [], links: [], headings: [], source: NO_SOURCE };
}

/** A symptom's stand-in until its chunk arrives: its id, title and, when it has its own, its context; no checks yet. */
export function stubSymptom(articleId: string, slug: string, title: string, extra: { group?: string; context?: HelpContext | null } = {}): Symptom {
  return {
    id: `${articleId}#${slug}`,
    slug,
    articleId,
    title,
    ...(extra.group !== undefined ? { group: extra.group } : {}),
    form: 'checklist',
    description: '',
    checks: [],
    context: extra.context ?? null,
    aliases: [],
    tags: [],
    source: NO_SOURCE,
  };
}
