import { isMap, isScalar, parseDocument } from 'yaml';
import { findFrontMatter, tomlPositions } from './front-matter-source';
import { isMdxPath } from './parse';

/** The front-matter key a translation records its source's hash in. */
export const SOURCE_HASH_KEY = 'sourceHash';

/**
 * Writes `sourceHash: "<hash>"` into a file's front matter (YAML between `---`, TOML between `+++` or `---`,
 * or JSON), changing no other byte: an existing value is replaced where it stands, a missing key is added
 * on a line of its own (front matter is added when the file has none). The value is always quoted, so a
 * hash of digits (`12345678`, `1234e567`) stays text. Returns the new text, or why the file cannot be stamped.
 */
export function setSourceHash(text: string, hash: string, path: string): { text: string } | { error: string } {
  const bom = text.charCodeAt(0) === 0xfeff ? '\uFEFF' : '';
  const body = bom === '' ? text : text.slice(1);
  const eol = body.includes('\r\n') ? '\r\n' : '\n';
  const quoted = `"${hash}"`;
  const found = findFrontMatter(body, { jsonObject: !isMdxPath(path) });
  if ('unclosed' in found) return { error: `its front matter is never closed; add a line with only "${found.unclosed}" after the last key, then stamp it again.` };
  if ('none' in found) return { text: `${bom}---${eol}${SOURCE_HASH_KEY}: ${quoted}${eol}---${eol}${body}` };

  const { block } = found;
  const at = block.contentStart;
  const splice = (from: number, to: number, insert: string) => ({ text: bom + body.slice(0, at + from) + insert + body.slice(at + to) });

  if (block.format === 'toml') {
    const place = tomlPositions(block.content).get(SOURCE_HASH_KEY);
    if (place === undefined) return splice(0, 0, `${SOURCE_HASH_KEY} = ${quoted}${eol}`);
    return splice(place.value, tomlValueEnd(block.content, place.value), quoted);
  }

  const document = parseDocument(block.content, { uniqueKeys: false });
  if (document.errors.length > 0) {
    return { error: `its front matter is not valid ${block.format === 'json' ? 'JSON' : 'YAML'}; run "help-panel check" to see where, fix it, then stamp it again.` };
  }
  const root = document.contents;
  if (root !== null && !isMap(root)) return { error: 'its front matter is not a mapping of keys; fix it, then stamp it again.' };
  const pair = root?.items.find((item) => isScalar(item.key) && item.key.value === SOURCE_HASH_KEY);
  const value = pair?.value as { range?: [number, number, number] } | null | undefined;
  if (pair !== undefined && value?.range) {
    const [start, end] = value.range;
    return start === end ? splice(start, end, ` ${quoted}`) : splice(start, end, quoted);
  }
  if (pair !== undefined) return { error: `its "${SOURCE_HASH_KEY}" key has no value to replace; delete the key, then stamp it again.` };
  if (block.format === 'json') {
    const open = block.content.indexOf('{');
    const first = root?.items[0]?.key as { range?: [number, number, number] } | undefined;
    if (first?.range === undefined) return splice(open + 1, open + 1, `"${SOURCE_HASH_KEY}": ${quoted}`);
    // Same indent and line break as the first key, so the object reads as its author wrote it.
    const between = block.content.slice(open + 1, first.range[0]);
    return splice(first.range[0], first.range[0], `"${SOURCE_HASH_KEY}": ${quoted},${between === '' ? ' ' : between}`);
  }
  if (root !== null && root.flow) return { error: 'its front matter is written as one {…} mapping; put its keys on lines of their own, then stamp it again.' };
  return block.content === '' ? splice(0, 0, `${SOURCE_HASH_KEY}: ${quoted}${eol}`) : splice(block.content.length, block.content.length, `${eol}${SOURCE_HASH_KEY}: ${quoted}`);
}

/** Where a TOML value that starts at `start` ends: past its closing quote, or before a comment or the line's end. */
function tomlValueEnd(content: string, start: number): number {
  const quote = content[start];
  if (quote === '"' || quote === "'") {
    let index = start + 1;
    while (index < content.length && content[index] !== quote && content[index] !== '\n') index += quote === '"' && content[index] === '\\' ? 2 : 1;
    return Math.min(index + 1, content.length);
  }
  const rest = /^[^#\r\n]*/.exec(content.slice(start))?.[0] ?? '';
  return start + rest.trimEnd().length;
}
