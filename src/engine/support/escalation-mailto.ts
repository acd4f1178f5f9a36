import type { EscalationPayload } from './escalation';
import { formatEscalationSummary } from './escalation-summary';

/**
 * Mail clients and browsers cut or refuse long `mailto:` URLs (some around
 * 2000 characters), so the body is shortened to fit and says so.
 */
export const DEFAULT_MAILTO_MAX_LENGTH = 1900;

export interface EscalationMailtoOptions {
  /** Longest URL produced. Default {@link DEFAULT_MAILTO_MAX_LENGTH}. */
  maxLength?: number;
  /** Subject line. Default: "Help request: <symptom or article title>". */
  subject?: string;
  /** Appended when the body had to be cut. */
  truncatedNote?: string;
}

/** A plain address: no spaces, no characters that would end the `mailto:` address part. */
const ADDRESS = /^[^\s@?&#,;<>"]+@[^\s@?&#,;<>"]+$/;

/**
 * A `mailto:` URL with the summary as its body, or `null` when
 * `supportEmail` is not a plain email address. Subject and body are
 * percent-encoded (lines end in CRLF as RFC 6068 asks) and the whole URL
 * stays within `maxLength`.
 */
export function escalationMailto(
  payload: EscalationPayload,
  supportEmail: string,
  options: EscalationMailtoOptions = {},
): string | null {
  const address = typeof supportEmail === 'string' ? supportEmail.trim() : '';
  if (!ADDRESS.test(address)) return null;
  const maxLength = options.maxLength ?? DEFAULT_MAILTO_MAX_LENGTH;
  const topic = payload.symptom?.title ?? payload.article?.title;
  const subject = wellFormed(options.subject ?? (topic ? `Help request: ${topic}` : 'Help request')).slice(0, 150);
  const note = options.truncatedNote ?? '[…] (shortened to fit an email link; ask the user for the full summary)';
  const head = `mailto:${encodeURIComponent(address).replace(/%40/g, '@')}?subject=${encode(subject)}&body=`;
  const body = wellFormed(formatEscalationSummary(payload));

  const full = encode(body);
  if (head.length + full.length <= maxLength) return head + full;
  const suffix = encode(`\n${note}`);
  const room = maxLength - head.length - suffix.length;
  if (room <= 0) return head.slice(0, -'&body='.length);
  // The longest prefix of the body whose encoding fits: binary search, as
  // encoded lengths grow unevenly with non-ASCII text.
  let low = 0;
  let high = body.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (encode(cut(body, mid)).length <= room) low = mid;
    else high = mid - 1;
  }
  return head + encode(cut(body, low)) + suffix;
}

function encode(text: string): string {
  return encodeURIComponent(text.replace(/\r\n|\r|\n/g, '\r\n'));
}

/** Cuts at `end` without leaving half a surrogate pair (encodeURIComponent throws on one). */
function cut(text: string, end: number): string {
  const code = text.charCodeAt(end - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? end - 1 : end);
}

/** Replaces lone surrogates, which `encodeURIComponent` rejects with a URIError. */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}
