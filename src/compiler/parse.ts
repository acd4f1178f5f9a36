import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { emptyFrontMatter, readFrontMatter, type FrontMatter } from './front-matter';
import { createLineIndex, type LineColumn } from './line-index';
import { remarkGfmParse } from './remark-gfm-parse';
import type { Reporter } from './reporter';

/** One Markdown file after the first stage: its mdast tree and its validated front matter. */
export interface ParsedFile {
  /** Path relative to the content root, `/` separators. */
  path: string;
  /** The source text (without a byte-order mark). */
  text: string;
  tree: Root;
  frontMatter: FrontMatter;
  reporter: Reporter;
}

/**
 * More container markers (`>`, list bullets) at the start of one line than any
 * article needs. The Markdown parser's time grows with the square of the
 * nesting, so a hostile line of thousands of `>` would stall a build for
 * minutes; such a prefix is cut to this many markers before parsing (and the
 * body stage then flattens what is still too deep).
 */
const MAX_LINE_MARKERS = 100;
const DEEP_PREFIX = new RegExp(String.raw`^[ \t]*(?:(?:>[ \t]*|(?:[*+-]|\d{1,9}[.)])[ \t]+)){${MAX_LINE_MARKERS + 1},}`, 'gm');
const MARKER = /(?:>[ \t]*|(?:[*+-]|\d{1,9}[.)])[ \t]+)/g;

/** Built once: freezing the processor resolves the plugins a single time for every file. */
const processor = unified().use(remarkParse).use(remarkGfmParse).use(remarkFrontmatter, ['yaml']).freeze();

/**
 * Stage 1: Markdown to mdast (CommonMark + GFM + YAML front matter), and the
 * front matter to a typed {@link FrontMatter}. Never throws on content.
 */
export function parseFile(source: { path: string; text: string }, reporter: Reporter): ParsedFile {
  // A BOM would hide the opening `---` of the front matter from the parser.
  const text = capNesting(source.text.charCodeAt(0) === 0xfeff ? source.text.slice(1) : source.text, reporter);
  let tree: Root;
  try {
    tree = processor.parse(text);
  } catch (cause) {
    // micromark is total on any string; this guards the host against a library bug, not against content.
    const reason = cause instanceof Error ? cause.message : String(cause);
    reporter.error('unreadable-file', `could not parse this file as Markdown (${reason}); simplify the text near the reported line.`, undefined);
    tree = { type: 'root', children: [] };
  }

  let frontMatter = emptyFrontMatter();
  const first = tree.children[0];
  if (first?.type === 'yaml') {
    const fenceEnd = text.indexOf('\n', first.position?.start.offset ?? 0);
    const contentStart = fenceEnd === -1 ? 0 : fenceEnd + 1;
    let lineIndex: ((offset: number) => LineColumn) | undefined;
    const at = (offset: number) => (lineIndex ??= createLineIndex(text))(contentStart + offset);
    // Slice the file rather than use `first.value`: offsets must match the file, CRLF included.
    const yamlEnd = Math.max(contentStart, contentStart + yamlLength(text, contentStart, first.value));
    frontMatter = readFrontMatter(text.slice(contentStart, yamlEnd), at, reporter);
  } else if (/^---[ \t]*\r?\n/.test(text)) {
    reporter.error(
      'invalid-front-matter',
      'the front matter that starts on line 1 is never closed; add a line with only "---" after the last key.',
      { line: 1, column: 1 },
    );
  }
  return { path: source.path, text, tree, frontMatter, reporter };
}

/** Length of the YAML block in the file, which differs from `value.length` when lines end in CRLF. */
function yamlLength(text: string, start: number, value: string): number {
  if (value === '') return 0;
  let lines = 1;
  for (let index = value.indexOf('\n'); index !== -1; index = value.indexOf('\n', index + 1)) lines++;
  let end = start;
  for (let line = 0; line < lines; line++) {
    const next = text.indexOf('\n', end);
    if (next === -1) return text.length - start;
    end = next + 1;
  }
  return end - 1 - start;
}

function capNesting(text: string, reporter: Reporter): string {
  let warned = false;
  return text.replace(DEEP_PREFIX, (prefix: string, offset: number) => {
    if (!warned) {
      warned = true;
      const line = text.slice(0, offset).split('\n').length;
      reporter.warning(
        'deep-nesting',
        `this line opens more than ${MAX_LINE_MARKERS} nested quotes or lists; the extra markers were removed before parsing. Flatten the structure.`,
        { line, column: 1 },
      );
    }
    const markers = prefix.match(MARKER) ?? [];
    return markers.slice(0, MAX_LINE_MARKERS).join('');
  });
}
