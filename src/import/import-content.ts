import { randomBytes } from 'node:crypto';
import { posix } from 'node:path';
import { MAX_FILE_CHARACTERS } from '../compiler/compile-content';
import { canonicalLocale } from '../compiler/front-matter';
import { localeOfFolder, sourceTextHash } from '../compiler/locales';
import { slugify } from '../compiler/slugify';
import type { ConvertedArticle } from './convert-article';
import { convertAll } from './convert-pool';
import { describeArticle, type ImportDiagnostic, type ImportedArticle, type ImportKind, type ReadResult } from './imported-article';
import { fileKey, normalizeText, renderArticleFile, type ExistingFile, type FileChange } from './write-content';

export interface ImportOptions {
  kind: ImportKind;
  /** The help center's default language (`en`, `de`). Default: the most common language of the export's source articles, else `en`. */
  locale?: string;
  /** Replace files edited since the last import. Default: false (they are kept). */
  force?: boolean;
  /** Remove files of articles no longer in the export (or now drafts). Default: false (they are kept). */
  prune?: boolean;
}

/** What happens to one file. */
export type FileStatus = 'new' | 'updated' | 'unchanged' | 'kept' | 'removed' | 'gone';

export interface ImportCounts {
  /** Articles of the export written or kept (drafts aside). */
  articles: number;
  new: number;
  updated: number;
  unchanged: number;
  /** Files edited since the last import and left as they are (no --force). */
  keptLocalEdits: number;
  skippedDrafts: number;
  warnings: number;
  /** Files of articles no longer in the export, removed (with --prune). */
  removed: number;
  /** Files of articles no longer in the export, left in place (no --prune). */
  gone: number;
  /** Articles whose troubleshooting sections became a `Symptom:` / `Checks:` checklist. */
  withChecklist: number;
}

export interface ImportPlan {
  changes: FileChange[];
  files: { path: string; status: FileStatus; origin?: string }[];
  counts: ImportCounts;
  diagnostics: ImportDiagnostic[];
  /** The locale folder of each language of the export (`''` for the default's, the content root). */
  locales: Map<string, string>;
  defaultLocale: string;
}

/** One article on its way to a file. */
interface Planned {
  article: ImportedArticle;
  /** The locale folder (`''` for the root). */
  folder: string;
  path: string;
  id: string;
  /** For a translation: the planned source. */
  source?: Planned;
  converted?: ConvertedArticle;
  anchors?: Map<string, string | null>;
  markdown?: string;
  text?: string;
  checklists: number;
}

/**
 * Decides every file of an import, without touching the disk: which articles
 * are written where (ids stay those of earlier imports), their Markdown with
 * links between them made relative, and what each file's fate is against
 * what the content folder holds now (`existing`, from {@link scanContent}).
 */
