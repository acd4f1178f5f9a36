import { useMemo, useSyncExternalStore } from 'react';
import { canonicalLocale, pickLocale } from '../engine/base';
import type { HelpIndex, HelpIndexReference, HelpIndexSet } from '../schema/help-index';

/** The page's language: `<html lang>`, else the browser's; none on a server. */
function pageLocale(): string | undefined {
  if (typeof document === 'undefined') return undefined;
  return canonicalLocale(document.documentElement.lang) ?? (typeof navigator !== 'undefined' ? canonicalLocale(navigator.language) : undefined);
}

function subscribeToPageLocale(onChange: () => void): () => void {
  if (typeof MutationObserver === 'undefined' || typeof document === 'undefined') return () => {};
  // Apps that switch language often do it by setting `<html lang>`: follow it.
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  window.addEventListener('languagechange', onChange);
  return () => {
    observer.disconnect();
    window.removeEventListener('languagechange', onChange);
  };
}

const serverLocale = () => undefined;

/**
 * The locale the user asked for: the `locale` prop, else the page's. On the
 * server (and while hydrating) the page's is unknown, so the default locale
 * renders first, as it did on the server.
 */
export function useRequestedLocale(prop: string | undefined): string | undefined {
  const page = useSyncExternalStore(subscribeToPageLocale, pageLocale, serverLocale);
  return canonicalLocale(prop) ?? page;
}

/** A help center in several languages as one file (`help-panel build --out` of a folder with locale folders). */
export function isIndexSet(value: unknown): value is HelpIndexSet {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'locales' && typeof (value as { locales?: unknown }).locales === 'object';
}

/**
 * What to open for the requested locale: one locale's index out of a set,
 * one locale's manifest out of the plugin's module. Anything else (one
 * language, an engine, a URL) is what it was; a URL's `manifest.json` picks
 * its locale when it is read.
 */
export function useLocaleContent(input: unknown, requested: string | undefined): unknown {
  const set = isIndexSet(input) && typeof input.locales === 'object' && input.locales !== null ? input : null;
  const reference = !set && isLocalizedReference(input) ? input : null;
  const available = set ? Object.keys(set.locales) : reference ? Object.keys(reference.locales).filter((tag) => typeof reference.locales[tag] === 'string') : [];
  const fallback = set?.defaultLocale ?? reference?.defaultLocale ?? '';
  const picked = available.length > 0 ? pickLocale(available, requested, fallback) : '';
  return useMemo(() => {
    // A set without the index it names is read as it is, so the panel shows its error and `onError` hears why.
    if (set) return (set.locales[picked] ?? set.locales[set.defaultLocale] ?? set) as HelpIndex | HelpIndexSet;
    if (reference) return { ...reference, manifest: reference.locales[picked] ?? reference.manifest };
    return input;
  }, [set, reference, picked, input]);
}

function isLocalizedReference(value: unknown): value is HelpIndexReference & { locales: Record<string, string>; defaultLocale: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { kind?: unknown }).kind === 'reference' &&
    typeof (value as { locales?: unknown }).locales === 'object' &&
    (value as { locales?: unknown }).locales !== null
  );
}
