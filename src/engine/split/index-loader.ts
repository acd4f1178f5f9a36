import {
  FILE_HASH_LENGTH,
  HELP_INDEX_FORMAT,
  HELP_MANIFEST_VERSION,
  splitFileName,
  CHUNK_TABLE_SIZE,
  type Article,
  type ArticleStub,
  type ErrorPattern,
  type HelpIndex,
  type HelpIndexReference,
  type HelpLocalesManifest,
  type HelpManifest,
  type PackedErrorPattern,
  type Symptom,
  type SymptomStub,
} from '../../schema/help-index';
import { isErrorPatternProblem, parseErrorPattern } from '../match/index';
import { articleIdOf, chunkOf } from './chunk-of';
import { decodeChunk, unpackEarlySymptom } from './chunk-codec';
import { HelpIndexError } from '../base/index';
import { compileLooseErrorMatcher, createMatcher } from '../match/index';
import { normalizeError } from '../match/index';
import { EXACT_CODE_KEY, matchKeys, matchScoreCeiling } from '../match/index';
import { pickLocale } from '../base/index';
import { stubArticle, stubSymptom } from './stub-records';
import { MANIFEST_FILE, manifestUrlOf, takeEarly, type EarlyResponse } from './early-fetch';
import { earlyBucket, earlyFileName, isEarlyFiles } from './early-files';
import type { HelpEngineCore, LazyContent, ContentStatus, Match, MatchContext } from '../types';
import { checkVersion, describe, isRecord } from '../base/index';

/**
 * Reads one file of a split index by its name relative to the manifest
 * (`manifest.json`, `c3.1a2b3c4d5e.json`) and resolves to its parsed JSON.
 * For a folder on disk (SSR, Node): `(name) => readFile(join(dir, name), 'utf8').then(JSON.parse)`.
 */
export type IndexFileLoader = (name: string) => Promise<unknown>;

/** Where a split index is: a base URL (`https://cdn.example.com/help/`), a manifest's URL, the Vite plugin's module, or a loader. */
export type HelpIndexSource = string | URL | HelpIndexReference | IndexFileLoader;

export interface OpenHelpIndexOptions {
  /** The `fetch` to use for URLs. Default: the global `fetch`. */
  fetch?: typeof fetch;
  /**
   * For a help center in several languages: the user's locale (BCP 47). The locale opened is this one, else
   * a shorter tag (`pt-BR` → `pt`), else another region of the language, else the help center's default.
   * Default: the default locale.
   */
  locale?: string;
}

/** An engine over a split index: the core works at once from the manifest, `lazy` loads the rest. */
export interface LazyHelpEngine extends HelpEngineCore {
  readonly lazy: LazyContent;
}

export { MANIFEST_FILE };

/** Whether `value` is the module the Vite plugin writes for a split index. */
export function isHelpIndexReference(value: unknown): value is HelpIndexReference {
  return isRecord(value) && value.format === HELP_INDEX_FORMAT && value.kind === 'reference' && typeof value.manifest === 'string';
}

/** Whether `value` is an engine made by {@link openHelpIndex}. */
export function isLazyHelpEngine(value: unknown): value is LazyHelpEngine {
  return isRecord(value) && isRecord(value.lazy) && typeof value.match === 'function';
}

