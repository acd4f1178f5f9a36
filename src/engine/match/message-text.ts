/**
 * How an error message is compared with a message an author wrote (a
 * `message:` pattern or an error table's `message`), beyond the plain
 * case-insensitive "anywhere in it" that written patterns always had:
 *
 * - case, the quotes and punctuation around the whole text, whitespace, and
 *   the punctuation between words do not count (`"Email not confirmed."`);
 * - a leading error class name does not count (`AuthApiError: …`, `TypeError: …`);
 * - values that vary inside an otherwise fixed message match any value of
 *   their kind where the author's message has one too: a quoted value
 *   (`Bucket "avatars" not found` matches `Bucket "logos" not found`), a number
 *   (`limit of 100` matches `limit of 250`), an id (`cus_81HJk2`, a UUID, an
 *   e-mail address, a URL, a host name), and the placeholders docs write
 *   (`{name}`, `<id>`, `%s`);
 * - every other word must be there, whole and in order, with no word between.
 *
 * A number right after `error`, `code`, `status`, `http` or `errno` names the
 * error (`exit code 137`, `Error 1016`) and stays fixed.
 *
 * Works on words, never on a regular expression built from content, so a long
 * or hostile message costs time in proportion to its length.
 */

/** A word of a message, or a value in it. `text` is lower case. */
export interface MessageToken {
  kind: 'word' | 'number' | 'id' | 'quoted';
  text: string;
}

/** One piece of an author's message: a word that must be there, a value that varies, or `*` (anything). */
interface Piece {
  kind: 'word' | 'number' | 'id' | 'quoted' | 'any';
  text: string;
  /** Where it starts in the lower-cased text it was read from. */
  at: number;
}

/** How closely a message matched: higher is more specific. Always below 25, the step of one more table facet. */
export type MessageScore = number;

/** Words longer than this count once for specificity: the bonus stays under a table facet's step. */
const MAX_WORD_BONUS = 10;
/** The whole message is the author's, word for word (class name and outer quotes aside). */
const EXACT_BONUS = 6;
/** Every value that may vary has the author's own value (`"objects"` where the author wrote `"objects"`). */
const SAME_VALUES_BONUS = 4;
/** Messages are capped at 1,000 characters by `normalizeError`; a pattern longer than that says nothing more. */
const MAX_TEXT = 2000;

const CODE_WORDS = new Set(['error', 'code', 'status', 'http', 'errno']);

// A URL; a quoted value (its opening quote not inside a word, its closing one not followed by one);
// a placeholder (`{name}`, `<id>`, `%s`, `*`); a number in groups of three (`10,485,760`); a word, joined across
// `_ - . : / @ + '` (`cus_81HJ`, `can't`, `a@b.io`).
const TOKEN =
  /(https?:\/\/[^\s"'`<>]+)|(?<![\p{L}\p{N}])(?:"([^"\n]{1,200})"|'([^'\n]{1,200})'|`([^`\n]{1,200})`|“([^”\n]{1,200})”|‘([^’\n]{1,200})’|«([^»\n]{1,200})»)(?![\p{L}\p{N}])|(\{[^{}\n]{1,40}\}|<[^<>\n]{1,60}>|%[sd](?![\p{L}\p{N}])|\*)|(\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\p{L}\p{N}])|[\p{L}\p{N}]+(?:[_\-.:/@+'’][\p{L}\p{N}]+)*)/gu;

/** `AuthApiError: `, `TypeError: `, `Error: ` at the start. */
const CLASS_PREFIX = /^\s*(?:[\p{L}\p{N}_$.]*(?:Error|Exception)|error)\s*:\s*/iu;
const OUTER_QUOTES: Record<string, string> = { '"': '"', "'": "'", '`': '`', '“': '”', '‘': '’', '«': '»' };
const TRAILING = new Set([' ', '\t', '\n', '\r', '.', ',', ';', ':', '!', '?', '…']);

