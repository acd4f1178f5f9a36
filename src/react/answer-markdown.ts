import type { BlockNode, InlineNode, ListItemNode } from '../schema/help-index';

/**
 * A model's answer, as the article renderer draws it: its Markdown read into
 * the same small tree of allowed nodes articles compile to (paragraphs,
 * headings, lists, code, quotes, emphasis), so `ArticleBody` renders it with no
 * HTML anywhere. Links and images keep only their text: an answer may not send
 * the user anywhere its passages did not (the citations do that), and raw HTML
 * stays text, as React escapes it.
 *
 * Read here, not with the compiler's remark: the panel's layer imports no
 * Markdown package (micromark would weigh more than the whole answer screen),
 * and an answer uses a few constructs only. It is read again, whole, as each
 * piece streams in, so an unfinished construct (`**bold` not closed yet) shows
 * as typed until its end arrives.
 */

const FENCE = /^ {0,3}(`{3,}|~{3,})\s*([\w+-]*)/;
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const QUOTE = /^ {0,3}>[ ]?(.*)$/;
const ITEM = /^( {0,6})([-*+]|\d{1,9}[.)])(?:[ \t]+(.*))?$/;

/** Reads an answer's Markdown into block nodes. Never throws. */
export function answerBlocks(markdown: string): BlockNode[] {
  const text = typeof markdown === 'string' ? markdown.replace(/\r\n?/g, '\n') : '';
  return blocksOf(text.split('\n'), 0);
}

function blocksOf(lines: string[], depth: number): BlockNode[] {
  const blocks: BlockNode[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ type: 'paragraph', children: inlineNodes(paragraph.join('\n')) });
    paragraph = [];
  };
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.trim() === '') {
      flush();
      i++;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      flush();
      const marker = fence[1]!;
      const body: string[] = [];
      i++;
      // An unclosed fence (still streaming) runs to the end.
      while (i < lines.length && !lines[i]!.trimStart().startsWith(marker)) body.push(lines[i++]!);
      i++;
      blocks.push({ type: 'code', ...(fence[2] ? { lang: fence[2] } : {}), value: body.join('\n') });
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      const level = Math.min(6, heading[1]!.length) as 1 | 2 | 3 | 4 | 5 | 6;
      blocks.push({ type: 'heading', depth: level, id: `answer-${depth}-${blocks.length}`, children: inlineNodes(heading[2] ?? '') });
      i++;
      continue;
    }
    if (RULE.test(line) && paragraph.length === 0) {
      blocks.push({ type: 'thematicBreak' });
      i++;
      continue;
    }
    const quote = QUOTE.exec(line);
    if (quote) {
      flush();
      const inner: string[] = [];
      while (i < lines.length && (QUOTE.test(lines[i]!) || (lines[i]!.trim() !== '' && inner.length > 0 && !ITEM.test(lines[i]!)))) {
        inner.push(QUOTE.exec(lines[i]!)?.[1] ?? lines[i]!);
        i++;
      }
      blocks.push({ type: 'blockquote', children: depth < 4 ? blocksOf(inner, depth + 1) : [{ type: 'paragraph', children: inlineNodes(inner.join('\n')) }] });
      continue;
    }
    const item = ITEM.exec(line);
    // As in CommonMark, a list interrupts a paragraph only with text, and an ordered one only from 1.
    if (item && (paragraph.length === 0 || (item[3] !== undefined && (!/\d/.test(item[2]!) || Number.parseInt(item[2]!, 10) === 1)))) {
      flush();
      i = readList(lines, i, depth, blocks);
      continue;
    }
    paragraph.push(line);
    i++;
  }
  flush();
  return blocks;
}

/** Reads the list starting at line `start`; returns the line after it. */
function readList(lines: string[], start: number, depth: number, blocks: BlockNode[]): number {
  const first = ITEM.exec(lines[start]!)!;
  const ordered = /\d/.test(first[2]!);
  const indent = first[1]!.length;
  const items: ListItemNode[] = [];
  let loose = false;
  let i = start;
  while (i < lines.length) {
    const item = ITEM.exec(lines[i]!);
    if (!item || item[1]!.length !== indent || /\d/.test(item[2]!) !== ordered) break;
    const content = [item[3] ?? ''];
    const width = item[1]!.length + item[2]!.length + 1;
    i++;
    let blank = false;
    while (i < lines.length) {
      const next = lines[i]!;
      if (next.trim() === '') {
        blank = true;
        content.push('');
        i++;
        continue;
      }
      const nested = ITEM.exec(next);
      const indented = next.length - next.trimStart().length >= Math.min(width, indent + 2);
      // A line that belongs to this item: indented under it, or (right after its text) a lazy continuation.
      if (indented || (!blank && !nested && !FENCE.test(next) && !HEADING.test(next))) {
        content.push(indented ? next.slice(Math.min(width, next.length - next.trimStart().length)) : next);
        blank = false;
        i++;
        continue;
      }
      break;
    }
    // Trailing blank lines belong between items, not to this one.
    while (content.length > 1 && content[content.length - 1] === '') content.pop();
    if (content.includes('')) loose = true;
    if (blank && i < lines.length && ITEM.exec(lines[i]!)?.[1]?.length === indent) loose = true;
    items.push({ children: depth < 4 ? blocksOf(content, depth + 1) : [{ type: 'paragraph', children: inlineNodes(content.join('\n')) }] });
  }
  const start0 = ordered ? Number.parseInt(first[2]!, 10) : undefined;
  blocks.push({ type: 'list', ordered, ...(start0 !== undefined && start0 !== 1 ? { start: start0 } : {}), ...(loose ? { loose: true } : {}), items });
  return i;
}

// Inline: code spans first (nothing inside them is read), then escapes, links and images (their text), emphasis.
const CODE = /(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/;
const LINK = /!?\[([^\]]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\)/;
const AUTOLINK = /<((?:https?|mailto):[^\s<>]*)>/;
const STRONG = /(\*\*|__)(?=\S)([\s\S]*?\S)\1/;
const EMPHASIS = /(\*|_)(?=\S)([\s\S]*?\S)\1(?![\p{L}\p{N}])/u;
const ESCAPE = /\\([!-/:-@[-`{-~])/g;
/** An escaped character stands in the private use area while constructs are read, so `\*` never opens emphasis. */
const ESCAPED = /[\ue000-\ue07f]/g;
const protect = (text: string) => text.replace(ESCAPE, (_all, char: string) => String.fromCharCode(0xe000 + char.charCodeAt(0)));
const restore = (text: string, backslash: boolean) => text.replace(ESCAPED, (char) => `${backslash ? '\\' : ''}${String.fromCharCode(char.charCodeAt(0) - 0xe000)}`);
const HARD_BREAK = / {2,}\n|\\\n/;

