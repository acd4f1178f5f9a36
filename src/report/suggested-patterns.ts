import { parseErrorPattern } from '../engine/match/index';

/** The facts of an error as an `error-seen` event carries them. */
export interface ErrorFacts {
  code?: string;
  status?: number;
  name?: string;
  message?: string;
}

/** A front-matter line that would have opened an article directly, and how often it would have. */
export interface SuggestedPattern {
  /** The article the sessions ended up solving their problem with. */
  articleId: string;
  /** The error pattern, as an author writes it: `code:STRIPE_NOT_CONNECTED`, `message:Quota * exceeded`. */
  pattern: string;
  /** Sessions in which the error was followed by "helpful: yes" on the article or every check of one of its symptoms ticked. */
  count: number;
  /** The line to add to the article's front matter, e.g. `errors: [code:STRIPE_NOT_CONNECTED]`. */
  frontMatter: string;
  /** The article's file, relative to the content directory. */
  file?: string;
}

/** Parts of a message that change from one occurrence to the next: ids, numbers, quoted values, addresses. */
const VARIABLE_PARTS = [
  /"[^"]*"|'[^']*'|`[^`]*`/g, // quoted values
  /\b[\w.+-]+@[\w-]+\.[\w.-]+\b/g, // e-mail addresses
  /\bhttps?:\/\/\S+/g, // URLs
  /\b[0-9a-f]{8,}\b/gi, // hashes and hex ids
  /\b[A-Za-z]+_[A-Za-z0-9]*\d[A-Za-z0-9]*\b/g, // prefixed ids such as cus_81, wh_204
  /\d+(?:[.,:]\d+)*/g, // numbers, times, versions
];

/**
 * A message glob for `message`: its variable parts become `*`, so the pattern
 * matches the next occurrence too (`Invoice 4411 not found` → `Invoice * not found`).
 */
export function messageGlob(message: string): string {
  let glob = message.trim().replace(/\s+/g, ' ');
  for (const part of VARIABLE_PARTS) glob = glob.replace(part, '*');
  glob = glob.replace(/\*(?:\s*\*)+/g, '*');
  // Long messages: the first words say what happened; the rest is detail.
  if (glob.length > 80) glob = `${glob.slice(0, 80).replace(/\s+\S*$/, '')}*`;
  return glob;
}

/**
 * The most specific pattern that names the error: its code (`code:X`), else a
 * glob of its message, else its name, else its status. `null` when it has
 * nothing a pattern could name. Every pattern returned parses with the
 * compiler's own grammar.
 */
export function suggestPattern(error: ErrorFacts): string | null {
  const candidates: string[] = [];
  if (error.code && !/\s/.test(error.code)) candidates.push(`code:${error.code}`);
  if (error.message) {
    const glob = messageGlob(error.message);
    if (glob.replace(/\*/g, '').trim().length >= 3) candidates.push(`message:${glob}`);
  }
  if (error.name && /^[A-Za-z_$][\w$]*$/.test(error.name) && error.name !== 'Error') candidates.push(`name:${error.name}`);
  if (error.status !== undefined && error.status >= 100 && error.status <= 599) candidates.push(String(error.status));
  for (const candidate of candidates) {
    if (!('error' in parseErrorPattern(candidate))) return candidate;
  }
  return null;
}

/** The front-matter line an author adds: `errors: [code:X]`, quoted where YAML needs it. */
export function frontMatterLine(pattern: string): string {
  const plain = /^[\w:.\-/]+$/.test(pattern);
  return `errors: [${plain ? pattern : JSON.stringify(pattern)}]`;
}
