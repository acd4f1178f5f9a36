import { readFile } from 'node:fs/promises';
import { findNodeAtLocation, parse, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { createLineIndex } from '../compiler/line-index';
import { ImportInputError, type SourcePlace } from './imported-article';

/** A JSON file read whole, with a way to say where any value in it was written. */
export interface JsonFile {
  /** The path as the user gave it, for messages. */
  file: string;
  value: unknown;
  /** Where the value at `path` (`['articles', 3]`) starts; the file's start when there is none. */
  locate(path: readonly (string | number)[]): SourcePlace;
  /**
   * The same place, found only when its line or column is first read: most
   * articles never get a message, and finding positions means reading the
   * file a second time.
   */
  place(path: readonly (string | number)[]): SourcePlace;
}

/** What each JSON syntax error means, in the words a person fixing the file needs. */
const SYNTAX_ERRORS: Record<string, string> = {
  InvalidSymbol: 'a character that cannot start a JSON value',
  InvalidNumberFormat: 'a number written wrongly',
  PropertyNameExpected: 'a key in double quotes was expected',
  ValueExpected: 'a value was expected',
  ColonExpected: 'a ":" was expected after the key',
  CommaExpected: 'a "," was expected between the items',
  CloseBraceExpected: 'the object is not closed with "}"',
  CloseBracketExpected: 'the list is not closed with "]"',
  EndOfFileExpected: 'the JSON value ends here, but more text follows',
  InvalidCommentToken: 'JSON has no comments',
  UnexpectedEndOfComment: 'JSON has no comments',
  UnexpectedEndOfString: 'the text in quotes is never closed',
  UnexpectedEndOfNumber: 'the number ends too early',
  InvalidUnicode: 'an invalid \\u escape',
  InvalidEscapeCharacter: 'an invalid escape after "\\"',
  InvalidCharacter: 'a control character inside quotes (write it escaped, as \\n or \\t)',
};

/** Reads and parses a JSON file; a missing file or bad JSON is an {@link ImportInputError} with its position. */
export async function readJsonFile(file: string, expected: string): Promise<JsonFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    throw new ImportInputError({
      code: 'unreadable-input',
      level: 'error',
      message: `could not read this file (${describeReadError(cause)}); pass ${expected}.`,
      file,
      line: 1,
      column: 1,
    });
  }
  return parseJson(file, text, expected);
}

/**
 * Parses JSON text. The fast path is `JSON.parse`; only when it fails is the
 * text read again by a parser that knows positions, to say where and what.
 */
export function parseJson(file: string, raw: string, expected: string): JsonFile {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  let lineIndex: ((offset: number) => { line: number; column: number }) | undefined;
  const at = (offset: number): SourcePlace => ({ file, ...(lineIndex ??= createLineIndex(text))(offset) });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    const errors: ParseError[] = [];
    parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    const what = text.trim() === '' ? 'the file is empty' : first ? (SYNTAX_ERRORS[printParseErrorCode(first.error)] ?? printParseErrorCode(first.error)) : cause instanceof Error ? cause.message : String(cause);
    const place = first ? at(first.offset) : at(0);
    throw new ImportInputError({
      code: 'invalid-json',
      level: 'error',
      message: `this is not valid JSON: ${what}. Expected ${expected}.`,
      ...place,
    });
  }
  let tree: Node | undefined | null;
  return {
    file,
    value,
    locate(path) {
      if (tree === undefined) tree = parseTree(text) ?? null;
      const node = tree === null ? undefined : findNodeAtLocation(tree, [...path]);
      return at(node?.offset ?? 0);
    },
    place(path) {
      let found: SourcePlace | undefined;
      const get = () => (found ??= this.locate(path));
      return Object.defineProperties({ file } as SourcePlace, {
        line: { enumerable: true, get: () => get().line },
        column: { enumerable: true, get: () => get().column },
      });
    },
  };
}