/** Turns a source into one loader and the manifest's name for it. */
function resolveSource(source: HelpIndexSource, options: OpenHelpIndexOptions): { load: IndexFileLoader; manifest: string } {
  if (typeof source === 'function') return { load: source, manifest: MANIFEST_FILE };
  const absolute = manifestUrlOf(isHelpIndexReference(source) ? source : String(source));
  const doFetch = options.fetch ?? (typeof fetch === 'function' ? fetch : undefined);
  const load: IndexFileLoader = async (name) => {
    // The manifest is revalidated (its name is fixed); every other file is named by its content hash.
    const url = name === MANIFEST_FILE ? absolute : new URL(name, absolute).href;
    if (!doFetch) throw new HelpIndexError('unavailable', `Cannot fetch the help index file ${url}: there is no fetch here; pass one with openHelpIndex(url, { fetch }).`);
    let response: EarlyResponse;
    try {
      // The shell may have started the file already (the manifest, an error's early file and chunks), beside the code that reads it.
      const early = options.fetch ? undefined : takeEarly(url);
      response = await (early ?? doFetch(url, name === MANIFEST_FILE ? { cache: 'no-cache' } : undefined));
    } catch (error) {
      throw new HelpIndexError('unavailable', `Could not fetch the help index file ${url} (${error instanceof Error ? error.message : String(error)}); check the connection and try again.`);
    }
    if (!response.ok) {
      throw new HelpIndexError(
        response.status === 404 ? 'stale' : 'unavailable',
        `The help index file ${url} answered ${response.status}${response.status === 404 ? ': it may have been removed by a newer deploy, so the manifest is reloaded on retry' : ''}.`,
      );
    }
    const text = await response.text();
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new HelpIndexError('invalid-shape', `The help index file ${url} is not valid JSON (${text.length} characters, perhaps cut short); rebuild and redeploy it.`);
    }
  };
  return { load, manifest: MANIFEST_FILE };
}


const damaged = (file: string, message: string) => new HelpIndexError('invalid-shape', `The help index file ${file} is damaged: ${message}; rebuild it with \`help-panel build\`.`);

/** Checks a manifest's shape; throws a {@link HelpIndexError} that says what is wrong. */
export function validateManifest(value: unknown, file = MANIFEST_FILE): HelpManifest {
  if (!isRecord(value)) throw new HelpIndexError('not-an-object', `The help index manifest ${file} is ${describe(value)}, not a manifest object.`);
  if (value.format !== HELP_INDEX_FORMAT) {
    throw new HelpIndexError('wrong-format', `${file} is not a help-panel manifest (its "format" is ${describe(value.format)}, expected "${HELP_INDEX_FORMAT}").`);
  }
  checkVersion(value.version, HELP_MANIFEST_VERSION);
  if (value.kind !== 'manifest') throw damaged(file, `"kind" is ${describe(value.kind)}, expected "manifest"`);
  const center = value.helpCenter;
  if (!isRecord(center) || typeof center.id !== 'string') throw damaged(file, 'helpCenter has no id');
  const match = value.match;
  const search = value.search;
  if (!Array.isArray(match) || !match.every((entry) => Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'string')) {
    throw damaged(file, 'match should list its key pages as [first key, hash]');
  }
  const hashes = (name: string, value: unknown, empty: boolean) => {
    if (typeof value !== 'string' || value.length % FILE_HASH_LENGTH !== 0 || (!empty && value.length === 0) || !/^[0-9a-f]*$/.test(value)) {
      throw damaged(file, `${name} should be the hashes of its files, ${FILE_HASH_LENGTH} hex digits each`);
    }
  };
  hashes('chunks', value.chunks, false);
  if (typeof value.chunkCount !== 'number' || !Number.isInteger(value.chunkCount) || value.chunkCount < 1) throw damaged(file, '"chunkCount" should be a positive whole number');
  if (!Array.isArray(value.buckets) || !isRecord(value.home) || !isRecord(value.counts)) throw damaged(file, 'buckets, home or counts are missing');
  if (
    !isRecord(search) ||
    typeof search.records !== 'number' ||
    typeof search.groupSize !== 'number' ||
    search.groupSize < 1 ||
    !Array.isArray(search.shards) ||
    !search.shards.every((shard) => Array.isArray(shard) && typeof shard[0] === 'string' && typeof shard[1] === 'string')
  ) {
    throw damaged(file, 'search should name its record groups and shards');
  }
  hashes('search.groups', search.groups, true);
  if (value.early !== undefined && !isEarlyFiles(value.early)) throw damaged(file, '"early" should give its files\' bucket count and tag');
  return value as unknown as HelpManifest;
}

