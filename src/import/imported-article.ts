/**
 * What every service reader hands the rest of the import: one article as the
 * help center holds it (HTML body, its place, its language), before any
 * Markdown is made. Readers fill it from their service's own field names.
 */

/** The kinds of export `help-panel import` reads. */
export type ImportKind = 'zendesk' | 'intercom' | 'helpscout' | 'html';

/** Every {@link ImportKind}, in the order messages list them. */
export const IMPORT_KINDS: readonly ImportKind[] = ['zendesk', 'intercom', 'helpscout', 'html'];

export interface ImportedArticle {
  /**
   * Where the article comes from, `<kind>:<the service's id>` (`zendesk:360001`): what a re-import
   * matches a file on. A translation has its source's origin; its locale tells them apart.
   */
  origin: string;
  /** The service's own id of the article (a translation: of its source), as text. */
  serviceId: string;
  title: string;
  /** The body as HTML, as the service stores it. */
  html: string;
  /** The article's language as the service writes it (`en-us`, `de`, `pt_BR`); undefined when the export does not say. */
  locale?: string;
  /** For a translation: the origin of the article it translates. Undefined for a source. */
  translationOf?: string;
  /** Home-screen group: the section, collection or category name. Default: none. */
  bucket?: string;
  /** Labels or keywords. Default: `[]`. */
  tags: string[];
  /** One line for lists and search, when the service has one (Intercom's description). */
  summary?: string;
  /** Public address of the article; the base for its relative links. */
  url?: string;
  /** Last change upstream, as an ISO 8601 date-time. */
  updated?: string;
  /** A draft or unpublished article: counted, never written. Default: false. */
  draft?: boolean;
  /**
   * Where the article was read, for messages: the file and, in JSON, the line and column of its object.
   * For an article read from a service's API, the page's address.
   */
  at: SourcePlace;
  /**
   * Extra addresses and ids other articles may link to it by (a Help Scout article's number, an HTML
   * file's path): link resolution tries these beside `url` and `serviceId`.
   */
  aliases?: string[];
  /** Zendesk's `outdated`: the translation no longer matches its source upstream. */
  outdated?: boolean;
}

/** A place in an input, for messages. */
export interface SourcePlace {
  file: string;
  /** 1-based; 1 when unknown. */
  line: number;
  /** 1-based; 1 when unknown. */
  column: number;
}

/**
 * Stable kebab-case codes of the import's own messages. Tools may key on them.
 * (Content diagnostics of the compiler keep their codes; these are about the export.)
 */
export type ImportDiagnosticCode =
  /** Not JSON, or JSON with a syntax error. */
  | 'invalid-json'
  /** JSON of a shape the kind does not read (not an articles page, a field of the wrong type). */
  | 'unknown-shape'
  /** A file or folder that could not be read. */
  | 'unreadable-input'
  /** An element, attribute or address that is never imported (`<script>`, `onclick`, `javascript:`). */
  | 'dropped-html'
  /** A link to an article of the export whose `#anchor` names no heading of it: the anchor is left off. */
  | 'missing-anchor'
  /** A translation whose source article is not in the export. */
  | 'orphan-translation'
  /** Two articles of the export with the same origin and locale; the first is kept. */
  | 'duplicate-article'
  /** A file edited since the last import that the export changed too; kept (use --force to replace it). */
  | 'kept-local-edit'
  /** A failure of the service's API (status, network), with the address asked. */
  | 'api-error'
  /** A translation the service marks as outdated: written without a sourceHash. */
  | 'outdated-translation'
  /** An article longer than the compiler reads (its file would fail the build): left out. */
  | 'article-too-long';

export interface ImportDiagnostic {
  code: ImportDiagnosticCode;
  level: 'error' | 'warning';
  /** Says what is wrong, names the article, and how to fix it. */
  message: string;
  file: string;
  line: number;
  column: number;
}

/** `path:line:column: level: message [code]`, as the compiler prints its diagnostics. */
export function formatImportDiagnostic(diagnostic: ImportDiagnostic): string {
  return `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}: ${diagnostic.level}: ${diagnostic.message} [${diagnostic.code}]`;
}

/** A bad input that stops the import before anything is written. */
export class ImportInputError extends Error {
  constructor(readonly diagnostic: ImportDiagnostic) {
    super(formatImportDiagnostic(diagnostic));
    this.name = 'ImportInputError';
  }
}

/** What a reader returns: the articles and what it had to say about the input. */
export interface ReadResult {
  articles: ImportedArticle[];
  diagnostics: ImportDiagnostic[];
}

/** `"Reset your password" (zendesk:360001)`: how messages name an article. */
export function describeArticle(article: Pick<ImportedArticle, 'title' | 'origin' | 'locale' | 'translationOf'>): string {
  // One line, whatever the title holds: a diagnostic is one line.
  const flat = article.title.replace(/\s+/g, ' ').trim();
  const title = flat.length > 60 ? `${Array.from(flat).slice(0, 57).join('')}…` : flat;
  return `"${title}" (${article.origin}${article.translationOf !== undefined && article.locale ? `, ${article.locale}` : ''})`;
}

/**
 * Keeps each article of an export once, by `key` (its origin, and its language where an export holds
 * several): `keep` returns false for one already kept, and warns with where the first one was.
 */
export function onceEach(diagnostics: ImportDiagnostic[]): (article: ImportedArticle, key: string) => boolean {
  const seen = new Map<string, ImportedArticle>();
  return (article, key) => {
    const first = seen.get(key);
    if (first !== undefined) {
      diagnostics.push({
        code: 'duplicate-article',
        level: 'warning',
        message: `${describeArticle(article)} is in the export twice (first at ${first.at.file}:${first.at.line}); the first is kept. Pass each page of the export once.`,
        ...article.at,
      });
      return false;
    }
    seen.set(key, article);
    return true;
  };
}
