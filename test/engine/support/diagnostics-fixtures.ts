import type { Article, Check, Symptom } from '../../../src/schema/help-index';
import { articleRecord, checkRecord, sourceAt, symptomRecord } from '../../fixtures/records';

const source = sourceAt('oxvo/webhooks.md');

/** A check as the compiler would emit it. */
export function check(id: string, diagnostic?: string, text = `Check ${id}`): Check {
  return checkRecord(id, text, { source, ...(diagnostic ? { diagnostic } : {}) });
}

/** A symptom holding `checks`. */
export function symptom(checks: Check[], id = 'webhooks#not-firing', title = 'Webhooks not firing'): Symptom {
  const [articleId = 'webhooks', slug = 'not-firing'] = id.split('#');
  return symptomRecord(articleId, slug, title, checks, { source });
}

/** An article with optional escalation details. */
export function article(escalation?: Article['escalation'], id = 'webhooks', title = 'Webhooks'): Article {
  return articleRecord(id, title, { source, ...(escalation ? { escalation } : {}) });
}
