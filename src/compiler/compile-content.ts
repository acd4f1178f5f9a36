import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, posix, resolve, sep } from 'node:path';
import type { Diagnostic } from '../schema/diagnostic';
import { hashText } from '../engine/base/index';
import { HELP_INDEX_FORMAT, HELP_INDEX_VERSION, type HelpCenterInfo, type HelpIndex, type HelpIndexSet } from '../schema/help-index';
import { buildIndex } from './build-index';
import { extractArticle, type ExtractedArticle } from './extract-symptoms';
import { DEFAULT_LOCALE, fallbackChain, localeOfFolder, sourceTextHash } from './locales';
import { createHelpCenterState, parseFile, type ParsedFile } from './parse';
import { blocksText, collapseWhitespace } from './plain-text';
import { createReporter } from './reporter';
import { resolveLinks } from './resolve-links';
import { slugify } from './slugify';
import { toBody } from './to-body';
import { alignTranslation } from './translations';
import { validate } from './validate';

export interface CompileOptions {
  /** Help-center id and title; default id = the directory's base name, title from `_index.md` front matter if present, else the id. */
  helpCenter?: Partial<HelpCenterInfo>;
  /** Names of the host's diagnostics; when given, a check bound to any other name is an 'unknown-diagnostic' warning (a failure with --strict): the host may register diagnostics the content does not know yet, but a typo should not pass CI. */
  knownDiagnostics?: readonly string[];
}

export interface CompileResult {
  /** The index, always complete: what a diagnostic left out (a bad pattern, a duplicate article) is simply absent. */
  index: HelpIndex;
  /** Every problem found, in file order; empty when the content is clean. Use `hasErrors` to decide whether to ship. */
  diagnostics: Diagnostic[];
  /** Paths (as in diagnostics) of the articles left out because their front matter says `draft: true`. */
  drafts: string[];
  /**
   * For a help center with locale folders: one complete index per locale, the default's included (and the
   * same object as `index`). Absent for a help center in one language.
   */
  locales?: HelpIndexSet;
  /**
   * For a help center with locale folders: each translation in the indexes and the source it translates, as
   * paths in diagnostics (what `help-panel stamp` needs). Absent for a help center in one language.
   */
  translations?: { file: string; source: string; locale: string }[];
}

/** Files larger than this are refused: no help article comes close, and parsing time grows with size. */
export const MAX_FILE_CHARACTERS = 2_000_000;

/** The file at the content root that describes the help center itself rather than an article. */
const HELP_CENTER_FILE = /^_index\.mdx?$/i;

/**
 * Reads every `*.md` and `*.mdx` under `dir` (recursively, sorted, skipping `node_modules`
 * and dot folders) and compiles it. Never throws on bad content: unreadable
 * files and a missing directory are diagnostics too.
 */
export async function compileContent(dir: string, options: CompileOptions = {}): Promise<CompileResult> {
  const diagnostics: Diagnostic[] = [];
  const root = resolve(dir);
  const shown = toPosix(dir).replace(/\/+$/, '') || '.';
  const sources: { path: string; text: string }[] = [];
  try {
    const info = await stat(root);
    if (!info.isDirectory()) throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
    for (const path of await listMarkdown(root, '')) {
      try {
        sources.push({ path, text: await readFile(join(root, ...path.split('/')), 'utf8') });
      } catch (cause) {
        createReporter(posix.join(shown, path), diagnostics).error(
          'unreadable-file',
          `could not read this file (${describeError(cause)}); check its permissions.`,
          undefined,
        );
      }
    }
  } catch (cause) {
    createReporter(shown, diagnostics).error(
      'unreadable-file',
      `the content directory "${dir}" could not be read (${describeError(cause)}); pass a folder of Markdown files.`,
      undefined,
    );
  }
  const result = compileSources(sources, { ...options, root: shown, helpCenter: { id: slugify(basename(root), 'help'), ...options.helpCenter } });
  return { ...result, diagnostics: [...diagnostics, ...result.diagnostics] };
}

