import { describe, expect, it } from 'vitest';
import { compileSources } from '../../../src/compiler/index';
import { createHelpEngine } from '../../../src/engine/index';

/** One one-problem article per entry, each opened by the errors its front matter names. */
function engineFor(articles: Record<string, string>) {
  const result = compileSources(
    Object.entries(articles).map(([id, errors]) => ({ path: `${id}.md`, text: `---\ntitle: ${id}\nerrors:\n${errors}\n---\n\nText about ${id}.\n` })),
  );
  expect(result.diagnostics.filter((diagnostic) => diagnostic.level === 'error')).toEqual([]);
  return createHelpEngine(result.index);
}

describe('given error tables of each specificity', () => {
  const engine = engineFor({
    'by-class': '  - { status: 4xx }',
    'by-status': '  - { http_status_code: 429 }',
    'by-name': '  - { name: QuotaError }',
    'by-message': '  - { message: quota exceeded }',
    'by-code': '  - { code: E_QUOTA }',
    'by-code-and-message': '  - { code: E_QUOTA, message: quota exceeded }',
  });

  it('orders them code and message, code, message, name, status, status class', () => {
    const error = Object.assign(new Error('Quota exceeded for project acme'), { name: 'QuotaError', code: 'E_QUOTA', status: 429 });
    expect(engine.match({ error }).map((match) => match.article.id)).toEqual([
      'by-code-and-message',
      'by-code',
      'by-message',
      'by-name',
      'by-status',
      'by-class',
    ]);
  });

  it('matches a table only when every facet it gives matches', () => {
    const ids = engine.match({ error: { code: 'E_QUOTA', message: 'Something else' } }).map((match) => match.article.id);
    expect(ids).toEqual(['by-code']);
  });

  it('gives the strongest facet as the reason, with the table as written', () => {
    const best = engine.match({ error: { code: 'E_QUOTA', message: 'quota exceeded' } })[0]!;
    expect(best.reasons[0]).toEqual({ kind: 'error-code', pattern: '{ code: E_QUOTA, message: "quota exceeded" }', value: 'E_QUOTA', inherited: true });
  });
});

describe('given errors as real APIs return them', () => {
  const engine = engineFor({
    'parse-failure': '  - { code: cannot parse response }',
    'rate-limit': '  - { status: 429, message: "Email rate limit exceeded" }',
    'explicit-code': '  - "code:network request failed"',
  });

  it('takes a code with spaces as the code it is', () => {
    expect(engine.match({ error: { code: 'cannot parse response', message: 'Upstream sent HTML' } })[0]?.article.id).toBe('parse-failure');
    expect(engine.match({ error: { code: 'network request failed' } })[0]?.article.id).toBe('explicit-code');
  });

  it('finds the message case-insensitively anywhere in a prefixed message', () => {
    const error = Object.assign(new Error('AuthApiError: email rate limit exceeded (retry in 60s)'), { status: 429 });
    expect(engine.match({ error })[0]?.article.id).toBe('rate-limit');
    // With the wrong status the table does not match: only a search for the message's words can still find the page.
    const wrongStatus = engine.match({ error: { status: 500, message: 'Email rate limit exceeded' } });
    expect(wrongStatus.map((match) => [match.article.id, match.reasons.map((reason) => reason.kind)])).toEqual([['rate-limit', ['related-search']]]);
  });
});

describe('given an error that no pattern names', () => {
  const result = compileSources([
    { path: 'exports.md', text: '---\ntitle: Exports time out\nroutes: [/exports]\n---\n\n## Symptoms\n\nThe export never ends.\n\n## Fix\n\n1. Export a smaller range.\n' },
    { path: 'webhook-signature.md', text: '---\ntitle: Webhook signature does not verify\n---\n\n## Symptoms\n\nEvery delivery is rejected.\n\n## Fix\n\n1. Copy the secret again.\n' },
    { path: 'billing.md', text: '---\ntitle: Billing\nerrors: [E_BILLING]\n---\n\nAbout billing.\n' },
  ]);
  const engine = createHelpEngine(result.index);

  it('opens the page whose title is in the message, as a strong related hit', () => {
    const [best] = engine.match({ error: new Error('Error: Webhook signature does not verify for event evt_1') });
    expect(best).toMatchObject({ article: { id: 'webhook-signature' }, related: 'strong' });
    expect(best?.reasons).toEqual([
      { kind: 'related-search', pattern: 'Error: Webhook signature does not verify for event evt_1', value: '', inherited: false },
    ]);
  });

  it('offers a page that shares most of its title words as weakly related, below the page the route names', () => {
    const matches = engine.match({ route: '/exports', error: new Error('The webhook signature failed to verify') });
    expect(matches.map((match) => [match.article.id, match.related])).toEqual([
      ['exports', undefined],
      ['webhook-signature', 'weak'],
    ]);
    expect(matches[1]?.reasons.map((reason) => reason.kind)).toEqual(['related-search']);
  });

  it('searches nothing when a pattern names the error', () => {
    const matches = engine.match({ error: { code: 'E_BILLING', message: 'Webhook signature does not verify' } });
    expect(matches.map((match) => [match.article.id, match.related])).toEqual([['billing', undefined]]);
  });

  it('finds nothing for an error whose words name no page', () => {
    expect(engine.match({ error: new Error('Something unexpected happened') })).toEqual([]);
  });

  it('takes an error code that is an article id as naming that article', () => {
    expect(engine.match({ error: { code: 'webhook-signature' } })[0]).toMatchObject({ article: { id: 'webhook-signature' }, related: 'strong' });
  });
});
