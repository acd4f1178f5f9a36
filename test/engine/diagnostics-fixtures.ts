import type { Article, Check, Symptom } from '../../src/schema/help-index';

const source = { file: 'oxvo/webhooks.md', line: 1, column: 1 };

/** A check as the compiler would emit it. */
export function check(id: string, diagnostic?: string, text = `Check ${id}`): Check {
  return { id, text, content: [{ type: 'text', value: text }], ...(diagnostic ? { diagnostic } : {}), source };
}

/** A symptom holding `checks`. */
export function symptom(checks: Check[], id = 'webhooks#not-firing', title = 'Webhooks not firing'): Symptom {
  const [articleId = 'webhooks', slug = 'not-firing'] = id.split('#');
  return {
    id,
    slug,
    articleId,
    title,
    form: 'symptom-checks',
    description: '',
    checks,
    context: null,
    aliases: [],
    tags: [],
    source,
  };
}

/** An article with optional escalation details. */
export function article(escalation?: Article['escalation'], id = 'webhooks', title = 'Webhooks'): Article {
  return {
    id,
    title,
    summary: '',
    tags: [],
    aliases: [],
    context: { routes: [], errors: [] },
    related: [],
    symptomIds: [],
    links: [],
    headings: [],
    ...(escalation ? { escalation } : {}),
    source,
  };
}
