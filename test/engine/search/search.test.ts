import { describe, expect, it } from 'vitest';
import { createHelpEngine } from '../../../src/engine/create-help-engine';
import { buildSearchData } from '../../../src/engine/search/search-index';
import type { SearchHit } from '../../../src/engine/types';
import { buildIndex, type ArticleSpec } from '../fixtures/index-builder';

const articles: ArticleSpec[] = [
  {
    id: 'integrations',
    title: 'Integration issues',
    summary: 'When a connected tool stops talking to us.',
    symptoms: [
      {
        slug: 'webhooks',
        title: 'Webhooks not firing',
        description: 'Your endpoint receives no events.',
        checks: ['Verify webhook URL and event subscriptions.', 'Inspect downstream receiver logs.'],
        aliases: ['callbacks'],
        routes: ['/settings/developer/webhooks/**'],
      },
      {
        slug: 'stripe',
        title: 'Customer 360 shows no Stripe data',
        checks: ['Reconnect the Stripe card in Settings → Integrations.'],
        aliases: ['billing info missing', 'payments not showing'],
        tags: ['billing'],
        routes: ['/customers/:id'],
      },
    ],
  },
  {
    id: 'login',
    title: 'Login problems',
    symptoms: [
      {
        slug: 'mfa',
        title: 'User cannot sign in after MFA prompt',
        checks: ['Confirm OTP/backup code path.', 'Confirm user MFA enrollment state.'],
        aliases: ['2fa', 'two factor', 'one-time code'],
        routes: ['/login/mfa'],
      },
    ],
  },
  {
    id: 'email',
    title: 'Not getting replies',
    symptoms: [
      {
        slug: 'replies',
        title: 'Customers send replies but nothing shows up in the inbox',
        checks: ['Check that DKIM, SPF and MX are all green for your sending domain.'],
        aliases: ['emails not arriving'],
      },
    ],
  },
  {
    id: 'glossary',
    title: 'Glossary',
    summary: 'Words used across the product.',
    body: ['A workspace is where your team and its conversations live. Retention decides how long replays are kept.'],
  },
];

const engine = createHelpEngine(buildIndex(articles));
const ids = (hits: SearchHit[]) => hits.map((hit) => hit.symptom?.slug ?? hit.article.id);

