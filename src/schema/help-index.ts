/**
 * The compiled help index: the one format the compiler writes and the engine
 * reads. It is plain JSON (no classes, no functions, no `undefined` values that
 * matter) so it can be written to disk, shipped over the network and cached.
 *
 * Bump {@link HELP_INDEX_VERSION} whenever a change here would make an older
 * engine misread a newer index (or the other way round).
 */
export const HELP_INDEX_VERSION = 1 as const;

/** The `format` marker every index carries, so a stray JSON file is recognised as not ours. */
export const HELP_INDEX_FORMAT = 'help-panel-index' as const;

/** A place in a source file. Lines and columns are 1-based, as editors show them. */
export interface SourcePosition {
  /** Path of the Markdown file, relative to the content directory, with `/` separators. */
  file: string;
  line: number;
  column: number;
}

/**
 * The context that opens an article or symptom: where the user is and what went wrong.
 * Patterns are kept as the author wrote them; the engine compiles them once.
 */
export interface HelpContext {
  /**
   * Route patterns, e.g. `/settings/integrations/:provider`, `/inbox/**`.
   * `:name` matches one segment, `*` matches exactly one segment of anything,
   * `**` (only as the last segment) matches that path and everything below it.
   */
  routes: string[];
  /** Error patterns, see {@link ErrorPattern} for the grammar. */
  errors: ErrorPattern[];
}

/**
 * One error pattern, parsed at compile time from the string an author wrote.
 *
 * | written            | kind           | matches                                          |
 * | ------------------ | -------------- | ------------------------------------------------ |
 * | `401`              | `status`       | HTTP status 401                                  |
 * | `5xx`              | `status-class` | any status from 500 to 599                       |
 * | `STRIPE_*`         | `code`         | an error code, `*` is a glob; case-sensitive     |
 * | `code:E_TIMEOUT`   | `code`         | explicit form, for codes that look like a name   |
 * | `TypeError`        | `name`         | `error.name` (a bare word ending in `Error`)     |
 * | `name:AbortError`  | `name`         | explicit form                                    |
 * | `message:quota*`   | `message`      | message glob, case-insensitive, anywhere in text |
 * | `/time(d)? out/i`  | `message`      | message regular expression                       |
 */
export type ErrorPattern =
  | { kind: 'status'; raw: string; status: number }
  | { kind: 'status-class'; raw: string; status: number /* 4 for 4xx */ }
  | { kind: 'code'; raw: string; glob: string }
  | { kind: 'name'; raw: string; name: string }
  | { kind: 'message'; raw: string; glob?: string; regex?: { source: string; flags: string } }
  | ErrorTablePattern;

/**
 * An error written as a table or object, as docs sites list them:
 * `{ status = 422, code = "validation_failed", message = "Email is invalid" }`.
 * Every facet it gives must match; it scores by its most specific facet
 * (code and message above code alone, above message, name, status, status class).
 * `raw` is the entry written back as `key=value` pairs, for reasons and logs.
 */
export interface ErrorTablePattern {
  kind: 'table';
  raw: string;
  /**
   * The facets, each parsed as the string form would be (`code` a glob, `message` case-insensitive anywhere),
   * most specific first (exact code, code glob, message, name, status, status class): the engine files and
   * scores a table by its first facet. At least one is present.
   */
  facets: Exclude<ErrorPattern, ErrorTablePattern>[];
}

/** One help center (one content directory): `oxvo`, `ochre`. */
export interface HelpCenterInfo {
  /** Stable id, by default the content directory's name. */
  id: string;
  /** Display name, by default the id. */
  title: string;
  /** One line about the help center, from `_index.md` front matter `summary` (or its first paragraph); absent when neither exists. */
  summary?: string;
  /**
   * The language of this index's text, a BCP 47 tag (`en`, `de`, `pt-BR`): set for a help center with
   * locale folders, or one whose `_index.md` declares `locale`; absent otherwise (the panel then treats it as
   * the page's language).
   */
  locale?: string;
  /** Every locale the help center is written in, its default first; absent for a help center in one language. */
  locales?: string[];
}

