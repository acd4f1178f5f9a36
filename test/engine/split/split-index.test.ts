import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileContent, compileSources } from '../../../src/compiler/index';
import { splitIndex, type SplitIndex } from '../../../src/compiler/split-index';
import { chunkOf } from '../../../src/engine/split/chunk-of';
import { decodeChunk, encodeChunk, textSlug } from '../../../src/engine/split/chunk-codec';
import { slugify } from '../../../src/compiler/slugify';
import { createHelpEngine } from '../../../src/engine/create-help-engine';
import { HelpIndexError } from '../../../src/engine/base/help-index-error';
import { MANIFEST_FILE, openHelpIndex, type IndexFileLoader } from '../../../src/engine/split/index-loader';
import { createSplitRelatedMatch, createSplitSearch } from '../../../src/engine/split/split-search';
import { errorPatternKey, matchKeys, routePatternKey } from '../../../src/engine/match/match-keys';
import { compileRoutePattern, isRoutePatternProblem, matchRoute } from '../../../src/engine/match/route-pattern';
import { isErrorPatternProblem, parseErrorPattern } from '../../../src/engine/match/error-pattern';
import type { HelpEngine } from '../../../src/engine/types';
import { splitFileNames, type HelpChunk, type HelpIndex } from '../../../src/schema/help-index';
import { compiledSample } from '../fixtures/compiled-samples';
import { labeled } from '../search/relevance-queries';

/** Serves a split index from memory, counting what is fetched; `damage` replaces a file's text. */
function serve(split: SplitIndex, damage: Record<string, string> = {}) {
  const texts = new Map(split.files.map((file) => [file.name, file.text]));
  texts.set(MANIFEST_FILE, split.manifestText);
  const fetched: string[] = [];
  const load: IndexFileLoader = async (name) => {
    fetched.push(name);
    const text = damage[name] ?? texts.get(name);
    if (text === undefined) throw new HelpIndexError('stale', `${name} answered 404`);
    return JSON.parse(text);
  };
  return { load, fetched };
}

const chunkCount = (split: SplitIndex) => split.manifest.chunkCount;
const chunkNameOf = (split: SplitIndex, id: string) => {
  const number = chunkOf(id, chunkCount(split));
  return split.files.find((file) => file.name.startsWith(`c${number}.`))!.name;
};
const readSplit = (split: SplitIndex) => (name: string) => {
  const file = split.files.find((candidate) => candidate.name === name);
  return file ? (JSON.parse(file.text) as unknown) : undefined;
};

const ids = (hits: { symptom?: { id: string }; article: { id: string } }[]) => hits.map((hit) => hit.symptom?.id ?? hit.article.id);

