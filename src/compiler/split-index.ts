import {
  HELP_INDEX_FORMAT,
  HELP_MANIFEST_VERSION,
  HOME_LIST_LIMIT,
  type Article,
  FILE_HASH_LENGTH,
  type ArticleStub,
  CHUNK_TABLE_SIZE,
  type ChunkTable,
  type HelpChunk,
  type HelpContext,
  type HelpIndex,
  type HelpManifest,
  type HomeEntry,
  type MatchKeyPage,
  type MatchShard,
  type RecordGroup,
  type SearchShard,
  type ErrorPattern,
  type PackedErrorPattern,
  type SearchShardRef,
  type Symptom,
  type SymptomStub,
} from '../schema/help-index';
import { chunkOf, earlyBucket, earlyFileName } from '../engine/split/index';
import { contextKeys, EXACT_CODE_KEY } from '../engine/match/index';
import { encodeChunk, packEarlySymptom } from '../engine/split/index';
import { termKey } from '../engine/search/index';
import { parseErrorPattern } from '../engine/match/index';
import { buildSearchData, indexLanguage, isEngineSearchData, searchRecords, type EngineSearchData } from '../engine/search/index';

/** One file of the split form: its name (relative to the manifest) and its JSON text. */
export interface SplitFile {
  name: string;
  text: string;
}

export interface SplitIndex {
  manifest: HelpManifest;
  /** The manifest's own file name, content-hashed: `manifest.<hash>.json`. */
  manifestName: string;
  /** The manifest's JSON text. */
  manifestText: string;
  /** Every other file: article chunks, search shards and record groups. */
  files: SplitFile[];
}

export interface SplitOptions {
  /** Bytes of compiled JSON (the whole index's form) an article chunk aims at; stored without what its bodies repeat, a chunk is about a seventh of that gzip. Default 56,000. */
  chunkBytes?: number;
  /** Raw JSON bytes a search shard aims at. Default 24,000. */
  shardBytes?: number;
  /** Search records per record group. Default 64. */
  groupSize?: number;
  /** Match-file keys per key page. Default 64. */
  keysPerPage?: number;
  /** Raw bytes a match file aims at: keys that hold fewer stubs share one. Default 3,000. */
  matchBytes?: number;
  /** Up to this many raw bytes of keys, the manifest carries them too, so the first match needs no key page. Default 16,000 (about 700 keys, a help center of a thousand articles or so); 0 for none. */
  inlineKeysBytes?: number;
}

/**
 * The hash a file's name carries, {@link FILE_HASH_LENGTH} hex digits. Not a
 * cryptographic hash (nothing here needs one, and the file's number is in its
 * name too): two 32-bit multiply-xorshift lanes over the UTF-16 code units,
 * folded together. Plain JavaScript, so that splitting also runs in a
 * browser (Storybook, a playground), not only in Node.
 */
export function contentHash(text: string): string {
  let a = 0x9e3779b9 ^ text.length;
  let b = 0x85ebca6b ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x85ebca77);
    b = Math.imul(b ^ c, 0xc2b2ae3d);
    a ^= a >>> 15;
    b ^= b >>> 13;
  }
  a = Math.imul(a ^ (a >>> 16), 0x7feb352d) ^ Math.imul(b ^ (b >>> 15), 0x846ca68b);
  a ^= a >>> 16;
  return (a >>> 0).toString(16).padStart(FILE_HASH_LENGTH, '0');
}

/** How many article chunks an early file names per code, for the shell to fetch before anything has matched. */
const EARLY_CHUNKS = 1;

/** About what symptoms' stubs weigh in a match file: a title and a slug, patterns, numbers. */
const stubBytes = (symptoms: readonly Symptom[]) => symptoms.reduce((sum, symptom) => sum + symptom.title.length * 2 + 60, 0);

/** About what a symptom's checklist weighs in an early file: its description and its checks' text. */
const checklistBytes = (symptom: Symptom) => symptom.description.length + symptom.checks.reduce((sum, check) => sum + check.text.length + 12, 0);

const hasContext = (context: HelpContext | null | undefined): context is HelpContext =>
  !!context && (context.routes.length > 0 || context.errors.length > 0);

/** The author's text when it parses back to the same pattern, the pattern otherwise. */
function packErrorPattern(pattern: ErrorPattern): PackedErrorPattern {
  return JSON.stringify(parseErrorPattern(pattern.raw)) === JSON.stringify(pattern) ? pattern.raw : pattern;
}