/** A bucket groups articles on the home screen ("Integrations", "Channels"). */
export interface Bucket {
  id: string;
  title: string;
  articleIds: string[];
}

/** Where an outgoing link points. */
export type LinkTarget =
  /** Another article of this help center, optionally at a heading. */
  | { kind: 'article'; articleId: string; anchor?: string }
  /** A heading of the same article. */
  | { kind: 'anchor'; anchor: string }
  /** A place in the host app, written `app:/settings/integrations`; handed to `onNavigate`. */
  | { kind: 'app'; to: string }
  /** Anything else (http, https, mailto). Opened in a new tab by the UI. */
  | { kind: 'external'; href: string };

/** What support needs when a user escalates from this article (see seed 002's "When to escalate … Include:"). */
export interface EscalationSpec {
  /** The details to ask for, in order. `id` is a stable slug of the label. */
  details: { id: string; label: string }[];
}

export interface Article {
  /** Stable slug: front matter `id`, or the file's name without extension. */
  id: string;
  /** Front matter `title`, or the first `#` heading. */
  title: string;
  /** Front matter `summary`, or the first paragraph, as plain text. */
  summary: string;
  /** Bucket id, when the article belongs to one. */
  bucket?: string;
  tags: string[];
  /** Search synonyms ("2fa" for MFA, "ping" for notification). */
  aliases: string[];
  /** Context that opens this article's symptoms (each symptom inherits it unless it sets its own). */
  context: HelpContext;
  /** Ids of related articles. */
  related: string[];
  /** Ids of this article's symptoms, in document order. */
  symptomIds: string[];
  /** Every link in the article, resolved. */
  links: { text: string; target: LinkTarget }[];
  /** Headings, for anchors and a table of contents. */
  headings: { id: string; depth: number; text: string }[];
  /** What to ask for on escalation, when the article declares it. */
  escalation?: EscalationSpec;
  /**
   * The language of this article's text when it differs from its index's `helpCenter.locale`: an article not
   * translated yet, included from a fallback locale (`pt` for `pt-BR`, else the default). The panel shows it
   * with a "Shown in English" note. Absent when the article is in the index's own language.
   */
  locale?: string;
  source: SourcePosition;
}

/**
 * How a symptom was recognised:
 * - `symptom-checks`: `Symptom: …` then `Checks:` and a list (seed 000);
 * - `task-list`: a heading followed by a GFM task list;
 * - `kb`: a knowledge-base article with a `Symptoms` section and `Solution`/`Resolution`/`Workaround`/`Fix` steps;
 * - `checklist`: a standalone checklist (a heading and a list of things to check, such as "Five-minute first pass");
 * - `article`: a one-problem article — its front matter names errors or routes but it holds no symptom block, so the
 *   article itself is the symptom, its checks taken from the steps of its fix section (none when it has no such section).
 */
export type SymptomForm = 'symptom-checks' | 'task-list' | 'kb' | 'checklist' | 'article';

export interface Check {
  /**
   * Stable within its symptom: the slug of the check's own text (with `-2`, `-3`
   * for repeats). Editing one check changes only that check's id, so saved
   * progress on the others survives.
   */
  id: string;
  /** The check as plain text. */
  text: string;
  /** The check as rich inline content (links to app screens, code, emphasis). */
  content: InlineNode[];
  /** Name of the host diagnostic that can run this check, from front matter. */
  diagnostic?: string;
  /**
   * In a help center in several languages: a hash of the source check's text, the same in every locale.
   * Saved progress is kept against it (else against this check's own text), so a tick carries over when the
   * user switches language, and rewording the source check clears it in every language.
   */
  revision?: string;
  source: SourcePosition;
}