describe('given a help center split into a manifest, chunks and shards', () => {
  let index: HelpIndex;
  let whole: HelpEngine;
  let split: SplitIndex;
  beforeAll(async () => {
    index = await compiledSample('oxvo');
    whole = createHelpEngine(index);
    // Small files, so that even the sample help center spreads over several of each.
    split = splitIndex(index, { chunkBytes: 4_000, shardBytes: 600, groupSize: 4, matchBytes: 300 });
  });

  it('files every article in the chunk its id hashes to, and names each file by its content', () => {
    expect(split.files.filter((file) => file.name.startsWith('c')).length).toBe(chunkCount(split));
    expect(split.manifest.search.shards.length).toBeGreaterThan(3);
    for (const file of split.files) expect(file.name).toMatch(/^[csrmtkx]\d+\.[0-9a-f]{8}\.json$/);
    expect(splitFileNames(split.manifest, readSplit(split)).sort()).toEqual(split.files.map((file) => file.name).sort());
    // Without the tables and pages, only what the manifest names itself.
    expect(splitFileNames(split.manifest).every((name) => /^[tksrx]\d/.test(name))).toBe(true);
    const again = splitIndex(index, { chunkBytes: 4_000, shardBytes: 600, groupSize: 4, matchBytes: 300 });
    expect(again.files.map((file) => file.name)).toEqual(split.files.map((file) => file.name));
  });

  it('stores chunks without what their bodies hold, and reads them back field for field', async () => {
    for (const sample of [index, await compiledSample('ochre')]) {
      const chunk = { format: 'help-panel-index', version: 3, kind: 'chunk', articles: sample.articles, symptoms: sample.symptoms, bodies: sample.bodies } as const;
      const encoded = encodeChunk(chunk);
      expect(JSON.stringify(encoded).length).toBeLessThan(JSON.stringify(chunk).length * 0.8);
      expect(decodeChunk(JSON.parse(JSON.stringify(encoded)), 'c0.json')).toEqual(chunk);
      // Ids the article and its body give are left out: symptoms by slug, checks by their place in the body.
      expect(encoded.symptoms.filter((symptom) => symptom.id !== undefined || symptom.articleId !== undefined)).toEqual([]);
      expect(encoded.symptoms.flatMap((symptom) => symptom.checks).filter((check) => check.id !== undefined)).toEqual([]);
    }
  });

  it('leaves out the heading and check ids their ASCII text gives, keeps the others, and reads both back', async () => {
    const { index: compiled } = await compileSources(
      [
        {
          path: 'ids.md',
          text: `# Sign-in fails

## Notes

## Notes

## Überblick

Symptom: the login page says "Invalid token"
Checks:
- [ ] Is the API key valid?
- [ ] Run \`npm ci\` again
- [ ] Run \`npm ci\` again
- [ ] Prüfen Sie das Konto
- [ ] ???
`,
        },
      ],
      { helpCenter: { id: 'ids' } },
    );
    const chunk: HelpChunk = { format: 'help-panel-index', version: 3, kind: 'chunk', articles: compiled.articles, symptoms: compiled.symptoms, bodies: compiled.bodies };
    const checkIds = compiled.symptoms[0]!.checks.map((check) => check.id);
    expect(checkIds.slice(0, 3)).toEqual(['is-the-api-key-valid', 'run-npm-ci-again', 'run-npm-ci-again-2']);
    const text = JSON.stringify(encodeChunk(chunk));
    // Written out: the repeats' suffixed ids, the non-ASCII ones and the fallback of a text with no slug; not the rest.
    for (const id of ['run-npm-ci-again-2', 'notes-1', checkIds[3]!, 'überblick', checkIds[4]!]) expect(text).toContain(`"${id}"`);
    for (const id of ['is-the-api-key-valid', '"run-npm-ci-again"', '"notes"', '"sign-in-fails"']) expect(text).not.toContain(id);
    expect(decodeChunk(JSON.parse(text), 'c0.json')).toEqual(chunk);
  });

  it('derives from ASCII text the id the compiler gives it, and none from other text', () => {
    // A fixed walk over letters, digits, spaces and every ASCII punctuation mark.
    const chars = ' \t\nAbZ09-_!"#$%&\'()*+,./:;<=>?@[\\]^`{|}~';
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 5_000; n++) {
      let text = '';
      for (let length = Math.floor(next() * 14); length > 0; length--) text += chars[Math.floor(next() * chars.length)];
      const collapsed = text.replace(/\s+/g, ' ').trim();
      expect(textSlug([{ type: 'text', value: text }]) ?? '', JSON.stringify(text)).toBe(slugify(collapsed, ''));
    }
    expect(textSlug([{ type: 'text', value: 'Prüfen Sie das Konto' }])).toBeUndefined();
    expect(textSlug([{ type: 'text', value: 'Run ' }, { type: 'inlineCode', value: 'npm ci' }, { type: 'text', value: '  again!' }])).toBe('run-npm-ci-again');
  });

  it('reads an id written out even where the text would give another', () => {
    const body = index.bodies[index.articles[0]!.id]!;
    const heading = body.findIndex((node) => node.type === 'heading');
    const renamed = body.map((node, i) => (i === heading && node.type === 'heading' ? { ...node, id: 'custom-anchor' } : node));
    const chunk: HelpChunk = { format: 'help-panel-index', version: 3, kind: 'chunk', articles: [index.articles[0]!], symptoms: index.symptoms.filter((symptom) => symptom.articleId === index.articles[0]!.id), bodies: { [index.articles[0]!.id]: renamed } };
    const encoded = JSON.parse(JSON.stringify(encodeChunk(chunk)));
    expect(JSON.stringify(encoded)).toContain('"custom-anchor"');
    expect(decodeChunk(encoded, 'c0.json').bodies[index.articles[0]!.id]![heading]).toMatchObject({ id: 'custom-anchor' });
  });

  it('keeps the ids a body cannot give, and reads them back', () => {
    const article = index.articles.find((candidate) => candidate.symptomIds.length > 1)!;
    const symptoms = index.symptoms.filter((symptom) => symptom.articleId === article.id);
    // Checks in another order than the body's, and a symptom id that is not its article's and slug.
    const reordered = symptoms.map((symptom, i) => (i === 0 ? { ...symptom, checks: [...symptom.checks].reverse() } : symptom));
    const renamed = { ...reordered[1]!, id: `${article.id}#elsewhere` };
    const chunk: HelpChunk = {
      format: 'help-panel-index',
      version: 3,
      kind: 'chunk',
      articles: [{ ...article, symptomIds: [reordered[0]!.id, renamed.id, ...reordered.slice(2).map((symptom) => symptom.id)] }],
      symptoms: [reordered[0]!, renamed, ...reordered.slice(2)],
      bodies: { [article.id]: index.bodies[article.id]! },
    };
    const encoded = encodeChunk(chunk);
    expect(encoded.symptoms[0]!.checks.some((check) => check.id !== undefined)).toBe(true);
    expect(encoded.symptoms[1]!.id).toBe(`${article.id}#elsewhere`);
    expect(decodeChunk(JSON.parse(JSON.stringify(encoded)), 'c0.json')).toEqual(chunk);
  });

  it('opens from the manifest alone, then matches what the whole index matches with only the match files its context reaches', async () => {
    const { load, fetched } = serve(split);
    const engine = await openHelpIndex(load);
    expect(fetched).toEqual([MANIFEST_FILE]);
    for (const context of [
      { route: '/settings/developer/webhooks' },
      { error: { code: 'WEBHOOK_DELIVERY_FAILED' } },
      { route: '/inbox', error: { status: 403 } },
      { route: '/sessions/42', error: { status: 403 } },
      { error: new Error('nothing names this') },
      { route: '/login/mfa', error: Object.assign(new Error('wrapped'), { cause: { code: 'MFA_CODE_INVALID' } }) },
    ]) {
      if (fetched.length === 1) expect(engine.lazy.matchReady(context)).toBe(false);
      await engine.lazy.prepareMatch(context);
      expect(engine.lazy.matchReady(context)).toBe(true);
      expect(engine.match(context).map((m) => [m.symptom.id, m.score, m.reasons])).toEqual(whole.match(context).map((m) => [m.symptom.id, m.score, m.reasons]));
    }
    // Key pages, then the match files they name (and the early file an exact code names): only some of either.
    const after = fetched.filter((name) => name !== MANIFEST_FILE);
    expect(after.every((name) => /^[kmx]\d/.test(name))).toBe(true);
    expect(new Set(fetched).size).toBe(fetched.length);
    const matchFiles = split.files.filter((file) => file.name.startsWith('m')).length;
    expect(after.filter((name) => name.startsWith('m')).length).toBeLessThan(matchFiles);
    expect(after.filter((name) => name.startsWith('k')).length).toBeLessThanOrEqual(split.manifest.match.length);
  });

  it('loads a symptom\'s chunk once, however often it is asked for', async () => {
    const { load, fetched } = serve(split);
    const engine = await openHelpIndex(load);
    await engine.lazy.prepareMatch({ route: '/settings/developer/webhooks' });
    const [best] = engine.match({ route: '/settings/developer/webhooks' });
    expect(best).toBeDefined();
    const id = best!.symptom.id;
    expect(engine.lazy.status(id)).toBe('idle');
    expect(engine.symptom(id)).toBeUndefined();
    const loading = [engine.lazy.load(id), engine.lazy.load(id), engine.lazy.load(id)];
    expect(engine.lazy.status(id)).toBe('loading');
    await Promise.all(loading);
    expect(engine.lazy.status(id)).toBe('ready');
    expect(engine.symptom(id)).toEqual(whole.symptom(id));
    expect(engine.article(best!.article.id)).toEqual(whole.article(best!.article.id));
    expect(engine.index.bodies[best!.article.id]).toEqual(index.bodies[best!.article.id]);
    expect(fetched.filter((name) => name.startsWith('c'))).toHaveLength(1);
    // The match now carries the full records.
    expect(engine.match({ route: '/settings/developer/webhooks' })[0]?.symptom.checks.length).toBeGreaterThan(0);
  });

  it('says an unknown id is missing once its chunk has come', async () => {
    const engine = await openHelpIndex(serve(split).load);
    await engine.lazy.load('no-such-article');
    expect(engine.lazy.status('no-such-article')).toBe('missing');
    expect(engine.lazy.status('no-such-article#nor-this')).toBe('missing');
  });

  it('lists the home screen from the manifest', async () => {
    const engine = await openHelpIndex(serve(split).load);
    expect(engine.index.articles.map((article) => article.id)).toEqual(index.articles.map((article) => article.id));
    expect(engine.index.buckets.map((bucket) => bucket.id)).toEqual(index.buckets.map((bucket) => bucket.id));
  });

  it('finds the same top ten, in the same order, as the whole index for every labeled query', async () => {
    const { load, fetched } = serve(split);
    const engine = await openHelpIndex(load);
    const search = createSplitSearch(engine);
    const queries = [...labeled.filter((entry) => entry.help === 'oxvo').map((entry) => entry.query), 'we', 'webh', 'sso sam', 'x'];
    for (const query of queries) {
      await search.prepare(query);
      expect(search.ready(query)).toBe(true);
      expect([query, ids(search(query, { limit: 10 }))]).toEqual([query, ids(whole.search(query, { limit: 10 }))]);
    }
    // Search never needs an article chunk.
    expect(fetched.some((name) => name.startsWith('c'))).toBe(false);
  });

  it('ranks with the context boost as the whole index does', async () => {
    const engine = await openHelpIndex(serve(split).load);
    const search = createSplitSearch(engine);
    const options = { limit: 10, context: { route: '/settings/developer/webhooks' } };
    await engine.lazy.prepareMatch(options.context);
    await search.prepare('not working', options);
    expect(ids(search('not working', options))).toEqual(ids(whole.search('not working', options)));
  });

  it('fetches only the shards of the words typed', async () => {
    const { load, fetched } = serve(split);
    const search = createSplitSearch(await openHelpIndex(load));
    await search.prepare('webhook');
    const shards = fetched.filter((name) => name.startsWith('s'));
    expect(shards.length).toBeGreaterThan(0);
    expect(shards.length).toBeLessThan(split.manifest.search.shards.length / 2);
  });

  describe('given files that are missing, damaged or from another build', () => {
    const firstChunkId = () => index.articles[0]!.id;
    const chunkName = (id: string) => chunkNameOf(split, id);

    it('rejects a missing chunk with a HelpIndexError, and fetches it again on the next try', async () => {
      const id = firstChunkId();
      const damage: Record<string, string> = {};
      const { load, fetched } = serve({ ...split, files: split.files.filter((file) => file.name !== chunkName(id)) }, damage);
      const engine = await openHelpIndex(load);
      await expect(engine.lazy.load(id)).rejects.toMatchObject({ name: 'HelpIndexError', problem: 'stale' });
      expect(engine.lazy.status(id)).toBe('failed');
      expect(engine.lazy.error(id)).toBeInstanceOf(HelpIndexError);
      await expect(engine.lazy.load(id)).rejects.toBeInstanceOf(HelpIndexError);
      expect(fetched.filter((name) => name === chunkName(id))).toHaveLength(2);
    });

    it('rejects a truncated chunk as damaged', async () => {
      const id = firstChunkId();
      const text = split.files.find((file) => file.name === chunkName(id))!.text;
      const { load } = serve(split, { [chunkName(id)]: text.slice(0, text.length / 2) });
      const engine = await openHelpIndex(load);
      await expect(engine.lazy.load(id)).rejects.toMatchObject({ name: 'HelpIndexError', problem: 'invalid-shape' });
    });

    it('rejects a chunk of another build, and a reopened manifest recovers', async () => {
      // Ochre has nine articles: split two ways, its chunks differ as a deploy between two fetches would make them.
      const ochre = await compiledSample('ochre');
      const before = splitIndex(ochre, { chunkBytes: 2_000 });
      const after = splitIndex(ochre, { chunkBytes: 5_000 });
      expect(chunkCount(before)).not.toBe(chunkCount(after));
      const id = ochre.articles.find((article) => {
        const names = (s: SplitIndex) => chunkNameOf(s, article.id);
        const text = after.files.find((file) => file.name === names(after))!.text;
        // A chunk of the new build that holds an article the old manifest files elsewhere.
        return JSON.parse(text).articles.some((other: { id: string }) => chunkOf(other.id, chunkCount(before)) !== chunkOf(article.id, chunkCount(before)));
      })!.id;
      const oldName = chunkNameOf(before, id);
      const newText = after.files.find((file) => file.name === chunkNameOf(after, id))!.text;
      let deployed = false;
      const old = serve(before, { [oldName]: newText });
      const fresh = serve(after);
      const engine = await openHelpIndex((name) => (deployed ? fresh.load(name) : old.load(name)));
      await expect(engine.lazy.load(id)).rejects.toMatchObject({ problem: 'stale' });
      deployed = true;
      const reopened = await engine.lazy.reopen();
      await reopened.lazy.load(id);
      expect(reopened.article(id)).toEqual(ochre.articles.find((article) => article.id === id));
    });

    it('rejects a manifest of an unknown version, naming the versions it reads', async () => {
      const load: IndexFileLoader = async () => ({ ...split.manifest, version: 4 });
      await expect(openHelpIndex(load)).rejects.toThrow(/format 4, and this engine reads formats 1 and 3/);
    });

    it('rejects a manifest that is not JSON of a manifest', async () => {
      await expect(openHelpIndex(async () => ({ format: 'help-panel-index', version: 3, kind: 'manifest' }))).rejects.toMatchObject({ problem: 'invalid-shape' });
      await expect(openHelpIndex(async () => [])).rejects.toMatchObject({ problem: 'not-an-object' });
    });

    it('rejects a damaged search shard when a query needs it', async () => {
      const shard = `s0.${split.manifest.search.shards[0]![1]}.json`;
      const { load } = serve(split, { [shard]: '{"format":"help-panel-index","kind":"shard"}' });
      const search = createSplitSearch(await openHelpIndex(load));
      const all = 'abcdefghijklmnopqrstuvwxyz0123456789'.split('').join(' ');
      await expect(search.prepare(all)).rejects.toMatchObject({ problem: 'invalid-shape' });
    });
  });
});

