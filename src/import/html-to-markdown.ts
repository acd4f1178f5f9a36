import type { Element, Root as HastRoot } from 'hast';
import type { Blockquote, Code, Heading, Nodes as MdastNodes, PhrasingContent, Root as MdastRoot, RootContent } from 'mdast';
import { fromParse5 } from 'hast-util-from-parse5';
import { defaultHandlers, type Handle, type State } from 'hast-util-to-mdast';
import { toText } from 'hast-util-to-text';
import { parseFragment } from 'parse5';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { anchorsOf, ANCHORS_PROPERTY, CALLOUT_PROPERTY, capHtmlNesting, sanitizeHtml, type AlertKind, type SanitizeReport } from './sanitize-html';

/** An article's HTML as a Markdown tree, with what was dropped on the way. */
export interface ConvertedHtml {
  /** The mdast tree; links are rewritten in it before it is written out. */
  tree: MdastRoot;
  /** What the sanitizer removed: scripts, styles, event handlers, refused addresses, iframes. */
  report: SanitizeReport;
  /** Anchor names after the last heading (they name the end of the article, not a heading). */
  trailingAnchors: string[];
}

/** Data the import keeps on an mdast heading: the HTML anchors that pointed at it. */
interface HeadingData {
  helpPanelAnchors?: string[];
}

/** The handlers that differ from hast-util-to-mdast's own. */
const handlers: Record<string, Handle> = {
  h1: heading,
  h2: heading,
  h3: heading,
  h4: heading,
  h5: heading,
  h6: heading,
  pre: code,
  div: calloutOr('div'),
  aside: calloutOr('aside'),
  section: calloutOr('section'),
  p: calloutOr('p'),
  blockquote: calloutOr('blockquote'),
  // A form control's text is no article's; a leading checkbox is read by the list item itself (a task list).
  input: () => undefined,
};

/** HTML to mdast, as one frozen processor. */
const toMdast = unified().use(rehypeRemark, { handlers }).freeze();

/**
 * Markdown out: GFM (tables, task lists, strikethrough), fenced code, `-`
 * bullets, ATX headings, one space after list markers — the plain style a
 * person would write and any code host renders.
 */
const markdownWriter = unified()
  .use(remarkGfm, { tablePipeAlign: false })
  .use(remarkStringify, {
    bullet: '-',
    emphasis: '_',
    strong: '*',
    fence: '`',
    fences: true,
    listItemIndent: 'one',
    rule: '-',
    incrementListMarker: true,
    // A line of the page's text that starts with `::` would read as a directive (`:::danger` a callout
    // the page never had, another name dropped with its text): its first colon is escaped.
    unsafe: [{ character: ':', atBreak: true, after: ':' }],
  })
  .freeze();

/**
 * An article body from HTML to an mdast tree, cleaned: nothing executable
 * survives (see {@link sanitizeHtml}), relative addresses are resolved
 * against `baseUrl`, callouts become GitHub alerts (`> [!WARNING]`), code
 * blocks keep their language, headings remember their HTML anchors.
 */
export function htmlToMarkdownTree(html: string, options: { baseUrl?: string } = {}): ConvertedHtml {
  const capped = capHtmlNesting(html);
  const hast = parseBody(capped.html);
  const { report, trailingAnchors } = sanitizeHtml(hast, options);
  report.flattened = capped.flattened;
  const tree = toMdast.runSync(hast) as MdastRoot;
  breaksInCells(tree);
  return { tree, report, trailingAnchors };
}

/**
 * Parses an article body the way a browser would (entities decoded, unclosed
 * tags closed, a `<table>` without `<tbody>` given one). This is what
 * rehype-parse does, less the source positions it records for every node:
 * nothing here reads them, and without them parsing and the copy the
 * Markdown converter makes of the tree take half the time.
 */
function parseBody(html: string): HastRoot {
  return fromParse5(parseFragment(html, { scriptingEnabled: false })) as HastRoot;
}