export interface Symptom {
  /** Globally unique: `<articleId>#<slug>`. The part after `#` is the key for front-matter overrides. */
  id: string;
  /** The part after `#`. */
  slug: string;
  articleId: string;
  /** What the user sees: "Webhooks not firing". */
  title: string;
  /** The section heading the symptom sits under ("Integration Issues"), if any. */
  group?: string;
  form: SymptomForm;
  /** Explanatory text between the symptom line and its checks (kb: the Symptoms section), plain text. */
  description: string;
  checks: Check[];
  /**
   * The symptom's own context from front-matter overrides, or `null` to inherit
   * the article's. Kept apart from the article's so the engine can explain which one matched.
   */
  context: HelpContext | null;
  /** Extra aliases and tags from front-matter overrides (added to the article's). */
  aliases: string[];
  tags: string[];
  source: SourcePosition;
}

// ---------------------------------------------------------------------------
// Article bodies: a small tree of allowed node types, rendered as React
// elements. Raw HTML never reaches this tree.
// ---------------------------------------------------------------------------

export type InlineNode =
  | { type: 'text'; value: string }
  | { type: 'emphasis'; children: InlineNode[] }
  | { type: 'strong'; children: InlineNode[] }
  | { type: 'inlineCode'; value: string }
  | { type: 'break' }
  | { type: 'link'; target: LinkTarget; title?: string; children: InlineNode[] }
  | { type: 'image'; src: string; alt: string; title?: string };

/** The kinds of callout, from Docusaurus admonitions and GitHub alerts. */
export type CalloutKind = 'note' | 'tip' | 'info' | 'important' | 'warning' | 'caution' | 'danger';


export interface ListItemNode {
  /** `true`/`false` for GFM task items, absent otherwise. */
  checked?: boolean;
  /** Set when this item is a check of a symptom: the check's id. */
  checkId?: string;
  children: BlockNode[];
}

export type BlockNode =
  /** `checkId` marks a paragraph that is itself a check (a kb Solution section written as paragraphs, not a list). */
  | { type: 'paragraph'; checkId?: string; children: InlineNode[] }
  /**
   * `symptomId` marks the heading that starts a symptom; `checkId` marks a heading that is itself a check
   * (a kb Solution section made of sub-headings such as "Method 1 – …").
   */
  | { type: 'heading'; depth: 1 | 2 | 3 | 4 | 5 | 6; id: string; symptomId?: string; checkId?: string; children: InlineNode[] }
  /**
   * `symptomId` marks the list that holds a symptom's checks. `loose` is true when CommonMark calls the list
   * loose (items apart by blank lines): its items' paragraphs render as paragraphs. Default: tight, whose
   * paragraphs render as bare text.
   */
  | { type: 'list'; ordered: boolean; start?: number; loose?: boolean; symptomId?: string; items: ListItemNode[] }
  | { type: 'code'; lang?: string; value: string }
  | { type: 'blockquote'; children: BlockNode[] }
  /** A thematic break (`---`, `***`). */
  | { type: 'thematicBreak' }
  /**
   * An admonition: MDX `<Admonition type="warning">`, a `:::tip` directive or a GitHub `> [!NOTE]` alert.
   * `title` is the author's own title, when given; the panel otherwise labels it by kind.
   */
  | { type: 'callout'; kind: CalloutKind; title?: InlineNode[]; children: BlockNode[] }
  /** The first row is the header row; each cell is inline content. */
  | { type: 'table'; align: ('left' | 'right' | 'center' | null)[]; rows: InlineNode[][][] }
  /** A paragraph-form symptom line (`Symptom: …` not in a heading). */
  | { type: 'symptom'; symptomId: string; children: InlineNode[] };

/**
 * Precomputed search data, written by the compiler so that creating an engine
 * never re-indexes. Its inner shape belongs to the engine (`src/engine/search/search-index.ts`)
 * and is versioned separately.
 */
