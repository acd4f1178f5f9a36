import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { SuggestedPattern } from './suggested-patterns';

/** What happened to one article file. */
export interface PatternWrite {
  file: string;
  /** Patterns added. */
  added: string[];
  /** Why nothing was written, when nothing was. */
  skipped?: string;
}

const YAML_FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/** A pattern as one YAML flow-sequence item: plain when YAML reads it back the same, quoted otherwise. */
function yamlItem(pattern: string): string {
  return /^[\w:.\-/]+$/.test(pattern) ? pattern : JSON.stringify(pattern);
}

/**
 * Adds `patterns` to the article-level `errors` of a Markdown file's YAML front
 * matter, touching nothing else: an existing `errors: [a]` becomes `[a, b]`, a
 * block list gets a `- b` line in its own indentation, and a missing key is
 * appended as `errors: [b]`. Patterns already listed are not repeated. Returns
 * the new text, or a reason when the front matter is not YAML it can edit.
 */
export function addErrorPatterns(source: string, patterns: readonly string[]): { text: string; added: string[] } | { skipped: string } {
  if (/^\+\+\+/.test(source) || /^\s*\{/.test(source)) {
    return { skipped: 'its front matter is TOML or JSON; add the line by hand' };
  }
  const fence = YAML_FENCE.exec(source);
  if (!fence) {
    const items = [...new Set(patterns)];
    return { text: `---\nerrors: [${items.map(yamlItem).join(', ')}]\n---\n${source}`, added: items };
  }
  const yaml = fence[1]!;
  const offset = fence.index + fence[0].indexOf(yaml);
  const document = parseDocument(yaml, { keepSourceTokens: true });
  if (document.errors.length > 0) return { skipped: `its front matter does not parse (${document.errors[0]!.message.split('\n')[0]})` };
  const contents = document.contents;
  if (contents !== null && !isMap(contents)) return { skipped: 'its front matter is not a mapping' };
  const pair = contents?.items.find((item) => isScalar(item.key) && item.key.value === 'errors');
  const existing = new Set<string>();
  const value = pair?.value;
  if (isSeq(value)) {
    for (const item of value.items) if (isScalar(item)) existing.add(String(item.value));
  } else if (isScalar(value) && value.value !== null) {
    return { skipped: '"errors" is not a list' };
  }
  const added = [...new Set(patterns)].filter((pattern) => !existing.has(pattern));
  if (added.length === 0) return { text: source, added: [] };

  const insertAt = (at: number, text: string) => source.slice(0, offset + at) + text + source.slice(offset + at);
  if (isSeq(value) && value.range) {
    const [start, end] = value.range;
    if (value.flow) {
      const close = yaml.lastIndexOf(']', end);
      const separator = value.items.length > 0 ? ', ' : '';
      return { text: insertAt(close, separator + added.map(yamlItem).join(', ')), added };
    }
    const lineStart = yaml.lastIndexOf('\n', start) + 1;
    const indent = yaml.slice(lineStart, start);
    const last = value.items[value.items.length - 1];
    const lastEnd = last && (isScalar(last) || isMap(last) || isSeq(last)) && last.range ? last.range[1] : end;
    const lineEnd = yaml.indexOf('\n', lastEnd);
    const at = lineEnd === -1 ? yaml.length : lineEnd;
    return { text: insertAt(at, added.map((pattern) => `\n${indent}- ${yamlItem(pattern)}`).join('')), added };
  }
  const line = `errors: [${added.map(yamlItem).join(', ')}]`;
  if (pair) {
    // `errors:` with nothing after it: put the list on the same line.
    const keyEnd = (pair.key as { range?: [number, number, number] }).range?.[1] ?? 0;
    const colon = yaml.indexOf(':', keyEnd);
    const lineEnd = yaml.indexOf('\n', colon);
    const end = lineEnd === -1 ? yaml.length : lineEnd;
    return { text: source.slice(0, offset + colon + 1) + ` [${added.map(yamlItem).join(', ')}]` + source.slice(offset + end), added };
  }
  const trimmed = yaml.replace(/\s+$/, '');
  return { text: insertAt(trimmed.length, `${trimmed === '' ? '' : '\n'}${line}`), added };
}

/** Writes each file's suggestions into its front matter (atomically, file by file). */
export async function writePatterns(contentDir: string, suggestions: readonly SuggestedPattern[]): Promise<PatternWrite[]> {
  const byFile = new Map<string, string[]>();
  for (const suggestion of suggestions) {
    if (!suggestion.file) continue;
    byFile.set(suggestion.file, [...(byFile.get(suggestion.file) ?? []), suggestion.pattern]);
  }
  const results: PatternWrite[] = [];
  for (const [file, patterns] of byFile) {
    const path = join(contentDir, ...file.split('/'));
    let source: string;
    try {
      source = await readFile(path, 'utf8');
    } catch (cause) {
      results.push({ file, added: [], skipped: `could not read it (${cause instanceof Error ? cause.message : String(cause)})` });
      continue;
    }
    const result = addErrorPatterns(source, patterns);
    if ('skipped' in result) {
      results.push({ file, added: [], skipped: result.skipped });
      continue;
    }
    if (result.added.length > 0) {
      const temporary = `${path}.${process.pid}.tmp`;
      await writeFile(temporary, result.text, 'utf8');
      await rename(temporary, path);
    }
    results.push({ file, added: result.added });
  }
  return results;
}
