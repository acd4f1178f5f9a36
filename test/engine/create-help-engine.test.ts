import { describe, expect, it } from 'vitest';
import { createEngineSearch, createHelpEngine, createHelpEngineCore, HelpIndexError } from '../../src/engine/index';
import { buildIndex } from './fixtures/index-builder';

const valid = () =>
  buildIndex([{ id: 'webhooks', title: 'Webhooks', symptoms: [{ slug: 'not-firing', title: 'Webhooks not firing', errors: ['WEBHOOK_*'] }] }]);

function problemOf(index: unknown): HelpIndexError {
  try {
    createHelpEngine(index);
  } catch (error) {
    if (error instanceof HelpIndexError) return error;
    throw error;
  }
  throw new Error('createHelpEngine accepted a broken index');
}

describe('createHelpEngine', () => {
  describe('given a valid index', () => {
    const engine = createHelpEngine(valid());

    it('looks up articles and symptoms by id', () => {
      expect(engine.article('webhooks')?.title).toBe('Webhooks');
      expect(engine.symptom('webhooks#not-firing')?.title).toBe('Webhooks not firing');
      expect(engine.article('nope')).toBeUndefined();
      expect(engine.symptom(undefined as never)).toBeUndefined();
    });

    it('exposes the index and the error normaliser', () => {
      expect(engine.index.helpCenter.id).toBe('fixture');
      expect(engine.normalizeError({ code: 'WEBHOOK_TIMEOUT' })).toEqual({ code: 'WEBHOOK_TIMEOUT', causes: [] });
    });

    it('works without article bodies', () => {
      const { bodies: _bodies, ...withoutBodies } = valid();
      const lazy = createHelpEngine(withoutBodies);
      expect(lazy.index.bodies).toEqual({});
      expect(lazy.match({ error: 'WEBHOOK_TIMEOUT' })[0]?.symptom.id).toBe('webhooks#not-firing');
    });
  });

  describe('given a broken index', () => {
    it.each([
      ['null', null, 'not-an-object', /not an index object/],
      ['a string', 'index.json', 'not-an-object', /pass the parsed JSON/],
      ['an array', [], 'not-an-object', /an array/],
      ['a stray JSON file', { name: 'package' }, 'wrong-format', /not a help-panel index.*help-panel build/],
    ])('throws a HelpIndexError for %s', (_label, index, problem, message) => {
      const error = problemOf(index);
      expect(error.problem).toBe(problem);
      expect(error.message).toMatch(message);
    });

    it('says which format built a newer index and how to fix it', () => {
      const error = problemOf({ ...valid(), version: 4 });
      expect(error.problem).toBe('unsupported-version');
      expect(error.message).toBe(
        'This index was built by help-panel format 4, and this engine reads formats 1 and 3 (here 1): upgrade help-panel in the app, or rebuild the index with the help-panel version the app uses.',
      );
    });

    it('says that a split manifest is opened another way', () => {
      const error = problemOf({ ...valid(), version: 3, kind: 'manifest' });
      expect(error.problem).toBe('unsupported-version');
      expect(error.message).toMatch(/manifest of a split help index .*openHelpIndex\(url\)/);
    });

    it('says how to fix an older or unknown version', () => {
      expect(problemOf({ ...valid(), version: 0 }).message).toMatch(/format 0, and this engine reads formats 1 and 3 \(here 1\): rebuild it with `help-panel build`/);
      expect(problemOf({ ...valid(), version: 'one' }).message).toMatch(/unknown format/);
    });

    it('names the damaged place', () => {
      const index = valid();
      (index.symptoms[0] as { checks: unknown }).checks = 'none';
      const error = problemOf(index);
      expect(error.problem).toBe('invalid-shape');
      expect(error.path).toBe('symptoms[0].checks');
      expect(error.message).toMatch(/^The help index is damaged: symptoms\[0\]\.checks should be an array but is the string "none"; rebuild it/);
    });

    it('rejects a symptom whose article is missing', () => {
      const index = valid();
      index.articles = [];
      expect(problemOf(index).message).toMatch(/symptom "webhooks#not-firing" belongs to the article "webhooks", which is not in the index/);
    });

    it('rejects duplicate ids', () => {
      const index = valid();
      index.articles.push({ ...index.articles[0]!, symptomIds: [] });
      expect(problemOf(index).message).toMatch(/two articles with the id "webhooks"/);
    });

    it('skips an error pattern that is not parsed instead of failing', () => {
      const index = valid();
      (index.symptoms[0]!.context as { errors: unknown[] }).errors = ['WEBHOOK_*', null, 42];
      const engine = createHelpEngine(index);
      expect(engine.match({ error: { code: 'WEBHOOK_TIMEOUT' } })).toEqual([]);
      expect(engine.search('webhooks')[0]?.symptom?.id).toBe('webhooks#not-firing');
    });

    it('reads a malformed body as no text, so search still works', () => {
      const index = buildIndex([{ id: 'overview', title: 'Overview', body: ['Quota limits apply.'] }]);
      index.bodies.overview = [{ type: 'paragraph', children: 'nope' }, null, { type: 'list', items: 3 }] as never;
      const engine = createHelpEngine(index);
      expect(engine.search('overview')[0]?.article.id).toBe('overview');
      expect(engine.search('quota')).toEqual([]);
    });

    it('turns any other damage into a HelpIndexError, never a raw TypeError', () => {
      const index = valid();
      (index.symptoms[0]!.aliases as unknown[]) = [{ not: 'a string' }];
      const error = problemOf(index);
      expect(error.problem).toBe('invalid-shape');
      expect(error.message).toMatch(/^The help index is damaged \(.+\); rebuild it/);
    });
  });
});

describe('createHelpEngineCore, then createEngineSearch', () => {
  it('matches and looks up without search, and adds the same search later', () => {
    const core = createHelpEngineCore(valid());
    expect(core).not.toHaveProperty('search');
    expect(core.match({ error: 'WEBHOOK_TIMEOUT' })[0]?.symptom.id).toBe('webhooks#not-firing');
    expect(core.symptom('webhooks#not-firing')?.title).toBe('Webhooks not firing');

    const search = createEngineSearch(core);
    const whole = createHelpEngine(valid());
    for (const query of ['webhooks', 'webhok not firing', 'nothing like it']) {
      expect(search(query).map((hit) => hit.symptom?.id ?? hit.article.id)).toEqual(whole.search(query).map((hit) => hit.symptom?.id ?? hit.article.id));
    }
  });

  it('rejects a broken index with the same HelpIndexError as createHelpEngine', () => {
    const index = { ...valid(), version: 3 };
    expect(() => createHelpEngineCore(index)).toThrow(problemOf(index).message);
  });

  it('rejects damage that only search reads with a HelpIndexError, after the core accepted the index', () => {
    const { search: _search, ...index } = valid();
    (index.symptoms[0]!.aliases as unknown[]) = [{ not: 'a string' }];
    const core = createHelpEngineCore(index);
    expect(core.match({ error: 'WEBHOOK_TIMEOUT' })[0]?.symptom.id).toBe('webhooks#not-firing');
    expect(() => createEngineSearch(core)).toThrow(HelpIndexError);
    expect(() => createEngineSearch(core)).toThrow(/^The help index is damaged \(.+\); rebuild it/);
  });

  it('builds search data itself when the index carries none', () => {
    const { search: _search, ...withoutSearch } = valid();
    const search = createEngineSearch(createHelpEngineCore(withoutSearch));
    expect(search('webhooks')[0]?.symptom?.id).toBe('webhooks#not-firing');
  });
});
