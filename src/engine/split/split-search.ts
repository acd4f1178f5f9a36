import { FILE_HASH_LENGTH, HELP_INDEX_FORMAT, splitFileName, type Article, type RecordGroup, type SearchShard, type Symptom } from '../../schema/help-index';
import { articleIdOf } from './chunk-of';
import { stubArticle, stubSymptom } from './stub-records';
import { HelpIndexError } from '../base/index';
import { createSearchOver, queryKeyRanges, type RuntimeRecord, type SearchFunction } from '../search/index';
import { SEARCH_DATA_VERSION, indexLanguage, type RecordFields } from '../search/index';
import type { LazyHelpEngine } from './index-loader';
import type { SearchHit, SearchOptions } from '../types';
import { isRecord } from '../base/index';

/**
 * Search over a split index. `search` is synchronous over what has arrived;
 * `prepare` fetches what a query needs first (the shards of its words'
 * keys, then the record groups of the hits it ranks), and `ready` says
 * whether that is done, so a search box can show "Searching…" meanwhile.
 */
export interface SplitSearchFunction extends SearchFunction {
  /** Fetches the shards and record groups `query` needs. Rejects with a `HelpIndexError`. */
  prepare(query: string, options?: SearchOptions): Promise<void>;
  /** Whether `search(query)` has everything it needs. */
  ready(query: string, options?: SearchOptions): boolean;
}

const damaged = (file: string, what: string) =>
  new HelpIndexError('invalid-shape', `The help index file ${file} is damaged: it is not ${what}; rebuild it with \`help-panel build\`.`);

function readShard(value: unknown, file: string): SearchShard {
  if (
    !isRecord(value) ||
    value.format !== HELP_INDEX_FORMAT ||
    value.kind !== 'shard' ||
    !Array.isArray(value.terms) ||
    !Array.isArray(value.postings) ||
    value.terms.length !== value.postings.length
  ) {
    throw damaged(file, 'a search shard');
  }
  return value as unknown as SearchShard;
}

function readGroup(value: unknown, file: string, first: number): RecordGroup {
  if (
    !isRecord(value) ||
    value.format !== HELP_INDEX_FORMAT ||
    value.kind !== 'records' ||
    value.first !== first ||
    !Array.isArray(value.refs) ||
    !Array.isArray(value.fields)
  ) {
    throw damaged(file, 'a record group of this manifest');
  }
  return value as unknown as RecordGroup;
}

/**
 * Creates search for an engine opened with `openHelpIndex`. With the shards
 * and groups a query needs loaded, it returns the same hits, in the same
 * order, as `createHelpEngine` over the whole index; the hits' highlights
 * cover titles, aliases and tags (descriptions, checks and bodies are in the
 * article chunks, which search does not fetch).
 */
