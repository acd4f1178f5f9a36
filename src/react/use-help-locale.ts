import { useMemo } from 'react';
import { pickLocale } from '../engine/base/index';
import type { HelpIndex, HelpIndexReference, HelpIndexSet } from '../schema/help-index';

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
