import type { HelpLocalePack } from './labels';
import { lazyChunk, prefetchChunk, type LazyChunk } from './lazy-chunk';

// The panel past its shell comes in two chunks, fetched side by side: the runtime (the index,
// matching, labels, progress, events) and the drawer (Radix Dialog and the screens). The drawer
// re-exports the runtime, so whatever both use travels in the runtime's chunk, and opening waits
// for one round trip rather than a chain of them.

/** Everything `HelpProvider` does once help is near: the index, matching, labels, storage, events. */
export const runtimeChunk = lazyChunk(() => import('./help-runtime'));
/** The drawer: Radix Dialog with its focus, scroll and dismiss layers, the header and the screens. */
export const drawerChunk = lazyChunk(() => import('./drawer'));

/** The label packs the package ships, each its own chunk, loaded for a user whose locale picks it. */
const packImporters: Record<string, () => Promise<{ default: HelpLocalePack }>> = {
  ar: () => import('../locales/ar'),
  de: () => import('../locales/de'),
  es: () => import('../locales/es'),
  fr: () => import('../locales/fr'),
  it: () => import('../locales/it'),
  ja: () => import('../locales/ja'),
  ko: () => import('../locales/ko'),
  nl: () => import('../locales/nl'),
  pl: () => import('../locales/pl'),
  'pt-BR': () => import('../locales/pt-BR'),
  tr: () => import('../locales/tr'),
  'zh-Hans': () => import('../locales/zh-Hans'),
};

const packs = new Map<string, LazyChunk<HelpLocalePack>>();

/** The chunk of the shipped pack for `tag` (one of `SHIPPED_PACKS`), or undefined for English and unknown tags. */
export function packChunk(tag: string): LazyChunk<HelpLocalePack> | undefined {
  const importer = packImporters[tag];
  if (!importer) return undefined;
  let chunk = packs.get(tag);
  if (!chunk) {
    chunk = lazyChunk(() => importer().then((module) => module.default));
    packs.set(tag, chunk);
  }
  return chunk;
}

/**
 * Loads the panel past its shell: the runtime and the drawer. The panel prefetches them when
 * the browser is idle after the page's load, on an error, on a hand near the trigger and on the
 * shortcut's first key. Call it yourself before rendering an open panel on the server, or before
 * hydrating one, so that the first render already has them. A failed load is forgotten, so the
 * next call tries again.
 */
export function preloadHelpPanel(): Promise<void> {
  return Promise.all([runtimeChunk.load(), drawerChunk.load()]).then(() => undefined);
}

/** What opening needs, fetched without waiting: the runtime, the drawer and the user's label pack. */
export function prefetchShell(packTag: string | undefined): void {
  prefetchChunk(runtimeChunk);
  prefetchChunk(drawerChunk);
  const pack = packTag === undefined ? undefined : packChunk(packTag);
  if (pack) prefetchChunk(pack);
}
