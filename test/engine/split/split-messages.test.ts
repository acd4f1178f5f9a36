import { beforeAll, describe, expect, it } from 'vitest';
import { compileContent } from '../../../src/compiler/index';
import { splitIndex, type SplitIndex } from '../../../src/compiler/split-index';
import { createHelpEngine } from '../../../src/engine/create-help-engine';
import { errorPatternKeys, matchKeys } from '../../../src/engine/match/match-keys';
import { MANIFEST_FILE, openHelpIndex, type IndexFileLoader } from '../../../src/engine/split/index-loader';
import { createSplitRelatedMatch, createSplitSearch } from '../../../src/engine/split/split-search';
import type { HelpEngine, Match } from '../../../src/engine/types';
import type { HelpIndex } from '../../../src/schema/help-index';
import { ERROR_MESSAGES_DIR, tableCases } from '../../../bench/error-shapes';

/** Serves a split index from memory, counting what is fetched. */
function serve(split: SplitIndex) {
  const texts = new Map(split.files.map((file) => [file.name, file.text]));
  texts.set(MANIFEST_FILE, split.manifestText);
  const fetched: string[] = [];
  const load: IndexFileLoader = async (name) => {
    fetched.push(name);
    return JSON.parse(texts.get(name) ?? 'null');
  };
  return { load, fetched };
}

const shown = (matches: readonly Match[]) => matches.map((match) => [match.symptom.id, match.score, match.reasons]);

/** The message-only shapes, and one that keeps only its status. */
const shapes: [string, (message: string, status?: number) => unknown][] = [
  ['string', (message) => message],
  ['{ message }', (message) => ({ message })],
  ['Error', (message) => new Error(`AuthApiError: ${message}`)],
  ['Error with its status', (message, status) => Object.assign(new Error(message), { status })],
  ['wrapped', (message) => new Error('Could not save', { cause: new Error(message) })],
];

describe('given the error-messages corpus, split into small files', () => {
  let index: HelpIndex;
  let whole: HelpEngine;
  let split: SplitIndex;
  beforeAll(async () => {
    index = (await compileContent(ERROR_MESSAGES_DIR)).index;
    whole = createHelpEngine(index);
    split = splitIndex(index, { chunkBytes: 4_000, shardBytes: 600, groupSize: 4, matchBytes: 300 });
  }, 60_000);

  it('files every table under keys that an error giving only its message, or only its code, asks for', () => {
    for (const article of index.articles) {
      for (const pattern of article.context.errors) {
        if (pattern.kind !== 'table') continue;
        const keys = errorPatternKeys(pattern);
        const { message, code } = tableCases({ ...index, articles: [{ ...article, context: { routes: [], errors: [pattern] } }] })[0]!.facts;
        for (const [name, shape] of shapes) expect([pattern.raw, name, matchKeys({ error: shape(message, 400) }).some((key) => keys.includes(key))]).toEqual([pattern.raw, name, true]);
        expect(matchKeys({ error: { code } }).some((key) => keys.includes(key)), pattern.raw).toBe(true);
      }
    }
  });

  it('matches a message-only error as the whole index does, in every shape', async () => {
    const { load } = serve(split);
    const engine = await openHelpIndex(load);
    for (const { facts } of tableCases(index)) {
      for (const [, shape] of shapes) {
        const context = { error: shape(facts.message, facts.status) };
        await engine.lazy.prepareMatch(context);
        expect([facts.message, shown(engine.match(context))]).toEqual([facts.message, shown(whole.match(context))]);
      }
    }
  });

  it('fetches only the match files an error message can reach', async () => {
    const { load, fetched } = serve(split);
    const engine = await openHelpIndex(load);
    const context = { error: 'Bucket "logos" not found' };
    await engine.lazy.prepareMatch(context);
    expect(engine.match(context)[0]?.article.id).toBe('bucket-not-found');
    const matchFiles = split.files.filter((file) => file.name.startsWith('m')).length;
    const loaded = fetched.filter((name) => name.startsWith('m')).length;
    expect(matchFiles).toBeGreaterThan(4);
    expect(loaded).toBeLessThan(matchFiles / 2);
  });

  it('offers the page a search ranks first by a clear margin, as the whole index does', async () => {
    const engine = await openHelpIndex(serve(split).load);
    const related = createSplitRelatedMatch(engine, createSplitSearch(engine));
    const context = { error: 'cloudflare origin error' };
    await engine.lazy.prepareMatch(context);
    await related.prepare(context);
    const expected = whole.match(context);
    expect(expected[0]).toMatchObject({ article: { id: 'cloudflare-origin-1016' }, related: 'weak' });
    expect(related.match(context).map((match) => [match.symptom.id, match.related, match.reasons])).toEqual(
      expected.map((match) => [match.symptom.id, match.related, match.reasons]),
    );
  });
});