/**
 * Splits a compiled index into the files of format version 2 (see
 * `HelpManifest` in the schema): a manifest with what matching and the home
 * screen need, article chunks, search shards by term key, and record groups
 * with what search ranks and shows a hit by. Every name carries its file's
 * content hash, so a host can cache them forever; only the manifest (or the
 * module that names it) must be revalidated.
 */
export function splitIndex(index: HelpIndex, options: SplitOptions = {}): SplitIndex {
  const chunkBytes = options.chunkBytes ?? 56_000;
  const shardBytes = options.shardBytes ?? 24_000;
  const groupSize = options.groupSize ?? 64;
  const keysPerPage = Math.max(1, options.keysPerPage ?? 64);
  const matchBytes = options.matchBytes ?? 3_000;
  const inlineKeysBytes = options.inlineKeysBytes ?? 16_000;
  const header = { format: HELP_INDEX_FORMAT, version: HELP_MANIFEST_VERSION } as const;
  const files: SplitFile[] = [];

  // --- article chunks --------------------------------------------------------
  const symptomsByArticle = new Map<string, Symptom[]>();
  for (const symptom of index.symptoms) {
    const list = symptomsByArticle.get(symptom.articleId);
    if (list) list.push(symptom);
    else symptomsByArticle.set(symptom.articleId, [symptom]);
  }
  // The compiled size, from an even sample of articles: serialising ten thousand whole articles only to count
  // their bytes would cost a tenth of the compile.
  const step = Math.max(1, Math.floor(index.articles.length / 400));
  let sampledBytes = 0;
  let sampled = 0;
  for (let i = 0; i < index.articles.length; i += step) {
    const article = index.articles[i]!;
    sampledBytes += JSON.stringify(article).length + JSON.stringify(index.bodies[article.id] ?? []).length;
    for (const symptom of symptomsByArticle.get(article.id) ?? []) sampledBytes += JSON.stringify(symptom).length;
    sampled++;
  }
  const totalBytes = sampled === 0 ? 0 : (sampledBytes / sampled) * index.articles.length;
  const chunkCount = Math.max(1, Math.round(totalBytes / chunkBytes));
  const chunks: HelpChunk[] = Array.from({ length: chunkCount }, () => ({ ...header, kind: 'chunk', articles: [], symptoms: [], bodies: {} }));
  for (const article of index.articles) {
    const chunk = chunks[chunkOf(article.id, chunkCount)]!;
    chunk.articles.push(article);
    chunk.symptoms.push(...(symptomsByArticle.get(article.id) ?? []));
    chunk.bodies[article.id] = index.bodies[article.id] ?? [];
  }
  /** Writes a file of a kind and returns the hash its name carries. */
  const add = (kind: 'c' | 's' | 'r' | 't' | 'k' | 'm', number: number, text: string) => {
    const hash = contentHash(text);
    files.push({ name: `${kind}${number}.${hash}.json`, text });
    return hash;
  };
  const chunkHashList = chunks.map((chunk, i) => add('c', i, JSON.stringify(encodeChunk(chunk))));
  const chunkHashes = chunkHashList.join('');
  // The manifest names tables of chunk hashes, not the chunks: 2,880 hashes would be most of its bytes.
  let tableHashes = '';
  for (let first = 0; first < chunkCount; first += CHUNK_TABLE_SIZE) {
    const table: ChunkTable = { ...header, kind: 'chunks', first, hashes: chunkHashes.slice(first * FILE_HASH_LENGTH, (first + CHUNK_TABLE_SIZE) * FILE_HASH_LENGTH) };
    tableHashes += add('t', first / CHUNK_TABLE_SIZE, JSON.stringify(table));
  }

  // --- search: shards by term key, and record groups ---------------------------
  // Terms made by the rules of the index's language (its `helpCenter.locale`, which the manifest carries for search to read).
  const data: EngineSearchData = isEngineSearchData(index.search, indexLanguage(index)) ? index.search : buildSearchData(index);
  const shards: SearchShardRef[] = [];
  let start = 0;
  while (start < data.terms.length) {
    // Whole keys only: a word's lookup must find every term under its key in one shard.
    let end = start;
    let bytes = 0;
    while (end < data.terms.length && (end === start || bytes < shardBytes)) {
      const key = termKey(data.terms[end]!);
      while (end < data.terms.length && termKey(data.terms[end]!) === key) {
        bytes += data.terms[end]!.length + 4 + JSON.stringify(data.postings[end]).length;
        end++;
      }
    }
    const shard: SearchShard = { ...header, kind: 'shard', terms: data.terms.slice(start, end), postings: data.postings.slice(start, end) };
    shards.push([termKey(data.terms[start]!), add('s', shards.length, JSON.stringify(shard))]);
    start = end;
  }

  const records = searchRecords(index);
  const groups: string[] = [];
  for (let first = 0; first < records.length; first += groupSize) {
    const slice = records.slice(first, first + groupSize);
    const group: RecordGroup = {
      ...header,
      kind: 'records',
      first,
      refs: slice.map((record) => record.ref),
      // Title, article title, aliases, tags: what phrases and highlights read (descriptions are in the chunks).
      fields: slice.map((record) => {
        const fields = record.fields.slice(0, 5).map((values, i) => (i === 2 ? [] : [...values]));
        while (fields.length > 0 && fields[fields.length - 1]!.length === 0) fields.pop();
        return fields;
      }),
    };
    groups.push(add('r', groups.length, JSON.stringify(group)));
  }

  // --- the manifest ------------------------------------------------------------
  const articles = new Map(index.articles.map((article) => [article.id, article]));
  const recordOfSymptom = new Map(index.symptoms.map((symptom, i) => [symptom.id, i]));
  // Match files: each symptom that a route or error can open, under every key of its context. Keys that hold
  // little share a file (in key order), so a help center does not become a thousand tiny files.
  const symptomsByKey = new Map<string, Symptom[]>();
  for (const symptom of index.symptoms) {
    const article = articles.get(symptom.articleId);
    if (!article) continue;
    const context = symptom.context ?? article.context;
    if (!hasContext(context)) continue;
    for (const key of contextKeys(context)) {
      const list = symptomsByKey.get(key);
      if (list) list.push(symptom);
      else symptomsByKey.set(key, [symptom]);
    }
  }
  const sortedKeys = [...symptomsByKey.keys()].filter((key) => !key.startsWith(EXACT_CODE_KEY)).sort();
  const keys: [key: string, file: number, hash: string][] = [];
  let group: { keys: string[]; symptoms: Set<Symptom>; bytes: number } = { keys: [], symptoms: new Set(), bytes: 0 };
  let fileCount = 0;
  /** The match file of some symptoms: their stubs, and their articles' (each naming its chunk). */
  function matchShard(found: Iterable<Symptom>): MatchShard {
    const stubs: ArticleStub[] = [];
    const symptoms: SymptomStub[] = [];
    const numbers = new Map<string, number>();
    // Index order, as the whole index lists them.
    for (const symptom of [...found].sort((a, b) => (recordOfSymptom.get(a.id) ?? 0) - (recordOfSymptom.get(b.id) ?? 0))) {
      const article = articles.get(symptom.articleId)!;
      let number = numbers.get(article.id);
      if (number === undefined) {
        number = stubs.length;
        numbers.set(article.id, number);
        // No title: a match shows its symptom's; the article's comes with its chunk, named here so that
        // opening the match needs no chunk table first.
        stubs.push([article.id, '', article.context.routes, article.context.errors.map(packErrorPattern), chunkHashList[chunkOf(article.id, chunkCount)]!]);
      }
      const own = symptom.context;
      const stub: SymptomStub = [
        number,
        symptom.slug,
        symptom.title,
        recordOfSymptom.get(symptom.id) ?? -1,
        own ? own.routes : null,
        own ? own.errors.map(packErrorPattern) : null,
      ];
      if (symptom.group !== undefined) stub.push(symptom.group);
      symptoms.push(stub);
    }
    return { ...header, kind: 'match', articles: stubs, symptoms };
  }
  /** The chunk file of an article, as the shell fetches it: `c<n>.<hash>` (no `.json`). */
  const chunkFileOf = (articleId: string) => {
    const number = chunkOf(articleId, chunkCount);
    return `c${number}.${chunkHashList[number]!}`;
  };
  const closeGroup = () => {
    if (group.keys.length === 0) return;
    const hash = add('m', fileCount, JSON.stringify(matchShard(group.symptoms)));
    for (const key of group.keys) keys.push([key, fileCount, hash]);
    fileCount++;
    group = { keys: [], symptoms: new Set(), bytes: 0 };
  };
  for (const key of sortedKeys) {
    const found = symptomsByKey.get(key)!;
    const bytes = stubBytes(found);
    if (group.bytes > 0 && group.bytes + bytes > matchBytes) closeGroup();
    group.keys.push(key);
    for (const symptom of found) group.symptoms.add(symptom);
    group.bytes += bytes;
  }
  closeGroup();

  // Exact codes go to early files instead, by a bucket of the code (see split/early-files.ts): an error's code
  // alone names its file, so the shell can fetch it beside the manifest, with the checklist it opens on.
  const exactCodes = [...symptomsByKey.keys()].filter((key) => key.startsWith(EXACT_CODE_KEY)).sort();
  // Each code's stubs and its first symptom's checklist (see below): early files about as heavy as match files.
  const exactBytes = exactCodes.reduce((sum, key) => sum + stubBytes(symptomsByKey.get(key)!) + checklistBytes(symptomsByKey.get(key)![0]!), 0);
  const buckets = Math.max(1, Math.round(exactBytes / matchBytes));
  const earlyTexts: string[] = [];
  if (exactCodes.length > 0) {
    const byBucket: string[][] = Array.from({ length: buckets }, () => []);
    for (const key of exactCodes) byBucket[earlyBucket(key.slice(EXACT_CODE_KEY.length), buckets)]!.push(key);
    for (const bucketKeys of byBucket) {
      const found = new Set<Symptom>();
      const codes: Record<string, string[]> = {};
      const firsts = new Set<Symptom>();
      for (const key of bucketKeys) {
        const claimed = symptomsByKey.get(key)!;
        for (const symptom of claimed) found.add(symptom);
        // The chunks the shell starts at once: those of the next symptoms (in index order) that claim the code. The
        // first one's checklist is in this file, and its chunk comes after the panel's code instead of sharing the network with it.
        const next = [...new Set(claimed.slice(1).map((symptom) => chunkFileOf(symptom.articleId)))].slice(0, EARLY_CHUNKS);
        if (next.length > 0) codes[key.slice(EXACT_CODE_KEY.length)] = next;
        firsts.add(claimed[0]!);
      }
      const shard = matchShard(found);
      // The checklist of each code's first symptom, which an error with that code usually opens on: it
      // shows while that symptom's chunk is still on its way.
      const position = new Map(shard.symptoms.map((stub, i) => [`${shard.articles[stub[0]]![0]}#${stub[1]}`, i]));
      const full = [...firsts].map((symptom) => packEarlySymptom(symptom, position.get(symptom.id)!)).sort((a, b) => a[0] - b[0]);
      // With its article's title where the symptom shows it (see the symptom screen), so nothing moves when the chunk comes.
      const stubs = new Map(shard.articles.map((article) => [article[0], article]));
      for (const symptom of firsts) {
        const title = articles.get(symptom.articleId)!.title;
        if (title !== symptom.title) stubs.get(symptom.articleId)![1] = title;
      }
      earlyTexts.push(JSON.stringify({ ...shard, codes, full }));
    }
  }
  const earlyTag = earlyTexts.length > 0 ? contentHash(earlyTexts.join('\n')) : '';
  earlyTexts.forEach((text, bucket) => files.push({ name: earlyFileName(bucket, earlyTag), text }));

  const match: HelpManifest['match'] = [];
  for (let first = 0; first < keys.length; first += keysPerPage) {
    const page: MatchKeyPage = { ...header, kind: 'keys', keys: keys.slice(first, first + keysPerPage) };
    match.push([keys[first]![0], add('k', match.length, JSON.stringify(page))]);
  }

  // A small help center's keys ride in the manifest (each match file's hash once): its first match then needs no key page.
  const fileHashes: string[] = [];
  for (const [, file, hash] of keys) fileHashes[file] = hash;
  const compactKeys = keys.map(([key, file]): [string, number] => [key, file]);
  const inlineKeys = JSON.stringify(compactKeys).length + fileHashes.length * FILE_HASH_LENGTH <= inlineKeysBytes ? { files: fileHashes.join(''), keys: compactKeys } : undefined;

  const home: Record<string, HomeEntry[]> = {};
  for (const article of index.articles) {
    const list = (home[article.bucket ?? ''] ??= []);
    if (list.length < HOME_LIST_LIMIT) list.push({ id: article.id, title: article.title });
  }

  const manifest: HelpManifest = {
    ...header,
    kind: 'manifest',
    helpCenter: index.helpCenter,
    hash: index.hash,
    buckets: index.buckets.map(({ articleIds, ...bucket }) => ({ ...bucket, count: articleIds.length })),
    home,
    counts: { articles: index.articles.length, symptoms: index.symptoms.length },
    match,
    ...(inlineKeys ? { keys: inlineKeys } : {}),
    ...(earlyTexts.length > 0 ? { early: { buckets, tag: earlyTag } } : {}),
    chunkCount,
    chunks: tableHashes,
    search: { version: data.version, records: data.refs.length, groupSize, groups: groups.join(''), shards },
  };
  const manifestText = JSON.stringify(manifest);
  return { manifest, manifestName: `manifest.${contentHash(manifestText)}.json`, manifestText, files };
}