export async function planImport(read: ReadResult, scanned: readonly ExistingFile[], options: ImportOptions): Promise<ImportPlan> {
  const diagnostics: ImportDiagnostic[] = [...read.diagnostics];
  const counts: ImportCounts = { articles: 0, new: 0, updated: 0, unchanged: 0, keptLocalEdits: 0, skippedDrafts: 0, warnings: 0, removed: 0, gone: 0, withChecklist: 0 };

  // Symlinks are never written to nor through: a write there could replace a file outside the content folder.
  const existing = scanned.filter((file) => file.symlink !== true);
  const symlinks = new Set(scanned.filter((file) => file.symlink === true).map((file) => file.path.toLowerCase()));
  /** The symlink a write to `path` would replace or go through, if any. */
  const symlinkOn = (path: string): string | undefined => {
    const parts = path.toLowerCase().split('/');
    for (let length = 1; length <= parts.length; length++) {
      const prefix = parts.slice(0, length).join('/');
      if (symlinks.has(prefix)) return scanned.find((file) => file.path.toLowerCase() === prefix)?.path ?? prefix;
    }
    return undefined;
  };

  // Languages and their folders.
  const tags = new Map<ImportedArticle, string>();
  for (const article of read.articles) tags.set(article, canonicalLocale((article.locale ?? '').trim()) ?? '');
  const defaultTag = canonicalLocale(options.locale ?? '') ?? mostCommon(read.articles.filter((article) => !article.draft && article.translationOf === undefined).map((article) => tags.get(article) ?? '').filter((tag) => tag !== '')) ?? 'en';
  // What an earlier import put in each folder, so that a language keeps its folder when a second variant of it appears.
  const earlier = new Map<string, Set<string>>();
  for (const file of scanned) {
    const folder = folderOfPath(file.path);
    if (file.from === undefined || folder === '') continue;
    earlier.set(folder, (earlier.get(folder) ?? new Set()).add(file.from));
  }
  const originsByTag = new Map<string, Set<string>>();
  for (const article of read.articles) {
    const tag = tags.get(article) ?? '';
    if (tag !== '') originsByTag.set(tag, (originsByTag.get(tag) ?? new Set()).add(article.origin));
  }
  const folders = localeFolders([defaultTag, ...tags.values()].filter((tag) => tag !== ''), defaultTag, { earlier, originsByTag });
  const defaultFolder = folders.get(defaultTag) ?? 'en';
  const folderOf = (article: ImportedArticle): string => {
    const tag = tags.get(article) || defaultTag;
    const folder = folders.get(tag) ?? defaultFolder;
    return folder === defaultFolder ? '' : folder;
  };

  // A language the compiler reads no folder name for would break the build: its articles stay out.
  const unknownLocale = (article: ImportedArticle): boolean => {
    const tag = tags.get(article) || defaultTag;
    return tag !== defaultTag && !folders.has(tag);
  };
  for (const article of read.articles) {
    if (article.draft || !unknownLocale(article)) continue;
    diagnostics.push({
      code: 'unknown-shape',
      level: 'warning',
      message: `${describeArticle(article)} is in "${article.locale ?? ''}", a language the compiler reads no locale folder for, and its base language's folder is unknown or taken by another variant; it is not imported. Fix its language in the help center, or pass --locale if it is the default language.`,
      ...article.at,
    });
  }

  const published = read.articles.filter((article) => !article.draft && !unknownLocale(article));
  const draftOrigins = new Set(read.articles.filter((article) => article.draft && article.translationOf === undefined).map((article) => article.origin));
  counts.skippedDrafts = read.articles.filter((article) => article.draft).length;

  // Sources, translations and orphans.
  const sources = new Map<string, ImportedArticle>();
  const translations: ImportedArticle[] = [];
  const orphans: ImportedArticle[] = [];
  for (const article of published) {
    const isSource = article.translationOf === undefined || (folderOf(article) === '' && article.translationOf !== '');
    if (isSource) {
      if (sources.has(article.origin)) continue;
      sources.set(article.origin, article);
    }
  }
  for (const article of published) {
    if (sources.get(article.origin) === article) continue;
    if (article.translationOf === undefined || folderOf(article) === '') continue;
    if (article.translationOf !== '' && draftOrigins.has(article.translationOf) && !sources.has(article.translationOf)) {
      // The translation of a draft stays out with it, as the compiler leaves it out.
      counts.skippedDrafts++;
      continue;
    }
    if (article.translationOf !== '' && sources.has(article.translationOf)) translations.push(article);
    else orphans.push(article);
  }

  // Where each goes: the path of an earlier import of it, else its title's slug.
  const existingByKey = new Map<string, ExistingFile>();
  const takenPaths = new Set<string>();
  const takenIds = new Set<string>();
  /** Files that carry the origin of another file the import wrote (a copy a person made): never updated nor removed. */
  const copies = new Set<ExistingFile>();
  for (const path of symlinks) takenPaths.add(path);
  for (const file of existing) {
    takenPaths.add(file.path.toLowerCase());
    if (folderOfPath(file.path) === '') takenIds.add(articleIdOf(file));
    if (file.from === undefined) continue;
    const key = fileKey(file.from, folderOfPath(file.path));
    const other = existingByKey.get(key);
    if (other === undefined) {
      existingByKey.set(key, file);
      continue;
    }
    // The one the import wrote is the one whose text still has the hash it recorded; a tie keeps the first (paths are sorted).
    const [kept, copy] = isUnedited(file) && !isUnedited(other) ? [file, other] : [other, file];
    existingByKey.set(key, kept);
    copies.add(copy);
    diagnostics.push({
      code: 'kept-local-edit',
      level: 'warning',
      message: `${copy.path} has the same origin (imported.from: ${file.from}) as ${kept.path}; the import updates only ${kept.path} and never touches ${copy.path}. Remove the "imported:" block from ${copy.path} if it is a copy of your own.`,
      file: copy.path,
      line: 1,
      column: 1,
    });
  }
  const planned: Planned[] = [];
  const bySource = new Map<string, Planned>();
  const sortedSources = [...sources.values()].sort((a, b) => compareOrigins(a.origin, b.origin));
  // Ids the earlier import gave are kept first, so a new article never takes one.
  const reused = new Map<ImportedArticle, ExistingFile>();
  for (const article of sortedSources) {
    const file = existingByKey.get(fileKey(article.origin, ''));
    if (file !== undefined) reused.set(article, file);
  }
  for (const article of sortedSources) {
    const file = reused.get(article);
    let path: string;
    let id: string;
    if (file !== undefined) {
      path = file.path;
      id = articleIdOf(file);
    } else {
      id = uniqueId(slugOf(article), takenIds, (candidate) => takenPaths.has(`${candidate}.md`));
      path = `${id}.md`;
      takenPaths.add(path.toLowerCase());
    }
    takenIds.add(id);
    const entry: Planned = { article, folder: '', path, id, checklists: 0 };
    planned.push(entry);
    bySource.set(article.origin, entry);
  }
  /** Each written file by its key (origin and folder), and each translation by its source's origin and its folder. */
  const variants = new Map<string, Planned>();
  const translationsOf = new Map<string, Planned>();
  for (const article of [...translations].sort((a, b) => compareOrigins(a.origin, b.origin))) {
    const folder = folderOf(article);
    const key = fileKey(article.origin, folder);
    const sourceKey = fileKey(article.translationOf as string, folder);
    if (variants.has(key) || translationsOf.has(sourceKey)) continue;
    const source = bySource.get(article.translationOf as string) as Planned;
    const file = existingByKey.get(key);
    let path = file?.path ?? posix.join(folder, source.path);
    if (file === undefined && takenPaths.has(path.toLowerCase())) {
      // A file the import did not write is in the way: the translation gets a free name beside it (its id stays its source's).
      const taken = path;
      const base = posix.basename(source.path).replace(/\.mdx?$/i, '');
      const dir = posix.join(folder, posix.dirname(source.path));
      const name = uniqueId(base, new Set([base]), (candidate) => takenPaths.has(posix.join(dir, `${candidate}.md`).toLowerCase()));
      path = posix.join(dir, `${name}.md`);
      diagnostics.push({
        code: 'kept-local-edit',
        level: 'warning',
        message: `${taken} is a file the import did not write, so ${describeArticle(article)} is written to ${path} instead; ${taken} is kept as it is.`,
        ...article.at,
      });
    }
    takenPaths.add(path.toLowerCase());
    const entry: Planned = { article, folder, path, id: source.id, source, checklists: 0 };
    planned.push(entry);
    variants.set(key, entry);
    translationsOf.set(sourceKey, entry);
  }
  // A link may name a translation by its own address (Help Scout's translations are articles of their own): it stands for its source.
  const sourceOrigin = new Map<string, string>();
  for (const entry of planned) if (entry.source !== undefined) sourceOrigin.set(entry.article.origin, entry.source.article.origin);
  for (const article of orphans) {
    const folder = folderOf(article);
    const key = fileKey(article.origin, folder);
    if (variants.has(key)) continue;
    const file = existingByKey.get(key);
    const folderIds = new Set<string>();
    const id = file !== undefined ? articleIdOf(file) : uniqueId(slugOf(article), folderIds, (candidate) => takenPaths.has(`${folder}/${candidate}.md`.toLowerCase()));
    const path = file?.path ?? `${folder}/${id}.md`;
    takenPaths.add(path.toLowerCase());
    planned.push({ article, folder, path, id, checklists: 0 });
    variants.set(key, planned[planned.length - 1] as Planned);
    diagnostics.push({
      code: 'orphan-translation',
      level: 'warning',
      message: `${describeArticle(article)} is in ${tags.get(article) || 'another language'}, but the export has no ${defaultTag} article it translates${article.translationOf ? ` (${article.translationOf})` : ''}; it is written to ${path}, and the panel shows it once its ${defaultTag} version is imported too.`,
      ...article.at,
    });
  }

  // Markdown, with links to other articles as placeholders until every article's anchors are known.
  const token = `https://${randomBytes(6).toString('hex')}.invalid/`;
  const converted = await convertAll(
    planned.map((entry) => ({
      html: entry.article.html,
      ...(entry.article.url ? { baseUrl: entry.article.url } : {}),
      title: entry.article.title,
      locale: tags.get(entry.article) || defaultTag,
      from: { serviceId: entry.article.serviceId, ...(entry.article.aliases ? { aliases: entry.article.aliases } : {}) },
    })),
    { kind: options.kind, token, targets: published.map(({ origin, serviceId, url, aliases }) => ({ origin, serviceId, ...(url ? { url } : {}), ...(aliases ? { aliases } : {}) })) },
  );
  planned.forEach((entry, index) => {
    const result = converted[index] as ConvertedArticle;
    entry.converted = result;
    entry.anchors = new Map(result.anchors);
    entry.checklists = result.checklists;
    reportDropped(result.dropped, entry.article, diagnostics);
    for (const fragment of result.missingAnchors) diagnostics.push(missingAnchor(entry.article, fragment, 'this article'));
  });
  const placeholder = new RegExp(`${escapeRegExp(token)}(\\d+)`, 'g');
  for (const entry of planned) {
    const { markdown, links } = entry.converted as ConvertedArticle;
    entry.markdown = links.length === 0 ? markdown : markdown.replace(placeholder, (_, index: string) => linkTo(entry, links[Number(index)] as ConvertedArticle['links'][number]));
    entry.converted = undefined;
  }

  function linkTo(from: Planned, { target, original }: ConvertedArticle['links'][number]): string {
    const origin = sourceOrigin.get(target.origin) ?? target.origin;
    const source = bySource.get(origin);
    if (source === undefined) return original;
    // From a translation, the same language's version of the article; the compiler falls back to the source's when there is none.
    const local = from.folder === '' ? source : (translationsOf.get(fileKey(origin, from.folder)) ?? source);
    const targetPath = from.folder === '' ? source.path : local !== source ? local.path : posix.join(from.folder, source.path);
    const relativePath = posix.relative(posix.dirname(from.path), targetPath);
    // Ids are slugs: nothing in them needs escaping in a Markdown link.
    const href = relativePath.startsWith('.') ? relativePath : `./${relativePath}`;
    if (target.fragment === undefined) return href;
    const anchors = local.anchors ?? new Map<string, string | null>();
    const slug = anchors.has(target.fragment) ? anchors.get(target.fragment) : source.anchors?.get(target.fragment);
    if (slug === undefined || slug === null) {
      if (!anchors.has(target.fragment) && !(source.anchors?.has(target.fragment) ?? false)) diagnostics.push(missingAnchor(from.article, target.fragment, describeArticle(local.article)));
      return href;
    }
    return `${href}#${slug}`;
  }

  // The files, sources first (a translation records the hash of its source's text).
  for (const entry of planned) {
    const { article } = entry;
    let sourceHash: string | undefined;
    if (entry.source?.text !== undefined) {
      if (article.outdated) {
        diagnostics.push({
          code: 'outdated-translation',
          level: 'warning',
          message: `${describeArticle(article)} is marked outdated upstream: its source changed since it was translated. It is written without a sourceHash; bring it up to date, then run "help-panel stamp ${entry.path}".`,
          ...article.at,
        });
      } else sourceHash = sourceTextHash(entry.source.text);
    }
    entry.text = renderArticleFile(
      {
        // A title is one line (a service's may hold line breaks or tabs).
        title: article.title.replace(/\s+/g, ' ').trim(),
        id: entry.id,
        ...(article.summary ? { summary: article.summary } : {}),
        ...(article.bucket ? { bucket: article.bucket } : {}),
        tags: article.tags,
        ...(sourceHash ? { sourceHash } : {}),
        imported: { from: article.origin, ...(article.url ? { url: article.url } : {}), ...(isDate(article.updated) ? { updated: article.updated } : {}) },
      },
      entry.markdown ?? '',
    );
    if (entry.checklists > 0) counts.withChecklist++;
  }

  // Each file's fate against what is on disk.
  const changes: FileChange[] = [];
  const files: ImportPlan['files'] = [];
  const plannedKeys = new Set<string>();
  for (const entry of planned) {
    const key = fileKey(entry.article.origin, entry.folder);
    plannedKeys.add(key);
    const text = entry.text as string;
    if (text.length > MAX_FILE_CHARACTERS) {
      // Its file would fail the build; an earlier import of it (if any) stays as it is.
      diagnostics.push({
        code: 'article-too-long',
        level: 'warning',
        message: `${describeArticle(entry.article)} is ${text.length.toLocaleString('en')} characters as Markdown, more than the ${MAX_FILE_CHARACTERS.toLocaleString('en')} a help article may have; it is not imported. Split it into several articles in the help center.`,
        ...entry.article.at,
      });
      continue;
    }
    counts.articles++;
    const file = existingByKey.get(key);
    const symlink = symlinkOn(entry.path);
    if (symlink !== undefined) {
      diagnostics.push({
        code: 'kept-local-edit',
        level: 'warning',
        message: `${entry.path} is not written: ${symlink} is a symlink, and the import never writes to or through one (it could point outside the content folder). ${describeArticle(entry.article)} is left out; replace the symlink with a folder or file to import it.`,
        ...entry.article.at,
      });
      counts.keptLocalEdits++;
      files.push({ path: entry.path, status: 'kept', origin: entry.article.origin });
      continue;
    }
    let status: FileStatus;
    if (file === undefined) status = 'new';
    else if (normalizeText(file.text) === text) status = 'unchanged';
    else if (file.recordedHash === file.currentHash || options.force) status = 'updated';
    else {
      status = 'kept';
      const upstreamChanged = /\bhash: "([0-9a-f]{16})"/.exec(text)?.[1] !== file.recordedHash;
      if (upstreamChanged) {
        diagnostics.push({
          code: 'kept-local-edit',
          level: 'warning',
          message: `${file.path} was edited since the last import and ${describeArticle(entry.article)} changed upstream too; the file is kept as it is. Merge the change by hand, or run again with --force to replace the file with the export's version.`,
          ...entry.article.at,
        });
      }
    }
    if (status === 'new' || status === 'updated') changes.push({ kind: 'write', path: entry.path, text });
    counts[status === 'kept' ? 'keptLocalEdits' : status] += 1;
    files.push({ path: entry.path, status, origin: entry.article.origin });
  }
  for (const file of existing) {
    if (file.from === undefined || !file.from.startsWith(`${options.kind}:`) || copies.has(file)) continue;
    if (plannedKeys.has(fileKey(file.from, folderOfPath(file.path)))) continue;
    const edited = file.recordedHash !== file.currentHash;
    if (options.prune && (!edited || options.force)) {
      changes.push({ kind: 'remove', path: file.path });
      counts.removed++;
      files.push({ path: file.path, status: 'removed', origin: file.from });
    } else {
      counts.gone++;
      files.push({ path: file.path, status: 'gone', origin: file.from });
      if (options.prune) {
        diagnostics.push({
          code: 'kept-local-edit',
          level: 'warning',
          message: `${file.path} (${file.from}) is no longer in the export, but it was edited since the last import, so --prune keeps it; delete it by hand, or add --force.`,
          file: file.path,
          line: 1,
          column: 1,
        });
      }
    }
  }

  // A default language other than English is declared where the compiler reads it.
  const index = existing.find((file) => file.path === '_index.md' || file.path === '_index.mdx');
  if (index === undefined && defaultFolder !== 'en' && planned.length > 0 && symlinkOn('_index.md') === undefined) {
    changes.push({ kind: 'write', path: '_index.md', text: `---\nlocale: ${defaultFolder}\n---\n` });
    files.push({ path: '_index.md', status: 'new' });
  }

  counts.warnings = diagnostics.filter((diagnostic) => diagnostic.level === 'warning').length;
  const locales = new Map<string, string>();
  for (const [tag, folder] of folders) locales.set(tag, folder === defaultFolder ? '' : folder);
  return { changes, files, counts, diagnostics, locales, defaultLocale: defaultFolder };
}