/** Reads inline Markdown into inline nodes: text, code, strong, emphasis and line breaks. */
export function inlineNodes(text: string): InlineNode[] {
  return typeof text === 'string' ? readInline(protect(text), 0) : [];
}

function readInline(text: string, depth: number): InlineNode[] {
  if (text === '') return [];
  const candidates: [RegExp, (m: RegExpExecArray) => InlineNode[]][] = [
    // Backslashes inside a code span are themselves, as CommonMark has it.
    [CODE, (m) => [{ type: 'inlineCode', value: restore(m[2]!.replace(/\n/g, ' ').replace(/^ (.*) $/, '$1'), true) }]],
    [HARD_BREAK, () => [{ type: 'break' }]],
    [AUTOLINK, (m) => plain(m[1]!)],
    [LINK, (m) => readInline(m[1]!, depth + 1)],
    [STRONG, (m) => [{ type: 'strong', children: readInline(m[2]!, depth + 1) }]],
    [EMPHASIS, (m) => [{ type: 'emphasis', children: readInline(m[2]!, depth + 1) }]],
  ];
  // The construct that starts first wins; ties go to the earlier kind (code before emphasis).
  let best: { index: number; length: number; nodes: InlineNode[] } | null = null;
  if (depth < 8) {
    for (const [pattern, make] of candidates) {
      const found = pattern.exec(text);
      if (found && (best === null || found.index < best.index)) best = { index: found.index, length: found[0].length, nodes: make(found) };
    }
  }
  if (!best) return plain(text);
  return [...plain(text.slice(0, best.index)), ...best.nodes, ...readInline(text.slice(best.index + best.length), depth)];
}

function plain(text: string): InlineNode[] {
  return text === '' ? [] : [{ type: 'text', value: restore(text, false) }];
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