/**
 * Same as {@link compileContent} from in-memory sources (paths relative to the
 * content root, `/` separators) — used by the Vite plugin, tests and benchmarks.
 * `root` is prefixed to paths in diagnostics so they read as the user would type them.
 *
 * A help center with locale folders (`de/`, `pt-BR/`, see the README's "Help in several languages") compiles
 * into one index per locale (`locales`); `index` is then the default locale's.
 */
export function compileSources(
  sources: readonly { path: string; text: string }[],
  options: CompileOptions & { root?: string } = {},
): CompileResult {
  const diagnostics: Diagnostic[] = [];
  const display = (path: string) => (options.root && options.root !== '.' ? posix.join(options.root, path) : path);
  const sorted = sources
    .map((source) => ({ path: toPosix(source.path).replace(/^\.\//, ''), text: source.text }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  const hash = createHash('sha256');
  for (const { path, text } of sorted) {
    // Length-prefixed, so ("ab", "c") and ("a", "bc") hash differently.
    hash.update(`${path.length}:${path}${text.length}:`).update(text);
  }
  const digest = hash.digest('hex');

  const defaultId = options.helpCenter?.id ?? (options.root ? slugify(basename(options.root), 'help') : 'help');
  const state = createHelpCenterState();
  const folders = localeFolders(sorted, display, diagnostics);
  if (folders.size === 0) return compileOneLocale(sorted, options, { defaultId, digest, display, diagnostics, state });
  return compileLocales(sorted, folders, options, { defaultId, digest, display, diagnostics, state });
}

interface CompileContext {
  defaultId: string;
  digest: string;
  display: (path: string) => string;
  diagnostics: Diagnostic[];
  state: ReturnType<typeof createHelpCenterState>;
}

type Source = { path: string; text: string };

/** A help center in one language: as it always compiled (with `helpCenter.locale` when `_index.md` declares one). */
function compileOneLocale(sorted: readonly Source[], options: CompileOptions, context: CompileContext): CompileResult {
  const { defaultId, digest, display, diagnostics, state } = context;
  const helpCenter: HelpCenterInfo = { id: defaultId, title: options.helpCenter?.title ?? defaultId };
  const articles: ExtractedArticle[] = [];
  const drafts: string[] = [];
  for (const source of sorted) {
    const parsed = parseSource(source, display, diagnostics, state);
    if (parsed === undefined) continue;
    if (HELP_CENTER_FILE.test(source.path)) {
      describeHelpCenter(helpCenter, parsed, options);
      if (parsed.frontMatter.locale !== undefined) helpCenter.locale = parsed.frontMatter.locale;
      continue;
    }
    if (parsed.frontMatter.draft) {
      drafts.push(display(source.path));
      continue;
    }
    articles.push(extractArticle(parsed, parsed.frontMatter.id ?? defaultArticleId(source.path)));
  }

  const kept = validate(articles, options.knownDiagnostics ? { knownDiagnostics: options.knownDiagnostics } : {});
  const links = resolveLinks(kept);
  const index = buildIndex({ helpCenter, hash: digest, articles: kept, links });
  return { index, diagnostics, drafts };
}

/** Parses one file, or reports it too large to read; undefined when it was refused. */
function parseSource(source: Source, display: (path: string) => string, diagnostics: Diagnostic[], state: CompileContext['state']): ParsedFile | undefined {
  const reporter = createReporter(display(source.path), diagnostics);
  if (source.text.length > MAX_FILE_CHARACTERS) {
    reporter.error(
      'unreadable-file',
      `this file has ${source.text.length} characters, more than the ${MAX_FILE_CHARACTERS} a help article may have; split it into several articles.`,
      undefined,
    );
    return undefined;
  }
  return parseFile(source, reporter, state);
}

/** Title and summary from an `_index.md`, unless the options give them. */
function describeHelpCenter(helpCenter: HelpCenterInfo, parsed: ParsedFile, options: CompileOptions): void {
  const { frontMatter } = parsed;
  if (options.helpCenter?.title === undefined && frontMatter.title) helpCenter.title = frontMatter.title;
  const summary = frontMatter.summary ?? firstParagraph(parsed.tree, parsed.reporter);
  if (options.helpCenter?.summary !== undefined) helpCenter.summary = options.helpCenter.summary;
  else if (summary) helpCenter.summary = summary;
}

/**
 * The top-level folders that hold a locale, by folder name → canonical tag. A name written loosely (`pt-br`)
 * is a warning and still counts; a second folder for the same locale is an error and is left out.
 */
function localeFolders(sorted: readonly Source[], display: (path: string) => string, diagnostics: Diagnostic[]): Map<string, string> {
  const names = [...new Set(sorted.map((source) => source.path.split('/')).filter((parts) => parts.length > 1).map((parts) => parts[0] as string))];
  const found = names.flatMap((name) => {
    const locale = localeOfFolder(name);
    return locale ? [{ name, ...locale }] : [];
  });
  // The canonically named folder wins over a loosely named one for the same locale.
  found.sort((a, b) => Number(b.canonical) - Number(a.canonical));
  const folders = new Map<string, string>();
  const owner = new Map<string, string>();
  for (const { name, tag, canonical } of found) {
    const reporter = createReporter(display(`${name}/`), diagnostics);
    const first = owner.get(tag);
    if (first !== undefined) {
      reporter.error(
        'duplicate-locale',
        `this folder holds the locale ${tag}, as "${first}/" does; its files are left out. Move them into "${first}/" and delete this folder.`,
        undefined,
      );
      continue;
    }
    if (!canonical) {
      reporter.warning('non-canonical-locale', `the locale folder "${name}" is written "${tag}" in BCP 47; rename it to "${tag}".`, undefined);
    }
    owner.set(tag, name);
    folders.set(name, tag);
  }
  return folders;
}

/** One locale's files and what the compiler made of them. */
interface LocaleContent {
  tag: string;
  helpCenter: HelpCenterInfo;
  /** Translations (or, for the default locale, sources) by article id, in file order. */
  articles: Map<string, ExtractedArticle>;
}

/** A help center with locale folders: one complete index per locale, the default's as `index`. */
function compileLocales(sorted: readonly Source[], folders: ReadonlyMap<string, string>, options: CompileOptions, context: CompileContext): CompileResult {
  const { defaultId, digest, display, diagnostics, state } = context;
  const validateOptions = options.knownDiagnostics ? { knownDiagnostics: options.knownDiagnostics } : {};
  const drafts: string[] = [];

  // The root `_index.md` says which locale the root's files are in.
  const rootIndex = sorted.find((source) => HELP_CENTER_FILE.test(source.path));
  const rootParsed = rootIndex ? parseSource(rootIndex, display, diagnostics, state) : undefined;
  const defaultLocale = rootParsed?.frontMatter.locale ?? DEFAULT_LOCALE;
  const baseCenter: HelpCenterInfo = { id: defaultId, title: options.helpCenter?.title ?? defaultId };
  if (rootParsed) describeHelpCenter(baseCenter, rootParsed, options);

  // Each file's locale and its path within the locale; files of a folder left out (a duplicate locale) are skipped.
  const files = new Map<string, { source: Source; rel: string }[]>();
  for (const source of sorted) {
    if (source === rootIndex) continue;
    const slash = source.path.indexOf('/');
    const folder = slash === -1 ? undefined : source.path.slice(0, slash);
    const tag = folder === undefined ? undefined : folders.get(folder);
    if (folder !== undefined && tag === undefined && localeOfFolder(folder) !== undefined) continue;
    const locale = tag ?? defaultLocale;
    const rel = tag === undefined ? source.path : source.path.slice(slash + 1);
    const list = files.get(locale) ?? [];
    list.push({ source, rel });
    files.set(locale, list);
  }
  const tags = [defaultLocale, ...[...files.keys(), ...folders.values()].filter((tag) => tag !== defaultLocale).sort()].filter(
    (tag, index, all) => all.indexOf(tag) === index,
  );
  const folderOf = new Map<string, string>();
  for (const [name, tag] of folders) folderOf.set(tag, name);

  // Parse every file, and read each locale's `_index.md`.
  const parsedByLocale = new Map<string, { parsed: ParsedFile; rel: string }[]>();
  const centers = new Map<string, HelpCenterInfo>();
  /** Paths and ids of the sources marked `draft: true`: their translations are left out quietly, as they are. */
  const draftSources = new Set<string>();
  for (const tag of tags) {
    const center: HelpCenterInfo = { ...baseCenter };
    const list: { parsed: ParsedFile; rel: string }[] = [];
    for (const { source, rel } of files.get(tag) ?? []) {
      const parsed = parseSource(source, display, diagnostics, state);
      if (parsed === undefined) continue;
      if (HELP_CENTER_FILE.test(rel)) {
        describeHelpCenter(center, parsed, tag === defaultLocale ? options : {});
        continue;
      }
      if (parsed.frontMatter.draft) {
        drafts.push(display(source.path));
        if (tag === defaultLocale) draftSources.add(`path:${rel}`).add(`id:${parsed.frontMatter.id ?? defaultArticleId(rel)}`);
        continue;
      }
      list.push({ parsed, rel });
    }
    parsedByLocale.set(tag, list);
    centers.set(tag, { ...center, locale: tag, locales: [...tags] });
  }

  // The sources: the default locale's articles, compiled as a one-language help center would be.
  const sourceArticles = (parsedByLocale.get(defaultLocale) ?? []).map(({ parsed, rel }) => ({
    article: extractArticle(parsed, parsed.frontMatter.id ?? defaultArticleId(rel)),
    rel,
  }));
  const sources = validate(
    sourceArticles.map(({ article }) => article),
    validateOptions,
  );
  const relOf = new Map(sourceArticles.map(({ article, rel }) => [article, rel]));
  const sourceByRel = new Map<string, ExtractedArticle>();
  const sourceById = new Map<string, ExtractedArticle>();
  for (const article of sources) {
    sourceByRel.set(relOf.get(article) as string, article);
    sourceById.set(article.id, article);
  }
  const links = new Map(resolveLinks(sources));

  // Each other locale's translations, their ids the source's.
  const pairs: NonNullable<CompileResult['translations']> = [];
  const contents = new Map<string, LocaleContent>();
  contents.set(defaultLocale, { tag: defaultLocale, helpCenter: centers.get(defaultLocale) as HelpCenterInfo, articles: new Map(sources.map((a) => [a.id, a])) });
  for (const tag of tags) {
    if (tag === defaultLocale) continue;
    const folder = folderOf.get(tag) as string;
    const translations: { article: ExtractedArticle; source: ExtractedArticle }[] = [];
    for (const { parsed, rel } of parsedByLocale.get(tag) ?? []) {
      const { frontMatter, reporter } = parsed;
      const source = sourceByRel.get(rel) ?? (frontMatter.id !== undefined ? sourceById.get(frontMatter.id) : undefined);
      if (source === undefined && (draftSources.has(`path:${rel}`) || draftSources.has(`id:${frontMatter.id}`))) continue;
      if (source === undefined) {
        reporter.warning(
          'orphan-translation',
          `this file is in the ${tag} folder but translates no ${defaultLocale} article: there is no "${display(sourcePath(rel, folderOf.get(defaultLocale)))}"` +
            `${frontMatter.id !== undefined ? ` and no article with the id "${frontMatter.id}"` : ''}, so it is left out of the ${tag} index. ` +
            `Give it the path of the article it translates, or set "id:" to that article's id; an article written only in ${tag} needs its ${defaultLocale} version first.`,
          frontMatter.positions.get('id') ?? { line: 1, column: 1 },
        );
        continue;
      }
      // The source's context, unless the translation gives its own, before the symptoms are found (a one-problem article needs it).
      const sourceMatter = source.file.frontMatter;
      if (!frontMatter.positions.has('routes')) frontMatter.routes = sourceMatter.routes;
      if (!frontMatter.positions.has('errors')) frontMatter.errors = sourceMatter.errors;
      if (frontMatter.sourceHash !== undefined) {
        const current = sourceTextHash(source.file.text);
        if (frontMatter.sourceHash.slice(0, current.length) !== current) {
          reporter.warning(
            'stale-translation',
            `its source "${display(source.file.path)}" changed since this translation was made (sourceHash ${frontMatter.sourceHash}, the source's is now ${current}); ` +
              `bring the translation up to date, then run "help-panel stamp ${display(parsed.path)}" to record the new hash.`,
            frontMatter.positions.get('sourceHash') ?? { line: 1, column: 1 },
          );
        }
      }
      translations.push({ article: extractArticle(parsed, source.id), source });
    }
    // Two translations of one source are a duplicate id, reported as in any help center; the first is kept.
    const kept = new Set(validate(translations.map(({ article }) => article), validateOptions));
    const articles = new Map<string, ExtractedArticle>();
    for (const { article, source } of translations) {
      if (!kept.has(article)) continue;
      pairs.push({ file: display(article.file.path), source: display(source.file.path), locale: tag });
      alignTranslation(article, source, display(source.file.path));
      const bucket = source.file.frontMatter.bucket;
      if (bucket !== undefined) {
        article.file.frontMatter.bucket ??= bucket;
        article.bucketId = slugify(bucket, 'bucket');
      }
      articles.set(article.id, article);
    }
    contents.set(tag, { tag, helpCenter: centers.get(tag) as HelpCenterInfo, articles });
  }

  // Complete each locale from its fallbacks, resolve its translations' links, and build its index.
  const localeSet = new Set(tags);
  const indexes: Record<string, HelpIndex> = {};
  for (const tag of tags) {
    const content = contents.get(tag) as LocaleContent;
    const chain = fallbackChain(tag, localeSet, defaultLocale);
    const articleLocales = new Map<ExtractedArticle, string>();
    const all: ExtractedArticle[] = [];
    const missing = new Map<string, string[]>();
    for (const source of sources) {
      let article = content.articles.get(source.id);
      if (article === undefined) {
        const from = chain.find((other) => contents.get(other)?.articles.has(source.id)) ?? defaultLocale;
        article = (contents.get(from) as LocaleContent).articles.get(source.id) ?? source;
        articleLocales.set(article, from);
        missing.set(from, [...(missing.get(from) ?? []), source.id]);
      }
      all.push(article);
    }
    if (tag !== defaultLocale) {
      const folder = folderOf.get(tag) as string;
      const own = [...content.articles.values()];
      // Links from a translation go to its locale's version of an article: the translation, else its fallback.
      const targets = new Map<string, ExtractedArticle>();
      all.forEach((article, index) => {
        const source = sources[index] as ExtractedArticle;
        const rel = relOf.get(source) as string;
        targets.set(posix.join(folder, rel), article);
        targets.set(source.file.path, article);
      });
      for (const [article, resolved] of resolveLinks(own, { targets })) {
        const sourceRelated = links.get(sourceById.get(article.id) as ExtractedArticle)?.related ?? [];
        links.set(article, article.file.frontMatter.positions.has('related') ? resolved : { ...resolved, related: sourceRelated });
      }
      const untranslated = [...missing.values()].reduce((sum, ids) => sum + ids.length, 0);
      if (untranslated > 0) {
        const shown = [...missing].map(([from, ids]) => `${from}: ${preview(ids)}`).join('; ');
        createReporter(display(`${folder}/`), diagnostics).info(
          'missing-translations',
          `${untranslated} of ${sources.length} articles are not translated into ${tag} yet; they show in ${shown}`,
          undefined,
        );
      }
    }
    indexes[tag] = buildIndex({
      helpCenter: content.helpCenter,
      hash: createHash('sha256').update(`${tag}:${digest}`).digest('hex'),
      articles: all,
      links,
      articleLocales,
    });
  }

  const index = indexes[defaultLocale] as HelpIndex;
  // Progress is kept against a check's text; in several languages, against its source check's, so a tick
  // carries over to every language (and rewording the source clears it in all of them).
  const sourceTexts = new Map(index.symptoms.flatMap((symptom) => symptom.checks.map((check) => [`${symptom.id}\n${check.id}`, check.text] as const)));
  for (const each of Object.values(indexes)) {
    for (const symptom of each.symptoms) {
      for (const check of symptom.checks) check.revision = hashText(sourceTexts.get(`${symptom.id}\n${check.id}`) ?? check.text);
    }
  }
  const { locale: _locale, ...setCenter } = index.helpCenter;
  const locales: HelpIndexSet = {
    format: HELP_INDEX_FORMAT,
    version: HELP_INDEX_VERSION,
    kind: 'locales',
    helpCenter: setCenter,
    defaultLocale,
    locales: indexes,
  };
  return { index, locales, translations: pairs, diagnostics, drafts };
}

/** Where the default locale's version of a file is: in its folder, or at the root. */
function sourcePath(rel: string, defaultFolder: string | undefined): string {
  return defaultFolder === undefined ? rel : posix.join(defaultFolder, rel);
}

/** The first few ids and how many more: `a, b, c` or `a, b, c, d, e and 7 more`. */
function preview(ids: readonly string[]): string {
  const first = ids.slice(0, 5).join(', ');
  return ids.length > 5 ? `${first} and ${ids.length - 5} more` : first;
}

/** The file's slug, or its folder's for `index.md` / `_index.md` / `README.md` in a subfolder. */
function defaultArticleId(path: string): string {
  const parts = path.split('/');
  const name = (parts[parts.length - 1] ?? '').replace(/\.mdx?$/i, '');
  const folder = parts[parts.length - 2];
  const stem = folder !== undefined && /^(?:_?index|readme)$/i.test(name) ? folder : name;
  return slugify(stem, 'article');
}

function firstParagraph(tree: ReturnType<typeof parseFile>['tree'], reporter: ReturnType<typeof createReporter>): string | undefined {
  const block = toBody(tree, reporter).entries.find(({ block }) => block.type === 'paragraph')?.block;
  return block ? collapseWhitespace(blocksText([block])) || undefined : undefined;
}

async function listMarkdown(root: string, prefix: string): Promise<string[]> {
  const entries = await readdir(prefix === '' ? root : join(root, ...prefix.split('/')), { withFileTypes: true });
  const names = entries.map((entry) => entry.name).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const files: string[] = [];
  for (const name of names) {
    const entry = entries.find((candidate) => candidate.name === name);
    if (entry === undefined) continue;
    const path = prefix === '' ? name : `${prefix}/${name}`;
    // Symbolic links to folders are not followed, so a link cycle cannot loop forever.
    if (entry.isDirectory()) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      files.push(...(await listMarkdown(root, path)));
    } else if ((entry.isFile() || entry.isSymbolicLink()) && /\.mdx?$/i.test(name)) files.push(path);
  }
  return files;
}

function toPosix(path: string): string {
  return sep === '\\' ? path.split(sep).join('/') : path;
}

function describeError(cause: unknown): string {
  if (cause && typeof cause === 'object' && 'code' in cause && typeof (cause as { code: unknown }).code === 'string') {
    const code = (cause as { code: string }).code;
    return code === 'ENOENT' ? 'it does not exist' : code === 'EACCES' ? 'permission denied' : code === 'ENOTDIR' ? 'it is not a folder' : code;
  }
  return cause instanceof Error ? cause.message : String(cause);
}
