import { parse as parseToml, TomlError } from 'smol-toml';
import { Document, isMap, isSeq, parseDocument, type Node } from 'yaml';
import type { LineColumn } from './line-index';
import type { Reporter } from './reporter';

/** The syntaxes front matter is written in. */
export type FrontMatterFormat = 'yaml' | 'toml' | 'json';

/** The front-matter block of a file, found by its fences. */
export interface FrontMatterBlock {
  format: FrontMatterFormat;
  /** The text between the fences (or the whole JSON object). */
  content: string;
  /** Offset of `content` in the file. */
  contentStart: number;
  /** Offset just past the closing fence's line: the Markdown starts here. */
  end: number;
}

/** What {@link findFrontMatter} found at the top of a file. */
export type FrontMatterSearch = { block: FrontMatterBlock } | { unclosed: '---' | '+++' } | { none: true };

/**
 * Finds front matter by its fences: `---` (YAML; TOML when its first line reads
 * as TOML, as Hugo and some docs sites write it), `+++` (TOML, Hugo) or a JSON
 * object that opens the file (Hugo).
 */
export function findFrontMatter(text: string, options: { jsonObject?: boolean } = {}): FrontMatterSearch {
  const fence = /^(---|\+\+\+)[ \t]*\r?\n/.exec(text);
  if (fence) {
    const marker = fence[1] as '---' | '+++';
    const closing = new RegExp(`^${marker === '---' ? '(?:---|\\.\\.\\.)' : '\\+\\+\\+'}[ \\t]*(?:\\r?\\n|$)`, 'gm');
    closing.lastIndex = fence[0].length;
    // The content may be empty: the closing fence can follow the opening one at once.
    const close = fence[0].length === text.length ? null : findFrom(closing, text, fence[0].length);
    if (close === null) return { unclosed: marker };
    // Without the line break before the closing fence: an error at the end of the content is on its last line.
    const content = text.slice(fence[0].length, close.index).replace(/\r?\n$/, '');
    const format: FrontMatterFormat = marker === '+++' || looksLikeToml(content) ? 'toml' : looksLikeJson(content) ? 'json' : 'yaml';
    return { block: { format, content, contentStart: fence[0].length, end: close.index + close[0].length } };
  }
  // In MDX a `{` that opens the file is an expression, never front matter.
  if (options.jsonObject !== false && /^\{[ \t]*\r?\n/.test(text)) {
    const close = /^\}[ \t]*(?:\r?\n|$)/m.exec(text);
    if (close) return { block: { format: 'json', content: text.slice(0, close.index + 1), contentStart: 0, end: close.index + close[0].length } };
  }
  return { none: true };
}

function findFrom(pattern: RegExp, text: string, from: number): RegExpExecArray | null {
  pattern.lastIndex = from;
  return pattern.exec(text);
}

/** TOML recognised by the syntax of its first line that is neither blank nor a comment: `key = value` or `[table]`. */
export function looksLikeToml(content: string): boolean {
  for (const line of content.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    return /^(?:[A-Za-z0-9_-]+|"[^"]*"|'[^']*')(?:\s*\.\s*(?:[A-Za-z0-9_-]+|"[^"]*"|'[^']*'))*\s*=/.test(trimmed) || /^\[\[?[^\]]+\]\]?\s*(?:#.*)?$/.test(trimmed);
  }
  return false;
}

function looksLikeJson(content: string): boolean {
  return content.trimStart().startsWith('{');
}

/** Replaces every character of `[start, end)` but line breaks by nothing, so the Markdown keeps its lines and columns. */
export function blankOut(text: string, start: number, end: number): string {
  return text.slice(0, start) + text.slice(start, end).replace(/[^\r\n]+/g, '') + text.slice(end);
}

/**
 * Reads a front-matter block into a YAML node tree whose ranges are offsets in
 * `block.content`, whatever the syntax, so one reader validates all three.
 * Syntax errors are reported at their position; `null` means nothing usable.
 *
 * YAML that does not parse because a value starts with a character YAML
 * reserves (`` ` ``, `@`) is read leniently, as the text it plainly is, with a
 * warning: docs sites write titles such as `` title: `next/head` is missing ``.
 */