/** A Markdown tree as text, ending with one line break (none for an empty body). */
export function stringifyMarkdown(tree: MdastRoot): string {
  if (tree.children.length === 0) return '';
  return markdownWriter.stringify(tree);
}

/** The HTML anchors recorded on an mdast heading. */
export function headingAnchors(node: Heading): string[] {
  return (node.data as HeadingData | undefined)?.helpPanelAnchors ?? [];
}

const documentParser = unified().use(rehypeParse, { fragment: false }).freeze();

/** Parses a whole HTML document (not a fragment): what an `.html` file of an export is. Cap its nesting first ({@link capHtmlNesting}). */
export function parseHtmlDocument(html: string): HastRoot {
  return documentParser.parse(html) as HastRoot;
}

/** The text of an element, as a browser would lay it out (block elements on their own lines). */
export function elementText(element: Element): string {
  return toText(element, { whitespace: 'normal' }).replace(/\s+/g, ' ').trim();
}

/**
 * A GFM table cell is one line, so Markdown has no line break for it; a
 * `<br>` is what tables write instead (the compiler reads it back as a line
 * break). Without this the writer would join the cell's lines with spaces.
 */
function breaksInCells(tree: MdastRoot): void {
  const stack: MdastNodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as MdastNodes;
    if (node.type === 'tableCell') {
      node.children = node.children.map((child) => (child.type === 'break' ? { type: 'html', value: '<br>' } : child));
      continue;
    }
    // One at a time: spreading 130000 list items as arguments overflows the stack.
    if ('children' in node) for (const child of node.children as MdastNodes[]) stack.push(child);
  }
}

function heading(state: State, node: Element): MdastNodes | undefined {
  const result = defaultHandlers.h1?.(state, node) as Heading | undefined;
  if (result === undefined) return undefined;
  const anchors = anchorsOf(node);
  if (anchors.length > 0) result.data = { ...(result.data ?? {}), helpPanelAnchors: anchors } as Heading['data'];
  delete node.properties[ANCHORS_PROPERTY];
  return result;
}

/** `<pre><code class="language-js">`, `<pre class="lang-sh">`, `<code class="hljs language-ts">`: the language of a code block. */
function code(state: State, node: Element): MdastNodes | undefined {
  const result = defaultHandlers.pre?.(state, node) as Code | undefined;
  if (result === undefined || result.lang) return result;
  const inner = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
  for (const element of [inner, node]) {
    const classes: unknown = element?.properties.className;
    const list = Array.isArray(classes) ? classes.map(String) : typeof classes === 'string' ? classes.split(/\s+/) : [];
    for (const name of list) {
      const lang = /^(?:language|lang)-([\w#+.-]+)$/i.exec(name)?.[1];
      if (lang !== undefined) return { ...result, lang };
    }
    const attribute = element?.properties.dataLanguage ?? element?.properties.dataLang;
    if (typeof attribute === 'string' && /^[\w#+.-]+$/.test(attribute)) return { ...result, lang: attribute };
  }
  return result;
}

/** An element the sanitizer marked as a callout becomes a GitHub alert; any other goes to the default handler. */
function calloutOr(tag: string): Handle {
  const fallback = (defaultHandlers as Record<string, Handle>)[tag] as Handle;
  return (state, node, parent) => {
    const kind = node.properties[CALLOUT_PROPERTY];
    if (typeof kind !== 'string') return fallback(state, node, parent);
    delete node.properties[CALLOUT_PROPERTY];
    const inner = state.all(node);
    const flow = tag === 'p' ? ([{ type: 'paragraph', children: inner as PhrasingContent[] }] as RootContent[]) : state.toFlow(inner);
    if (flow.length === 0) return undefined;
    const quote: Blockquote = {
      type: 'blockquote',
      // Written as raw text so the marker stays `[!NOTE]` (not `\[!NOTE]`): GitHub and the compiler read it as the alert's kind.
      children: [{ type: 'paragraph', children: [{ type: 'html', value: `[!${(kind as AlertKind).toUpperCase()}]` }] }, ...(flow as Blockquote['children'])],
    };
    return quote;
  };
}