export function createSplitSearch(engine: LazyHelpEngine): SplitSearchFunction {
  const { manifest } = engine.lazy;
  const { shards, groups, groupSize, records: recordCount } = manifest.search;
  if (manifest.search.version !== SEARCH_DATA_VERSION) {
    throw new HelpIndexError(
      'unsupported-version',
      `The help index's search data is version ${manifest.search.version}, and this engine reads version ${SEARCH_DATA_VERSION}: rebuild the index with the help-panel version the app uses.`,
    );
  }
  // The rules the compiler made the shards' terms with: those of the manifest's locale.
  const language = indexLanguage(manifest);
  const loadedShards = new Map<number, SearchShard>();
  const loadedGroups = new Map<number, RecordGroup>();

  let terms: string[] = [];
  let postings: number[][] = [];
  const rebuild = () => {
    terms = [];
    postings = [];
    // Shards hold sorted, disjoint ranges: in shard order, their terms are sorted too.
    for (const number of [...loadedShards.keys()].sort((a, b) => a - b)) {
      const shard = loadedShards.get(number)!;
      for (let i = 0; i < shard.terms.length; i++) {
        terms.push(String(shard.terms[i]));
        postings.push(Array.isArray(shard.postings[i]) ? shard.postings[i]! : []);
      }
    }
    core = createSearchOver(corpus, engine.match, language);
  };

  const groupOf = (record: number) => loadedGroups.get(Math.floor(record / groupSize));
  const fieldsOf = (record: number): RecordFields | undefined => {
    const group = groupOf(record);
    const fields = group?.fields[record - group.first];
    if (!Array.isArray(fields)) return undefined;
    return Array.from({ length: 7 }, (_, i) => (Array.isArray(fields[i]) ? fields[i]!.map(String) : []));
  };
  const corpus = {
    get terms() {
      return terms;
    },
    get postings() {
      return postings;
    },
    recordCount,
    record(i: number): RuntimeRecord | undefined {
      const group = groupOf(i);
      const ref = group?.refs[i - group.first];
      const fields = fieldsOf(i);
      if (typeof ref !== 'string' || !fields) return undefined;
      const articleId = articleIdOf(ref);
      const isSymptom = ref !== articleId;
      // The full records when their chunk is there (a symptom already opened); the group's otherwise.
      const fullSymptom = isSymptom ? engine.symptom(ref) : undefined;
      const fullArticle = engine.article(articleId);
      const title = fields[0]?.[0] ?? '';
      const article: Article = fullArticle ?? stubArticle(articleId, isSymptom ? (fields[1]?.[0] ?? title) : title);
      if (!isSymptom) return { article };
      const symptom: Symptom = fullSymptom ?? stubSymptom(articleId, ref.slice(articleId.length + 1), title);
      return { article, symptom };
    },
    fields: (i: number) => fieldsOf(i),
    recordOf: (symptomId: string) => engine.lazy.recordOf(symptomId),
  };
  let core = createSearchOver(corpus, engine.match, language);

  /** The shards whose key ranges meet the query's. */
  function shardsFor(query: string): number[] {
    const needed = new Set<number>();
    for (const [from, to] of queryKeyRanges(query, language)) {
      // Shard i holds the keys from shards[i].from up to shards[i + 1].from.
      let lo = 0;
      let hi = shards.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((shards[mid]?.[0] ?? '') <= from) lo = mid + 1;
        else hi = mid;
      }
      for (let i = Math.max(0, lo - 1); i < shards.length && (shards[i]?.[0] ?? '') < to; i++) needed.add(i);
    }
    return [...needed];
  }

  const groupsFor = (records: number[]) => [...new Set(records.map((record) => Math.floor(record / groupSize)))];
  const groupCount = groups.length / FILE_HASH_LENGTH;
  const missingGroups = (records: number[]) => groupsFor(records).filter((group) => !loadedGroups.has(group) && group < groupCount);

  function loadShard(number: number): Promise<void> {
    const ref = shards[number];
    if (!ref || loadedShards.has(number)) return Promise.resolve();
    const file = `s${number}.${ref[1]}.json`;
    return engine.lazy.fetchFile(file).then((value) => {
      if (loadedShards.has(number)) return;
      loadedShards.set(number, readShard(value, file));
      rebuild();
    });
  }
  function loadGroup(number: number): Promise<void> {
    if (number >= groupCount || loadedGroups.has(number)) return Promise.resolve();
    const file = splitFileName('r', number, groups);
    return engine.lazy.fetchFile(file).then((value) => {
      if (!loadedGroups.has(number)) loadedGroups.set(number, readGroup(value, file, number * groupSize));
    });
  }

  function ready(query: string, options?: SearchOptions): boolean {
    if (shardsFor(query).some((shard) => !loadedShards.has(shard))) return false;
    return core.rank(query, options, (records) => missingGroups(records).length === 0) !== null;
  }

  async function prepare(query: string, options?: SearchOptions): Promise<void> {
    await Promise.all(shardsFor(query).map(loadShard));
    // Ranking names the records whose titles it needs; two rounds at most, as the second has them all.
    for (let round = 0; round < 2; round++) {
      let wanted: number[] = [];
      const ranked = core.rank(query, options, (records) => {
        wanted = missingGroups(records);
        return wanted.length === 0;
      });
      if (ranked) return;
      await Promise.all(wanted.map(loadGroup));
    }
  }

  const search = (query: string, options?: SearchOptions): SearchHit[] => core(query, options);
  return Object.assign(search, { prepare, ready });
}

export { createSplitRelatedMatch } from '../search/index';