describe('given URLs', () => {
  it('fetches the manifest at a base URL and the other files beside it', async () => {
    const index = await compiledSample('ochre');
    const split = splitIndex(index);
    const texts = new Map(split.files.map((file) => [`https://cdn.example.com/help/${file.name}`, file.text]));
    texts.set('https://cdn.example.com/help/manifest.json', split.manifestText);
    const requested: string[] = [];
    const fakeFetch = (async (url: string) => {
      requested.push(url);
      const text = texts.get(url);
      return new Response(text ?? 'not found', { status: text === undefined ? 404 : 200 });
    }) as typeof fetch;
    const engine = await openHelpIndex('https://cdn.example.com/help', { fetch: fakeFetch });
    await engine.lazy.prepareMatch({ route: '/customers/cus_123' });
    const [best] = engine.match({ route: '/customers/cus_123' });
    await engine.lazy.load(best!.symptom.id);
    expect(requested[0]).toBe('https://cdn.example.com/help/manifest.json');
    // A small help center's keys come with its manifest, and its match files name their articles'
    // chunks: the route's match files, then the chunk, with no key page or chunk table between.
    expect(requested.slice(1, -1).length).toBeGreaterThan(0);
    expect(requested.slice(1, -1).every((url) => /^https:\/\/cdn\.example\.com\/help\/m\d+\.[0-9a-f]{8}\.json$/.test(url))).toBe(true);
    expect(requested.at(-1)).toMatch(/^https:\/\/cdn\.example\.com\/help\/c\d+\.[0-9a-f]{8}\.json$/);
    await expect(openHelpIndex('https://cdn.example.com/other/', { fetch: fakeFetch })).rejects.toMatchObject({ problem: 'stale' });
  });

  it('carries a small help center’s keys in its manifest, and reads the key pages when those keys are damaged', async () => {
    const index = await compiledSample('ochre');
    const split = splitIndex(index);
    expect(split.manifest.keys?.keys.length).toBeGreaterThan(0);
    const context = { route: '/customers/cus_123' };
    const open = async (manifest: unknown) => {
      const files = new Map(split.files.map((file) => [file.name, file.text]));
      files.set('manifest.json', JSON.stringify(manifest));
      const { load, requested } = loaderOver(files);
      const engine = await openHelpIndex(load);
      await engine.lazy.prepareMatch(context);
      return { requested, ids: engine.match(context).map((match) => match.symptom.id) };
    };
    const inline = await open(split.manifest);
    expect(inline.requested.some((name) => name.startsWith('k'))).toBe(false);
    // A key naming a file the hashes do not cover: the manifest's keys are not trusted, the pages are read.
    const damaged = await open({ ...split.manifest, keys: { files: split.manifest.keys!.files.slice(0, 4), keys: split.manifest.keys!.keys } });
    expect(damaged.requested.some((name) => name.startsWith('k'))).toBe(true);
    expect(damaged.ids).toEqual(inline.ids);
    expect(inline.ids.length).toBeGreaterThan(0);
  });

  it('reads key pages when the keys are too many for the manifest, and chunk tables for match files that do not name chunks', async () => {
    const index = await compiledSample('ochre');
    const split = splitIndex(index, { inlineKeysBytes: 0 });
    expect(split.manifest.keys).toBeUndefined();
    // As an older build wrote them: article stubs without their chunk's hash.
    const files = new Map(
      split.files.map((file) => {
        if (!file.name.startsWith('m')) return [file.name, file.text];
        const shard = JSON.parse(file.text) as { articles: unknown[][] };
        return [file.name, JSON.stringify({ ...shard, articles: shard.articles.map((stub) => stub.slice(0, 4)) })];
      }),
    );
    files.set('manifest.json', split.manifestText);
    const { load, requested } = loaderOver(files);
    const engine = await openHelpIndex(load);
    const context = { route: '/customers/cus_123' };
    await engine.lazy.prepareMatch(context);
    const [best] = engine.match(context);
    await engine.lazy.load(best!.symptom.id);
    expect(requested[1]).toMatch(/^k\d+\./);
    expect(requested.filter((name) => /^m\d+\./.test(name)).length).toBeGreaterThan(0);
    expect(requested.at(-2)).toMatch(/^t0\./);
    expect(requested.at(-1)).toMatch(/^c\d+\./);
    expect(engine.symptom(best!.symptom.id)?.checks.length).toBeGreaterThan(0);
  });
});