/** A short name for a JSON value's kind, for shape messages: `a list`, `the text "x"`, `nothing (null)`. */
export function describeJson(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') {
    const keys = Object.keys(value as object);
    return keys.length === 0 ? 'an empty object' : `an object with the keys ${keys.slice(0, 6).join(', ')}${keys.length > 6 ? ', …' : ''}`;
  }
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 37)}…` : value}"`;
  return `the ${typeof value} ${String(value)}`;
}

export function describeReadError(cause: unknown): string {
  const code = cause && typeof cause === 'object' && 'code' in cause ? String((cause as { code: unknown }).code) : undefined;
  if (code === 'ENOENT') return 'it does not exist';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder, not a file';
  return code ?? (cause instanceof Error ? cause.message : String(cause));
}

/** A plain object (not a list, not null), narrowed. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads the JSON shape checks every reader makes: it fails with the value's position and what was expected. */
export class ShapeReader {
  constructor(
    private readonly json: JsonFile,
    private readonly kind: string,
  ) {}

  fail(path: readonly (string | number)[], message: string): never {
    throw new ImportInputError({ code: 'unknown-shape', level: 'error', message, ...this.json.locate(path) });
  }

  /** A required field: text (or a number, as ids often are). */
  id(record: Record<string, unknown>, key: string, path: readonly (string | number)[]): string {
    const value = record[key];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    this.fail([...path, ...(key in record ? [key] : [])], `${this.kind}: "${key}" of ${pathText(path)} must be an id (a number or text), but it is ${key in record ? describeJson(value) : 'missing'}.`);
  }

  /** An optional text field: undefined when absent or null; any other type fails. */
  text(record: Record<string, unknown>, key: string, path: readonly (string | number)[]): string | undefined {
    const value = record[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string') return value;
    if (typeof value === 'number') return String(value);
    this.fail([...path, key], `${this.kind}: "${key}" of ${pathText(path)} must be text, but it is ${describeJson(value)}.`);
  }

  /** An optional list of text; undefined when absent. */
  texts(record: Record<string, unknown>, key: string, path: readonly (string | number)[]): string[] | undefined {
    const value = record[key];
    if (value === undefined || value === null) return undefined;
    if (!Array.isArray(value)) this.fail([...path, key], `${this.kind}: "${key}" of ${pathText(path)} must be a list, but it is ${describeJson(value)}.`);
    return value.map((item, index) => {
      if (typeof item === 'string' || typeof item === 'number') return String(item);
      this.fail([...path, key, index], `${this.kind}: item ${index + 1} of "${key}" in ${pathText(path)} must be text, but it is ${describeJson(item)}.`);
    });
  }

  /** An optional boolean. */
  flag(record: Record<string, unknown>, key: string, path: readonly (string | number)[]): boolean | undefined {
    const value = record[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'boolean') return value;
    this.fail([...path, key], `${this.kind}: "${key}" of ${pathText(path)} must be true or false, but it is ${describeJson(value)}.`);
  }

  /** The list at `key`, required. */
  list(record: Record<string, unknown>, key: string, path: readonly (string | number)[], expected: string): unknown[] {
    const value = record[key];
    if (!Array.isArray(value)) this.fail([...path, ...(key in record ? [key] : [])], `${this.kind}: "${key}" must be a list of ${expected}, but it is ${key in record ? describeJson(value) : 'missing'}.`);
    return value;
  }

  /** Each item must be an object. */
  record(value: unknown, path: readonly (string | number)[], what: string): Record<string, unknown> {
    if (!isRecord(value)) this.fail(path, `${this.kind}: ${pathText(path)} must be ${what} (an object), but it is ${describeJson(value)}.`);
    return value;
  }

  place(path: readonly (string | number)[]): SourcePlace {
    return this.json.locate(path);
  }
}

/** `articles[3]` for `['articles', 3]`; `the file` for `[]`. */
export function pathText(path: readonly (string | number)[]): string {
  if (path.length === 0) return 'the file';
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`)).join('');
}
