/** Longer routes are cut: no real pathname is this long, and matching stays cheap. */
const MAX_ROUTE = 2048;

/**
 * The pathname part of whatever the app calls its route, ready to match:
 * `/settings/storage/?tab=1#top` → `/settings/storage`.
 *
 * - query, hash and trailing slashes are dropped, repeated slashes collapse;
 * - a full URL (`https://app.example.com/inbox/42`) keeps only its path;
 * - a hash-router URL (`/#/settings/storage`) uses the path after `#`;
 * - anything that is not a non-empty string gives `null` (no route evidence).
 */
export function normalizeRoute(route: unknown): string | null {
  if (typeof route !== 'string') return null;
  let text = route.length > MAX_ROUTE ? route.slice(0, MAX_ROUTE) : route;
  text = text.trim();
  if (text === '') return null;
  const scheme = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(text);
  if (scheme) text = text.slice(scheme[0].length);
  const hashAt = text.indexOf('#');
  if (hashAt !== -1) {
    const beforeHash = text.slice(0, hashAt).split('?', 1)[0] ?? '';
    const hash = text.slice(hashAt + 1);
    // Hash routers keep the app's path after `#/`; an ordinary anchor is just dropped.
    text = (beforeHash === '' || beforeHash === '/') && hash.startsWith('/') ? hash : beforeHash;
  }
  text = text.split('?', 1)[0] ?? '';
  text = text.replace(/\/{2,}/g, '/');
  if (!text.startsWith('/')) text = `/${text}`;
  if (text.length > 1) text = text.replace(/\/+$/, '');
  return text === '' ? '/' : text;
}
