import type { HelpIndexSource, LazyHelpEngine } from '../engine/split/index-loader';
import type { MatchContext } from '../engine/types';
import { pickLocale } from '../engine/base/locale';
import { fetchManifestEarly, manifestUrlOf } from '../engine/split/early-fetch';
import type { HelpIndexReference } from '../schema/help-index';

// Opening a split index, shared by the shell (which starts it the moment help is near, beside the
// runtime's and the drawer's chunks) and the runtime (which reads what it opened): one open per
// source, so neither fetches a file twice.

/** Whether `value` is the Vite plugin's module for a split index (kept here so the loader itself can stay lazy). */
export function isIndexReference(value: unknown): value is HelpIndexReference {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'reference' && typeof (value as { manifest?: unknown }).manifest === 'string';
}

/** The plugin's module of a help center in several languages, with the manifest for `requested` picked (else as it is). */
export function referenceForLocale(reference: HelpIndexReference, requested: string | undefined): HelpIndexReference {
  const locales = reference.locales;
  if (typeof locales !== 'object' || locales === null) return reference;
  const available = Object.keys(locales).filter((tag) => typeof locales[tag] === 'string');
  if (available.length === 0) return reference;
  const picked = pickLocale(available, requested, reference.defaultLocale ?? '');
  return { ...reference, manifest: locales[picked] ?? reference.manifest };
}

/** One open per source (StrictMode runs effects twice; several providers may share a source). A failure is forgotten. */
const opening = new Map<unknown, Promise<LazyHelpEngine>>();

/** What identifies a source: a URL and the locale its manifest.json picks, a module by its manifest's URL, a loader by itself. */
function sourceKey(source: HelpIndexSource, locale: string | undefined): unknown {
  if (source instanceof URL || typeof source === 'string') return `${String(source)}\n${locale ?? ''}`;
  if (isIndexReference(source)) return `reference\n${source.manifest}`;
  return source;
}

/** Opens a split index once: the loader is its own chunk, so a page whose panel never needs the index never downloads it. */
export function openSplitIndex(source: HelpIndexSource, locale: string | undefined): Promise<LazyHelpEngine> {
  const key = sourceKey(source, locale);
  let pending = opening.get(key);
  if (!pending) {
    pending = import('../engine/split/index-loader').then(({ openHelpIndex }) => openHelpIndex(source, { locale }));
    opening.set(key, pending);
    pending.catch(() => opening.delete(key));
  }
  return pending;
}

/**
 * Starts what opening on the best match will need, without React and without waiting: the
 * manifest, the match files the route and error reach, and the best match's article chunk, while
 * the runtime's and drawer's chunks download beside them. Nothing for a whole index (it is
 * already there). Never throws; a failure shows when the runtime asks for the same file.
 */
export function prefetchSplitContent(input: unknown, requestedLocale: string | undefined, context: MatchContext): void {
  try {
    const source = isIndexReference(input) ? referenceForLocale(input, requestedLocale) : typeof input === 'string' ? input : null;
    if (source === null) return;
    const locale = typeof source === 'string' ? requestedLocale : undefined;
    // The manifest beside the loader's code, not after it: one round trip fewer before the first match.
    if (!opening.has(sourceKey(source, locale))) fetchManifestEarly(manifestUrlOf(source));
    openSplitIndex(source, locale)
      .then(async (engine) => {
        await engine.lazy.prepareMatch(context);
        const best = engine.match(context).find((match) => match.related !== 'weak');
        if (best) await engine.lazy.load(best.symptom.id);
      })
      .catch(() => {});
  } catch {
    // Prefetching is a nicety: nothing it does may break the host.
  }
}