function reportDropped(report: ConvertedArticle['dropped'], article: ImportedArticle, diagnostics: ImportDiagnostic[]): void {
  const at = article.at;
  const name = describeArticle(article);
  const warn = (message: string) => diagnostics.push({ code: 'dropped-html', level: 'warning', message: `${name}: ${message}`, ...at });
  if (report.elements.length > 0) {
    const list = report.elements.map(([tag, count]) => `<${tag}>${count > 1 ? ` ×${count}` : ''}`).join(', ');
    warn(`dropped ${list}: scripts, styles and embedded objects never reach the panel.`);
  }
  if (report.eventHandlers.length > 0) warn(`dropped the event-handler attributes ${[...report.eventHandlers].sort().join(', ')}: nothing in an article runs code.`);
  if (report.unsafeUrls.length > 0) {
    const shown = report.unsafeUrls.slice(0, 3).map((url) => `"${url.length > 40 ? `${url.slice(0, 37)}…` : url}"`).join(', ');
    warn(`dropped ${report.unsafeUrls.length === 1 ? 'an address' : `${report.unsafeUrls.length} addresses`} that may not be used (${shown}${report.unsafeUrls.length > 3 ? ', …' : ''}); a link keeps its text and an image its alt text. Links may be http(s) or mailto addresses.`);
  }
  for (const iframe of report.iframes) {
    warn(iframe.linked ? `an <iframe> became a link to ${iframe.src}: embedded pages never load in the panel.` : `dropped an <iframe>${iframe.src ? ` whose address "${iframe.src}" is not http(s)` : ' without an address'}.`);
  }
  if (report.flattened) warn('HTML nested deeper than 100 levels was flattened before reading; its text is kept.');
}

