/**
 * Whether a URL from content may become an `href` or `src`. The compiler only
 * emits http(s) and mailto links, but an index can come from anywhere, so the
 * renderer checks again: `javascript:` and friends never reach the DOM.
 */
export function isSafeUrl(url: string, kind: 'link' | 'image'): boolean {
  // Browsers drop tabs, newlines and controls inside URLs, so `java\tscript:` is `javascript:`.
  const compact = url.replace(/[\u0000-\u0020\u007f]+/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
  if (scheme === undefined) return !compact.includes(':') || compact.indexOf(':') > compact.search(/[/?#]/);
  if (kind === 'link') return scheme === 'http' || scheme === 'https' || scheme === 'mailto';
  return scheme === 'http' || scheme === 'https';
}
