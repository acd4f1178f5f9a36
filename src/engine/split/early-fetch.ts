import type { HelpIndexReference } from '../../schema/help-index';

// A split index's manifest, fetched before its loader has come: the panel's shell starts it the
// moment help is near, beside the chunks of code, and the loader takes the response over instead
// of fetching it a second time. Only for the global fetch; a host's own `fetch` or loader is left alone.

/** The name of the manifest in a folder the CLI wrote (`help-panel build --out-dir`). */
export const MANIFEST_FILE = 'manifest.json';

const early = new Map<string, Promise<Response>>();

/** Where relative URLs resolve: the page in a browser; nothing on a server. */
export function baseOf(): string | undefined {
  return typeof document !== 'undefined' ? document.baseURI : typeof location !== 'undefined' ? location.href : undefined;
}

/** The absolute URL of a split index's manifest: the plugin module's, a manifest's URL as given, or `manifest.json` in a folder's. */
export function manifestUrlOf(source: string | URL | Pick<HelpIndexReference, 'manifest'>): string {
  let url: string;
  if (typeof source === 'object' && !(source instanceof URL)) url = source.manifest;
  else {
    const text = String(source);
    url = /\.json([?#].*)?$/.test(text) ? text : `${text.endsWith('/') ? text : `${text}/`}${MANIFEST_FILE}`;
  }
  const base = baseOf();
  return base ? new URL(url, base).href : url;
}

/** Starts fetching a manifest (revalidated, as the loader would) unless it is on its way already. Never throws. */
export function fetchManifestEarly(url: string): void {
  try {
    if (early.has(url) || typeof fetch !== 'function') return;
    const pending = fetch(url, { cache: 'no-cache' });
    pending.catch(() => {});
    early.set(url, pending);
  } catch {
    // A fetch that throws at once (a bad URL): the loader will say what is wrong.
  }
}

/** The early response for `url`, once: the loader takes it, and a later load (a reopen after a deploy) fetches anew. */
export function takeEarlyManifest(url: string): Promise<Response> | undefined {
  const pending = early.get(url);
  early.delete(url);
  return pending;
}