function missingAnchor(article: ImportedArticle, fragment: string, target: string): ImportDiagnostic {
  return {
    code: 'missing-anchor',
    level: 'warning',
    message: `${describeArticle(article)} links to "#${fragment}" in ${target}, which has no heading by that anchor; the link opens the article without it.`,
    ...article.at,
  };
}

/**
 * Each language's folder. A language with one variant in the export is
 * written as the language alone (`en-US` → `en`, `de-DE` → `de`); variants of
 * one language keep their regions (`pt-BR`, `pt-PT`); Chinese keeps its
 * script or region, which says which writing it is.
 */
function localeFolders(
  tags: readonly string[],
  defaultTag: string,
  history: { earlier: ReadonlyMap<string, ReadonlySet<string>>; originsByTag: ReadonlyMap<string, ReadonlySet<string>> } = { earlier: new Map(), originsByTag: new Map() },
): Map<string, string> {
  const unique = [...new Set(tags)];
  const byLanguage = new Map<string, string[]>();
  for (const tag of unique) {
    const language = tag.split('-')[0]?.toLowerCase() ?? tag;
    byLanguage.set(language, [...(byLanguage.get(language) ?? []), tag]);
  }
  const folders = new Map<string, string>();
  const unread: [string, string][] = [];
  for (const [language, variants] of byLanguage) {
    // Several variants, and an earlier import wrote the language's own folder (`de/`, when only `de-DE` was there):
    // the variant that shares most articles with it keeps it, so its files (and their local edits) stay where they are.
    const before = variants.length > 1 && language !== 'zh' && localeOfFolder(language) !== undefined ? history.earlier.get(language) : undefined;
    let keeper: string | undefined;
    if (before !== undefined) {
      let most = 0;
      for (const tag of variants) {
        const shared = [...(history.originsByTag.get(tag) ?? [])].filter((origin) => before.has(origin)).length;
        if (shared > most) [keeper, most] = [tag, shared];
      }
    }
    for (const tag of variants) {
      const folder = (variants.length === 1 && language !== 'zh') || tag === keeper ? language : tag;
      if (localeOfFolder(folder) !== undefined) folders.set(tag, folder);
      else unread.push([tag, language]);
    }
  }
  // A tag the compiler reads no folder for (`ca-ES-valencia`) goes to its language's folder (`ca`) when no other
  // tag has it; else it is left out (`zz`, `und`), since a folder the compiler does not read breaks the build.
  const used = new Set(folders.values());
  for (const [tag, language] of unread) {
    if (localeOfFolder(language) !== undefined && !used.has(language)) {
      folders.set(tag, language);
      used.add(language);
    } else if (tag === defaultTag) folders.set(tag, 'en');
  }
  return folders;
}

