import { beforeAll, describe, expect, it } from 'vitest';
import { createHelpEngine } from '../../../src/engine/create-help-engine';
import { describeReason } from '../../../src/engine/match/describe-reason';
import { MAX_MATCHES } from '../../../src/engine/match/match';
import type { HelpEngine, Match } from '../../../src/engine/types';
import { buildIndex } from '../fixtures/index-builder';
import { compiledSample, type SampleName } from '../fixtures/compiled-samples';

/** The id of the symptom a match points at, in the short form the table uses. */
const idOf = (match: Match | undefined) => (match ? (match.article.symptomIds.length > 1 ? match.symptom.slug : match.article.id) : undefined);
const top = (engine: HelpEngine, context: Parameters<HelpEngine['match']>[0]) => idOf(engine.match(context)[0]);

interface Row {
  symptom: string;
  routes: string[];
  errors: unknown[];
}

// Issue 2's table: for each symptom, routes and errors that must open it.
const oxvoRows: Row[] = [
  { symptom: 'inbox-setup-completes-but-no-conversations-arrive', routes: ['/inboxes/42'], errors: [{ code: 'CHANNEL_DISCONNECTED' }] },
  { symptom: 'user-cannot-sign-in-after-mfa-prompt', routes: ['/login/mfa'], errors: [{ status: 401, code: 'MFA_CODE_INVALID' }, 'MFA_CODE_INVALID'] },
  { symptom: 'sessions-snippet-installed-but-no-sessions-appear', routes: ['/sessions'], errors: [{ code: 'SESSIONS_NO_DATA' }] },
  { symptom: 'session-exists-but-does-not-appear-in-expected-list', routes: ['/sessions/s_123'], errors: [{ status: 403, code: 'SESSIONS_FORBIDDEN' }] },
  { symptom: 'sensitive-values-still-visible-in-replay', routes: ['/sessions/s_123/replay'], errors: [{ code: 'MASKING_RULE_NOT_APPLIED' }] },
  { symptom: 'agent-cannot-access-expected-page', routes: [], errors: [403, { status: 403 }] },
  {
    symptom: 'webhooks-not-firing',
    routes: ['/settings/developer/webhooks', '/settings/developer/webhooks/wh_1/deliveries'],
    errors: [{ code: 'WEBHOOK_DELIVERY_FAILED' }],
  },
  { symptom: 'high-load-or-storage-growth', routes: ['/settings/storage'], errors: [507, { code: 'STORAGE_QUOTA_EXCEEDED' }] },
];

const ochreRows: Row[] = [
  { symptom: 'not-getting-replies', routes: ['/inbox', '/inbox/conversations/981'], errors: [{ code: 'INBOUND_EMAIL_REJECTED' }] },
  { symptom: 'ai-not-drafting', routes: ['/ai', '/ai/settings'], errors: [{ code: 'AI_SPEND_CAP_REACHED' }, { code: 'AI_KEY_INVALID' }] },
  { symptom: 'slack-not-routing', routes: ['/settings/channels/slack'], errors: [{ code: 'SLACK_CHANNEL_DISABLED' }] },
  { symptom: 'stripe-not-showing', routes: ['/customers/cus_9'], errors: [{ code: 'STRIPE_NOT_CONNECTED' }] },
  { symptom: 'widget-not-loading', routes: ['/settings/channels/widget'], errors: [{ code: 'WIDGET_CSP_BLOCKED' }] },
  { symptom: 'migration-stuck', routes: ['/settings/migration', '/settings/migration/jobs/7'], errors: [{ code: 'MIGRATION_STALLED' }] },
  { symptom: 'linear-disconnects', routes: ['/settings/integrations/linear'], errors: [{ status: 401, code: 'LINEAR_TOKEN_REVOKED' }] },
];

/** An engine over `content/<name>` compiled as the CLI would, created before the tests of its block. */
function sampleEngine(name: SampleName): { current: HelpEngine } {
  const holder = {} as { current: HelpEngine };
  beforeAll(async () => {
    holder.current = createHelpEngine(await compiledSample(name));
  });
  return holder;
}

