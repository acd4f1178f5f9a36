import type { HelpIndexReference } from '../../schema/help-index';

// A split index's manifest (and an error's early file and chunks), fetched before its loader has
// come: the panel's shell starts them the moment help is near, beside the chunks of code, and the
// loader takes each response over instead of fetching it a second time. Only for the global fetch;
// a host's own `fetch` or loader is left alone.

/** The name of the manifest in a folder the CLI wrote (`help-panel build --out-dir`). */
export const MANIFEST_FILE = 'manifest.json';

/**
 * What the loader reads of a response: its status and its text, the text already read, so that taking
 * it over costs no task (a `Response`'s body is read in tasks, which queue behind the drawer's renders).
 */
export interface EarlyResponse {
  ok: boolean;
  status: number;
  text(): Promise<string>;
}

const early = new Map<string, Promise<EarlyResponse>>();
const MAX_EARLY = 16;
/** The files the loader has asked for: fetched by it already, so a head start now would fetch them twice. */
const claimed = new Set<string>();

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

/**
 * Starts fetching a file of a split index unless it is on its way already: the manifest (revalidated, as
 * the loader would fetch it) or, with `immutable`, a file named by its content. Never throws.
 */
export function fetchEarly(url: string, immutable = false): Promise<EarlyResponse> | undefined {
  try {
    if (typeof fetch !== 'function' || claimed.has(url)) return undefined;
    let pending = early.get(url);
    if (!pending) {
      // Responses the loader never asks for (a chunk a guess named) are let go, the oldest first.
      if (early.size >= MAX_EARLY) early.delete(early.keys().next().value!);
      // Read whole as it arrives, while the page's main thread is still free: the loader, when it comes, takes
      // a body already in memory instead of reading it then, between the drawer's first renders.
      pending = (immutable ? fetch(url) : fetch(url, { cache: 'no-cache' })).then(async (response) => {
        const body = await response.text();
        return { ok: response.ok, status: response.status, text: () => Promise.resolve(body) };
      });
      pending.catch(() => {});
      early.set(url, pending);
    }
    return pending;
  } catch {
    // A fetch that throws at once (a bad URL): the loader will say what is wrong.
    return undefined;
  }
}

/** The early response for `url`, once: the loader takes it, and a later load (a reopen after a deploy) fetches anew. */
export function takeEarly(url: string): Promise<EarlyResponse> | undefined {
  claimed.add(url);
  const pending = early.get(url);
  early.delete(url);
  return pending;
}