function folderOfPath(path: string): string {
  const slash = path.indexOf('/');
  if (slash === -1) return '';
  const first = path.slice(0, slash);
  return localeOfFolder(first) !== undefined ? first : '';
}

/** The id the compiler gives a file: its front matter's `id`, else its name's slug (its folder's for index.md). */
function articleIdOf(file: ExistingFile): string {
  const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(file.text)?.[1];
  const declared = block === undefined ? undefined : /^id:\s*['"]?([^'"\s#]+)['"]?\s*$/m.exec(block)?.[1];
  if (declared !== undefined) return declared;
  const parts = file.path.split('/');
  const name = (parts[parts.length - 1] ?? '').replace(/\.mdx?$/i, '');
  const folder = parts[parts.length - 2];
  return slugify(folder !== undefined && /^(?:_?index|readme)$/i.test(name) ? folder : name, 'article');
}

/** An id from the article's title: its slug, at most 80 characters (cut at a dash), never `_index`. */
function slugOf(article: ImportedArticle): string {
  let slug = slugify(article.title, '');
  if (slug.length > 80) {
    // Cut on a code point: half a surrogate pair would make the file name and the id differ on the next run.
    const cut = Array.from(slug.slice(0, 80)).filter((char) => !/^[\ud800-\udfff]$/.test(char)).join('');
    slug = cut.replace(/-[^-]*$/, '') || cut;
  }
  slug = slug.replace(/^[_-]+|[-]+$/g, '');
  return slug === '' || /^_?index$/i.test(slug) ? slugify(`article ${article.serviceId}`, 'article') : slug;
}

/** Whether a service's `updated` value is a date a reader (and `Date`) can read; anything else is left out. */
function isDate(value: string | undefined): value is string {
  return typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Date.parse(value));
}

function uniqueId(base: string, taken: Set<string>, pathTaken: (id: string) => boolean): string {
  let candidate = base;
  for (let count = 2; taken.has(candidate) || pathTaken(candidate.toLowerCase()); count++) candidate = `${base}-${count}`;
  taken.add(candidate);
  return candidate;
}

/** Whether a file's text still has the hash the import recorded in it. */
function isUnedited(file: ExistingFile): boolean {
  return file.recordedHash !== undefined && file.recordedHash === file.currentHash;
}

/** `zendesk:9` before `zendesk:10`: ids compared as numbers where they are. */
function compareOrigins(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