export interface SearchData {
  version: number;
  [key: string]: unknown;
}

export interface HelpIndex {
  format: typeof HELP_INDEX_FORMAT;
  version: typeof HELP_INDEX_VERSION;
  helpCenter: HelpCenterInfo;
  /** SHA-256 (hex) of the sources, so caches and hot reload can tell a change. */
  hash: string;
  buckets: Bucket[];
  articles: Article[];
  symptoms: Symptom[];
  /**
   * Article bodies by article id. Kept apart from the search data so a host can
   * ship them separately and load them lazily.
   */
  bodies: Record<string, BlockNode[]>;
  /** Precomputed search index; absent in indexes built without it (the engine then builds it at start). */
  search?: SearchData;
}

/**
 * A help center in several languages as one file: one whole index per locale, each complete (articles not
 * translated into a locale are included from its fallback, marked with `Article.locale`). Ids are the same in
 * every locale, so progress carries over when the user switches language.
 */
export interface HelpIndexSet {
  format: typeof HELP_INDEX_FORMAT;
  version: typeof HELP_INDEX_VERSION;
  kind: 'locales';
  /** The help center as its default locale describes it (`locale` absent, `locales` set). */
  helpCenter: HelpCenterInfo;
  /** The locale the content is written in first, from the root `_index.md` (`locale`), else `en`. */
  defaultLocale: string;
  /** Each locale's index by BCP 47 tag, the default included. */
  locales: Record<string, HelpIndex>;
}

// ---------------------------------------------------------------------------
// The split form (format version 3): a small manifest, article chunks and
// search shards, each a JSON file whose name carries its content hash. The
// single-file `HelpIndex` above (version 1) stays for small help centers,
// tests and Node.
// ---------------------------------------------------------------------------

/**
 * The version of the split form's files. 3: ids that a heading's or check's text gives are left out
 * of chunks (see the engine's `textSlug`), and early files carry checklists. A version 2 build is
 * rebuilt, as every split build is with its app.
 */
export const HELP_MANIFEST_VERSION = 3 as const;

/** Every index version an engine of this package reads: the single file (1) and the split manifest (3). */
export const READABLE_INDEX_VERSIONS = [HELP_INDEX_VERSION, HELP_MANIFEST_VERSION] as const;

/**
 * An error pattern in the manifest: the author's text when it reads back as
 * the same pattern (nearly always), the parsed pattern otherwise.
 */
export type PackedErrorPattern = string | ErrorPattern;

/**
 * What matching needs of an article, and what the panel shows before its
 * chunk arrives: `[id, title, routes, errors, chunk]` (a tuple: the manifest holds
 * thousands of these). Empty routes and errors mean it has no context of its own.
 * In a match file, `chunk` is the content hash of the article's chunk file, so a
 * match opens its article without first reading the chunk table (absent in files
 * of older builds).
 */
export type ArticleStub = [id: string, title: string, routes: string[], errors: PackedErrorPattern[], chunk?: string];

/**
 * What matching needs of a symptom: `[article, slug, title, record, routes, errors, group]`.
 * `article` is its article's position in `match.articles`, the id is
 * `<article id>#<slug>`, and `record` its search record number (for the
 * search's context boost). `routes` and `errors` are `null` when it inherits
 * its article's context.
 */
export type SymptomStub = [
  article: number,
  slug: string,
  title: string,
  record: number,
  routes: string[] | null,
  errors: PackedErrorPattern[] | null,
  group?: string,
];

/** An article listed on the home screen. */
export interface HomeEntry {
  id: string;
  title: string;
}

/** Where the search data of one range of terms lives: `[from, hash]`, the first 3-letter key (see `termKey`) the shard holds (shards cover up to the next one's) and its file's content hash. */
export type SearchShardRef = [from: string, hash: string];

