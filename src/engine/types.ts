import type { Article, HelpIndex, HelpManifest, Symptom } from '../schema/help-index';
import type { GroundFunction } from './ground';

/**
 * What the engine makes of whatever the app calls an error (see
 * `normalize-error.ts` for the table of accepted shapes).
 */
export interface NormalizedError {
  /** Application error code, e.g. `WEBHOOK_DELIVERY_FAILED`. */
  code?: string;
  /** HTTP status, e.g. 401. */
  status?: number;
  /** `Error.name` when it says more than `Error` (e.g. `TypeError`, `AbortError`). */
  name?: string;
  message?: string;
  /** The request URL of a fetch `Response`. */
  url?: string;
  /** The same facts for each error in the `cause` chain, outermost first. */
  causes: Omit<NormalizedError, 'causes'>[];
}

/** Where the user is and what just went wrong. */
export interface MatchContext {
  /** Pathname (query, hash and trailing slash are ignored). */
  route?: string | null;
  /** Anything: an `Error`, a fetch `Response`, `{ code, status, message }`, a string, a number, nothing. */
  error?: unknown;
}

/**
 * The kinds of evidence a match can rest on. `related-search`: the symptom's
 * title is in an error no pattern names, or shares most of its words;
 * `search-rank`: a search for such an error's words ranked the symptom first
 * by a clear margin (or lists it after that one).
 */
export type ReasonKind = 'route' | 'error-code' | 'status' | 'status-class' | 'name' | 'message' | 'related-search' | 'search-rank';

/** Why a symptom matched, as data (see `describeReason` for a sentence). */
export interface Reason {
  kind: ReasonKind;
  /** The pattern as the author wrote it (`/inbox/**`, `WEBHOOK_*`, `5xx`, `message:quota*`), or the query a related search ran. */
  pattern: string;
  /** What the app gave that matched it: the route, the error code, the status, the message. */
  value: string;
  /** True when the symptom has no context of its own and this came from its article's. */
  inherited: boolean;
}

export interface Match {
  symptom: Symptom;
  article: Article;
  /** Higher is better. Only comparable within one `match` call. */
  score: number;
  /** Why it matched, strongest evidence first: error evidence, then the route. Empty never (no evidence, no match). */
  reasons: Reason[];
  /**
   * Set when no pattern named the error and a search for its message and code found this symptom
   * (a `related-search` or `search-rank` reason): `'strong'` when the symptom's title is in the error's
   * text (or the error names the article), so it may be opened; `'weak'` for a likely guess, shown as
   * "possibly related". A weak guess is never opened by itself, except the first `search-rank` one
   * (search ranked it first by a clear margin): the panel opens on it and lists the others.
   * Absent for matches on written patterns and routes.
   */
  related?: 'strong' | 'weak';
}

export type SearchField = 'title' | 'symptom' | 'aliases' | 'tags' | 'checks' | 'body';

/** One highlighted field of a hit. `ranges` are `[start, end)` offsets into `value`. */
export interface SearchMatch {
  field: SearchField;
  value: string;
  ranges: [start: number, end: number][];
  /** For `checks`: which check matched. */
  checkId?: string;
}

export interface SearchHit {
  article: Article;
  /** Absent when the hit is an article without symptoms (an overview). */
  symptom?: Symptom;
  /** Higher is better. */
  score: number;
  matches: SearchMatch[];
}

export interface SearchOptions {
  /** At most this many hits. Default 10. */
  limit?: number;
  /** Boost hits that match the current route or error. */
  context?: MatchContext;
}

export interface HelpEngine extends HelpEngineCore {
  /** Fuzzy, typo-tolerant, prefix-aware search over articles and symptoms. */
  search(query: string, options?: SearchOptions): SearchHit[];
  /**
   * The passages an answer to `question` may rest on, best first, each with its citation key
   * (see `createGround`, which makes the same function for a split index). Resolves to `[]` when
   * nothing in the help center covers the question. Defaults: `limit` 5, `maxChars` 6,000.
   */
  ground: GroundFunction;
}

/** Where one article or symptom of a split index stands. */
export type ContentStatus = 'idle' | 'loading' | 'ready' | 'missing' | 'failed';

/**
 * The loading side of an engine over a split index (see `openHelpIndex`):
 * articles arrive by chunk, search data by shard, each file fetched once.
 */
export interface LazyContent {
  readonly manifest: HelpManifest;
  /** Goes up each time a chunk arrives or fails, so a view can tell it should read again. */
  readonly version: number;
  /** `ready` once the article's or symptom's chunk is in and holds it, `missing` when its chunk came without it. */
  status(id: string): ContentStatus;
  /** The `HelpIndexError` that made `status(id)` `failed`. */
  error(id: string): unknown;
  /** Loads the chunk of an article or symptom id. Rejects with a `HelpIndexError`; never loads a file twice. */
  load(id: string): Promise<void>;
  /** Fetches a file the manifest names, once (search shards and record groups use it). */
  fetchFile(name: string): Promise<unknown>;
  /** Calls `listener` whenever a chunk arrives or fails. Returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Forgets failures, so that the next `load` fetches again. */
  retry(): void;
  /**
   * Whether `match(context)` has the match files it needs (loaded, or failed: then it matches without them),
   * or enough of them that its best match is final (an exact code's early file often settles it; the matches
   * below the best fill in as the rest arrive).
   */
  matchReady(context: MatchContext): boolean;
  /**
   * Loads the match files a route and error can reach; resolves once they are in, or as soon as those in settle
   * the best match (see `matchReady`). Rejects with a `HelpIndexError` when one cannot be read first.
   */
  prepareMatch(context: MatchContext): Promise<void>;
  /** The search record number of a symptom the match files have named. */
  recordOf(symptomId: string): number | undefined;
  /** Fetches the manifest again (after a deploy) and opens a new engine on it. */
  reopen(): Promise<HelpEngineCore & { readonly lazy: LazyContent }>;
}

/** The engine without search, as `createHelpEngineCore` returns it. */
export interface HelpEngineCore {
  readonly index: HelpIndex;
  /** Present on an engine over a split index: loads articles and search data on demand. */
  readonly lazy?: LazyContent;
  /** Symptoms that the route and error point at, best first. No evidence, no match. */
  match(context: MatchContext): Match[];
  article(id: string): Article | undefined;
  /**
   * Accepts a full symptom id (`article#slug`). On a split index: the symptom once its chunk is in,
   * or before, with the checks and description an error code's early file gave (its `source` still
   * unknown); `lazy.status(id)` still says whether the chunk is in.
   */
  symptom(id: string): Symptom | undefined;
  /** Never throws: `null` for nothing, otherwise the facts it could find. */
  normalizeError(error: unknown): NormalizedError | null;
}
