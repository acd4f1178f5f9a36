import { beforeAll, describe, expect, it } from 'vitest';
import { compileSources } from '../../src/compiler/compile-content';
import { splitIndex, type SplitIndex } from '../../src/compiler/split-index';
import { HelpIndexError } from '../../src/engine/base/help-index-error';
import { createHelpEngine } from '../../src/engine/create-help-engine';
import { createGround, passageChars, type GroundingPassage } from '../../src/engine/ground';
import { createLazyEngine, MANIFEST_FILE, validateManifest, type IndexFileLoader } from '../../src/engine/split/index-loader';
import type { HelpEngine } from '../../src/engine/types';
import type { HelpIndex } from '../../src/schema/help-index';
import { compiledSample } from './fixtures/compiled-samples';

const total = (passages: GroundingPassage[]) => passages.reduce((sum, passage) => sum + passageChars(passage), 0);

/** Serves a split index from memory and lists what was fetched; `fail` names files that answer 500. */
function serve(split: SplitIndex, fail: readonly string[] = []) {
  const texts = new Map(split.files.map((file) => [file.name, file.text]));
  texts.set(MANIFEST_FILE, split.manifestText);
  const fetched: string[] = [];
  const load: IndexFileLoader = async (name) => {
    fetched.push(name);
    if (fail.some((prefix) => name.startsWith(prefix))) throw new HelpIndexError('unavailable', `${name} answered 500`);
    const text = texts.get(name);
    if (text === undefined) throw new HelpIndexError('stale', `${name} answered 404`);
    return JSON.parse(text) as unknown;
  };
  return { load, fetched };
}

describe('given the sample support inbox and a question in the user\'s own words', () => {
  let engine: HelpEngine;
  beforeAll(async () => {
    engine = createHelpEngine(await compiledSample('ochre'));
  });

  it('gives the symptom that answers it first, with its checks, their ids and a citation key', async () => {
    const passages = await engine.ground('my customers write to us but nothing turns up in the inbox');
    const symptom = engine.symptom('not-getting-replies#customers-send-replies-but-nothing-shows-up-in-the-inbox')!;
    expect(passages[0]).toMatchObject({ key: '1', id: symptom.id, articleId: 'not-getting-replies', title: symptom.title, articleTitle: 'Not getting replies' });
    expect(passages[0]!.checks).toEqual(symptom.checks.map((check) => ({ id: check.id, text: check.text })));
    expect(passages.map((passage) => passage.key)).toEqual(passages.map((_, i) => String(i + 1)));
  });

  it('offers nothing for a question no article covers, so no model is asked', async () => {
    expect(await engine.ground('how do I bake a sourdough loaf?')).toEqual([]);
    expect(await engine.ground('how do I change my password', { route: '/inbox/42' })).toEqual([]);
  });

  it('puts what the app\'s own error matched first, even when the question names nothing', async () => {
    const passages = await engine.ground('why does this keep happening?', { error: { code: 'INBOUND_EMAIL_REJECTED' } });
    expect(passages[0]).toMatchObject({ articleId: 'not-getting-replies', context: 'error' });
    expect(passages[0]!.score).toBeGreaterThanOrEqual(0.9);
  });

  it('lifts the symptom of the current route when the question shares its words', async () => {
    const plain = await engine.ground('replies went missing on monday');
    const onInbox = await engine.ground('replies went missing on monday', { route: '/inbox/42' });
    expect(onInbox[0]).toMatchObject({ articleId: 'not-getting-replies', context: 'route' });
    expect(onInbox[0]!.score).toBeGreaterThan(plain.find((passage) => passage.articleId === 'not-getting-replies')!.score);
  });

  it('returns at most `limit` passages, and none for a limit of 0', async () => {
    const question = 'stripe data missing, slack pings stopped and the widget is gone';
    expect((await engine.ground(question)).length).toBeGreaterThan(1);
    expect(await engine.ground(question, { limit: 1 })).toHaveLength(1);
    expect(await engine.ground(question, { limit: 0 })).toEqual([]);
  });

  it('keeps the whole grounding within maxChars, cutting excerpts before checks', async () => {
    const question = 'my customers write to us but nothing turns up in the inbox';
    const [full] = await engine.ground(question);
    const budget = passageChars(full!) - full!.excerpt.length;
    const [cut] = await engine.ground(question, { maxChars: budget });
    expect(cut!.excerpt).toBe('');
    expect(cut!.checks).toEqual(full!.checks);
    for (const maxChars of [6000, 1200, 400, 150, 0]) {
      expect(total(await engine.ground('stripe slack widget replies roles migration', { maxChars }))).toBeLessThanOrEqual(maxChars);
    }
  });

  it('offers nothing for a question of no words, even on a route that matches, and the page\'s symptom for one of only stop words', async () => {
    expect(await engine.ground('???', { route: '/inbox/42' })).toEqual([]);
    const onPage = await engine.ground('why does this keep happening?', { route: '/inbox/42' });
    expect(onPage.length).toBeGreaterThan(0);
    expect(onPage.every((passage) => passage.context === 'route')).toBe(true);
    expect(await engine.ground('why does this keep happening?')).toEqual([]);
  });

  it('reads null or non-object options as no options', async () => {
    const ground = engine.ground as (question: unknown, options?: unknown) => Promise<GroundingPassage[]>;
    const plain = await engine.ground('inbox replies');
    expect(plain).not.toEqual([]);
    expect(await ground('inbox replies', null)).toEqual(plain);
    expect(await ground('inbox replies', 'route')).toEqual(plain);
    expect(await ground('inbox replies', 5)).toEqual(plain);
  });

  it('answers odd input with no passages rather than a throw', async () => {
    const ground = engine.ground as (question: unknown, options?: unknown) => Promise<GroundingPassage[]>;
    expect(await ground(undefined)).toEqual([]);
    expect(await ground(42)).toEqual([]);
    expect(await ground({ question: 'inbox replies' })).toEqual([]);
    expect(await ground(null, null)).toEqual([]);
    expect(await ground('   ')).toEqual([]);
    expect(await ground('???!!')).toEqual([]);
    expect(await ground('inbox replies', { limit: Number.NaN, maxChars: 'lots', route: 7 })).not.toEqual([]);
    const long = await engine.ground(`${'customers replies inbox '.repeat(2000)}`);
    expect(long[0]?.articleId).toBe('not-getting-replies');
  });
});

