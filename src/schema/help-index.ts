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
 * never re-indexes. Its inner shape belongs to the engine (`src/engine/search-index.ts`)
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
