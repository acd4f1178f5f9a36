import { readdir, readFile, stat } from 'node:fs/promises';
import { join, posix, relative, resolve, sep } from 'node:path';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { localeOfFolder } from '../compiler/locales';
import { elementText, parseHtmlDocument } from './html-to-markdown';
import { capHtmlNesting } from './sanitize-html';
import { ImportInputError, type ImportDiagnostic, type ImportedArticle, type ReadResult } from './imported-article';
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
  const diagnostics: ImportDiagnostic[] = [];
  for (const input of inputs) {
    let info;
    try {
      info = await stat(input);
    } catch (cause) {
      throw new ImportInputError({ code: 'unreadable-input', level: 'error', message: `could not read "${input}" (${describeReadError(cause)}); pass a folder of .html files.`, file: input, line: 1, column: 1 });
    }
    if (!info.isDirectory() && !/\.html?$/i.test(input)) {
      throw new ImportInputError({ code: 'unknown-shape', level: 'error', message: `html: "${input}": not an .html file; pass a folder of .html pages, or .html / .htm files.`, file: input, line: 1, column: 1 });
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
        const decoded = decodeHtml(await readFile(file));
        if (decoded.unknown !== undefined) {
          diagnostics.push({ code: 'unreadable-input', level: 'warning', message: `the page says its encoding is "${decoded.unknown}", which is not one this import knows; it was read as UTF-8. Save it as UTF-8, or name its encoding in <meta charset>.`, file: posix.join(shown, path), line: 1, column: 1 });
        }
        pages.push({ root, shown, path, text: decoded.text });
      } catch (cause) {
        throw new ImportInputError({ code: 'unreadable-input', level: 'error', message: `could not read this page (${describeReadError(cause)}).`, file: posix.join(shown, path), line: 1, column: 1 });
      }
    }
  }
  const read = readHtmlPages(pages.map(({ shown, path, text }) => ({ shown, path, text })), options);
  return { ...read, diagnostics: [...diagnostics, ...read.diagnostics] };
}

/**
 * A page's text from its bytes, as a browser decodes it: a byte order mark
 * (UTF-8, UTF-16LE/BE) first, then a `<meta charset>` or `<meta http-equiv=
 * "content-type" content="…; charset=…">` in its first 1024 bytes, else UTF-8.
 * A charset no decoder knows is read as UTF-8 and named in `unknown`.
 */
export function decodeHtml(bytes: Uint8Array): { text: string; unknown?: string } {
  const decode = (label: string, offset = 0) => new TextDecoder(label).decode(bytes.subarray(offset));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: decode('utf-8', 3) };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decode('utf-16le', 2) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decode('utf-16be', 2) };
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const label = /<meta\s[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
  // A page that could say "utf-16" in ASCII is not UTF-16: browsers read it as UTF-8.
  if (label === undefined || /^utf-?16/i.test(label)) return { text: decode('utf-8') };
  try {
    const decoder = new TextDecoder(label.toLowerCase());
    if (decoder.encoding === 'windows-1252') return { text: decodeWindows1252(bytes) };
    return { text: decoder.decode(bytes) };
  } catch {
    return { text: decode('utf-8'), unknown: label };
  }
}

/** Same as {@link readHtmlFolders} from pages already read: `path` relative to their folder, `/` separators. */
export function readHtmlPages(pages: readonly { shown: string; path: string; text: string }[], options: HtmlFolderOptions = {}): ReadResult {
  const defaultLocale = options.defaultLocale ?? 'en';
  const read = pages.map((page) => readPage(page));
  const byPath = new Map(read.map((page) => [page.path, page]));
  // Two folders with a page at the same path (siteA/faq.html, siteB/faq.html) are two articles: their origins name the folder.
  const folderOfPath = new Map<string, string>();
  const shared = new Set<string>();
  for (const page of read) {
    const folder = folderOfPath.get(page.path);
    if (folder !== undefined && folder !== page.shown) shared.add(page.path);
    folderOfPath.set(page.path, page.shown);
  }
  const originOf = (page: Page) => (shared.has(page.path) ? `html:${posix.join(page.shown, page.path)}` : `html:${page.path}`);
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
      translationOf = source !== undefined && source.folderLocale === undefined ? originOf(source) : '';
    }
    const origin = isTranslation && translationOf ? translationOf : originOf(page);
    articles.push({
      origin,
      serviceId: shared.has(page.path) ? posix.join(page.shown, page.path) : page.path,
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
    for (const child of node.children) stack.push(child);
  }
  return found;
}

/**
 * Windows-1252 (what `latin1` and `iso-8859-1` mean in HTML too), by hand:
 * some Node versions decode it as Latin-1, turning `€` (0x80) and the curly
 * quotes (0x91–0x94) into control characters.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = Array.from(bytes.subarray(start, start + 8192), (byte) => (byte >= 0x80 && byte < 0xa0 ? (WINDOWS_1252_C1[byte - 0x80] as number) : byte));
    text += String.fromCharCode(...chunk);
  }
  return text;
}

/** 0x80–0x9F of Windows-1252 (WHATWG Encoding); the five bytes it leaves undefined stay as they are. */
const WINDOWS_1252_C1 = [0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178];

async function listHtml(root: string, prefix: string): Promise<string[]> {
  const entries = await readdir(prefix === '' ? root : join(root, ...prefix.split('/')), { withFileTypes: true });
  const files: string[] = [];
  for (const entry of [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      for (const file of await listHtml(root, path)) files.push(file);
    } else if (entry.isFile() && /\.html?$/i.test(entry.name)) files.push(path.split(sep).join('/'));
  }
  return files;
}
