import type { HelpIndexSource, LazyHelpEngine } from '../engine/split/index-loader';
import type { MatchContext } from '../engine/types';
import { pickLocale } from '../engine/base/locale';
import { fetchEarly, manifestUrlOf } from '../engine/split/early-fetch';
import { earlyBucket, earlyFileName, isEarlyFiles, plainErrorCode } from '../engine/split/early-files';
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
  const early = reference.early?.[picked];
  return { ...reference, manifest: locales[picked] ?? reference.manifest, early: early ? { '': early } : {} };
}

const CHUNK_NAME = /^c\d+\.[0-9a-f]{8}$/;

/**
 * An error's head start: the early file its code names (see early-files.ts), fetched beside the
 * manifest. It carries the checklist of the code's first symptom; the chunk it names for the code
 * (the next symptom's, when another claims it) starts as soon as it is in, before the loader has
 * matched anything. The loader takes the responses over. Nothing without a plain code or a build
 * without early files.
 */
function prefetchEarlyFiles(reference: HelpIndexReference, error: unknown): void {
  const early = reference.early?.[''];
  const code = plainErrorCode(error);
  if (!isEarlyFiles(early) || code === undefined) return;
  const base = manifestUrlOf(reference);
  fetchEarly(new URL(earlyFileName(earlyBucket(code, early.buckets), early.tag), base).href, true)
    ?.then(async (response) => (response.ok ? (JSON.parse(await response.text()) as { codes?: Record<string, unknown> } | null) : null))
    .then((file) => {
      const chunks = file?.codes?.[code];
      if (!Array.isArray(chunks)) return;
      for (const name of chunks) if (typeof name === 'string' && CHUNK_NAME.test(name)) fetchEarly(new URL(`${name}.json`, base).href, true);
    })
    .catch(() => {});
}

/** One open per source (StrictMode runs effects twice; several providers may share a source). A failure is forgotten. */
const opening = new Map<unknown, Promise<LazyHelpEngine>>();
/** The engines open so far, by source: their loader fetches what an error needs, and a panel mounting now starts with one. */
const opened = new Map<unknown, LazyHelpEngine>();

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
    pending.then(
      (engine) => opened.set(key, engine),
      () => opening.delete(key),
    );
  }
  return pending;
}

/** The engine {@link openSplitIndex} has opened for this source, once it has. */
export function openedSplitIndex(source: HelpIndexSource, locale: string | undefined): LazyHelpEngine | undefined {
  const key = sourceKey(source, locale);
  // Only while that open is the current one (a failed one is forgotten, a retry opens anew).
  return opening.has(key) ? opened.get(key) : undefined;
}

/** The last few contexts whose chain {@link prefetchSplitContent} started, per source: an open, an error and StrictMode each ask again. */
const chains = new Map<unknown, { route: unknown; error: unknown }[]>();

/**
 * Starts what opening on the best match will need, without React and without waiting: the
 * manifest, the match files the route and error reach, and the best match's article chunk (unless
 * an early file gave its checklist), while the runtime's and drawer's chunks download beside them. Nothing for a whole index (it is
 * already there). Never throws; a failure shows when the runtime asks for the same file.
 */
export function prefetchSplitContent(input: unknown, requestedLocale: string | undefined, context: MatchContext): void {
  try {
    const source = isIndexReference(input) ? referenceForLocale(input, requestedLocale) : typeof input === 'string' ? input : null;
    if (source === null) return;
    const locale = typeof source === 'string' ? requestedLocale : undefined;
    // The manifest beside the loader's code, not after it: one round trip fewer before the first match;
    // and an error's early file beside both.
    const key = sourceKey(source, locale);
    if (!opening.has(key)) fetchEarly(manifestUrlOf(source));
    // Until the loader runs: once it has, it fetches what the error needs itself.
    if (typeof source !== 'string' && !opened.has(key)) prefetchEarlyFiles(source, context?.error);
    const started = opening.has(key) ? (chains.get(key) ?? []) : [];
    if (started.some((chain) => Object.is(chain.route, context?.route) && Object.is(chain.error, context?.error))) return;
    chains.set(key, [{ route: context?.route, error: context?.error }, ...started.slice(0, 3)]);
    openSplitIndex(source, locale)
      .then(async (engine) => {
        await engine.lazy.prepareMatch(context);
        const best = engine.match(context).find((match) => match.related !== 'weak');
        // A checklist its early file gave shows without the chunk: that one waits for the runtime, off the code's network.
        if (best && !engine.symptom(best.symptom.id)) await engine.lazy.load(best.symptom.id);
      })
      .catch(() => {});
  } catch {
    // Prefetching is a nicety: nothing it does may break the host.
  }
}
