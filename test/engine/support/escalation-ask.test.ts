import { describe, expect, it } from 'vitest';
import { buildEscalationPayload } from '../../../src/engine/support/escalation';
import { formatEscalationSummary } from '../../../src/engine/support/escalation-summary';

describe('given an escalation from an answer to a question in the user\'s words', () => {
  const ask = {
    question: '  why do replies never arrive?  ',
    answer: 'Check DKIM [1].\n\n1. Open Settings → Domains [1]',
    citations: [{ key: '1', id: 'replies#missing', title: 'Replies missing' }],
    grounded: true,
  };

  it('carries the question, the answer and its citations, trimmed and capped', () => {
    const payload = buildEscalationPayload({ ask, userAgent: null, now: new Date('2026-03-01T10:00:00Z'), timeZone: 'UTC' });
    expect(payload.ask).toEqual({ ...ask, question: 'why do replies never arrive?' });
    const long = buildEscalationPayload({ ask: { ...ask, answer: 'x'.repeat(20_000), citations: Array.from({ length: 50 }, (_, i) => ({ key: String(i), id: `a#${i}`, title: 't' })) } });
    expect(long.ask!.answer.length).toBeLessThanOrEqual(5000);
    expect(long.ask!.citations.length).toBeLessThanOrEqual(20);
  });

  it('leaves the field out from every other screen, so payloads from symptoms are as before', () => {
    expect('ask' in buildEscalationPayload({})).toBe(false);
    expect('ask' in buildEscalationPayload({ ask: null })).toBe(false);
  });

  it('tells support what was asked and answered in the summary', () => {
    const summary = formatEscalationSummary(buildEscalationPayload({ ask, userAgent: null }));
    expect(summary).toContain('Asked in their own words:\n  Question: why do replies never arrive?\n  Answer the panel gave:\n    Check DKIM [1].');
    expect(summary).toContain('Sources: [1] Replies missing (replies#missing)');
    const uncovered = formatEscalationSummary(buildEscalationPayload({ ask: { question: 'refund?', answer: '', citations: [], grounded: false }, userAgent: null }));
    expect(uncovered).toContain('No answer was shown: no help article covered it, or the answer failed.');
  });
});