/** Without trailing spaces and punctuation (a loop: a regular expression would retry every run of them). */
function trimEnd(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING.has(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** Without the class name, outer quotes and trailing punctuation, repeatedly (`"AuthApiError: Email not confirmed."`). */
export function plainMessage(text: string): string {
  let out = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  for (let round = 0; round < 4; round++) {
    const before = out;
    out = trimEnd(out.trim()).replace(CLASS_PREFIX, '');
    const close = OUTER_QUOTES[out[0] ?? ''];
    if (close !== undefined && out.length > 1 && out.endsWith(close)) out = out.slice(1, -1);
    if (out === before) break;
  }
  return out;
}

const isNumber = (text: string) => /^\d+(?:[.,]\d+)*$/.test(text);

/** A clock time (`9:30`, `10:00:05`) or a duration as Go and most logs print it (`5m0s`, `1h0m0s`, `250ms`, `1.5s`). */
const TIME_OR_DURATION = /^(?:\d{1,2}:\d{2}(?::\d{2})?|(?:\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h|d))+)$/u;

/** Ids vary from one error to the next: they hold a digit (`cus_81HJk2`, `5m0s`, a UUID), an `@`, or two dots (a host). */
function isId(text: string): boolean {
  if (TIME_OR_DURATION.test(text) && !/^\d+$/.test(text)) return true;
  if (text.length < 5 && !text.includes('@')) return false;
  return /\d/.test(text) || text.includes('@') || /[\p{L}\p{N}]\.[\p{L}\p{N}]+\./u.test(text);
}

function wordKind(text: string): MessageToken['kind'] {
  return isNumber(text) ? 'number' : isId(text) ? 'id' : 'word';
}

/** The words and values of a message (for the author's side, `asPattern`: with placeholders). */
function scan(text: string, asPattern: boolean): Piece[] {
  const out: Piece[] = [];
  for (const found of text.toLowerCase().matchAll(TOKEN)) {
    if (out.length >= 400) break;
    const [, url, q1, q2, q3, q4, q5, q6, placeholder, word] = found;
    const quoted = q1 ?? q2 ?? q3 ?? q4 ?? q5 ?? q6;
    const at = found.index ?? 0;
    if (url !== undefined) out.push({ kind: 'id', text: trimEnd(url).replace(/[)\]]+$/, ''), at });
    else if (quoted !== undefined) out.push({ kind: 'quoted', text: quoted.trim(), at });
    else if (placeholder !== undefined) {
      // `{name}` stands for any one value, as a quoted one does.
      if (asPattern) out.push(placeholder === '*' ? { kind: 'any', text: '*', at } : { kind: 'quoted', text: '', at });
      // In a message, `<jane@example.com>` or `{…}` is just what it holds.
      else if (placeholder.length > 2) out.push(...scan(placeholder.slice(1, -1), false));
    } else if (word !== undefined) out.push({ kind: wordKind(word), text: word, at });
  }
  return out;
}

/** An author's message as pieces; a number after `error` or `code` names the error, so it is a word that must be there. */
function patternPieces(plain: string): Piece[] {
  const pieces = scan(plain, true);
  pieces.forEach((piece, i) => {
    if (piece.kind === 'number' && CODE_WORDS.has(pieces[i - 1]?.text ?? '')) piece.kind = 'word';
  });
  return pieces;
}

/** The tokens of a message as it is compared: class name and outer quotes left out. */
export function messageTokens(message: string): MessageToken[] {
  return scan(plainMessage(message), false).map(({ kind, text }) => ({ kind, text }) as MessageToken);
}

/** One message's tokens, kept while every pattern of one `match` call reads them. */
let memo: { message: string; tokens: MessageToken[] } | undefined;
function tokensOf(message: string): MessageToken[] {
  if (memo?.message !== message) memo = { message, tokens: messageTokens(message) };
  return memo.tokens;
}