export function frontMatterTree(block: FrontMatterBlock, at: (offset: number) => LineColumn, reporter: Reporter): Node | null {
  if (block.format === 'toml') return tomlTree(block.content, at, reporter);
  const document = parseDocument(block.content, { uniqueKeys: true, prettyErrors: false });
  if (document.errors.length === 0) return document.contents;
  const lenient = block.format === 'yaml' ? readLeniently(block.content) : null;
  const first = document.errors[0];
  if (lenient && first) {
    const message = first.message.split('\n', 1)[0] ?? first.message;
    reporter.warning(
      'invalid-yaml',
      `front matter is not valid YAML (${message}); a value that starts with ${lenient.characters} was read as plain text. Quote it: title: "…".`,
      at(first.pos[0]),
    );
    return shiftRanges(lenient.document.contents, lenient.map);
  }
  for (const problem of document.errors) {
    const message = problem.message.split('\n', 1)[0] ?? problem.message;
    reporter.error(
      'invalid-yaml',
      `front matter is not valid ${block.format === 'json' ? 'JSON' : 'YAML'}: ${message}. Fix the ${block.format === 'json' ? 'object' : 'YAML between the "---" lines'}.`,
      at(problem.pos[0]),
    );
  }
  return null;
}

/** Quotes top-level values that start with a reserved indicator and parses again; `map` takes an offset in the quoted text back to the original. */
function readLeniently(content: string): { document: Document.Parsed; map: (offset: number) => number; characters: string } | null {
  const shifts: { at: number; by: number }[] = [];
  const seen = new Set<string>();
  let added = 0;
  const quoted = content.replace(/^([A-Za-z_][\w-]*[ \t]*:[ \t]+)([`@][^\r\n]*?)([ \t]*)$/gm, (_whole, head: string, value: string, tail: string, offset: number) => {
    seen.add(`"${value[0]}"`);
    // Opening quote lands after `head`; everything after it in the original is one character later, and two after the line.
    shifts.push({ at: offset + head.length + added, by: 1 });
    shifts.push({ at: offset + head.length + value.length + 2 + added, by: 1 });
    added += 2;
    return `${head}'${value.replace(/'/g, "''")}'${tail}`;
  });
  if (shifts.length === 0 || quoted.length !== content.length + added) return null;
  const document = parseDocument(quoted, { uniqueKeys: true, prettyErrors: false });
  if (document.errors.length > 0) return null;
  const map = (offset: number) => {
    let back = 0;
    for (const shift of shifts) if (offset >= shift.at) back += shift.by;
    return offset - back;
  };
  return { document, map, characters: [...seen].join(' or ') };
}

function shiftRanges(node: unknown, map: (offset: number) => number): Node | null {
  visitNodes(node, (current) => {
    if (current.range) current.range = [map(current.range[0]), map(current.range[1]), map(current.range[2])];
  });
  return (node as Node | null) ?? null;
}

function visitNodes(node: unknown, visit: (node: Node) => void): void {
  if (node === null || typeof node !== 'object') return;
  visit(node as Node);
  if (isMap(node)) {
    for (const pair of node.items) {
      visitNodes(pair.key, visit);
      visitNodes(pair.value, visit);
    }
  } else if (isSeq(node)) for (const item of node.items) visitNodes(item, visit);
}

function tomlTree(content: string, at: (offset: number) => LineColumn, reporter: Reporter): Node | null {
  let value: unknown;
  try {
    value = parseToml(content);
  } catch (cause) {
    if (cause instanceof TomlError) {
      const message = (cause.message.split('\n', 1)[0] ?? cause.message).replace(/^Invalid TOML document:\s*/, '');
      const lineStart = offsetOfLine(content, cause.line);
      reporter.error('invalid-toml', `front matter is not valid TOML: ${message}. Fix the TOML between the fences.`, at(lineStart + Math.max(0, cause.column - 1)));
    } else {
      reporter.error('invalid-toml', `front matter could not be read as TOML (${cause instanceof Error ? cause.message : String(cause)}).`, at(0));
    }
    return null;
  }
  const document = new Document(plainValues(value));
  const positions = tomlPositions(content);
  placeNodes(document.contents, '', positions);
  return document.contents;
}

/** TOML dates become their ISO text; the null-prototype tables become plain objects. */
function plainValues(value: unknown): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? String(value) : value.toISOString();
  if (Array.isArray(value)) return value.map(plainValues);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = plainValues(inner);
    return out;
  }
  return value;
}

function offsetOfLine(text: string, line: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return offset;
}

interface TomlPlace {
  key: number;
  value: number;
}

function placeNodes(node: unknown, path: string, positions: Map<string, TomlPlace>): void {
  const join = (key: string) => (path === '' ? key : `${path}.${key}`);
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = String((pair.key as { value?: unknown } | null)?.value ?? '');
      const place = positions.get(join(key));
      if (place) {
        setRange(pair.key, place.key);
        setRange(pair.value, place.value);
      }
      placeNodes(pair.value, join(key), positions);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => {
      const place = positions.get(join(String(index)));
      if (place) setRange(item, place.value);
      placeNodes(item, join(String(index)), positions);
    });
  }
}

