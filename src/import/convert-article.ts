import GithubSlugger from 'github-slugger';
import type { Link, Nodes, Parents, PhrasingContent, Root } from 'mdast';
import { createLinkResolver, type LinkedArticle } from './article-links';
import { headingAnchors, htmlToMarkdownTree, stringifyMarkdown } from './html-to-markdown';
import type { ImportedArticle, ImportKind } from './imported-article';
import { addTroubleshootingStructure, headingText } from './troubleshooting-structure';

/**
 * One article's body on its way to Markdown, as plain data: it crosses to a
 * worker thread and back (see convert-pool.ts), so nothing in it is a class
 * or a function.
 */
export interface ConvertJob {
  html: string;
  /** The article's address: relative links and images are resolved against it. */
  baseUrl?: string;
  title: string;
  /** Its language's tag, for the `Symptom:` / `Checks:` labels. */
  locale: string;
  /** What links from it are resolved against: its path and id for a folder of HTML pages. */
  from: Pick<ImportedArticle, 'serviceId' | 'aliases'>;
}

/** What every job of one import shares: how links are recognised, and the placeholder they are written as. */
export interface ConvertContext {
  kind: ImportKind;
  /** Each article of the export as links may name it. */
  targets: Pick<ImportedArticle, 'origin' | 'serviceId' | 'url' | 'aliases'>[];
  /** Written in place of the address of a link to another article, followed by the link's number in the job's `links`. */
  token: string;
}

export interface ConvertedArticle {
  /** The Markdown body; links to other articles are `token` + their number in `links`, until their files and anchors are known. */
  markdown: string;
  links: { target: LinkedArticle; original: string }[];
  /** Each anchor a link may name (a heading's slug, an HTML `id`) → the heading's slug; `null` for an anchor after the last heading. */
  anchors: [string, string | null][];
  /** Same-article anchors (`#x`) that name no heading: the link was turned into its text. */
  missingAnchors: string[];
  /** How many `Symptom:` / `Checks:` symptoms were written. */
  checklists: number;
  /** What was dropped, as in {@link SanitizeReport}, in plain data. */
  dropped: {
    elements: [string, number][];
    eventHandlers: string[];
    unsafeUrls: string[];
    iframes: { src: string; linked: boolean }[];
    flattened: boolean;
  };
}

/** Builds the link resolver once per context (per thread), not once per article. */
const resolvers = new WeakMap<ConvertContext, ReturnType<typeof createLinkResolver>>();

/**
 * One article's HTML to its Markdown body: cleaned, troubleshooting sections
 * turned into checklists, same-article anchors turned into heading ids, and
 * links to other articles of the export left as placeholders.
 */
export function convertArticle(job: ConvertJob, context: ConvertContext): ConvertedArticle {
  let resolve = resolvers.get(context);
  if (resolve === undefined) resolvers.set(context, (resolve = createLinkResolver(context.kind, context.targets as ImportedArticle[])));
  const converted = htmlToMarkdownTree(job.html, job.baseUrl ? { baseUrl: job.baseUrl } : {});
  const checklists = addTroubleshootingStructure(converted.tree, { title: job.title, locale: job.locale });
  const anchors = anchorsOfTree(converted.tree, converted.trailingAnchors);
  const links: ConvertedArticle['links'] = [];
  const missingAnchors: string[] = [];
  const from = { ...job.from, origin: '', title: job.title, html: '', tags: [], at: { file: '', line: 1, column: 1 } } as ImportedArticle;
  rewriteLinks(converted.tree, (url) => {
    if (url.startsWith('#')) {
      const fragment = decode(url.slice(1));
      if (!anchors.has(fragment)) {
        missingAnchors.push(fragment);
        return null;
      }
      const slug = anchors.get(fragment);
      return slug === null || slug === undefined ? null : `#${slug}`;
    }
    const target = resolve(url, from);
    if (target === undefined) return url;
    links.push({ target, original: url });
    return `${context.token}${links.length - 1}`;
  });
  const { report } = converted;
  return {
    markdown: stringifyMarkdown(converted.tree),
    links,
    anchors: [...anchors],
    missingAnchors,
    checklists,
    dropped: {
      elements: [...report.droppedElements],
      eventHandlers: [...report.eventHandlers],
      unsafeUrls: report.unsafeUrls,
      iframes: report.iframes,
      flattened: report.flattened,
    },
  };
}

/** Heading anchors of a finished tree: each heading's slug (as the compiler makes it) under its own name and its HTML anchors. */
function anchorsOfTree(tree: Root, trailing: readonly string[]): Map<string, string | null> {
  const slugger = new GithubSlugger();
  const anchors = new Map<string, string | null>();
  const stack: Nodes[] = [tree];
  // Document order, as the compiler numbers repeated headings (`setup`, `setup-1`).
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    if (node.type === 'heading') {
      const slug = slugger.slug(headingText(node));
      if (!anchors.has(slug)) anchors.set(slug, slug);
      for (const name of headingAnchors(node)) if (!anchors.has(name)) anchors.set(name, slug);
      continue;
    }
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Nodes);
  }
  // Anchors after the last heading name the end of the article: a link to them opens the article.
  for (const name of trailing) if (!anchors.has(name)) anchors.set(name, null);
  return anchors;
}

/**
 * Rewrites every link's address with `rewrite`; `null` unwraps the link (its
 * text stays). Iterative, so no nesting depth can overflow the stack.
 */
function rewriteLinks(tree: Root, rewrite: (url: string) => string | null): void {
  const stack: Parents[] = [tree];
  while (stack.length > 0) {
    const parent = stack.pop() as Parents;
    const children = parent.children as Nodes[];
    for (let index = 0; index < children.length; index++) {
      const child = children[index] as Nodes;
      if (child.type === 'link') {
        const url = rewrite((child as Link).url);
        if (url === null) {
          children.splice(index, 1, ...((child as Link).children as PhrasingContent[]));
          index--;
          continue;
        }
        (child as Link).url = url;
      }
      if ('children' in child) stack.push(child as Parents);
    }
  }
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
