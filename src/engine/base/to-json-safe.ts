/**
 * Turns whatever a host passes as `context` into a value `JSON.stringify`
 * can always write and a support inbox can always show: cycles become a
 * marker, functions and symbols are dropped, huge strings, arrays, objects
 * and deep nesting are capped, and a getter that throws cannot escape.
 */

/** A JSON value. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Marks a value that refers back to one of its own ancestors. */
export const CIRCULAR_MARKER = '[Circular]';
/** Marks a value that could not be read (a throwing getter or proxy). */
export const UNREADABLE_MARKER = '[Unreadable]';
/** Marks where nesting was cut. */
export const DEPTH_MARKER = '[Too deep]';

export interface JsonSafeLimits {
  /** Longest string kept, in UTF-16 units. Default 2000. */
  maxString?: number;
  /** Most array items or object keys kept per level. Default 100. */
  maxItems?: number;
  /** Deepest nesting kept. Default 8. */
  maxDepth?: number;
}

/** Cuts `text` to `max` units, never splitting a surrogate pair, and marks the cut with `…`. */
export function capString(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/** `value` as JSON-safe data, within `limits`. `undefined` and functions at the top become `null`. */
export function toJsonSafe(value: unknown, limits: JsonSafeLimits = {}): JsonValue {
  const maxString = limits.maxString ?? 2000;
  const maxItems = limits.maxItems ?? 100;
  const maxDepth = limits.maxDepth ?? 8;
  const ancestors: object[] = [];

  function walk(input: unknown, depth: number): JsonValue | undefined {
    switch (typeof input) {
      case 'string':
        return capString(input, maxString);
      case 'number':
        return Number.isFinite(input) ? input : null;
      case 'boolean':
        return input;
      case 'bigint':
        return input.toString();
      case 'undefined':
      case 'function':
      case 'symbol':
        return undefined;
    }
    if (input === null) return null;
    const object = input as object;
    if (ancestors.includes(object)) return CIRCULAR_MARKER;
    if (depth >= maxDepth) return DEPTH_MARKER;
    ancestors.push(object);
    try {
      if (object instanceof Date) return Number.isFinite(object.getTime()) ? object.toISOString() : null;
      if (object instanceof Error) {
        return { name: capString(String(object.name), maxString), message: capString(String(object.message), maxString) };
      }
      if (Array.isArray(object)) {
        const out: JsonValue[] = [];
        for (let i = 0; i < Math.min(object.length, maxItems); i++) out.push(walk(object[i], depth + 1) ?? null);
        return out;
      }
      if (object instanceof Map) return walkEntries([...object.entries()].map(([k, v]) => [String(k), v]), depth);
      if (object instanceof Set) return walk([...object], depth);
      return walkEntries(
        Object.keys(object).map((key) => [key, readProperty(object, key)]),
        depth,
      );
    } catch {
      return UNREADABLE_MARKER;
    } finally {
      ancestors.pop();
    }
  }

  function walkEntries(entries: [string, unknown][], depth: number): JsonValue {
    const out: { [key: string]: JsonValue } = {};
    let kept = 0;
    for (const [key, entry] of entries) {
      if (kept >= maxItems) break;
      const safe = walk(entry, depth + 1);
      if (safe === undefined) continue;
      // `__proto__` as an own key would otherwise set the prototype of `out`.
      Object.defineProperty(out, capString(key, 200), { value: safe, enumerable: true, writable: true, configurable: true });
      kept += 1;
    }
    return out;
  }

  return walk(value, 0) ?? null;
}

function readProperty(object: object, key: string): unknown {
  try {
    return (object as Record<string, unknown>)[key];
  } catch {
    return UNREADABLE_MARKER;
  }
}