describe('given knowledge-base articles with Symptoms, Cause and Solution sections', () => {
  let engine: HelpEngine;
  beforeAll(() => {
    const { index } = compileSources([
      {
        path: 'exports.md',
        text: [
          '# Exports time out',
          '',
          '## Symptoms',
          '',
          'A CSV export spins for minutes and the download never starts.',
          '',
          '## Cause',
          '',
          'Exports over one million rows run past the gateway timeout.',
          '',
          '## Resolution',
          '',
          'Split the export by date range.',
          '',
          '1. Filter the report to one month.',
          '2. Export each month on its own.',
          '',
        ].join('\n'),
      },
      {
        path: 'sync.md',
        text: [
          '# Calendar sync',
          '',
          '## Events are duplicated',
          '',
          '- [ ] Disconnect the second calendar account.',
          '',
          '### Reason',
          '',
          'Two connected accounts both write the same shared calendar.',
          '',
          '## Events never appear',
          '',
          '- [ ] Reconnect the calendar account.',
          '',
          '### Reason',
          '',
          'The access token expired after ninety days without use.',
          '',
        ].join('\n'),
      },
    ]);
    engine = createHelpEngine(index);
  });

  it('gives the cause and the fix section\'s own words beside its steps', async () => {
    const [passage] = await engine.ground('csv download spins forever and never starts');
    expect(passage).toMatchObject({
      articleId: 'exports',
      cause: 'Exports over one million rows run past the gateway timeout.',
      fix: 'Split the export by date range.',
      excerpt: 'A CSV export spins for minutes and the download never starts.',
    });
    expect(passage!.checks.map((check) => check.text)).toEqual(['Filter the report to one month.', 'Export each month on its own.']);
  });

  it('gives each symptom of an article the cause written under it, not its neighbour\'s', async () => {
    const duplicated = await engine.ground('every meeting shows up twice, events are duplicated');
    const missing = await engine.ground('calendar events never appear at all');
    expect(duplicated[0]).toMatchObject({ id: 'sync#events-are-duplicated', cause: 'Two connected accounts both write the same shared calendar.' });
    expect(missing[0]).toMatchObject({ id: 'sync#events-never-appear', cause: 'The access token expired after ninety days without use.' });
  });
});

describe('given the same help center as a split index', () => {
  let index: HelpIndex;
  let split: SplitIndex;
  beforeAll(async () => {
    index = await compiledSample('ochre');
    // Small files, so that the sample spreads over several chunks and shards.
    split = splitIndex(index, { chunkBytes: 3_000, shardBytes: 600, groupSize: 4, matchBytes: 300 });
  });
  const open = async (fail: readonly string[] = []) => {
    const served = serve(split, fail);
    const engine = createLazyEngine(validateManifest(await served.load(MANIFEST_FILE)), served.load);
    served.fetched.length = 0;
    return { engine, fetched: served.fetched };
  };

  it('gives the same passages as the whole index', async () => {
    const whole = createHelpEngine(index);
    for (const [question, options] of [
      ['my customers write to us but nothing turns up in the inbox', {}],
      ['stripe data missing, slack pings stopped and the widget is gone', {}],
      ['why does this keep happening?', { error: { code: 'INBOUND_EMAIL_REJECTED' } }],
      ['replies went missing on monday', { route: '/inbox/42' }],
    ] as const) {
      const { engine } = await open();
      expect(await createGround(engine)(question, options)).toEqual(await whole.ground(question, options));
    }
  });

  it('fetches the shards of the question\'s words and the chunks of its candidates, nothing else', async () => {
    const { engine, fetched } = await open();
    const passages = await createGround(engine)('my customers write to us but nothing turns up in the inbox');
    expect(passages[0]?.articleId).toBe('not-getting-replies');
    const chunks = fetched.filter((name) => name.startsWith('c'));
    expect(chunks.length).toBeGreaterThan(0);
    expect(chunks.length).toBeLessThan(split.manifest.chunkCount);
    expect(fetched.filter((name) => name.startsWith('s')).length).toBeLessThan(split.manifest.search.shards.length);
    // Asked again, it reads what it has.
    fetched.length = 0;
    await createGround(engine)('my customers write to us but nothing turns up in the inbox');
    expect(fetched).toEqual([]);
  });

  it('rejects with the index error when a file it needs cannot be read, and succeeds once it can', async () => {
    const { engine } = await open(['s']);
    await expect(createGround(engine)('customers replies inbox')).rejects.toBeInstanceOf(HelpIndexError);
    const again = await open();
    expect((await createGround(again.engine)('customers replies inbox'))[0]?.articleId).toBe('not-getting-replies');
  });
});