/** A loader over files held in memory, by name, that records what it was asked for. */
function loaderOver(files: ReadonlyMap<string, string>) {
  const requested: string[] = [];
  const load = async (name: string) => {
    requested.push(name);
    const text = files.get(name);
    if (text === undefined) throw new Error(`no ${name}`);
    return JSON.parse(text) as unknown;
  };
  return { load, requested };
}

const longhorn = fileURLToPath(new URL('../../../../shared/corpora/longhorn-kb', import.meta.url));
describe.skipIf(!existsSync(longhorn))('given the Longhorn knowledge base, split', () => {
  it('finds the same top ten as the whole index for queries its readers would type', async () => {
    const { index } = await compileContent(longhorn);
    const whole = createHelpEngine(index);
    const split = splitIndex(index, { chunkBytes: 8_000, shardBytes: 3_000, groupSize: 8 });
    const chunk = { format: 'help-panel-index', version: 3, kind: 'chunk', articles: index.articles, symptoms: index.symptoms, bodies: index.bodies } as const;
    expect(decodeChunk(JSON.parse(JSON.stringify(encodeChunk(chunk))), 'c0.json')).toEqual(chunk);
    const search = createSplitSearch(await openHelpIndex(serve(split).load));
    const queries = ['volume stuck detaching', 'backing image', 'rwx mount timeout', 'iscsi', 'engine upgrade deadlock', 'replica rebuil', 'orphan', 'dns resolution failed', 'support bundle', 'selinux', 'fstrim', 'pvc restore velero', 'node evict', 'kubelet dir'];
    for (const query of queries) {
      await search.prepare(query);
      expect([query, ids(search(query, { limit: 10 }))]).toEqual([query, ids(whole.search(query, { limit: 10 }))]);
    }
  });
});

