import { readdir, readFile, stat } from 'node:fs/promises';
import { join, posix, relative, resolve, sep } from 'node:path';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { localeOfFolder } from '../compiler/locales';
import { elementText, parseHtmlDocument } from './html-to-markdown';
import { capHtmlNesting } from './sanitize-html';
import { ImportInputError, type ImportedArticle, type ReadResult } from './imported-article';
import { describeReadError } from './read-json';

/**
 * A folder of `.html` files, one article each (a saved help center, a static
 * docs export). The title is the `<title>`, else the first heading; the
 * article is the page's `<main>` or `<article>` when it has one, else its
 * `<body>`. A top-level folder named by a language tag (`de/`) holds that
 * language's pages, each translating the page at the same path outside it
 * (or the one its `<link rel="alternate" hreflang>` names); `<html lang>`
 * says a page's language too.
 */
export interface HtmlFolderOptions {
  /** The language of pages that do not say. Default: `en`. */
  defaultLocale?: string;
}

export async function readHtmlFolders(inputs: readonly string[], options: HtmlFolderOptions = {}): Promise<ReadResult> {
  const pages: { root: string; shown: string; path: string; text: string }[] = [];
  for (const input of inputs) {
    let info;
    try {
      info = await stat(input);
    } catch (cause) {
      throw new ImportInputError({ code: 'unreadable-input', level: 'error', message: `could not read "${input}" (${describeReadError(cause)}); pass a folder of .html files.`, file: input, line: 1, column: 1 });
    }
    const root = info.isDirectory() ? resolve(input) : resolve(input, '..');
    const shown = info.isDirectory() ? input.replace(/\/+$/, '') : relative(process.cwd(), root) || '.';
    const paths = info.isDirectory() ? await listHtml(root, '') : [posix.basename(input)];
    if (paths.length === 0) {
      throw new ImportInputError({ code: 'unknown-shape', level: 'error', message: `html: "${input}" holds no .html files; pass a folder of pages, one article each.`, file: input, line: 1, column: 1 });
    }
    for (const path of paths) {
      const file = join(root, ...path.split('/'));
      try {
        pages.push({ root, shown, path, text: await readFile(file, 'utf8') });
      } catch (cause) {
        throw new ImportInputError({ code: 'unreadable-input', level: 'error', message: `could not read this page (${describeReadError(cause)}).`, file: posix.join(shown, path), line: 1, column: 1 });
      }
    }
  }
  return readHtmlPages(pages.map(({ shown, path, text }) => ({ shown, path, text })), options);
}

/** Same as {@link readHtmlFolders} from pages already read: `path` relative to their folder, `/` separators. */
export function readHtmlPages(pages: readonly { shown: string; path: string; text: string }[], options: HtmlFolderOptions = {}): ReadResult {
  const defaultLocale = options.defaultLocale ?? 'en';
  const read = pages.map((page) => readPage(page));
  const byPath = new Map(read.map((page) => [page.path, page]));
  const articles: ImportedArticle[] = [];
  for (const page of read) {
    const folderLocale = page.folderLocale;
    const locale = folderLocale ?? page.lang ?? defaultLocale;
    const isTranslation = locale.toLowerCase() !== defaultLocale.toLowerCase() && folderLocale !== undefined;
    let translationOf: string | undefined;
    if (isTranslation) {
      const inside = page.path.slice(page.path.indexOf('/') + 1);
      const alternate = page.alternates.get(defaultLocale.toLowerCase());
      const source = (alternate !== undefined ? byPath.get(alternate) : undefined) ?? byPath.get(inside);
      translationOf = source !== undefined && source.folderLocale === undefined ? `html:${source.path}` : '';
    }
    const origin = isTranslation && translationOf ? translationOf : `html:${page.path}`;
    articles.push({
      origin,
      serviceId: page.path,
      title: page.title,
      html: page.body,
      locale,
      ...(translationOf !== undefined ? { translationOf } : {}),
      ...(page.bucket ? { bucket: page.bucket } : {}),
      tags: page.keywords,
      ...(page.description ? { summary: page.description } : {}),
      ...(page.canonical ? { url: page.canonical } : {}),
      ...(page.updated ? { updated: page.updated } : {}),
      at: { file: posix.join(page.shown, page.path), line: 1, column: 1 },
      aliases: [`path:${page.path}`],
    });
  }
  return { articles, diagnostics: [] };
}

interface Page {
  shown: string;
  path: string;
  title: string;
  body: string;
  lang?: string;
  folderLocale?: string;
  bucket?: string;
  keywords: string[];
  description?: string;
  canonical?: string;
  updated?: string;
  /** hreflang → the path (in the folder) of that language's page. */
  alternates: Map<string, string>;
}

