import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import type { BlockNode, InlineNode, ListItemNode } from '../schema/help-index';

/**
 * A model's answer, as the article renderer draws it: its Markdown read by micromark (CommonMark,
 * with GFM tables and strikethrough, as articles are) into the same small tree of allowed nodes
 * articles compile to, so `ArticleBody` renders it with no HTML anywhere. Links and images keep only
 * their text: an answer may not send the user anywhere its passages did not (the citations do that),
 * and raw HTML stays text, as React escapes it.
 *
 * The answer is read again, whole, as each piece streams in, so an unfinished construct (`**bold`
 * not closed yet) shows as typed until its end arrives. This module is in the answer screen's own
 * chunk: a panel without `ask` never downloads the parser.
 */

/** How deep blocks nest before the rest is read as plain text (a hostile answer cannot nest without end). */
const MAX_DEPTH = 8;
/** Longer answers are cut: a model that does not stop must not freeze the page re-reading it. */
export const MAX_ANSWER_CHARS = 40_000;

/** Reads an answer's Markdown into block nodes. Never throws. */
export function answerBlocks(markdown: string): BlockNode[] {
  const text = typeof markdown === 'string' ? markdown.slice(0, MAX_ANSWER_CHARS) : '';
  try {
    const tree = fromMarkdown(text, { extensions: [gfmTable(), gfmStrikethrough()], mdastExtensions: [gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown()] });
    return blocks(tree.children, 0, { headings: 0 });
  } catch {
    // The parser does not throw on any text; should it, the answer still shows, as text.
    return text.trim() === '' ? [] : [{ type: 'paragraph', children: [{ type: 'text', value: text }] }];
  }
}

/** Reads one line of inline Markdown (the first paragraph of `text`) into inline nodes. Never throws. */
export function inlineNodes(text: string): InlineNode[] {
  const [first] = answerBlocks(text);
  return first?.type === 'paragraph' ? first.children : [];
}

function blocks(nodes: readonly RootContent[], depth: number, counter: { headings: number }): BlockNode[] {
  return nodes.flatMap((node) => block(node, depth, counter));
}

function block(node: RootContent, depth: number, counter: { headings: number }): BlockNode[] {
  if (depth > MAX_DEPTH) return textBlock(plainText(node));
  switch (node.type) {
    case 'paragraph':
      return [{ type: 'paragraph', children: inline(node.children) }];
    case 'heading':
      return [{ type: 'heading', depth: node.depth, id: `answer-${counter.headings++}`, children: inline(node.children) }];
    case 'thematicBreak':
      return [{ type: 'thematicBreak' }];
    case 'blockquote':
      return [{ type: 'blockquote', children: blocks(node.children, depth + 1, counter) }];
    case 'list': {
      const items: ListItemNode[] = node.children.map((item) => ({
        ...(typeof item.checked === 'boolean' ? { checked: item.checked } : {}),
        children: blocks(item.children, depth + 1, counter),
      }));
      const start = node.ordered && typeof node.start === 'number' && node.start !== 1 ? { start: node.start } : {};
      return [{ type: 'list', ordered: node.ordered === true, ...start, ...(node.spread ? { loose: true } : {}), items }];
    }
    case 'code':
      return [{ type: 'code', ...(node.lang ? { lang: node.lang } : {}), value: node.value }];
    case 'table': {
      const align = (node.align ?? []).map((each) => each ?? null);
      return [{ type: 'table', align, rows: node.children.map((row) => row.children.map((cell) => inline(cell.children))) }];
    }
    case 'html':
      // Raw HTML is text here, never markup.
      return textBlock(node.value);
    default:
      // Definitions and anything else: what they say, as text, or nothing.
      return 'children' in node || 'value' in node ? textBlock(plainText(node)) : [];
  }
}

function textBlock(value: string): BlockNode[] {
  return value.trim() === '' ? [] : [{ type: 'paragraph', children: [{ type: 'text', value }] }];
}

function inline(nodes: readonly PhrasingContent[], depth = 0): InlineNode[] {
  const out: InlineNode[] = [];
  const push = (node: InlineNode) => {
    const last = out[out.length - 1];
    if (node.type === 'text' && last?.type === 'text') out[out.length - 1] = { type: 'text', value: last.value + node.value };
    else if (node.type !== 'text' || node.value !== '') out.push(node);
  };
  for (const node of nodes) {
    if (depth > MAX_DEPTH) {
      push({ type: 'text', value: plainText(node) });
      continue;
    }
    switch (node.type) {
      case 'text':
        push({ type: 'text', value: node.value });
        break;
      case 'emphasis':
        push({ type: 'emphasis', children: inline(node.children, depth + 1) });
        break;
      case 'strong':
        push({ type: 'strong', children: inline(node.children, depth + 1) });
        break;
      case 'inlineCode':
        push({ type: 'inlineCode', value: node.value });
        break;
      case 'break':
        push({ type: 'break' });
        break;
      case 'link':
      case 'linkReference':
      case 'delete':
        // A link's text only: the citations are the answer's way to the content.
        for (const child of inline(node.children, depth + 1)) push(child);
        break;
      case 'image':
      case 'imageReference':
        if (node.alt) push({ type: 'text', value: node.alt });
        break;
      case 'html':
        push({ type: 'text', value: node.value });
        break;
      default:
        push({ type: 'text', value: plainText(node) });
    }
  }
  return out;
}

/** The text of any node, for what has no place in an answer. */
function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('alt' in node && typeof node.alt === 'string') return node.alt;
  if ('children' in node && Array.isArray(node.children)) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}

/** A citation in an answer: `[1]`, `[1, 3]`, `[^2]`; not a link's text (`[1](…)`). */
const CITATION = /\[\^?\s*(\d{1,3}(?:\s*[,;]\s*\^?\d{1,3})*)\s*\](?!\()/g;

/**
 * The answer with every citation checked against the keys it was given: a
 * number that names no passage is taken out (and `removed` says so), the others
 * stay as written. `cited`: the keys cited, in the order first cited.
 */
export function checkCitations(text: string, keys: ReadonlySet<string>): { text: string; cited: string[]; removed: boolean } {
  const cited: string[] = [];
  let removed = false;
  const checked = (typeof text === 'string' ? text : '').replace(CITATION, (_whole, list: string) => {
    const numbers = list.split(/\s*[,;]\s*/).map((each) => String(Number.parseInt(each.replace('^', ''), 10)));
    const kept = numbers.filter((key) => keys.has(key));
    if (kept.length < numbers.length) removed = true;
    for (const key of kept) if (!cited.includes(key)) cited.push(key);
    return kept.length === 0 ? '\u0000' : `[${kept.join(', ')}]`;
  });
  // A removed citation takes the space before it along.
  return { text: checked.replace(/[ \t]*\u0000/g, ''), cited, removed };
}