/** An error pattern as the manifest packs it: the author's text, parsed again here, or the pattern itself. */
function unpackErrorPattern(packed: PackedErrorPattern): ErrorPattern[] {
  if (typeof packed !== 'string') return isRecord(packed) ? [packed] : [];
  const parsed = parseErrorPattern(packed);
  return isErrorPatternProblem(parsed) ? [] : [parsed];
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const strings = (value: unknown): string[] => list(value).filter((item): item is string => typeof item === 'string');
/** A stub's routes and packed error patterns as a context. */
const contextOf = (routes: unknown, errors: unknown) => ({ routes: strings(routes), errors: list(errors).flatMap((e) => unpackErrorPattern(e as PackedErrorPattern)) });

/** A match file's tuples as the records the matcher reads, each symptom with its search record number; throws for a file that is not one. */
export function unpackMatchShard(value: unknown, file: string): { articles: Article[]; symptoms: { symptom: Symptom; record: number }[]; chunks: Map<string, string> } {
  if (!isRecord(value) || value.format !== HELP_INDEX_FORMAT || value.kind !== 'match' || !Array.isArray(value.articles) || !Array.isArray(value.symptoms)) {
    throw damaged(file, 'it is not a match file');
  }
  // Each article's chunk hash, where the build named it: its chunk loads without the chunk table.
  const chunks = new Map<string, string>();
  const articles = (value.articles as unknown[]).map((stub, i) => {
    if (!Array.isArray(stub) || typeof stub[0] !== 'string') throw damaged(file, `articles[${i}] is not an article stub`);
    const [id, title, routes, errors, chunk] = stub as ArticleStub;
    if (typeof chunk === 'string' && new RegExp(`^[0-9a-f]{${FILE_HASH_LENGTH}}$`).test(chunk)) chunks.set(id, chunk);
    return stubArticle(id, String(title ?? ''), contextOf(routes, errors));
  });
  const symptoms = (value.symptoms as unknown[]).map((stub, i) => {
    if (!Array.isArray(stub) || typeof stub[0] !== 'number' || typeof stub[1] !== 'string' || !articles[stub[0]]) throw damaged(file, `symptoms[${i}] is not a symptom stub`);
    const [number, slug, title, record, routes, errors, group] = stub as SymptomStub;
    const article = articles[number]!;
    const own = routes !== null || errors !== null;
    const symptom = stubSymptom(article.id, slug, String(title ?? ''), {
      ...(typeof group === 'string' ? { group } : {}),
      context: own ? contextOf(routes, errors) : null,
    });
    return { symptom, record: typeof record === 'number' ? record : Number.MAX_SAFE_INTEGER };
  });
  return { articles, symptoms, chunks };
}

/**
 * Opens a split index (format 2): fetches its manifest and resolves to an
 * engine that matches and lists the home screen at once, and loads article
 * chunks (`engine.lazy.load(id)`) and search shards on demand. Each file is
 * fetched once, behind one shared promise; a failure rejects with a
 * {@link HelpIndexError} and is forgotten, so the next call tries again.
 *
 * @example
 * const engine = await openHelpIndex('https://cdn.example.com/help/');
 * const [best] = engine.match({ route: '/settings/integrations' });
 * if (best) await engine.lazy.load(best.symptom.id);
 * engine.symptom(best.symptom.id)?.checks;
 */
export async function openHelpIndex(source: HelpIndexSource, options: OpenHelpIndexOptions = {}): Promise<LazyHelpEngine> {
  const { load, manifest: manifestName } = resolveSource(source, options);
  const root = await load(manifestName);
  if (!isRecord(root) || root.kind !== 'locales') return createLazyEngine(validateManifest(root, manifestName), load, manifestName);
  // A help center in several languages: its manifest.json names one manifest per locale, each in its own folder.
  const locales = validateLocalesManifest(root, manifestName);
  const file = locales.locales[pickLocale(Object.keys(locales.locales), options.locale, locales.defaultLocale)]!;
  const folder = file.slice(0, file.lastIndexOf('/') + 1);
  const inLocale: IndexFileLoader = (name) => load(name === file ? file : `${folder}${name}`);
  const engine = createLazyEngine(validateManifest(await load(file), file), inLocale, file);
  // After a deploy, start again from manifest.json: the locale's manifest has a new name.
  (engine.lazy as { reopen: LazyContent['reopen'] }).reopen = () => openHelpIndex(source, options);
  return engine;
}

/** Checks the `manifest.json` of a split help center in several languages. */
function validateLocalesManifest(value: Record<string, unknown>, file: string): HelpLocalesManifest {
  checkVersion(value.version, HELP_MANIFEST_VERSION);
  const locales = value.locales;
  if (
    typeof value.defaultLocale !== 'string' ||
    !isRecord(locales) ||
    // Each a file in a folder beside this one, never a URL of its own.
    !Object.values(locales).every((name) => typeof name === 'string' && /^[A-Za-z0-9_-]+\/[A-Za-z0-9_.-]+\.json$/.test(name)) ||
    typeof locales[value.defaultLocale] !== 'string'
  ) {
    throw damaged(file, 'it should name each locale\'s manifest, the default locale\'s included');
  }
  return value as unknown as HelpLocalesManifest;
}

/** Reads a key page's (or the manifest's inline) keys into `files`: key → its match file's name. False when none was readable. */
function readKeys(keys: unknown[], files: Map<string, string>): boolean {
  let read = false;
  for (const entry of keys) {
    if (Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'number' && typeof entry[2] === 'string') {
      files.set(entry[0], `m${entry[1]}.${entry[2]}.json`);
      read = true;
    }
  }
  return read || keys.length === 0;
}

/** Reads the manifest's own keys (`{ files, keys }`) into `files`. False when it has none, or none that reads. */
function readInlineKeys(inline: unknown, files: Map<string, string>): boolean {
  if (!isRecord(inline) || typeof inline.files !== 'string' || !Array.isArray(inline.keys)) return false;
  const hashes = inline.files;
  const read = new Map<string, string>();
  for (const entry of inline.keys) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || typeof entry[1] !== 'number') return false;
    const hash = hashes.slice(entry[1] * FILE_HASH_LENGTH, (entry[1] + 1) * FILE_HASH_LENGTH);
    if (hash.length !== FILE_HASH_LENGTH) return false;
    read.set(entry[0], `m${entry[1]}.${hash}.json`);
  }
  for (const [key, name] of read) files.set(key, name);
  return true;
}

