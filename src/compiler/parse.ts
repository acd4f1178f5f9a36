import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { emptyFrontMatter, readFrontMatter, type FrontMatter } from './front-matter';
import { blankOut, findFrontMatter, frontMatterTree } from './front-matter-source';
import { createLineIndex, type LineColumn } from './line-index';
import { remarkDirectiveParse } from './remark-directive-parse';
import { remarkGfmParse } from './remark-gfm-parse';
import type { Reporter } from './reporter';

/** State shared by every file of one help center, so some warnings are given once for all of it. */
export interface HelpCenterState {
  /** Unknown front-matter keys already reported. */
  warnedKeys: Set<string>;
  /** Unknown MDX components and directives already reported. */
  warnedComponents: Set<string>;
}

export function createHelpCenterState(): HelpCenterState {
  return { warnedKeys: new Set(), warnedComponents: new Set() };
}

/** One Markdown or MDX file after the first stage: its mdast tree and its validated front matter. */
export interface ParsedFile {
  /** Path relative to the content root, `/` separators. */
  path: string;
  /** The source text (without a byte-order mark). */
  text: string;
  /** The text the Markdown parser read: `text` with the front matter blanked out (same lines and columns); the tree's offsets are into it. */
  body: string;
  tree: Root;
  frontMatter: FrontMatter;
  reporter: Reporter;
  /** Shared with the other files of the help center. */
  helpCenter: HelpCenterState;
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

/**
 * More `:::` directive containers open at once than any article needs. Like
 * quotes, each one nests the rest, and parsing time grows with the square of
 * the nesting: openers beyond this depth (and their closing fences) are
 * escaped to plain text before parsing.
 */
const MAX_DIRECTIVE_NESTING = 20;
const DIRECTIVE_OPEN = /^([ \t]{0,3})(:{3,})(?=[A-Za-z])/;
const DIRECTIVE_CLOSE = /^([ \t]{0,3})(:{3,})[ \t]*$/;

/** Built once: freezing the processor resolves the plugins a single time for every file. */
const markdown = unified().use(remarkParse).use(remarkGfmParse).use(remarkDirectiveParse).freeze();
/** MDX: JSX, expressions and ESM are parsed (never run) by micromark's MDX extensions. */
const mdx = unified().use(remarkParse).use(remarkMdx).use(remarkGfmParse).use(remarkDirectiveParse).freeze();

/** Whether a path is an MDX file. */
export const isMdxPath = (path: string): boolean => /\.mdx$/i.test(path);

/**
 * Stage 1: Markdown or MDX to mdast (CommonMark + GFM + directives), and the
 * front matter (YAML, TOML or JSON) to a typed {@link FrontMatter}. Never
 * throws on content.
 */
export function parseFile(source: { path: string; text: string }, reporter: Reporter, helpCenter: HelpCenterState = createHelpCenterState()): ParsedFile {
  // A BOM would hide the opening `---` of the front matter from the parser.
  const text = capDirectives(capNesting(source.text.charCodeAt(0) === 0xfeff ? source.text.slice(1) : source.text, reporter), reporter);
  let lineIndex: ((offset: number) => LineColumn) | undefined;
  const position = (offset: number) => (lineIndex ??= createLineIndex(text))(offset);

  let frontMatter = emptyFrontMatter();
  // The front matter is blanked out rather than cut, so every line and column of the body stays the file's.
  let body = text;
  const found = findFrontMatter(text, { jsonObject: !isMdxPath(source.path) });
  if ('block' in found) {
    const { block } = found;
    const root = frontMatterTree(block, (offset) => position(block.contentStart + offset), reporter);
    frontMatter = readFrontMatter(root, (offset) => position(block.contentStart + offset), reporter, { warnedKeys: helpCenter.warnedKeys });
    body = blankOut(text, 0, block.end);
  } else if ('unclosed' in found) {
    reporter.error(
      'invalid-front-matter',
      `the front matter that starts on line 1 is never closed; add a line with only "${found.unclosed}" after the last key.`,
      { line: 1, column: 1 },
    );
  }

  const tree = parseBody(body, isMdxPath(source.path), reporter);
  return { path: source.path, text, body, tree, frontMatter, reporter, helpCenter };
}

function parseBody(body: string, asMdx: boolean, reporter: Reporter): Root {
  if (asMdx) {
    try {
      return mdx.parse(body);
    } catch (cause) {
      // MDX is strict (an unclosed tag, a stray `<` or `{`): the words are still worth reading as Markdown.
      const place = placeOf(cause);
      const reason = cause instanceof Error ? cause.message.split('\n', 1)[0] : String(cause);
      reporter.warning(
        'invalid-mdx',
        `this file is not valid MDX (${reason}), so it was read as plain Markdown; fix the JSX or expression near this position, or escape the character with a backslash.`,
        place,
      );
    }
  }
  try {
    return markdown.parse(body);
  } catch (cause) {
    // micromark is total on any string; this guards the host against a library bug, not against content.
    const reason = cause instanceof Error ? cause.message : String(cause);
    reporter.error('unreadable-file', `could not parse this file as Markdown (${reason}); simplify the text near the reported line.`, undefined);
    return { type: 'root', children: [] };
  }
}

/** The position a micromark or MDX error names, when it names one. */
function placeOf(cause: unknown): LineColumn | undefined {
  if (cause === null || typeof cause !== 'object') return undefined;
  const { line, column, place } = cause as { line?: unknown; column?: unknown; place?: unknown };
  if (typeof line === 'number' && typeof column === 'number') return { line, column };
  if (place && typeof place === 'object') {
    const start = 'start' in place ? (place as { start: unknown }).start : place;
    const { line: l, column: c } = (start ?? {}) as { line?: unknown; column?: unknown };
    if (typeof l === 'number' && typeof c === 'number') return { line: l, column: c };
  }
  // Some MDX errors only say where in their message: "Expected a closing tag for `<Note>` (5:1-5:7)".
  const said = cause instanceof Error ? /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(cause.message) : null;
  if (said) return { line: Number(said[1]), column: Number(said[2]) };
  return undefined;
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

function capDirectives(text: string, reporter: Reporter): string {
  if (!text.includes(':::')) return text;
  const lines = text.split('\n');
  // For each open container: whether it was kept (false: escaped, so its closing fence is text too).
  const open: boolean[] = [];
  let kept = 0;
  let warned = false;
  let changed = false;
  lines.forEach((line, index) => {
    const opener = DIRECTIVE_OPEN.exec(line);
    if (opener) {
      const keep = kept < MAX_DIRECTIVE_NESTING;
      open.push(keep);
      if (keep) kept++;
      else {
        lines[index] = `${opener[1] ?? ''}\\${line.slice((opener[1] ?? '').length)}`;
        changed = true;
        if (!warned) {
          warned = true;
          reporter.warning(
            'deep-nesting',
            `more than ${MAX_DIRECTIVE_NESTING} ":::" containers are open here; the deeper ones are kept as plain text. Close each one with ":::" or flatten them.`,
            { line: index + 1, column: 1 },
          );
        }
      }
      return;
    }
    const closer = DIRECTIVE_CLOSE.exec(line);
    if (closer && open.length > 0) {
      const wasKept = open.pop();
      if (wasKept) kept--;
      else {
        lines[index] = `${closer[1] ?? ''}\\${line.slice((closer[1] ?? '').length)}`;
        changed = true;
      }
    }
  });
  return changed ? lines.join('\n') : text;
}