/** How many hex digits of a file's SHA-256 its name carries. With the file's number in the name too, two builds' files never share a name unless they share their content. */
export const FILE_HASH_LENGTH = 8;

/** How many chunks' hashes one chunk table (`t<n>.<hash>.json`) lists. */
export const CHUNK_TABLE_SIZE = 256;

/**
 * The name of file `number` of a kind of a split index (`c` chunks, `r` record groups, `t` chunk tables), from
 * the hashes that list it: a chunk table's for chunks, the manifest's for the others. For a chunk, `number` is
 * its position in its table.
 */
export function splitFileName(kind: 'c' | 'r' | 't', number: number, hashes: string, first = 0): string {
  return `${kind}${first + number}.${hashes.slice(number * FILE_HASH_LENGTH, (number + 1) * FILE_HASH_LENGTH)}.json`;
}

/**
 * The manifest: everything matching and the home screen need, and the names
 * of the other files. A few tens of kB gzip whatever the content's size.
 */
export interface HelpManifest {
  format: typeof HELP_INDEX_FORMAT;
  version: typeof HELP_MANIFEST_VERSION;
  kind: 'manifest';
  helpCenter: HelpCenterInfo;
  /** The build's content hash, the same as the single-file index's `hash`. */
  hash: string;
  /** Buckets with their article counts; their first articles are in `home`. */
  buckets: (Omit<Bucket, 'articleIds'> & { count: number })[];
  /**
   * The home screen's lists: per bucket id (and `''` for articles in none),
   * the first {@link HOME_LIST_LIMIT} articles in index order.
   */
  home: Record<string, HomeEntry[]>;
  /** How many articles and symptoms the help center has. */
  counts: { articles: number; symptoms: number };
  /**
   * Where the articles and symptoms that a route or error can open are, in
   * two steps. The match files (`m<i>.<hash>.json`, numbered in key order,
   * small keys sharing one) are listed by key pages (`k<p>.<hash>.json`, see
   * {@link MatchKeyPage}); this lists the pages as `[first key, hash]`, so a
   * key is on the last page whose first key is not after it. A context loads
   * the pages of the keys it can reach (see the engine's `match-keys.ts`),
   * then the files of those keys that exist; a symptom is in the file of
   * every key of its context. Keeping the keys out of the manifest keeps it
   * small at ten thousand articles.
   */
  match: [firstKey: string, hash: string][];
  /**
   * A small help center's keys themselves, so that the first match needs no key page: one round
   * trip fewer when help opens. `files` are the match files' hashes, {@link FILE_HASH_LENGTH} hex
   * digits each, one after the other (file `n` is `m<n>.<hash>.json`); `keys` are `[key, file]` in
   * key order. Absent when there are too many; the key pages are written either way.
   */
  keys?: { files: string; keys: [key: string, file: number][] };
  /**
   * The early files (`x<b>.<tag>.json`, each a {@link MatchShard} with `codes`): the symptoms of
   * every exact error code, filed by a bucket of the code among `buckets` (see the engine's
   * `split/early-files.ts`) instead of under key pages, so that the code alone names its file. The
   * page's module carries the same two values, for the panel's shell to fetch the file an error
   * needs beside the manifest. Absent when no pattern names an exact code.
   */
  early?: { buckets: number; tag: string };
  /** How many article chunks there are: an article lives in chunk `chunkOf(articleId, chunkCount)`. */
  chunkCount: number;
  /**
   * The chunk tables (`t<n>.<hash>.json`, see {@link ChunkTable}), as the
   * content hashes in their names, {@link FILE_HASH_LENGTH} hex digits each,
   * one after the other. Table `n` names chunks `n × CHUNK_TABLE_SIZE` onwards.
   */
  chunks: string;
  search: {
    /** Search data version (see the engine's `SEARCH_DATA_VERSION`). */
    version: number;
    /** How many search records there are (symptoms, then articles without symptoms). */
    records: number;
    /** Records per record group. */
    groupSize: number;
    /** Record groups' hashes, as `chunks` (`r<i>.<hash>.json`): record `r` is in group `Math.floor(r / groupSize)`. */
    groups: string;
    /** Term shards (`s<i>.<hash>.json`), sorted by `from`. */
    shards: SearchShardRef[];
  };
}