/** Whether one piece of the author's message takes this token, and whether it is the author's own value. */
function takes(piece: Piece, token: MessageToken): { same: boolean } | null {
  switch (piece.kind) {
    case 'word':
      // A word the app happened to quote (`column "email" does not exist`) is still that word.
      return token.text === piece.text ? { same: true } : null;
    case 'number':
      return token.kind === 'number' ? { same: token.text === piece.text } : null;
    case 'id':
      return token.kind === 'id' || token.kind === 'number' ? { same: token.text === piece.text } : null;
    case 'quoted':
      // The value, quoted as the author quoted it or with its quotes lost on the way.
      return { same: token.text === piece.text };
    default:
      return null;
  }
}

/**
 * Compiles an author's message. Returns `null` when it has no word to
 * anchor on (only values and `*`): such a message is compared as written only.
 * The function it returns gives `null` for no match, or how specific the
 * match is ({@link MessageScore}).
 */
export function compileMessageText(text: string): ((message: string) => MessageScore | null) | null {
  const pieces = patternPieces(plainMessage(text));
  const words = pieces.filter((piece) => piece.kind === 'word').length;
  if (words === 0) return null;
  // Runs between `*`s, each found whole and in order.
  const runs: Piece[][] = [[]];
  for (const piece of pieces) {
    if (piece.kind === 'any') runs.push([]);
    else runs[runs.length - 1]!.push(piece);
  }
  const segments = runs.filter((run) => run.length > 0);
  const whole = runs.length === 1;
  return (message) => {
    if (typeof message !== 'string' || message === '') return null;
    const tokens = tokensOf(message);
    let cursor = 0;
    let first = -1;
    let same = true;
    for (const segment of segments) {
      let found = -1;
      for (let start = cursor; start + segment.length <= tokens.length && found < 0; start++) {
        let sameHere = true;
        let i = 0;
        for (; i < segment.length; i++) {
          const taken = takes(segment[i]!, tokens[start + i]!);
          if (taken === null) break;
          if (!taken.same) sameHere = false;
        }
        if (i === segment.length) {
          found = start;
          same &&= sameHere;
        }
      }
      if (found < 0) return null;
      if (first < 0) first = found;
      cursor = found + segment.length;
    }
    const exact = whole && first === 0 && cursor === tokens.length;
    return Math.min(MAX_WORD_BONUS, words) + (exact ? EXACT_BONUS : 0) + (same ? SAME_VALUES_BONUS : 0);
  };
}

/** A split index's key for a word: its first three letters (see `match-keys.ts`). */
const KEY_WORD = /^[a-z0-9]{3}/;

/**
 * The word a message pattern is filed under in a split index, as the first
 * three letters of its longest fixed word that starts after a space or
 * punctuation inside the pattern (so that both the plain comparison, which
 * may begin mid-word, and this one find it at the start of a word of the
 * message). `undefined` when there is none: the pattern is filed under `m`.
 */
export function messageKeyWord(text: string): string | undefined {
  const plain = plainMessage(text);
  const lower = plain.toLowerCase();
  let best: string | undefined;
  for (const piece of patternPieces(plain)) {
    if (piece.kind !== 'word' || piece.at === 0 || !KEY_WORD.test(piece.text)) continue;
    // After a space or punctuation, never after `*` (which may be anything) or a joining character.
    if (!/[\s"'`“”‘’«»()[\]{},;!?<>=|]/u.test(lower[piece.at - 1] ?? '')) continue;
    if (best === undefined || piece.text.length > best.length) best = piece.text;
  }
  return best?.slice(0, 3);
}

/** The keys an error message asks for: the first three letters of every word in it that starts after a non-letter. */
export function messageKeyWords(message: string): string[] {
  const out = new Set<string>();
  const lower = (message.length > MAX_TEXT ? message.slice(0, MAX_TEXT) : message).toLowerCase();
  for (const found of lower.matchAll(/(?<![\p{L}\p{N}])[a-z0-9]{3}/gu)) out.add(found[0]);
  return [...out];
}
