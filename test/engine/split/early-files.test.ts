import { beforeAll, describe, expect, it } from 'vitest';
import { compileSources } from '../../../src/compiler/index';
import { splitIndex, type SplitIndex } from '../../../src/compiler/split-index';
import { createHelpEngine } from '../../../src/engine/create-help-engine';
import { HelpIndexError } from '../../../src/engine/base/help-index-error';
import { earlyBucket, earlyFileName, isEarlyFiles, plainErrorCode } from '../../../src/engine/split/early-files';
import { MANIFEST_FILE, openHelpIndex, validateManifest, type IndexFileLoader } from '../../../src/engine/split/index-loader';
import { chunkOf } from '../../../src/engine/split/chunk-of';
import { contextKeys, matchKeys, matchScoreCeiling } from '../../../src/engine/match/index';
import type { HelpEngine, MatchContext } from '../../../src/engine/types';
import { splitFileNames, type HelpIndex, type MatchShard } from '../../../src/schema/help-index';
import { generateKnowledgeBase } from '../../../bench/generate-kb';

// Early files: the symptoms of each exact error code, in a file the code names, so that a page can
// fetch the one an error needs beside the manifest, and the best match is known from it alone when
// nothing still out could outscore it.

/** A split build served from memory: every name asked for, and files that can be held back until released. */
function serve(split: SplitIndex) {
  const texts = new Map(split.files.map((file) => [file.name, file.text]));
  texts.set(MANIFEST_FILE, split.manifestText);
  const fetched: string[] = [];
  let held: (name: string) => boolean = () => false;
  const waiting: (() => void)[] = [];
  const load: IndexFileLoader = async (name) => {
    fetched.push(name);
    if (held(name)) await new Promise<void>((go) => waiting.push(go));
    const text = texts.get(name);
    if (text === undefined) throw new HelpIndexError('stale', `${name} answered 404`);
    return JSON.parse(text);
  };
  return {
    load,
    fetched,
    hold(match: (name: string) => boolean) {
      held = match;
    },
    release() {
      held = () => false;
      for (const go of waiting.splice(0)) go();
    },
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const ids = (engine: Pick<HelpEngine, 'match'>, context: MatchContext) => engine.match(context).map((m) => [m.symptom.id, m.score]);

const SOURCES = [
  {
    path: 'payouts.md',
    text: `---
errors: [PAYOUT_ACCOUNT_MISSING]
---
# Payouts do not arrive

Symptom: the payout never shows up
Checks:
- [ ] A bank account is connected
- [ ] The account is verified
`,
  },
  {
    path: 'payments.md',
    text: `---
routes: [/billing/**]
errors: ['PAYOUT_*', 'status: 402']
---
# Payments fail on the billing page

Symptom: a payment is declined
Checks:
- [ ] The card has not expired
`,
  },
  {
    path: 'exports.md',
    text: `---
errors: [EXPORT_TIMEOUT, 'message: *took too long*']
---
# Exports time out

Symptom: the export stops
Checks:
- [ ] The export is under the size limit
`,
  },
  { path: 'about.md', text: '# About this help\n\nWhat is here.\n' },
];

describe('given a help center whose patterns name exact error codes', () => {
  let index: HelpIndex;
  let split: SplitIndex;
  let whole: HelpEngine;
  beforeAll(() => {
    index = compileSources(SOURCES, { helpCenter: { id: 'early' } }).index;
    // Tiny match files, so that the glob, the status and the message land in files of their own.
    split = splitIndex(index, { matchBytes: 1, inlineKeysBytes: 0 });
    whole = createHelpEngine(index);
  });

  it('files each exact code in the early file its code names, with its first symptom\'s checklist, and on no key page', () => {
    const early = split.manifest.early;
    expect(isEarlyFiles(early)).toBe(true);
    const names = split.files.map((file) => file.name);
    const earlyNames = Array.from({ length: early!.buckets }, (_, b) => earlyFileName(b, early!.tag));
    expect(names.filter((name) => name.startsWith('x')).sort()).toEqual([...earlyNames].sort());
    expect(splitFileNames(split.manifest)).toEqual(expect.arrayContaining(earlyNames));
    for (const [code, articleId] of [
      ['PAYOUT_ACCOUNT_MISSING', 'payouts'],
      ['EXPORT_TIMEOUT', 'exports'],
    ] as const) {
      const file = JSON.parse(split.files.find((f) => f.name === earlyFileName(earlyBucket(code, early!.buckets), early!.tag))!.text) as MatchShard;
      expect(file.kind).toBe('match');
      expect(file.articles.map(([id]) => id)).toContain(articleId);
      // One article claims the code: its checklist is here, and no chunk is named to fetch before the panel's code.
      expect(file.codes?.[code]).toBeUndefined();
      const symptom = index.symptoms.find((candidate) => candidate.articleId === articleId)!;
      const stub = file.symptoms.findIndex(([article, slug]) => file.articles[article]![0] === articleId && slug === symptom.slug);
      expect(file.full?.map(([position]) => position)).toContain(stub);
    }
    // The glob, the status and the message stay on key pages; no exact code does.
    const pageKeys = split.files.filter((file) => file.name.startsWith('k')).flatMap((file) => (JSON.parse(file.text) as { keys: [string][] }).keys.map(([key]) => key));
    expect(pageKeys).toEqual(expect.arrayContaining(['c/PA', 'r/billing/**']));
    expect(pageKeys.filter((key) => key.startsWith('x/'))).toEqual([]);
  });

  it('names the chunk of the next symptom that claims a code, for the shell to fetch at once', () => {
    const twice = compileSources(
      [
        ...SOURCES,
        { path: 'payouts-held.md', text: '---\nerrors: [PAYOUT_ACCOUNT_MISSING]\n---\n# Payouts are held\n\nSymptom: the payout is on hold\nChecks:\n- [ ] The hold has been lifted\n' },
      ],
      { helpCenter: { id: 'early' } },
    ).index;
    const built = splitIndex(twice, { matchBytes: 1, inlineKeysBytes: 0 });
    const early = built.manifest.early!;
    const file = JSON.parse(built.files.find((f) => f.name === earlyFileName(earlyBucket('PAYOUT_ACCOUNT_MISSING', early.buckets), early.tag))!.text) as MatchShard;
    const claimants = twice.symptoms.filter((symptom) => symptom.context?.errors.some((e) => e.raw === 'PAYOUT_ACCOUNT_MISSING') ?? twice.articles.find((a) => a.id === symptom.articleId)!.context.errors.some((e) => e.raw === 'PAYOUT_ACCOUNT_MISSING'));
    // In index order: the first's checklist is carried, the second's chunk named.
    const [first, second] = claimants.map((symptom) => symptom.articleId);
    expect([first, second].sort()).toEqual(['payouts', 'payouts-held']);
    const chunk = chunkOf(second!, built.manifest.chunkCount);
    expect(file.codes?.PAYOUT_ACCOUNT_MISSING).toEqual([expect.stringMatching(new RegExp(`^c${chunk}\\.[0-9a-f]{8}$`))]);
    expect(built.files.map((f) => f.name)).toContain(`${file.codes!.PAYOUT_ACCOUNT_MISSING![0]}.json`);
    const carried = file.full!.map(([position]) => file.articles[file.symptoms[position]![0]]![0]);
    expect(carried).toContain(first);
    expect(carried).not.toContain(second);
  });

  it('shows an error\'s first symptom with its checklist from the early file while its chunk is on its way, then the chunk\'s record', async () => {
    const served = serve(split);
    served.hold((name) => name.startsWith('c'));
    const engine = await openHelpIndex(served.load);
    const context = { error: { code: 'PAYOUT_ACCOUNT_MISSING' } };
    await engine.lazy.prepareMatch(context);
    const expected = whole.match(context)[0]!.symptom;
    const early = engine.symptom(expected.id)!;
    // The checks as the whole index has them (ids, text, content, diagnostics), its place in the source still unknown.
    const facts = (symptom: typeof expected) => ({ title: symptom.title, description: symptom.description, form: symptom.form, checks: symptom.checks.map(({ source: _source, ...check }) => check) });
    expect(facts(early)).toEqual(facts(expected));
    expect(engine.match(context)[0]!.symptom).toBe(early);
    // The chunk is still to come, and is what the screen loads.
    expect(engine.lazy.status(expected.id)).toBe('idle');
    expect(engine.article('payouts')).toBeUndefined();
    const loading = engine.lazy.load(expected.id);
    await flush();
    served.release();
    await loading;
    expect(engine.symptom(expected.id)).toEqual(whole.symptom(expected.id));
    expect(engine.lazy.status(expected.id)).toBe('ready');
  });

  it('carries the article\'s title where it is not the symptom\'s, and ignores a checklist entry that does not read', async () => {
    const early = split.manifest.early!;
    const name = earlyFileName(earlyBucket('EXPORT_TIMEOUT', early.buckets), early.tag);
    const file = JSON.parse(split.files.find((f) => f.name === name)!.text) as MatchShard;
    const article = file.articles.find(([id]) => id === 'exports')!;
    // "the export stops" under "Exports time out": the screen shows both.
    expect(index.symptoms.find((symptom) => symptom.articleId === 'exports')!.title).not.toBe('Exports time out');
    expect(article[1]).toBe('Exports time out');
    const damaged = { ...file, full: file.full!.map(([position]) => [position, [['not-a-check']]]) };
    const served = serve(split);
    const load: IndexFileLoader = async (asked) => (asked === name ? JSON.parse(JSON.stringify(damaged)) : served.load(asked));
    const engine = await openHelpIndex(load);
    const context = { error: { code: 'EXPORT_TIMEOUT' } };
    await engine.lazy.prepareMatch(context);
    const best = engine.match(context)[0]!;
    expect(best.symptom.id).toBe(whole.match(context)[0]!.symptom.id);
    // No checklist from a damaged entry: the symptom waits for its chunk, as without an early checklist.
    expect(engine.symptom(best.symptom.id)).toBeUndefined();
    await engine.lazy.load(best.symptom.id);
    expect(engine.symptom(best.symptom.id)).toEqual(whole.symptom(best.symptom.id));
  });

  it('writes no early files when no pattern names an exact code', () => {
    const globs = compileSources([{ path: 'a.md', text: "---\nerrors: ['PAY_*', 'status: 500']\n---\n# A\n\nSymptom: it fails\nChecks:\n- [ ] Retry\n" }], { helpCenter: { id: 'g' } }).index;
    const none = splitIndex(globs);
    expect(none.manifest.early).toBeUndefined();
    expect(none.files.some((file) => file.name.startsWith('x'))).toBe(false);
  });

  it('rejects a manifest whose early files are not a bucket count and a tag', () => {
    for (const early of [{ buckets: 0, tag: 'abcdef12' }, { buckets: 2, tag: '../x' }, 'x0']) {
      expect(() => validateManifest({ ...JSON.parse(split.manifestText), early })).toThrow(/"early"/);
    }
  });

  it('matches an exact code from its early file, with no key page, as the whole index does', async () => {
    const { load, fetched } = serve(split);
    const engine = await openHelpIndex(load);
    const context = { error: { code: 'PAYOUT_ACCOUNT_MISSING' } };
    await engine.lazy.prepareMatch(context);
    const earlyName = earlyFileName(earlyBucket('PAYOUT_ACCOUNT_MISSING', split.manifest.early!.buckets), split.manifest.early!.tag);
    expect(fetched).toContain(earlyName);
    expect(engine.match(context)[0]?.symptom.id).toBe(whole.match(context)[0]?.symptom.id);
  });

  it('waits for a key page that might name a glob outscoring the early file\'s best', async () => {
    const site = serve(split);
    const engine = await openHelpIndex(site.load);
    site.hold((name) => !name.startsWith('x'));
    // c/PA is on the page held back: PAYOUT_* with a route could reach 1,090, over the exact code's 1,000.
    const context = { error: { code: 'PAYOUT_ACCOUNT_MISSING' } };
    let ready = false;
    const preparing = engine.lazy.prepareMatch(context).then(() => (ready = true));
    for (let i = 0; i < 10; i++) await flush();
    expect(site.fetched.some((name) => name.startsWith('x'))).toBe(true);
    expect(ready).toBe(false);
    expect(engine.lazy.matchReady(context)).toBe(false);
    site.release();
    await preparing;
    expect(ids(engine, context)).toEqual(ids(whole, context));
  });

  it('settles at once when the pages show that no other key the error reaches holds anything', async () => {
    const site = serve(split);
    const engine = await openHelpIndex(site.load);
    // EXPORT_TIMEOUT also reaches c*, c/E and c/EX, and none is a key here (all sort before the first page's c/PA).
    const context = { error: { code: 'EXPORT_TIMEOUT' } };
    site.hold((name) => name.startsWith('m'));
    let ready = false;
    const preparing = engine.lazy.prepareMatch(context).then(() => (ready = true));
    for (let i = 0; i < 10 && !ready; i++) await flush();
    expect(ready).toBe(true);
    expect(engine.match(context)[0]?.symptom.id).toBe(whole.match(context)[0]?.symptom.id);
    site.release();
    await preparing;
  });

  describe('with its keys in the manifest', () => {
    let inline: SplitIndex;
    beforeAll(() => {
      inline = splitIndex(index, { matchBytes: 1 });
      expect(inline.manifest.keys).toBeDefined();
    });

    it('is ready from the early file alone when only keys that cannot outscore its best are out, and fills in the rest as they arrive', async () => {
      const site = serve(inline);
      const engine = await openHelpIndex(site.load);
      site.hold((name) => name.startsWith('m'));
      // A message scores at most 925 (600, its closeness, a table's extras, a second hit, a route): under an exact code's 1,000.
      const context = { error: { code: 'EXPORT_TIMEOUT', message: 'The export took too long' } };
      let ready = false;
      const preparing = engine.lazy.prepareMatch(context).then(() => (ready = true));
      for (let i = 0; i < 10 && !ready; i++) await flush();
      expect(ready).toBe(true);
      expect(site.fetched.filter((name) => name.startsWith('m')).length).toBeGreaterThan(0);
      expect(engine.match(context)[0]?.symptom.id).toBe(whole.match(context)[0]?.symptom.id);
      // Asked again while the rest is still out: settled already, so at once.
      let again = false;
      void engine.lazy.prepareMatch(context).then(() => (again = true));
      await flush();
      expect(again).toBe(true);
      site.release();
      await preparing;
      await flush();
      expect(ids(engine, context)).toEqual(ids(whole, context));
    });

    it('waits for a glob\'s file that could outscore the early file\'s best with a route', async () => {
      const site = serve(inline);
      const engine = await openHelpIndex(site.load);
      site.hold((name) => name.startsWith('m'));
      // PAYOUT_* on /billing/** could reach 1,090 with a route and a table's extras: more than the exact code's 1,000.
      const context = { route: '/billing/invoices', error: { code: 'PAYOUT_ACCOUNT_MISSING' } };
      let ready = false;
      const preparing = engine.lazy.prepareMatch(context).then(() => (ready = true));
      for (let i = 0; i < 10; i++) await flush();
      expect(ready).toBe(false);
      site.release();
      await preparing;
      expect(ids(engine, context)).toEqual(ids(whole, context));
    });
  });
});

describe('given a generated help center of a few hundred articles and the errors its readers meet', () => {
  let index: HelpIndex;
  let split: SplitIndex;
  let whole: HelpEngine;
  let contexts: MatchContext[];
  beforeAll(() => {
    const kb = generateKnowledgeBase(300, 7);
    index = compileSources(kb.files, { helpCenter: { id: 'kb' } }).index;
    split = splitIndex(index);
    whole = createHelpEngine(index);
    contexts = kb.contexts.filter((context) => context.error !== undefined).map((context) => ({ route: context.route ?? '/', error: context.error }));
  }, 60_000);

  it('never scores a match above the ceiling of every key it was reached by', () => {
    const articles = new Map(index.articles.map((article) => [article.id, article]));
    let checked = 0;
    for (const context of contexts) {
      const reachable = new Set(matchKeys(context));
      for (const match of whole.match(context)) {
        if (match.related) continue;
        const symptomContext = match.symptom.context ?? articles.get(match.article.id)!.context;
        const reached = contextKeys(symptomContext).filter((key) => reachable.has(key));
        expect(reached.length, match.symptom.id).toBeGreaterThan(0);
        expect(match.score).toBeLessThanOrEqual(Math.max(...reached.map(matchScoreCeiling)));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('settles on the whole index’s best match whenever it settles before every file is in', async () => {
    let early = 0;
    for (const context of contexts.slice(0, 60)) {
      const site = serve(split);
      const engine = await openHelpIndex(site.load);
      site.hold((name) => name.startsWith('m') || name.startsWith('k'));
      let ready = false;
      const preparing = engine.lazy.prepareMatch(context).then(() => (ready = true));
      for (let i = 0; i < 10 && !ready; i++) await flush();
      if (ready) {
        early++;
        expect(engine.lazy.matchReady(context)).toBe(true);
        expect(engine.match(context)[0]?.symptom.id, JSON.stringify(context)).toBe(whole.match(context)[0]?.symptom.id);
      }
      site.release();
      await preparing;
      // Whatever was still out has come by now, and the list below the best has filled in.
      for (let i = 0; i < 10; i++) await flush();
      expect(ids(engine, context)).toEqual(ids(whole, context));
    }
    // The generated errors mostly carry an exact code that a symptom claims: most settle from the early file.
    expect(early).toBeGreaterThan(20);
  }, 60_000);
});

describe('the shell’s reading of an error’s code', () => {
  it('takes a code-like string, or a string code on the error, its `error` or an axios response’s data', () => {
    expect(plainErrorCode('STRIPE_NOT_CONNECTED')).toBe('STRIPE_NOT_CONNECTED');
    expect(plainErrorCode('auth/invalid-email')).toBe('auth/invalid-email');
    expect(plainErrorCode(Object.assign(new Error('x'), { code: ' ECONNRESET ' }))).toBe('ECONNRESET');
    expect(plainErrorCode({ error: { code: 'RATE_LIMITED' } })).toBe('RATE_LIMITED');
    expect(plainErrorCode({ response: { status: 402, data: { code: 'card_declined' } } })).toBe('card_declined');
  });

  it('gives none for prose, numbers, empty or over-long codes, and objects that throw', () => {
    expect(plainErrorCode('Something went wrong')).toBeUndefined();
    expect(plainErrorCode(404)).toBeUndefined();
    expect(plainErrorCode({ code: 42 })).toBeUndefined();
    expect(plainErrorCode({ code: '   ' })).toBeUndefined();
    expect(plainErrorCode({ code: 'X'.repeat(201) })).toBeUndefined();
    expect(plainErrorCode(null)).toBeUndefined();
    const hostile = new Proxy({}, { get: () => { throw new Error('no'); } });
    expect(plainErrorCode(hostile)).toBeUndefined();
  });

  it('spreads codes over the buckets, and names a bucket within them', () => {
    const counts = new Array<number>(8).fill(0);
    for (let i = 0; i < 800; i++) counts[earlyBucket(`ERROR_${i}`, 8)]!++;
    for (const count of counts) expect(count).toBeGreaterThan(60);
    expect(earlyBucket('', 1)).toBe(0);
  });
});
