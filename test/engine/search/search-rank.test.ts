import { beforeAll, describe, expect, it } from 'vitest';
import { compileContent, compileSources } from '../../../src/compiler/index';
import { createEngineSearch, createHelpEngine, createHelpEngineCore, createRelatedMatch, describeReason, type HelpEngine } from '../../../src/engine/index';
import { SEARCH_RANK_SCORE } from '../../../src/engine/search/related-search';
import { ERROR_MESSAGES_DIR } from '../../../bench/error-shapes';

const page = (id: string, title: string, front = '') => ({
  path: `${id}.md`,
  text: `---\ntitle: ${title}\n${front}---\n\n## Symptoms\n\nSomething is wrong with ${title.toLowerCase()}.\n\n## Fix\n\n1. Open the settings.\n2. Try again.\n`,
});

const summary = (engine: HelpEngine, context: Parameters<HelpEngine['match']>[0]) =>
  engine.match(context).map((match) => [match.article.id, match.related, match.reasons[0]?.kind]);

describe('given an error no pattern names, whose words a search ranks one page first by a clear margin', () => {
  const index = compileSources([
    page('cloudflare-1016', 'Cloudflare origin error 1016 on custom domain'),
    page('custom-domain', 'Custom domain shows as not verified'),
    page('cloudflare-cache', 'Cloudflare cache keeps serving old pages'),
    page('exports', 'Exports time out', 'routes: [/exports]\n'),
    page('billing', 'Billing', 'errors: [E_BILLING]\n'),
  ]).index;
  const engine = createHelpEngine(index);

  it('offers that page as possibly related, with a search-rank reason', () => {
    const [best] = engine.match({ error: 'cloudflare origin error' });
    expect(best).toMatchObject({ article: { id: 'cloudflare-1016' }, related: 'weak', score: SEARCH_RANK_SCORE });
    expect(best?.reasons).toEqual([{ kind: 'search-rank', pattern: 'cloudflare origin error', value: '', inherited: false }]);
    expect(describeReason(best!.reasons[0]!)).toBe('a search for "cloudflare origin error" ranked it first, well ahead of the next');
  });

  it('lists the pages after it as weaker guesses', () => {
    const matches = engine.match({ error: new Error('Cloudflare origin unreachable') });
    expect(matches.map((match) => [match.article.id, match.related, match.reasons[0]?.kind])).toEqual([
      ['cloudflare-1016', 'weak', 'search-rank'],
      ['cloudflare-cache', 'weak', 'related-search'],
    ]);
    expect(matches[1]!.score).toBeLessThan(matches[0]!.score);
  });

  it('offers nothing when the search ranks two pages alike', () => {
    expect(engine.match({ error: 'cloudflare origin cache' })).toEqual([]);
  });

  it('keeps it below the page the route names', () => {
    expect(summary(engine, { route: '/exports', error: 'cloudflare origin error' }).slice(0, 2)).toEqual([
      ['exports', undefined, 'route'],
      ['cloudflare-1016', 'weak', 'search-rank'],
    ]);
  });

  it('never offers it when a written pattern names the error', () => {
    expect(summary(engine, { error: { code: 'E_BILLING', message: 'cloudflare origin error' } })).toEqual([['billing', undefined, 'error-code']]);
  });

  it('offers nothing without search, as an engine core with related search by titles only', () => {
    const core = createHelpEngineCore(index);
    expect(createRelatedMatch(core)({ error: 'cloudflare origin error' })).toEqual([]);
    expect(createRelatedMatch(core, { search: createEngineSearch(core) })({ error: 'cloudflare origin error' })[0]?.reasons[0]?.kind).toBe('search-rank');
  });
});

describe('given an error whose words do not single out a page', () => {
  const engine = createHelpEngine(
    compileSources([
      page('webhook-timeout', 'Webhook deliveries time out'),
      page('function-timeout', 'Function calls time out'),
      page('invoices', 'An invoice link shows not found'),
      page('uploads', 'Uploads fail for large files'),
    ]).index,
  );

  it('offers nothing when two pages rank about as high', () => {
    expect(engine.match({ error: 'request timed out' })).toEqual([]);
  });

  it('offers nothing when the first page holds only one of its words in its title', () => {
    expect(engine.match({ error: 'customer not found' })).toEqual([]);
  });

  it('offers nothing for an error whose words name nothing', () => {
    expect(engine.match({ error: 'Something unexpected happened' })).toEqual([]);
  });
});

describe('given a page that shares most of its title words with the error', () => {
  const engine = createHelpEngine(compileSources([page('webhook-signature', 'Webhook signature does not verify'), page('card', 'Card declined')]).index);

  it('offers it as a weak guess by its title, as before, not as a search-rank one', () => {
    expect(summary(engine, { error: new Error('The webhook signature failed to verify') })).toEqual([['webhook-signature', 'weak', 'related-search']]);
  });
});

describe('given the error-messages corpus and errors that no table lists', () => {
  let engine: HelpEngine;
  beforeAll(async () => {
    engine = createHelpEngine((await compileContent(ERROR_MESSAGES_DIR)).index);
  });

  it('opens the Cloudflare page for "cloudflare origin error"', () => {
    expect(summary(engine, { error: 'cloudflare origin error' })[0]).toEqual(['cloudflare-origin-1016', 'weak', 'search-rank']);
  });

  it('opens nothing for errors every app sees and no page is about', () => {
    for (const error of ['TypeError: Failed to fetch', 'Network Error', 'ChunkLoadError: Loading chunk 123 failed.', "Cannot read properties of undefined (reading 'map')", 'Unexpected token < in JSON at position 0', 'Maximum update depth exceeded', 'Internal Server Error']) {
      expect(engine.match({ error }), error).toEqual([]);
    }
  });
});