describe.each([
  ['oxvo', oxvoRows],
  ['ochre', ochreRows],
] as const)('given the compiled %s sample help center', (name, rows) => {
  const sample = sampleEngine(name);

  describe.each(rows)('the symptom $symptom', (row) => {
    it.each(row.routes)('is the best match on the route %s', (route) => {
      expect(top(sample.current, { route })).toBe(row.symptom);
    });

    it.each(row.errors.map((error) => [JSON.stringify(error), error]))('is the best match for the error %s on any route', (_label, error) => {
      expect(top(sample.current, { error })).toBe(row.symptom);
      expect(top(sample.current, { route: '/somewhere/else', error })).toBe(row.symptom);
    });

    it('explains a route-and-error match with both reasons, or the error alone for an any-route symptom', () => {
      const [match] = sample.current.match({ route: row.routes[0] ?? '/anywhere', error: row.errors[0] });
      expect(idOf(match)).toBe(row.symptom);
      expect(match?.reasons.some((reason) => reason.kind === 'route')).toBe(row.routes.length > 0);
      expect(match?.reasons.some((reason) => reason.kind === 'error-code' || reason.kind === 'status')).toBe(true);
    });
  });

  it('returns no match without evidence', () => {
    expect(sample.current.match({})).toEqual([]);
    expect(sample.current.match({ route: null, error: null })).toEqual([]);
    expect(sample.current.match({ route: '/nowhere/at/all' })).toEqual([]);
    expect(sample.current.match({ route: '/nowhere', error: { code: 'NEVER_HEARD_OF_IT' } })).toEqual([]);
  });
});

describe('given awkward context on the compiled Oxvo sample', () => {
  const sample = sampleEngine('oxvo');

  it('ignores a trailing slash', () => {
    expect(top(sample.current, { route: '/settings/storage/' })).toBe('high-load-or-storage-growth');
  });

  it('ignores the query string and the hash', () => {
    expect(top(sample.current, { route: '/settings/storage?tab=usage#retention' })).toBe('high-load-or-storage-growth');
  });

  it('accepts a full URL', () => {
    expect(top(sample.current, { route: 'https://app.oxvo.example/settings/developer/webhooks/wh_1?page=2' })).toBe('webhooks-not-firing');
  });

  it('accepts a hash-router URL', () => {
    expect(top(sample.current, { route: 'https://app.oxvo.example/#/login/mfa' })).toBe('user-cannot-sign-in-after-mfa-prompt');
  });

  it('matches routes case-insensitively', () => {
    expect(top(sample.current, { route: '/Settings/Storage' })).toBe('high-load-or-storage-growth');
  });

  it('finds an error code that sits only in the cause chain, and says so', () => {
    const error = new Error('Could not save', { cause: new Error('upstream', { cause: { code: 'WEBHOOK_DELIVERY_FAILED' } }) });
    const [match] = sample.current.match({ error });
    expect(idOf(match)).toBe('webhooks-not-firing');
    expect(match?.reasons[0]).toEqual({ kind: 'error-code', pattern: 'WEBHOOK_DELIVERY_FAILED', value: 'WEBHOOK_DELIVERY_FAILED', inherited: false });
  });

  it('reads a fetch Response', () => {
    expect(top(sample.current, { error: new Response(null, { status: 507, statusText: 'Insufficient Storage' }) })).toBe('high-load-or-storage-growth');
    expect(top(sample.current, { route: '/inboxes/3', error: new Response(null, { status: 403 }) })).toBe('agent-cannot-access-expected-page');
  });

  it('still matches the route when the error code is unknown', () => {
    const [match, ...rest] = sample.current.match({ route: '/login/mfa', error: { code: 'BRAND_NEW_CODE' } });
    expect(idOf(match)).toBe('user-cannot-sign-in-after-mfa-prompt');
    expect(match?.reasons).toEqual([{ kind: 'route', pattern: '/login/mfa', value: '/login/mfa', inherited: false }]);
    expect(rest).toEqual([]);
  });

  it('prefers the permissions symptom for a 403 on a route whose own symptom expects a different code', () => {
    const matches = sample.current.match({ route: '/inboxes/7', error: { status: 403 } });
    expect(matches.map(idOf)).toEqual(['agent-cannot-access-expected-page', 'inbox-setup-completes-but-no-conversations-arrive']);
    expect(matches[0]?.reasons.map(describeReason)).toEqual(['HTTP status is 403']);
  });

  it('prefers the session symptom for a bare 403 on a session page, because it names both the route and the status', () => {
    const matches = sample.current.match({ route: '/sessions/s_1', error: { status: 403 } });
    expect(matches.map(idOf)).toEqual(['session-exists-but-does-not-appear-in-expected-list', 'agent-cannot-access-expected-page']);
  });

  it('prefers the session symptom even more when the 403 carries its code', () => {
    const [first, second] = sample.current.match({ route: '/sessions/s_1', error: { status: 403, code: 'SESSIONS_FORBIDDEN' } });
    expect(idOf(first)).toBe('session-exists-but-does-not-appear-in-expected-list');
    expect(first?.reasons).toEqual([
      { kind: 'error-code', pattern: 'SESSIONS_FORBIDDEN', value: 'SESSIONS_FORBIDDEN', inherited: false },
      { kind: 'status', pattern: '403', value: '403', inherited: false },
      { kind: 'route', pattern: '/sessions/:sessionId', value: '/sessions/s_1', inherited: false },
    ]);
    expect(first?.reasons.map(describeReason)).toEqual([
      'error code is SESSIONS_FORBIDDEN',
      'HTTP status is 403',
      'route /sessions/s_1 matched /sessions/:sessionId',
    ]);
    expect(idOf(second)).toBe('agent-cannot-access-expected-page');
  });

  it('lets error evidence outweigh route evidence', () => {
    const matches = sample.current.match({ route: '/settings/storage', error: { code: 'CHANNEL_DISCONNECTED' } });
    expect(matches.map(idOf)).toEqual(['inbox-setup-completes-but-no-conversations-arrive', 'high-load-or-storage-growth']);
  });

  it('opens the replay symptom, not the session list, on a replay page', () => {
    expect(sample.current.match({ route: '/sessions/s_1/replay' }).map(idOf)).toEqual(['sensitive-values-still-visible-in-replay']);
  });

  it('gives the same answer every time', () => {
    const context = { route: '/sessions/s_1', error: 403 };
    expect(sample.current.match(context)).toEqual(sample.current.match(context));
  });

  it('never throws, whatever the app passes', () => {
    const hostile = {
      get route(): string {
        throw new Error('boom');
      },
      error: new Proxy(
        {},
        {
          get() {
            throw new Error('trap');
          },
        },
      ),
    };
    expect(sample.current.match(hostile)).toEqual([]);
    expect(sample.current.match(null as never)).toEqual([]);
    expect(sample.current.match({ route: 42 as never, error: Symbol('x') })).toEqual([]);
    expect(sample.current.match({ route: '/'.repeat(100_000), error: 'x'.repeat(1_000_000) })).toEqual([]);
  });
});