describe('given match keys', () => {
  const patterns = ['/', '/settings', '/settings/**', '/settings/:tab', '/settings/integrations', '/settings/integrations/:provider', '/settings/integrations/slack', '/settings/integrations/slack/logs', '/Settings/Integrations/**', '/:org/inbox', '/*/inbox', '/**', '/inbox/:id?', '/a/b/c/d/:e'];
  const routes = ['/', '/settings', '/settings/', '/settings/integrations', '/settings/integrations/slack', '/settings/integrations/slack/logs', '/SETTINGS/integrations/Slack', '/acme/inbox', '/inbox', '/inbox/42', '/a/b/c/d/e', '/other'];

  it('files every route pattern under a key that each route it matches asks for', () => {
    for (const pattern of patterns) {
      const compiled = compileRoutePattern(pattern);
      if (isRoutePatternProblem(compiled)) continue;
      for (const route of routes) {
        if (!matchRoute(compiled, route)) continue;
        expect([pattern, route, matchKeys({ route })]).toEqual([pattern, route, expect.arrayContaining([routePatternKey(pattern)])]);
      }
    }
  });

  it('files every error pattern under a key that each error it matches asks for', () => {
    const cases: [string, unknown][] = [
      ['STRIPE_*', { code: 'STRIPE_NOT_CONNECTED' }],
      ['S*', { code: 'STRIPE_NOT_CONNECTED' }],
      ['*_FAILED', { code: 'WEBHOOK_FAILED' }],
      ['WEBHOOK_FAILED', Object.assign(new Error('outer'), { cause: { code: 'WEBHOOK_FAILED' } })],
      ['401', { status: 401 }],
      ['5xx', new Response(null, { status: 503 })],
      ['TypeError', new TypeError('x')],
      ['message:quota*', new Error('Quota exceeded')],
    ];
    for (const [raw, error] of cases) {
      const pattern = parseErrorPattern(raw);
      if (isErrorPatternProblem(pattern)) throw new Error(pattern.error);
      expect([raw, matchKeys({ error })]).toEqual([raw, expect.arrayContaining([errorPatternKey(pattern)])]);
    }
  });
});

describe('given an error no pattern names, on a split index', () => {
  it('offers what the whole index offers as possibly related, once the search for its words has what it needs', async () => {
    const index = await compiledSample('oxvo');
    const whole = createHelpEngine(index);
    const split = splitIndex(index, { chunkBytes: 4_000, shardBytes: 600, groupSize: 4, matchBytes: 300 });
    const engine = await openHelpIndex(serve(split).load);
    const related = createSplitRelatedMatch(engine, createSplitSearch(engine));
    const context = { error: new Error('SyncError: Webhooks not firing for endpoint https://example.test/hook') };
    await engine.lazy.prepareMatch(context);
    expect(related.match(context)).toEqual([]);
    expect(related.ready(context)).toBe(false);
    await related.prepare(context);
    expect(related.ready(context)).toBe(true);
    const found = related.match(context);
    const expected = whole.match(context);
    expect(expected[0]?.related).toBe('strong');
    expect(found.map((m) => [m.symptom.id, m.related, m.reasons.map((r) => r.kind)])[0]).toEqual(expected.map((m) => [m.symptom.id, m.related, m.reasons.map((r) => r.kind)])[0]);
  });
});