function setRange(node: unknown, offset: number): void {
  if (node !== null && typeof node === 'object' && !('range' in node && Array.isArray((node as Node).range))) {
    (node as Node).range = [offset, offset, offset];
  }
}

/**
 * Where each key and value of a TOML text starts, by dotted path (`errors.0.code`).
 * Not a parser — smol-toml has read the text already — only a scan that follows
 * table headers, strings and brackets closely enough to place diagnostics.
 */
export function tomlPositions(text: string): Map<string, TomlPlace> {
  const positions = new Map<string, TomlPlace>();
  const arrayCounts = new Map<string, number>();
  let table: string[] = [];
  const record = (path: string[], key: number, value: number) => {
    const joined = path.join('.');
    if (!positions.has(joined)) positions.set(joined, { key, value });
  };
  let index = 0;
  const length = text.length;
  const skipSpace = (newlines: boolean) => {
    for (;;) {
      const char = text[index];
      if (char === ' ' || char === '\t' || (newlines && (char === '\n' || char === '\r'))) index++;
      else if (char === '#') while (index < length && text[index] !== '\n') index++;
      else return;
    }
  };
  const readKey = (): string[] => {
    const parts: string[] = [];
    for (;;) {
      skipSpace(false);
      const char = text[index];
      if (char === '"' || char === "'") {
        const end = text.indexOf(char, index + 1);
        parts.push(text.slice(index + 1, end === -1 ? length : end));
        index = end === -1 ? length : end + 1;
      } else {
        const match = /^[A-Za-z0-9_-]+/.exec(text.slice(index, index + 200));
        if (!match) return parts;
        parts.push(match[0]);
        index += match[0].length;
      }
      skipSpace(false);
      if (text[index] !== '.') return parts;
      index++;
    }
  };
  const skipString = () => {
    const quote = text[index] as string;
    const triple = text.startsWith(quote.repeat(3), index);
    if (triple) {
      const end = text.indexOf(quote.repeat(3), index + 3);
      index = end === -1 ? length : end + 3;
      while (text[index] === quote) index++;
      return;
    }
    index++;
    while (index < length && text[index] !== quote && text[index] !== '\n') {
      if (quote === '"' && text[index] === '\\') index++;
      index++;
    }
    index++;
  };
  const readValue = (path: string[]) => {
    skipSpace(false);
    const char = text[index];
    if (char === '"' || char === "'") return skipString();
    if (char === '[') {
      index++;
      let item = 0;
      for (;;) {
        skipSpace(true);
        if (index >= length || text[index] === ']') {
          index++;
          return;
        }
        if (text[index] === ',') {
          index++;
          continue;
        }
        record([...path, String(item)], index, index);
        readValue([...path, String(item)]);
        item++;
      }
    }
    if (char === '{') {
      index++;
      for (;;) {
        skipSpace(true);
        if (index >= length || text[index] === '}') {
          index++;
          return;
        }
        if (text[index] === ',') {
          index++;
          continue;
        }
        const keyAt = index;
        const key = readKey();
        skipSpace(false);
        if (key.length === 0 || text[index] !== '=') {
          index++;
          continue;
        }
        index++;
        skipSpace(false);
        record([...path, ...key], keyAt, index);
        readValue([...path, ...key]);
      }
    }
    while (index < length && !/[,\]}\n#]/.test(text[index] as string)) index++;
  };
  while (index < length) {
    skipSpace(true);
    if (index >= length) break;
    if (text[index] === '[') {
      const start = index;
      const isArray = text[index + 1] === '[';
      index += isArray ? 2 : 1;
      const path = readKey();
      if (isArray) {
        const joined = path.join('.');
        const count = (arrayCounts.get(joined) ?? -1) + 1;
        arrayCounts.set(joined, count);
        record(path, start, start);
        table = [...path, String(count)];
      } else table = path;
      record(table, start, start);
      while (index < length && text[index] !== '\n') index++;
      continue;
    }
    const keyAt = index;
    const key = readKey();
    skipSpace(false);
    if (key.length === 0 || text[index] !== '=') {
      while (index < length && text[index] !== '\n') index++;
      continue;
    }
    index++;
    skipSpace(false);
    record([...table, ...key], keyAt, index);
    readValue([...table, ...key]);
    while (index < length && text[index] !== '\n') index++;
  }
  return positions;
}