describe('search', () => {
  describe('given words as typed by a stuck user', () => {
    it('finds a symptom by its title words', () => {
      expect(ids(engine.search('webhooks not firing'))[0]).toBe('webhooks');
    });

    it('tolerates typos', () => {
      expect(ids(engine.search('webhok not firng'))[0]).toBe('webhooks');
      expect(ids(engine.search('enrolment'))[0]).toBe('mfa');
    });

    it('matches a half-typed last word as a prefix', () => {
      expect(ids(engine.search('webh'))[0]).toBe('webhooks');
      expect(ids(engine.search('strip'))[0]).toBe('stripe');
    });

    it('matches other forms of a word', () => {
      expect(ids(engine.search('webhook fires'))[0]).toBe('webhooks');
      expect(ids(engine.search('replying customer'))[0]).toBe('replies');
    });

    it('uses aliases as synonyms', () => {
      expect(ids(engine.search('2fa'))[0]).toBe('mfa');
      expect(ids(engine.search('payments'))[0]).toBe('stripe');
    });

    it('ignores question words', () => {
      expect(ids(engine.search('why are my emails not arriving?'))[0]).toBe('replies');
    });

    it('finds an article without symptoms by its body', () => {
      const [hit] = engine.search('retention');
      expect(hit?.article.id).toBe('glossary');
      expect(hit?.symptom).toBeUndefined();
    });

    it('finds a symptom by the error code or status a toast showed', () => {
      const index = buildIndex([
        { id: 'a', title: 'A', symptoms: [{ slug: 'quota', title: 'Storage growth', errors: ['STORAGE_QUOTA_EXCEEDED', '507'] }] },
        { id: 'b', title: 'B', symptoms: [{ slug: 'other', title: 'Exports stuck', errors: ['EXPORT_*'] }] },
      ]);
      const withCodes = createHelpEngine(index);
      expect(ids(withCodes.search('STORAGE_QUOTA_EXCEEDED'))).toEqual(['quota']);
      expect(ids(withCodes.search('507'))).toEqual(['quota']);
    });

    it('returns nothing for words the content does not have', () => {
      expect(engine.search('zzqx')).toEqual([]);
    });
  });

  describe('given the ranking rules', () => {
    it('ranks a title match above a check match', () => {
      const index = buildIndex([
        { id: 'a', title: 'A', symptoms: [{ slug: 'in-check', title: 'Something else', checks: ['Look at the export queue.'] }] },
        { id: 'b', title: 'B', symptoms: [{ slug: 'in-title', title: 'Export stuck' }] },
      ]);
      expect(ids(createHelpEngine(index).search('export'))).toEqual(['in-title', 'in-check']);
    });

    it('ranks a record covering every word above one covering some', () => {
      const index = buildIndex([
        { id: 'a', title: 'A', symptoms: [{ slug: 'one-word', title: 'Slack settings' }] },
        { id: 'b', title: 'B', symptoms: [{ slug: 'both-words', title: 'Slack not routing' }] },
      ]);
      expect(ids(createHelpEngine(index).search('slack routing'))[0]).toBe('both-words');
    });

    it('boosts hits that match the current route among similar text scores', () => {
      const index = buildIndex([
        { id: 'a', title: 'A', symptoms: [{ slug: 'email-sync', title: 'Sync failing for email', routes: ['/email'] }] },
        { id: 'b', title: 'B', symptoms: [{ slug: 'calendar-sync', title: 'Sync failing for calendar', routes: ['/calendar'] }] },
      ]);
      const boosted = createHelpEngine(index);
      expect(ids(boosted.search('sync failing'))[0]).toBe('email-sync');
      expect(ids(boosted.search('sync failing', { context: { route: '/calendar' } }))[0]).toBe('calendar-sync');
    });

    it('ranks ties in index order, the same way every time', () => {
      const index = buildIndex([{ id: 'a', title: 'A', symptoms: ['x', 'y', 'z'].map((slug) => ({ slug, title: 'Export stuck' })) }]);
      const tied = createHelpEngine(index);
      expect(ids(tied.search('export'))).toEqual(['x', 'y', 'z']);
      expect(tied.search('export')).toEqual(tied.search('export'));
    });

    it('respects the limit', () => {
      expect(engine.search('confirm', { limit: 1 })).toHaveLength(1);
      expect(engine.search('confirm', { limit: 0 })).toEqual([]);
    });
  });

  describe('given a hit to highlight', () => {
    it('gives ranges into the displayed text of each matching field', () => {
      const [hit] = engine.search('webhok firing');
      const title = hit?.matches.find((m) => m.field === 'title');
      expect(title).toEqual({ field: 'title', value: 'Webhooks not firing', ranges: [[0, 8], [13, 19]] });
      expect(title?.ranges.map(([s, e]) => title.value.slice(s, e))).toEqual(['Webhooks', 'firing']);
    });

    it('names the check that matched', () => {
      const [hit] = engine.search('receiver logs');
      const check = hit?.matches.find((m) => m.field === 'checks');
      expect(check?.checkId).toBe('inspect-downstream-receiver-logs');
      expect(check?.ranges.map(([s, e]) => check.value.slice(s, e))).toEqual(['receiver logs']);
    });

    it('reports alias matches', () => {
      const [hit] = engine.search('2fa');
      expect(hit?.matches).toContainEqual({ field: 'aliases', value: '2fa', ranges: [[0, 3]] });
    });

    it('shows a snippet of a long body with the ranges moved into it', () => {
      const [hit] = engine.search('retention');
      const body = hit?.matches.find((m) => m.field === 'body');
      expect(body?.ranges.map(([s, e]) => body.value.slice(s, e))).toEqual(['Retention']);
    });
  });

  describe('given odd queries', () => {
    it.each([
      ['an empty string', ''],
      ['spaces', '   '],
      ['punctuation only', '?!…→'],
    ])('returns nothing for %s', (_label, query) => {
      expect(engine.search(query)).toEqual([]);
    });

    it('survives a huge query', () => {
      expect(() => engine.search('webhook '.repeat(100_000))).not.toThrow();
      expect(ids(engine.search('webhook '.repeat(100_000)))[0]).toBe('webhooks');
    });

    it('survives what untyped callers pass', () => {
      expect(engine.search(undefined as never)).toEqual([]);
      expect(engine.search(42 as never)).toEqual([]);
      expect(engine.search('webhook', { limit: Number.NaN })).not.toEqual([]);
      expect(engine.search('webhook', null as never)).not.toEqual([]);
    });

    it('treats regular-expression characters as text', () => {
      expect(() => engine.search('(.*+?[')).not.toThrow();
      expect(ids(engine.search('webhooks (not) firing?!'))[0]).toBe('webhooks');
    });

    it('folds accents and case', () => {
      expect(ids(engine.search('WÉBHOOKS'))[0]).toBe('webhooks');
    });
  });

  describe('given how the index was shipped', () => {
    it('searches precomputed data without article bodies', () => {
      const index = buildIndex(articles);
      const shipped = { ...index, search: buildSearchData(index), bodies: undefined };
      const lazy = createHelpEngine(JSON.parse(JSON.stringify(shipped)));
      expect(lazy.search('retention')[0]?.article.id).toBe('glossary');
      expect(ids(lazy.search('webhok'))[0]).toBe('webhooks');
    });

    it('uses the precomputed data as is, without indexing again', () => {
      const index = buildIndex(articles);
      const data = buildSearchData(index);
      // Drop a term from the precomputed data: an engine that re-indexed would still find it.
      const at = data.terms.indexOf('callback');
      const tampered = { ...data, terms: data.terms.filter((_, i) => i !== at), postings: data.postings.filter((_, i) => i !== at) };
      expect(ids(createHelpEngine({ ...index, search: tampered }).search('callbacks'))).toEqual([]);
      expect(ids(createHelpEngine({ ...index, search: data }).search('callbacks'))).toEqual(['webhooks']);
    });

    it('builds the same search data from the same index, so builds are reproducible', () => {
      expect(JSON.stringify(buildSearchData(buildIndex(articles)))).toBe(JSON.stringify(buildSearchData(buildIndex(articles))));
    });

    it('rebuilds search data of another version, or that points at records no longer in the index', () => {
      const index = buildIndex(articles);
      const data = buildSearchData(index);
      expect(ids(createHelpEngine({ ...index, search: { ...data, version: 99 } }).search('webhooks'))[0]).toBe('webhooks');
      expect(ids(createHelpEngine({ ...index, search: { ...data, refs: ['gone#x', ...data.refs.slice(1)] } }).search('webhooks'))[0]).toBe('webhooks');
    });
  });
});