/** Articles, their symptoms and their bodies: the part of a `HelpIndex` for some articles. */
export interface HelpChunk {
  format: typeof HELP_INDEX_FORMAT;
  version: typeof HELP_MANIFEST_VERSION;
  kind: 'chunk';
  articles: Article[];
  symptoms: Symptom[];
  bodies: Record<string, BlockNode[]>;
}

/** The stubs filed under one match key; a symptom's `article` is a position in this file's `articles`. */
export interface MatchShard {
  format: typeof HELP_INDEX_FORMAT;
  version: typeof HELP_MANIFEST_VERSION;
  kind: 'match';
  articles: ArticleStub[];
  symptoms: SymptomStub[];
  /**
   * In an early file: per exact code it holds, the chunk (`c<n>.<hash>`, without `.json`) of the
   * next symptom that claims it after the first (whose checklist is in `full`), which the shell
   * fetches before anything has matched. Codes that only one article claims have none.
   */
  codes?: Record<string, string[]>;
  /**
   * In an early file: the checklists of the first symptom that claims each code, so that the panel
   * shows the checklist an error opens on before that symptom's article chunk has arrived. Each is
   * `[stub, checks, description?, form?]`: `stub` a position in `symptoms`, and each check
   * `[id, content, diagnostic?, revision?, text?]`, its content packed as in chunk bodies, its id `0`
   * where the text gives it (as in chunk bodies) and `text` present only when it is not the
   * content's text with whitespace collapsed.
   */
  full?: EarlySymptom[];
}

/** A symptom's checklist as an early file carries it beside the symptom's stub (see `MatchShard.full`). */
export type EarlySymptom = [stub: number, checks: EarlyCheck[], description?: string, form?: SymptomForm];
/** One check of an {@link EarlySymptom}: `diagnostic` and `revision` as on {@link Check}, `0` where absent before a later field. */
export type EarlyCheck = [id: string | 0, content: unknown[], diagnostic?: string | 0, revision?: string | 0, text?: string];

/** The terms of one shard, sorted, with their postings (as in the single file's search data). */
export interface SearchShard {
  format: typeof HELP_INDEX_FORMAT;
  version: typeof HELP_MANIFEST_VERSION;
  kind: 'shard';
  terms: string[];
  postings: number[][];
}

/**
 * What search shows and ranks a record by, without its article chunk: the
 * title-like fields (for phrase matches and highlighting), in record order.
 * `fields[i]` holds the texts of record `first + i`, in search-field order,
 * trailing empty fields left out.
 */
export interface RecordGroup {
  format: typeof HELP_INDEX_FORMAT;
  version: typeof HELP_MANIFEST_VERSION;
  kind: 'records';
  first: number;
  refs: string[];
  fields: string[][][];
}

/**
 * The `manifest.json` of a split help center in several languages: the manifest of each locale, each in a
 * folder of its own named by its tag (`de/manifest.1a2b3c4d.json`), loaded only when that locale is used.
 */
export interface HelpLocalesManifest {
  format: typeof HELP_INDEX_FORMAT;
  version: typeof HELP_MANIFEST_VERSION;
  kind: 'locales';
  helpCenter: HelpCenterInfo;
  /** Hash of every locale's hash, so a cache can tell a change. */
  hash: string;
  defaultLocale: string;
  /** Each locale's manifest, relative to this file, by BCP 47 tag; the default included. */
  locales: Record<string, string>;
}

/**
 * One page of the match files' keys, in key order: each key with the number and hash of the match file that
 * holds it (`m<file>.<hash>.json`). Keys that hold few symptoms share a file.
 */
