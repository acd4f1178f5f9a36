import { describe, expect, it } from 'vitest';
import {
  buildEscalationPayload,
  MAX_NOTE_LENGTH,
  prefill,
  rememberSearches,
  type BuildEscalationPayloadInput,
} from '../../../src/engine/support/escalation';
import type { DiagnosticOutcome } from '../../../src/engine/support/run-diagnostics';
import { CIRCULAR_MARKER } from '../../../src/engine/base/to-json-safe';
import { article, check, symptom } from './diagnostics-fixtures';

const checks = [check('integrations-card', 'integration-status', 'Settings → Integrations: anything red?'), check('refresh', undefined, 'Refresh the tab')];
const now = new Date('2026-11-22T17:00:00Z');

function build(extra: Partial<BuildEscalationPayloadInput> = {}) {
  return buildEscalationPayload({
    helpCenter: { id: 'ochre', title: 'Ochre Help' },
    article: article({ details: [{ id: 'workspace-slug', label: 'Your workspace slug.' }] }, 'overview', 'Troubleshooting overview'),
    symptom: symptom(checks, 'overview#five-minute-first-pass', 'Five-minute first pass'),
    route: '/settings/integrations',
    error: { code: 'STRIPE_SYNC_FAILED', status: 502, causes: [] },
    now,
    timeZone: 'Europe/Berlin',
    userAgent: 'TestAgent/1.0',
    ...extra,
  });
}

describe('given a user escalating from a symptom', () => {
  it('carries help center, article, symptom, route and error', () => {
    const payload = build();
    expect(payload).toMatchObject({
      version: 1,
      helpCenter: { id: 'ochre', title: 'Ochre Help' },
      article: { id: 'overview', title: 'Troubleshooting overview' },
      symptom: { id: 'overview#five-minute-first-pass', title: 'Five-minute first pass' },
      route: '/settings/integrations',
      error: { code: 'STRIPE_SYNC_FAILED', status: 502, causes: [] },
      userAgent: 'TestAgent/1.0',
    });
  });

  it('stamps the first-seen time in the user’s zone with its offset', () => {
    const payload = build({ firstSeen: new Date('2026-07-01T08:30:00Z') });
    expect(payload.firstSeen).toEqual({ iso: '2026-07-01T10:30:00+02:00', timeZone: 'Europe/Berlin', utcOffset: '+02:00' });
    expect(payload.createdAt).toEqual({ iso: '2026-11-22T18:00:00+01:00', timeZone: 'Europe/Berlin', utcOffset: '+01:00' });
  });

  it('uses now as first seen when it is not known or not a date', () => {
    expect(build().firstSeen?.iso).toBe('2026-11-22T18:00:00+01:00');
    expect(build({ firstSeen: 'not a date' }).firstSeen?.iso).toBe('2026-11-22T18:00:00+01:00');
  });

  it('splits the checks into done and not done', () => {
    const payload = build({ checkedIds: new Set(['refresh']) });
    expect(payload.checks).toEqual({
      done: [{ id: 'refresh', text: 'Refresh the tab' }],
      notDone: [{ id: 'integrations-card', text: 'Settings → Integrations: anything red?' }],
    });
  });

  it('lists diagnostic results with the check text and why a check could not run', () => {
    const outcomes: DiagnosticOutcome[] = [
      { checkId: 'integrations-card', diagnostic: 'integration-status', status: 'failed', detail: 'Stripe is disconnected', fix: { label: 'Reconnect', to: '/settings/integrations/stripe' }, durationMs: 3 },
      { checkId: 'refresh', diagnostic: 'x', status: 'unknown', reason: 'timeout', message: 'slow', durationMs: 5000 },
    ];
    expect(build({ diagnostics: outcomes }).diagnostics).toEqual([
      { checkId: 'integrations-card', text: 'Settings → Integrations: anything red?', diagnostic: 'integration-status', status: 'failed', detail: 'Stripe is disconnected', fix: { label: 'Reconnect', to: '/settings/integrations/stripe' } },
      { checkId: 'refresh', text: 'Refresh the tab', diagnostic: 'x', status: 'unknown', reason: 'timeout' },
    ]);
  });

  it('keeps the searches of this visit without repeats, newest last', () => {
    expect(build({ searches: ['stripe', '  Slack   pings ', 'STRIPE', '', 'widget'] }).searches).toEqual(['Slack pings', 'STRIPE', 'widget']);
  });

  it('answers host fields from what the user typed, else from the context', () => {
    const payload = build({
      fields: [
        { id: 'workspace', label: 'Workspace slug' },
        { id: 'plan', label: 'Plan', contextKey: 'billingPlan' },
        { id: 'seats', label: 'Seats' },
      ],
      fieldValues: { workspace: ' acme ' },
      context: { workspace: 'ignored', billingPlan: 'pro', seats: 12 },
    });
    expect(payload.fields).toEqual([
      { id: 'workspace', label: 'Workspace slug', value: 'acme' },
      { id: 'plan', label: 'Plan', value: 'pro' },
      { id: 'seats', label: 'Seats', value: '12' },
    ]);
  });

  it('pairs the article’s escalation details with the user’s answers', () => {
    const payload = build({
      details: [
        { id: 'workspace-slug', label: 'Your workspace slug.' },
        { id: 'conversation-id', label: 'A conversation ID, customer email, or screenshot.' },
      ],
      detailAnswers: { 'workspace-slug': 'acme' },
    });
    expect(payload.details).toEqual([
      { id: 'workspace-slug', label: 'Your workspace slug.', value: 'acme' },
      { id: 'conversation-id', label: 'A conversation ID, customer email, or screenshot.', value: '' },
    ]);
  });

  it('survives a JSON round trip unchanged', () => {
    const payload = build({ note: 'It broke at 9', context: { user: { id: 7 } }, checkedIds: ['refresh'] });
    expect(JSON.parse(JSON.stringify(payload))).toEqual(payload);
  });
});