function readPage(page: { shown: string; path: string; text: string }): Page {
  // Capped once here, so the positions of the parsed tree are positions in `text`.
  const text = capHtmlNesting(page.text).html;
  const tree = parseHtmlDocument(text);
  const html = find(tree, (element) => element.tagName === 'html');
  const head = find(tree, (element) => element.tagName === 'head');
  const body = find(tree, (element) => element.tagName === 'body');
  const main = body ? (find(body, (element) => element.tagName === 'main') ?? find(body, (element) => element.tagName === 'article')) : undefined;
  const content = main ?? body;
  const titleElement = head ? find(head, (element) => element.tagName === 'title') : undefined;
  const firstHeading = content ? (find(content, (element) => element.tagName === 'h1') ?? find(content, (element) => /^h[1-6]$/.test(element.tagName))) : undefined;
  const fileName = page.path.split('/').pop()?.replace(/\.html?$/i, '') ?? page.path;
  const title = (titleElement && elementText(titleElement)) || (firstHeading && elementText(firstHeading)) || fileName;

  const meta = (name: string) => {
    const element = head ? find(head, (candidate) => candidate.tagName === 'meta' && String(candidate.properties.name ?? candidate.properties.property ?? '').toLowerCase() === name) : undefined;
    const value = element?.properties.content;
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  };
  const parts = page.path.split('/');
  const folderLocale = parts.length > 1 ? localeOfFolder(parts[0] as string)?.tag : undefined;
  const folders = parts.slice(folderLocale === undefined ? 0 : 1, -1);
  const lang = typeof html?.properties.lang === 'string' && html.properties.lang.trim() !== '' ? html.properties.lang.trim() : undefined;
  const alternates = new Map<string, string>();
  let canonical: string | undefined;
  for (const link of head ? findAll(head, (element) => element.tagName === 'link') : []) {
    const rel = Array.isArray(link.properties.rel) ? link.properties.rel.map(String) : [];
    const href = typeof link.properties.href === 'string' ? link.properties.href : undefined;
    if (href === undefined) continue;
    if (rel.includes('canonical') && /^https?:\/\//i.test(href)) canonical = href;
    const hreflang = link.properties.hrefLang;
    if (rel.includes('alternate') && typeof hreflang === 'string' && !/^[a-z][a-z0-9+.-]*:/i.test(href)) {
      alternates.set(hreflang.toLowerCase(), posix.normalize(posix.join(posix.dirname(page.path), href.split('#')[0] ?? '')));
    }
  }
  const bucket = meta('bucket') ?? meta('category') ?? meta('section') ?? folders[folders.length - 1];
  const updated = meta('article:modified_time') ?? meta('last-modified') ?? meta('updated');
  const description = meta('description');
  return {
    shown: page.shown,
    path: page.path,
    title,
    body: content ? innerHtml(text, content) : '',
    ...(lang !== undefined ? { lang } : {}),
    ...(folderLocale !== undefined ? { folderLocale } : {}),
    ...(bucket !== undefined ? { bucket } : {}),
    keywords: (meta('keywords') ?? '').split(',').map((word) => word.trim()).filter((word) => word !== ''),
    ...(description !== undefined ? { description } : {}),
    ...(canonical !== undefined ? { canonical } : {}),
    ...(updated !== undefined ? { updated } : {}),
    alternates,
  };
}

/** The HTML of an element's children, cut from the page's text by the parser's positions. */
function innerHtml(text: string, element: Element): string {
  const first = element.children.find((child) => child.position?.start.offset !== undefined);
  const last = [...element.children].reverse().find((child) => child.position?.end.offset !== undefined);
  const start = first?.position?.start.offset;
  const end = last?.position?.end.offset;
  return start === undefined || end === undefined ? '' : text.slice(start, end);
}

function find(root: Root | Element, test: (element: Element) => boolean): Element | undefined {
  const stack: (RootContent | ElementContent)[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as RootContent | ElementContent;
    if (node.type !== 'element') continue;
    if (test(node)) return node;
    for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as ElementContent);
  }
  return undefined;
}

function findAll(root: Root | Element, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  const stack: (RootContent | ElementContent)[] = [...root.children];
  while (stack.length > 0) {
    const node = stack.pop() as RootContent | ElementContent;
    if (node.type !== 'element') continue;
    if (test(node)) found.push(node);
    stack.push(...node.children);
  }
  return found;
}

async function listHtml(root: string, prefix: string): Promise<string[]> {
  const entries = await readdir(prefix === '' ? root : join(root, ...prefix.split('/')), { withFileTypes: true });
  const files: string[] = [];
  for (const entry of [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      files.push(...(await listHtml(root, path)));
    } else if (entry.isFile() && /\.html?$/i.test(entry.name)) files.push(path.split(sep).join('/'));
  }
  return files;
}