/** The engine over a manifest already read; `load` fetches the files it names. */
export function createLazyEngine(manifest: HelpManifest, load: IndexFileLoader, manifestName = MANIFEST_FILE): LazyHelpEngine {
  const chunkCount = manifest.chunkCount;
  const articles = new Map<string, Article>();
  const symptoms = new Map<string, Symptom>();
  const bodies: HelpIndex['bodies'] = {};
  const files = new Map<string, Promise<unknown>>();
  const loadedChunks = new Set<number>();
  const failedChunks = new Map<number, unknown>();
  const listeners = new Set<() => void>();
  let version = 0;

  // Ids the manifest vouches for: a chunk without one of them is from another build.
  const known = new Set<string>();
  for (const list of Object.values(manifest.home)) for (const entry of Array.isArray(list) ? list : []) known.add(entry.id);

  // Matching: the match files a context's keys reach, loaded on demand (see match-keys.ts). Their names are
  // on key pages, which come first.
  const pageFirsts = manifest.match.map(([first]) => first);
  const pageOf = (key: string): number => {
    let low = 0;
    let high = pageFirsts.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (pageFirsts[middle]! <= key) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found;
  };
  const matchFile = new Map<string, string>();
  const pagesLoaded = new Set<number>();
  // A small help center's keys came with the manifest: every page is as good as loaded.
  if (readInlineKeys(manifest.keys, matchFile)) for (let page = 0; page < manifest.match.length; page++) pagesLoaded.add(page);
  const pagesFailed = new Map<number, unknown>();
  const pendingPages = new Map<number, Promise<void>>();
  const matchLoaded = new Set<string>();
  const matchFailed = new Map<string, unknown>();
  const stubArticles = new Map<string, Article>();
  /** Chunk hashes by chunk number, as match files named them. */
  const chunkHashes = new Map<number, string>();
  const stubSymptoms = new Map<string, { symptom: Symptom; record: number }>();
  /** Symptoms whose checklist an early file gave, until their chunk arrives (see `MatchShard.full`). */
  const earlySymptoms = new Map<string, Symptom>();
  const matchIndex = (): HelpIndex => {
    // Index order (the search record number is the symptom's position), so ties keep the whole index's order.
    const symptoms = [...stubSymptoms.values()].sort((a, b) => a.record - b.record).map((entry) => entry.symptom);
    return { format: HELP_INDEX_FORMAT, version: 1, helpCenter: manifest.helpCenter, hash: manifest.hash, buckets: [], articles: [...stubArticles.values()], symptoms, bodies: {} };
  };
  // Errors as apps hand them over (a message without its code…), as `createHelpEngine` matches them:
  // this module loads on first use, so the comparison costs the page's first load nothing.
  const looseMatcher = () => createMatcher(matchIndex(), { compile: compileLooseErrorMatcher });
  // Compiled when first asked after the match files change: an error's files arrive in a burst, and each
  // compile reads every stub in.
  let compiled: ReturnType<typeof looseMatcher> | undefined;
  const stubMatch = (context: MatchContext) => (compiled ??= looseMatcher())(context);
  // The keys of the context asked about last: readiness, the files and the settle check all ask for the same one.
  let keysFor: { route: unknown; error: unknown; keys: string[] } | undefined;
  const keysOf = (context: MatchContext): string[] => {
    const route = context?.route;
    const error = context?.error;
    if (!keysFor || !Object.is(keysFor.route, route) || !Object.is(keysFor.error, error)) keysFor = { route, error, keys: matchKeys(context) };
    return keysFor.keys;
  };
  const early = isEarlyFiles(manifest.early) ? manifest.early : undefined;
  /** The early file of an exact code's key (`x/CODE`), named by the code; none when the build has no early files. */
  const earlyFileOf = (key: string) => (early ? earlyFileName(earlyBucket(key.slice(EXACT_CODE_KEY.length), early.buckets), early.tag) : undefined);
  /** The key pages a context needs, and the match files of its keys on the pages already in. */
  const filesFor = (context: MatchContext) => {
    const pages = new Set<number>();
    const names: string[] = [];
    for (const key of keysOf(context)) {
      if (key.startsWith(EXACT_CODE_KEY)) {
        // Not on key pages: the code names its file (a build without early files has no such keys).
        const name = earlyFileOf(key);
        if (name !== undefined) names.push(name);
        continue;
      }
      const page = pageOf(key);
      if (page < 0) continue;
      if (!pagesLoaded.has(page)) pages.add(page);
      else {
        const name = matchFile.get(key);
        if (name !== undefined) names.push(name);
      }
    }
    return { pages: [...pages], names: [...new Set(names)] };
  };
  const failure = (error: unknown, name: string) =>
    error instanceof HelpIndexError ? error : new HelpIndexError('invalid-shape', `The help index file ${name} could not be read (${error instanceof Error ? error.message : String(error)}).`);
  function loadPage(page: number): Promise<void> {
    if (pagesLoaded.has(page)) return Promise.resolve();
    let pending = pendingPages.get(page);
    if (!pending) {
      const name = `k${page}.${manifest.match[page]?.[1] ?? ''}.json`;
      pagesFailed.delete(page);
      pending = fetchFile(name)
        .then((value) => {
          if (!isRecord(value) || value.format !== HELP_INDEX_FORMAT || value.kind !== 'keys' || !Array.isArray(value.keys)) {
            throw damaged(name, 'it is not a page of match keys');
          }
          readKeys(value.keys, matchFile);
          pagesLoaded.add(page);
        })
        .catch((error: unknown) => {
          pagesFailed.set(page, failure(error, name));
          throw pagesFailed.get(page);
        })
        .finally(() => {
          pendingPages.delete(page);
          notify();
        });
      pendingPages.set(page, pending);
    }
    return pending;
  }
  const pendingMatch = new Map<string, Promise<void>>();
  function loadMatchFile(name: string): Promise<void> {
    if (matchLoaded.has(name)) return Promise.resolve();
    let pending = pendingMatch.get(name);
    if (!pending) {
      matchFailed.delete(name);
      pending = fetchFile(name)
        .then((value) => {
          const { articles: found, symptoms: stubs, chunks: chunkOfArticle } = unpackMatchShard(value, name);
          // An early file's checklists: the symptom shows with them while its article's chunk is on its way.
          for (const entry of isRecord(value) && Array.isArray(value.full) ? value.full : []) {
            const stub = Array.isArray(entry) && typeof entry[0] === 'number' ? stubs[entry[0]]?.symptom : undefined;
            const full = stub && !symptoms.has(stub.id) ? unpackEarlySymptom(stub, entry) : undefined;
            if (full) earlySymptoms.set(full.id, full);
          }
          for (const [id, hash] of chunkOfArticle) chunkHashes.set(chunkOf(id, chunkCount), hash);
          for (const article of found) if (!stubArticles.has(article.id)) stubArticles.set(article.id, article);
          for (const entry of stubs) {
            if (stubSymptoms.has(entry.symptom.id)) continue;
            stubSymptoms.set(entry.symptom.id, entry);
            known.add(entry.symptom.id);
            known.add(entry.symptom.articleId);
          }
          matchLoaded.add(name);
          compiled = undefined;
        })
        .catch((error: unknown) => {
          matchFailed.set(name, error instanceof HelpIndexError ? error : new HelpIndexError('invalid-shape', `The help index file ${name} could not be read.`));
          throw matchFailed.get(name);
        })
        .finally(() => {
          pendingMatch.delete(name);
          notify();
        });
      pendingMatch.set(name, pending);
    }
    return pending;
  }

  // Chunk names: from the match files that named them, else on chunk tables, each fetched the first time one of its chunks is.
  const tableHashes = new Map<number, string>();
  function chunkName(number: number): Promise<string> {
    const named = chunkHashes.get(number);
    if (named !== undefined) return Promise.resolve(`c${number}.${named}.json`);
    const table = Math.floor(number / CHUNK_TABLE_SIZE);
    const name = splitFileName('t', table, manifest.chunks);
    const known = tableHashes.get(table);
    if (known !== undefined) return Promise.resolve(splitFileName('c', number - table * CHUNK_TABLE_SIZE, known, table * CHUNK_TABLE_SIZE));
    return fetchFile(name).then((value) => {
      if (!isRecord(value) || value.format !== HELP_INDEX_FORMAT || value.kind !== 'chunks' || typeof value.hashes !== 'string' || value.first !== table * CHUNK_TABLE_SIZE) {
        throw damaged(name, 'it is not a chunk table');
      }
      tableHashes.set(table, value.hashes);
      return splitFileName('c', number - table * CHUNK_TABLE_SIZE, value.hashes, table * CHUNK_TABLE_SIZE);
    });
  }

  // What the home screen lists: the first articles of each bucket, as the manifest has them.
  const homeArticles: Article[] = [];
  const buckets = manifest.buckets.map((bucket) => {
    const entries = manifest.home[bucket.id] ?? [];
    homeArticles.push(...entries.map((entry) => stubArticle(entry.id, entry.title)));
    return { id: bucket.id, title: bucket.title, articleIds: entries.map((entry) => entry.id) };
  });
  homeArticles.push(...(manifest.home[''] ?? []).map((entry) => stubArticle(entry.id, entry.title)));
  const index: HelpIndex = {
    format: HELP_INDEX_FORMAT,
    version: 1,
    helpCenter: manifest.helpCenter,
    hash: manifest.hash,
    buckets,
    articles: homeArticles,
    symptoms: [],
    bodies,
  };

  const notify = () => {
    version++;
    for (const listener of [...listeners]) {
      try {
        listener();
      } catch {
        // A listener's failure is its own; the others still hear.
      }
    }
  };

  /** Fetches a file once; a failure is forgotten so a retry fetches again. */
  function fetchFile(name: string): Promise<unknown> {
    let pending = files.get(name);
    if (!pending) {
      pending = Promise.resolve().then(() => load(name));
      files.set(name, pending);
      pending.catch(() => files.delete(name));
    }
    return pending;
  }

  function addChunk(number: number, value: unknown, name: string): void {
    const chunk = decodeChunk(value, name);
    for (const article of chunk.articles) {
      if (chunkOf(article.id, chunkCount) !== number) {
        throw new HelpIndexError('stale', `The help index file ${name} is from another build than its manifest (a deploy between two fetches); reload the manifest.`);
      }
    }
    for (const article of chunk.articles) {
      articles.set(article.id, article);
      bodies[article.id] = chunk.bodies[article.id] ?? [];
    }
    for (const symptom of chunk.symptoms) {
      symptoms.set(symptom.id, symptom);
      earlySymptoms.delete(symptom.id);
    }
    loadedChunks.add(number);
    for (const id of known) {
      if (chunkOf(articleIdOf(id), chunkCount) === number && !(id.includes('#') ? symptoms.has(id) : articles.has(id))) {
        throw new HelpIndexError('stale', `The help index file ${name} has no "${id}", which its manifest lists: it is from another build (a deploy between two fetches); reload the manifest.`);
      }
    }
  }

  const pendingChunks = new Map<number, Promise<void>>();
  function loadChunk(number: number): Promise<void> {
    if (loadedChunks.has(number)) return Promise.resolve();
    let pending = pendingChunks.get(number);
    if (!pending) {
      failedChunks.delete(number);
      let name = `chunk ${number}`;
      pending = chunkName(number)
        .then((found) => {
          name = found;
          return fetchFile(found);
        })
        .then((value) => addChunk(number, value, name))
        .catch((error: unknown) => {
          const reason = failure(error, name);
          failedChunks.set(number, reason);
          files.delete(name);
          throw reason;
        })
        .finally(() => {
          pendingChunks.delete(number);
          notify();
        });
      pendingChunks.set(number, pending);
      notify();
    }
    return pending;
  }

  const chunkNumber = (id: string) => chunkOf(articleIdOf(id), chunkCount);

  function matchReady(context: MatchContext): boolean {
    const { pages, names } = filesFor(context);
    if (pages.every((page) => pagesFailed.has(page)) && names.every((name) => matchLoaded.has(name) || matchFailed.has(name))) return true;
    return bestSettled(context);
  }

  /**
   * Whether the files in already settle the best match: its score is above the most that any symptom
   * filed only under the keys still out could reach (`matchScoreCeiling`). An error's exact code comes
   * first, in its early file, and usually settles it; the other files still load, and the matches
   * below the best fill in as they arrive. Remembered per content version and context.
   */
  let settledFor: { version: number; route: unknown; error: unknown; settled: boolean } | undefined;
  function bestSettled(context: MatchContext): boolean {
    const route = context?.route;
    const error = context?.error;
    if (settledFor && settledFor.version === version && Object.is(settledFor.route, route) && Object.is(settledFor.error, error)) return settledFor.settled;
    let settled = false;
    try {
      const best = stubMatch(context)[0];
      if (best) {
        let ceiling = 0;
        for (const key of keysOf(context)) {
          let out: boolean;
          if (key.startsWith(EXACT_CODE_KEY)) {
            const name = earlyFileOf(key);
            out = name !== undefined && !matchLoaded.has(name) && !matchFailed.has(name);
          } else {
            const page = pageOf(key);
            if (page < 0) continue;
            const name = matchFile.get(key);
            // A key on a page not in yet may exist; on a page that is in, only if the page names it.
            out = !pagesLoaded.has(page) ? !pagesFailed.has(page) : name !== undefined && !matchLoaded.has(name) && !matchFailed.has(name);
          }
          if (out) ceiling = Math.max(ceiling, matchScoreCeiling(key));
        }
        settled = best.score > ceiling;
      }
    } catch {
      // A context the matcher cannot read settles nothing early; the files decide.
    }
    settledFor = { version, route, error, settled };
    return settled;
  }

  const lazy: LazyContent = {
    manifest,
    get version() {
      return version;
    },
    status(id: string): ContentStatus {
      if (typeof id !== 'string') return 'missing';
      if (id.includes('#') ? symptoms.has(id) : articles.has(id)) return 'ready';
      const number = chunkNumber(id);
      if (loadedChunks.has(number)) return 'missing';
      if (pendingChunks.has(number)) return 'loading';
      if (failedChunks.has(number)) return 'failed';
      return 'idle';
    },
    error(id: string) {
      return typeof id === 'string' ? failedChunks.get(chunkNumber(id)) : undefined;
    },
    load(id: string) {
      if (typeof id !== 'string' || id === '') return Promise.resolve();
      return loadChunk(chunkNumber(id));
    },
    fetchFile,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    async reopen() {
      return createLazyEngine(validateManifest(await load(manifestName), manifestName), load, manifestName);
    },
    retry() {
      if (failedChunks.size === 0 && matchFailed.size === 0 && pagesFailed.size === 0) return;
      failedChunks.clear();
      matchFailed.clear();
      pagesFailed.clear();
      notify();
    },
    matchReady,
    async prepareMatch(context: MatchContext) {
      const loading = (async () => {
        // The files named already (an early file needs no key page) beside the key pages, then the rest.
        const first = filesFor(context);
        await Promise.all([...first.pages.filter((page) => !pagesFailed.has(page)).map(loadPage), ...first.names.filter((name) => !matchFailed.has(name)).map(loadMatchFile)]);
        const { names } = filesFor(context);
        await Promise.all(names.filter((name) => !matchFailed.has(name)).map(loadMatchFile));
      })();
      // Done when every file is in, or as soon as the files in settle the best match (see `bestSettled`).
      await new Promise<void>((resolve, reject) => {
        if (bestSettled(context)) {
          loading.catch(() => {});
          return resolve();
        }
        const unsubscribe = lazy.subscribe(() => {
          if (!bestSettled(context)) return;
          unsubscribe();
          resolve();
        });
        loading.then(resolve, reject).finally(unsubscribe);
      });
    },
    recordOf(symptomId: string) {
      return stubSymptoms.get(symptomId)?.record;
    },
  };

  /** A match's records, full where their chunk has arrived. */
  const upgrade = (found: Match): Match => {
    const symptom = symptoms.get(found.symptom.id) ?? earlySymptoms.get(found.symptom.id);
    const article = articles.get(found.article.id);
    return symptom || article ? { ...found, symptom: symptom ?? found.symptom, article: article ?? found.article } : found;
  };

  return {
    index,
    lazy,
    match: (context) => stubMatch(context).map(upgrade),
    article: (id) => (typeof id === 'string' ? articles.get(id) : undefined),
    symptom: (id) => (typeof id === 'string' ? (symptoms.get(id) ?? earlySymptoms.get(id)) : undefined),
    normalizeError,
  };
}
