import {
  HELP_INDEX_FORMAT,
  HELP_MANIFEST_VERSION,
  HOME_LIST_LIMIT,
  type Article,
  FILE_HASH_LENGTH,
  type ArticleStub,
  type HelpChunk,
  type HelpContext,
  type HelpIndex,
  type HelpManifest,
  type HomeEntry,
  type MatchShard,
  type RecordGroup,
  type SearchShard,
  type ErrorPattern,
  type PackedErrorPattern,
  type SearchShardRef,
  type Symptom,
  type SymptomStub,
} from '../schema/help-index';
import { chunkOf } from '../engine/chunk-of';
import { contextKeys } from '../engine/match-keys';
import { encodeChunk } from '../engine/chunk-codec';
import { termKey } from '../engine/term-key';
import { parseErrorPattern } from '../engine/error-pattern';
import { buildSearchData, indexLanguage, isEngineSearchData, searchRecords, type EngineSearchData } from '../engine/search-index';

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
  /** Raw JSON bytes an article chunk aims at (about a quarter of that gzip). Default 48,000. */
  chunkBytes?: number;
  /** Raw JSON bytes a search shard aims at. Default 24,000. */
  shardBytes?: number;
  /** Search records per record group. Default 64. */
  groupSize?: number;
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
  const chunkBytes = options.chunkBytes ?? 48_000;
  const shardBytes = options.shardBytes ?? 24_000;
  const groupSize = options.groupSize ?? 64;
  const header = { format: HELP_INDEX_FORMAT, version: HELP_MANIFEST_VERSION } as const;
  const files: SplitFile[] = [];

  // --- article chunks --------------------------------------------------------
  const symptomsByArticle = new Map<string, Symptom[]>();
  for (const symptom of index.symptoms) {
    const list = symptomsByArticle.get(symptom.articleId);
    if (list) list.push(symptom);
    else symptomsByArticle.set(symptom.articleId, [symptom]);
  }
  let totalBytes = 0;
  for (const article of index.articles) {
    totalBytes += JSON.stringify(article).length + JSON.stringify(index.bodies[article.id] ?? []).length;
    for (const symptom of symptomsByArticle.get(article.id) ?? []) totalBytes += JSON.stringify(symptom).length;
  }
  const chunkCount = Math.max(1, Math.round(totalBytes / chunkBytes));
  const chunks: HelpChunk[] = Array.from({ length: chunkCount }, () => ({ ...header, kind: 'chunk', articles: [], symptoms: [], bodies: {} }));
  for (const article of index.articles) {
    const chunk = chunks[chunkOf(article.id, chunkCount)]!;
    chunk.articles.push(article);
    chunk.symptoms.push(...(symptomsByArticle.get(article.id) ?? []));
    chunk.bodies[article.id] = index.bodies[article.id] ?? [];
  }
  /** Writes a file of a kind and returns the hash its name carries. */
  const add = (kind: 'c' | 's' | 'r', number: number, text: string) => {
    const hash = contentHash(text);
    files.push({ name: `${kind}${number}.${hash}.json`, text });
    return hash;
  };
  const chunkHashes = chunks.map((chunk, i) => add('c', i, JSON.stringify(encodeChunk(chunk)))).join('');

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
  // Match files: each symptom that a route or error can open, under every key of its context.
  const byKey = new Map<string, { articles: ArticleStub[]; symptoms: SymptomStub[]; numbers: Map<string, number> }>();
  for (const symptom of index.symptoms) {
    const article = articles.get(symptom.articleId);
    if (!article) continue;
    const own = symptom.context;
    const context = own ?? article.context;
    if (!hasContext(context)) continue;
    for (const key of contextKeys(context)) {
      let file = byKey.get(key);
      if (!file) byKey.set(key, (file = { articles: [], symptoms: [], numbers: new Map() }));
      let number = file.numbers.get(article.id);
      if (number === undefined) {
        number = file.articles.length;
        file.numbers.set(article.id, number);
        // No title: a match shows its symptom's; the article's comes with its chunk.
        file.articles.push([article.id, '', article.context.routes, article.context.errors.map(packErrorPattern)]);
      }
      const stub: SymptomStub = [
        number,
        symptom.slug,
        symptom.title,
        recordOfSymptom.get(symptom.id) ?? -1,
        own ? own.routes : null,
        own ? own.errors.map(packErrorPattern) : null,
      ];
      if (symptom.group !== undefined) stub.push(symptom.group);
      file.symptoms.push(stub);
    }
  }
  const match: HelpManifest['match'] = [...byKey.keys()].sort().map((key, i) => {
    const { articles: stubs, symptoms } = byKey.get(key)!;
    const shard: MatchShard = { ...header, kind: 'match', articles: stubs, symptoms };
    const text = JSON.stringify(shard);
    const hash = contentHash(text);
    files.push({ name: `m${i}.${hash}.json`, text });
    return [key, hash];
  });

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
    chunks: chunkHashes,
    search: { version: data.version, records: data.refs.length, groupSize, groups: groups.join(''), shards },
  };
  const manifestText = JSON.stringify(manifest);
  return { manifest, manifestName: `manifest.${contentHash(manifestText)}.json`, manifestText, files };
}