describe('given odd input', () => {
  it('marks a cyclic host context instead of throwing', () => {
    const context: Record<string, unknown> = { workspace: 'acme' };
    context.self = context;
    const payload = build({ context });
    expect(payload.context).toEqual({ workspace: 'acme', self: CIRCULAR_MARKER });
    expect(() => JSON.stringify(payload)).not.toThrow();
  });

  it('drops functions and symbols, turns bigints, dates and errors into text', () => {
    const payload = build({
      context: { fn: () => 1, sym: Symbol('s'), big: 10n, at: new Date('2026-01-01T00:00:00Z'), err: new RangeError('bad'), nan: Number.NaN },
    });
    expect(payload.context).toEqual({ big: '10', at: '2026-01-01T00:00:00.000Z', err: { name: 'RangeError', message: 'bad' }, nan: null });
  });

  it('caps huge strings, long arrays and deep nesting', () => {
    let deep: Record<string, unknown> = { leaf: true };
    for (let i = 0; i < 50; i++) deep = { deep };
    const payload = build({
      note: 'n'.repeat(MAX_NOTE_LENGTH * 3),
      context: { blob: 'x'.repeat(1_000_000), list: Array.from({ length: 10_000 }, (_, i) => i), deep },
    });
    expect(payload.note.length).toBeLessThanOrEqual(MAX_NOTE_LENGTH);
    expect((payload.context.blob as string).length).toBeLessThanOrEqual(2000);
    expect((payload.context.list as number[]).length).toBe(100);
    expect(JSON.stringify(payload).length).toBeLessThan(50_000);
  });

  it('contains getters that throw', () => {
    const context = Object.defineProperty({ ok: 1 }, 'bad', {
      enumerable: true,
      get() {
        throw new Error('nope');
      },
    });
    expect(build({ context }).context).toEqual({ ok: 1, bad: '[Unreadable]' });
  });

  it('wraps a context that is not an object', () => {
    expect(build({ context: 'acme' }).context).toEqual({ value: 'acme' });
  });

  it('does not let a __proto__ key change the context’s prototype', () => {
    const payload = build({ context: JSON.parse('{"__proto__": {"polluted": true}}') });
    expect(Object.getPrototypeOf(payload.context)).toBe(Object.prototype);
    expect(payload.context.__proto__).toEqual({ polluted: true });
  });

  it('builds a payload from nothing at all', () => {
    const payload = buildEscalationPayload({});
    expect(payload).toMatchObject({ helpCenter: null, article: null, symptom: null, route: null, error: null, note: '', searches: [], fields: [], details: [] });
    expect(payload.checks).toEqual({ done: [], notDone: [] });
  });
});

describe('prefill', () => {
  it('reads only text, numbers and booleans', () => {
    expect(prefill({ id: 'a' }, { a: { nested: 1 } })).toBe('');
    expect(prefill({ id: 'a' }, null)).toBe('');
    expect(prefill({ id: 'a', contextKey: 'b' }, { b: false })).toBe('false');
  });
});

describe('rememberSearches', () => {
  it('keeps only the newest queries up to the cap', () => {
    const queries = Array.from({ length: 30 }, (_, i) => `q${i}`);
    expect(rememberSearches([], queries, 5)).toEqual(['q25', 'q26', 'q27', 'q28', 'q29']);
  });
});