describe('given competing patterns', () => {
  it('ranks an exact code over a code glob over a status over a status class', () => {
    const engine = createHelpEngine(
      buildIndex([
        {
          id: 'a',
          title: 'A',
          symptoms: [
            { slug: 'class', title: 'Class', errors: ['5xx'] },
            { slug: 'status', title: 'Status', errors: ['503'] },
            { slug: 'glob', title: 'Glob', errors: ['UPSTREAM_*'] },
            { slug: 'exact', title: 'Exact', errors: ['UPSTREAM_DOWN'] },
          ],
        },
      ]),
    );
    const matches = engine.match({ error: { code: 'UPSTREAM_DOWN', status: 503 } });
    expect(matches.map((m) => m.symptom.slug)).toEqual(['exact', 'glob', 'status', 'class']);
    expect(matches[1]?.reasons).toEqual([{ kind: 'error-code', pattern: 'UPSTREAM_*', value: 'UPSTREAM_DOWN', inherited: false }]);
    expect(matches[1]?.reasons.map(describeReason)).toEqual(['error code UPSTREAM_DOWN matched UPSTREAM_*']);
    expect(matches[3]?.reasons).toEqual([{ kind: 'status-class', pattern: '5xx', value: '503', inherited: false }]);
    expect(matches[3]?.reasons.map(describeReason)).toEqual(['HTTP status 503 matched 5xx']);
  });

  it('ranks a narrower code glob over a wider one', () => {
    const engine = createHelpEngine(
      buildIndex([{ id: 'a', title: 'A', symptoms: [{ slug: 'wide', title: 'W', errors: ['S*'] }, { slug: 'narrow', title: 'N', errors: ['STRIPE_*'] }] }]),
    );
    expect(engine.match({ error: 'STRIPE_NOT_CONNECTED' }).map((m) => m.symptom.slug)).toEqual(['narrow', 'wide']);
  });

  it('matches error names and message patterns', () => {
    const engine = createHelpEngine(
      buildIndex([
        {
          id: 'a',
          title: 'A',
          symptoms: [
            { slug: 'abort', title: 'Abort', errors: ['AbortError'] },
            { slug: 'quota', title: 'Quota', errors: ['message:quota*exceeded'] },
            { slug: 'timeout', title: 'Timeout', errors: ['/timed? out/i'] },
          ],
        },
      ]),
    );
    expect(engine.match({ error: new DOMException('stop', 'AbortError') }).map((m) => m.symptom.slug)).toEqual(['abort']);
    expect(engine.match({ error: new Error('Storage QUOTA was exceeded today') }).map((m) => m.symptom.slug)).toEqual(['quota']);
    expect(engine.match({ error: new DOMException('stop', 'AbortError') })[0]?.reasons).toEqual([
      { kind: 'name', pattern: 'AbortError', value: 'AbortError', inherited: false },
    ]);
    expect(engine.match({ error: new Error('Storage QUOTA was exceeded today') })[0]?.reasons).toEqual([
      { kind: 'message', pattern: 'message:quota*exceeded', value: 'Storage QUOTA was exceeded today', inherited: false },
    ]);
    expect(engine.match({ error: 'The request timed out' }).map((m) => m.symptom.slug)).toEqual(['timeout']);
  });

  it('ranks static segments over parameters over one-segment wildcards over deep wildcards', () => {
    const engine = createHelpEngine(
      buildIndex([
        {
          id: 'a',
          title: 'A',
          symptoms: [
            { slug: 'deep', title: 'Deep', routes: ['/settings/**'] },
            { slug: 'wild', title: 'Wild', routes: ['/settings/*'] },
            { slug: 'param', title: 'Param', routes: ['/settings/:section'] },
            { slug: 'static', title: 'Static', routes: ['/settings/storage'] },
          ],
        },
      ]),
    );
    expect(engine.match({ route: '/settings/storage' }).map((m) => m.symptom.slug)).toEqual(['static', 'param', 'wild', 'deep']);
    expect(engine.match({ route: '/settings/storage/usage' }).map((m) => m.symptom.slug)).toEqual(['deep']);
  });

  it('lets symptoms inherit their article context, and a symptom with its own context override it', () => {
    const engine = createHelpEngine(
      buildIndex([
        {
          id: 'billing',
          title: 'Billing',
          routes: ['/billing/**'],
          errors: ['BILLING_*'],
          symptoms: [
            { slug: 'inherits', title: 'Inherits' },
            { slug: 'own', title: 'Own', routes: ['/reports'] },
          ],
        },
      ]),
    );
    const [inherited] = engine.match({ route: '/billing/invoices' });
    expect(inherited?.symptom.slug).toBe('inherits');
    expect(inherited?.reasons).toEqual([{ kind: 'route', pattern: '/billing/**', value: '/billing/invoices', inherited: true }]);
    expect(inherited?.reasons.map(describeReason)).toEqual(['route /billing/invoices matched /billing/** (context inherited from the article)']);
    expect(engine.match({ route: '/billing/invoices' }).map((m) => m.symptom.slug)).toEqual(['inherits']);
    expect(engine.match({ route: '/reports' }).map((m) => m.symptom.slug)).toEqual(['own']);
  });

  it('prefers a symptom that states the context itself over one that inherits the same context', () => {
    const engine = createHelpEngine(
      buildIndex([
        { id: 'first', title: 'First', routes: ['/inbox'], symptoms: [{ slug: 'inherits', title: 'I' }] },
        { id: 'second', title: 'Second', symptoms: [{ slug: 'own', title: 'O', routes: ['/inbox'] }] },
      ]),
    );
    expect(engine.match({ route: '/inbox' }).map((m) => m.symptom.slug)).toEqual(['own', 'inherits']);
  });

  it('breaks exact ties by index order', () => {
    const engine = createHelpEngine(
      buildIndex([{ id: 'a', title: 'A', symptoms: ['x', 'y', 'z'].map((slug) => ({ slug, title: slug, errors: ['500'] })) }]),
    );
    expect(engine.match({ error: 500 }).map((m) => m.symptom.slug)).toEqual(['x', 'y', 'z']);
  });

  it(`returns at most ${MAX_MATCHES} matches, the best ones`, () => {
    const symptoms = Array.from({ length: 60 }, (_, i) => ({ slug: `s${i}`, title: `S${i}`, errors: ['500'] }));
    symptoms.push({ slug: 'best', title: 'Best', errors: ['DB_DOWN'] });
    const engine = createHelpEngine(buildIndex([{ id: 'a', title: 'A', symptoms }]));
    const matches = engine.match({ error: { status: 500, code: 'DB_DOWN' } });
    expect(matches).toHaveLength(MAX_MATCHES);
    expect(matches[0]?.symptom.slug).toBe('best');
    expect(matches[1]?.symptom.slug).toBe('s0');
  });
});