export interface MatchKeyPage {
  format: typeof HELP_INDEX_FORMAT;
  version: typeof HELP_MANIFEST_VERSION;
  kind: 'keys';
  keys: [key: string, file: number, hash: string][];
}

/** The content hashes of chunks `first` to `first + CHUNK_TABLE_SIZE - 1`, one after the other. */
export interface ChunkTable {
  format: typeof HELP_INDEX_FORMAT;
  version: typeof HELP_MANIFEST_VERSION;
  kind: 'chunks';
  first: number;
  hashes: string;
}

/** The files of the split form, each with the content hash its name carries. */
export type HelpIndexFile = HelpManifest | HelpChunk | SearchShard | RecordGroup | MatchShard | MatchKeyPage | ChunkTable;

/**
 * What `import index from 'virtual:help-panel'` gives when the plugin splits
 * the index: a few hundred bytes that name the manifest. `HelpProvider`
 * loads the rest when it is needed.
 */
export interface HelpIndexReference {
  format: typeof HELP_INDEX_FORMAT;
  version: typeof HELP_MANIFEST_VERSION;
  kind: 'reference';
  helpCenter: Pick<HelpCenterInfo, 'id'>;
  hash: string;
  /** URL of the manifest (of the default locale when there are several); the other files are relative to it. */
  manifest: string;
  /** For a help center in several languages: the default locale's tag. */
  defaultLocale?: string;
  /** For a help center in several languages: each locale's manifest URL by tag, the default included. */
  locales?: Record<string, string>;
  /** Each manifest's early files (its `early`), by locale tag (`''` for a help center in one language). */
  early?: Record<string, { buckets: number; tag: string }>;
}

/** At most this many articles per bucket are listed on the home screen of a split index; search finds the rest. */
export const HOME_LIST_LIMIT = 10;

/**
 * Every file a manifest names (not itself): chunk tables, key pages, shards, record groups; and, when `read`
 * gives the tables' and pages' contents, the chunks and match files they name.
 */
export function splitFileNames(manifest: Pick<HelpManifest, 'chunks' | 'search' | 'match' | 'early'>, read?: (name: string) => unknown): string[] {
  const names: string[] = [];
  const each = (kind: 'r' | 't', hashes: string) => {
    for (let i = 0; i * FILE_HASH_LENGTH < hashes.length; i++) names.push(splitFileName(kind, i, hashes));
  };
  each('t', manifest.chunks);
  manifest.search.shards.forEach(([, hash], i) => names.push(`s${i}.${hash}.json`));
  manifest.match.forEach(([, hash], i) => names.push(`k${i}.${hash}.json`));
  each('r', manifest.search.groups);
  if (read) {
    for (const name of [...names]) {
      const file = read(name) as { kind?: unknown; first?: unknown; hashes?: unknown; keys?: unknown } | undefined;
      const first = typeof file?.first === 'number' ? file.first : 0;
      if (file?.kind === 'chunks' && typeof file.hashes === 'string') {
        for (let i = 0; i * FILE_HASH_LENGTH < file.hashes.length; i++) names.push(splitFileName('c', i, file.hashes, first));
      } else if (file?.kind === 'keys' && Array.isArray(file.keys)) {
        for (const [, number, hash] of file.keys as [string, number, string][]) {
          const match = `m${number}.${hash}.json`;
          if (!names.includes(match)) names.push(match);
        }
      }
    }
  }
  // The early files, named by the manifest's two values as the engine's `earlyFileName` names them (the schema
  // imports nothing, and that module loads with the page; test/engine/split/early-files.test.ts holds them together).
  const early = manifest.early;
  if (early && Number.isInteger(early.buckets) && typeof early.tag === 'string') for (let b = 0; b < Math.min(early.buckets, 100_000); b++) names.push(`x${b}.${early.tag}.json`);
  return names;
}
