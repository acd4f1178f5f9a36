import { posix } from 'node:path';
import type { LinkTarget } from '../schema/help-index';
import { didYouMeanHint } from './did-you-mean';
import type { ExtractedArticle } from './extract-symptoms';
import { collapseWhitespace, inlineText } from './plain-text';
import type { LinkRecord } from './to-body';

export interface ResolveLinksOptions {
  /**
   * More articles links may point to, by path, whose own links are not resolved in this call: in a locale
   * folder, the fallback articles of the files not translated yet, under the path their translation would have.
   * Default: none.
   */
  targets?: ReadonlyMap<string, ExtractedArticle>;
}

/** An article's links and related ids once every link is resolved. */
export interface ResolvedLinks {
  links: { text: string; target: LinkTarget }[];
  related: string[];
}

/**
 * Stage 3: relative links become article links (`./other.md#anchor`,
 * `../folder/x.md`, and extension-less `../other` as static-site generators
 * write them); a link that cannot be resolved is turned back into its text.
 * Articles are looked up by path and by id; with duplicate ids the first file wins
 * (the validate stage reports the duplicate).
 */
export function resolveLinks(articles: readonly ExtractedArticle[], options: ResolveLinksOptions = {}): Map<ExtractedArticle, ResolvedLinks> {
  const byPath = new Map<string, ExtractedArticle>();
  const byId = new Map<string, ExtractedArticle>();
  for (const article of articles) {
    byPath.set(article.file.path, article);
    if (!byId.has(article.id)) byId.set(article.id, article);
  }
  // Targets that are not resolved here but may be linked to (a locale's articles not translated yet).
  for (const [path, article] of options.targets ?? []) {
    if (!byPath.has(path)) byPath.set(path, article);
    if (!byId.has(article.id)) byId.set(article.id, article);
  }
  const paths = [...byPath.keys()];
  const ids = [...byId.keys()];
  const result = new Map<ExtractedArticle, ResolvedLinks>();

  const anchors = new Map<ExtractedArticle, Set<string>>();
  const anchorsOf = (target: ExtractedArticle) => {
    let ids = anchors.get(target);
    if (ids === undefined) anchors.set(target, (ids = new Set(target.headings.map((heading) => heading.id))));
    return ids;
  };

  for (const article of articles) {
    const { reporter } = article.file;

    for (const record of article.links) {
      if (record.node.target.kind === 'anchor') {
        const anchor = article.headingIds?.get(record.node.target.anchor) ?? record.node.target.anchor;
        record.node.target.anchor = anchor;
        if (!anchorsOf(article).has(anchor)) {
          reporter.warning(
            'broken-link',
            `the link to "#${anchor}" names no heading of this article.${didYouMeanHint(anchor, article.headings.map((h) => h.id))} Headings: ${list(article.headings.map((h) => h.id))}.`,
            record.at,
          );
        }
        continue;
      }
      if (!record.pending) continue;
      const { path, anchor } = splitUrl(record.url);
      // A path starting with "/" is relative to the content root, as on a code host.
      const from = path.startsWith('/') ? '.' : posix.dirname(article.file.path);
      const resolved = posix.normalize(posix.join(from, path.replace(/^\/+/, '')));
      const isMarkdown = /\.mdx?$/i.test(path);
      const candidates = isMarkdown
        ? [resolved]
        : ['.md', '/index.md', '/_index.md', '.mdx', '/index.mdx', '/_index.mdx'].map((suffix) => `${stripSlash(resolved)}${suffix}`);
      // Static-site generators publish a page as a folder (`/kb/page/`), so their authors write "../sibling" for a sibling page.
      const asFolder = posix.normalize(posix.join(posix.dirname(article.file.path), posix.basename(article.file.path).replace(/\.mdx?$/i, ''), path));
      if (!isMarkdown && !asFolder.startsWith('..')) candidates.push(`${stripSlash(asFolder)}.md`, `${stripSlash(asFolder)}/index.md`, `${stripSlash(asFolder)}.mdx`);
      const target = path === '' ? undefined : candidates.filter((c) => !c.startsWith('..')).map((c) => byPath.get(c)).find(Boolean);
      if (target === undefined && path.startsWith('/') && !isMarkdown) {
        // In help content a root-relative link ("/settings/team") is nearly always a place in the host app.
        // Spaces and backslashes are escaped, so a router never reads them as anything but the path's own characters.
        record.node.target = { kind: 'app', to: record.url.trim().replace(/[\s\\]/g, (character) => encodeURIComponent(character)) };
        continue;
      }
      if (target === undefined) {
        // A root-relative .md path that names no article points at the site the content came from, not at this help center.
        if (isMarkdown && (resolved.startsWith('..') || path.startsWith('/'))) {
          reporter.warning(
            'unresolved-link',
            `the link to "${record.url}" points outside this help center ("${resolved}"), so it was kept as text; link to a full https:// address instead.`,
            record.at,
          );
        } else if (isMarkdown) {
          reporter.error(
            'broken-link',
            `the link to "${record.url}" points to "${resolved}", which is not an article of this help center.${didYouMeanHint(resolved, paths)} Fix the path (relative to this file) or remove the link.`,
            record.at,
          );
        } else {
          reporter.warning(
            'unresolved-link',
            `the relative link "${record.url}" is not an article of this help center, so it was kept as text; link to a .md file, an app path (/settings or app:/settings) or a full https:// address.`,
            record.at,
          );
        }
        unwrap(record);
        continue;
      }
      // A translation's heading keeps its source's id; a link may name it by either.
      const heading = anchor === undefined ? undefined : (target.headingIds?.get(anchor) ?? anchor);
      if (heading !== undefined && !anchorsOf(target).has(heading)) {
        reporter.warning(
          'broken-link',
          `the link to "${record.url}" names the heading "#${heading}", which "${target.file.path}" does not have.${didYouMeanHint(heading, target.headings.map((h) => h.id))}`,
          record.at,
        );
      }
      record.node.target = { kind: 'article', articleId: target.id, ...(heading !== undefined ? { anchor: heading } : {}) };
    }

    const related: string[] = [];
    article.file.frontMatter.related.forEach((entry, index) => {
      const at = article.file.frontMatter.positions.get(`related.${index}`);
      const value = entry.trim();
      const byFile = /\.mdx?$/i.test(value) || value.startsWith('./') || value.startsWith('../');
      const target = byFile ? byPath.get(posix.normalize(posix.join(posix.dirname(article.file.path), value))) : byId.get(value);
      if (target === undefined) {
        const hint = byFile ? didYouMeanHint(value, paths) : didYouMeanHint(value, ids);
        article.file.reporter.error(
          'broken-link',
          `related article "${value}" does not exist.${hint} Write an article id or a relative .md path.`,
          at,
        );
      } else if (target !== article && !related.includes(target.id)) related.push(target.id);
    });

    const links = article.links
      .filter((record) => record.container.includes(record.node))
      .map((record) => ({ text: collapseWhitespace(inlineText(record.node.children)), target: record.node.target }));
    result.set(article, { links, related });
  }
  return result;
}

function splitUrl(url: string): { path: string; anchor?: string } {
  const hash = url.indexOf('#');
  const withoutHash = hash === -1 ? url : url.slice(0, hash);
  const query = withoutHash.indexOf('?');
  const rawPath = query === -1 ? withoutHash : withoutHash.slice(0, query);
  let path = rawPath.trim();
  try {
    path = decodeURI(path);
  } catch {
    // Keep a malformed escape as written: it simply will not match a file.
  }
  const anchor = hash === -1 ? undefined : url.slice(hash + 1);
  return anchor ? { path, anchor: safeDecode(anchor) } : { path };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function stripSlash(path: string): string {
  return path.replace(/\/+$/, '');
}

/** Replaces a link by its content: the words stay, the link goes. */
function unwrap(record: LinkRecord): void {
  const index = record.container.indexOf(record.node);
  if (index !== -1) record.container.splice(index, 1, ...record.node.children);
}

function list(values: readonly string[]): string {
  if (values.length === 0) return '(none)';
  const shown = values.slice(0, 10).join(', ');
  return values.length > 10 ? `${shown}, … (${values.length} in all)` : shown;
}
