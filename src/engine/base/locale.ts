/**
 * Choosing among a help center's languages: the same rules for content (which
 * locale's index to open) and for the panel's labels (which pack to use).
 */

/** A tag in its canonical case (`pt-br` → `pt-BR`), or undefined for something that is not a language tag. */
export function canonicalLocale(tag: unknown): string | undefined {
  if (typeof tag !== 'string' || tag.trim() === '') return undefined;
  try {
    return Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}

/** A tag and the shorter tags it falls back to, most specific first: `zh-Hant-TW` → `zh-Hant-TW`, `zh-Hant`, `zh`. */
export function localeChain(tag: unknown): string[] {
  const canonical = canonicalLocale(tag);
  if (!canonical) return [];
  const parts = canonical.split('-');
  // Extensions and private use (`-u-co-phonebk`, `-x-…`) say nothing about which content to show.
  const singleton = parts.findIndex((part) => part.length === 1);
  const kept = singleton === -1 ? parts : parts.slice(0, singleton);
  return kept.map((_, i) => kept.slice(0, kept.length - i).join('-'));
}

/**
 * The locale to use among `available` for a user who asked for `requested`:
 * the tag itself, then each shorter tag (`pt-BR` → `pt`), then another
 * region of the same language (`pt` → `pt-BR`), then `fallback`. Matching is
 * case-insensitive; the answer is spelt as in `available`.
 */
export function pickLocale(available: readonly string[], requested: unknown, fallback: string): string {
  const byKey = new Map<string, string>();
  for (const tag of available) if (typeof tag === 'string') byKey.set((canonicalLocale(tag) ?? tag).toLowerCase(), tag);
  const chain = localeChain(requested);
  for (const tag of chain) {
    const found = byKey.get(tag.toLowerCase());
    if (found !== undefined) return found;
  }
  const language = chain.at(-1)?.toLowerCase();
  if (language) {
    for (const [key, tag] of byKey) if (key.split('-')[0] === language) return tag;
  }
  return fallback;
}

/** Whether two tags name the same language (`pt-BR` and `pt` do; `en` and `de` do not). Unknown tags never do. */
export function sameLanguage(a: unknown, b: unknown): boolean {
  const first = localeChain(a).at(-1);
  return first !== undefined && first === localeChain(b).at(-1);
}

/** Languages written right to left, and the scripts that are. */
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg']);

/** The direction a locale's text runs in: `rtl` for Arabic, Hebrew, Persian, Urdu and the like (or an RTL script), else `ltr`. */
export function textDirection(tag: unknown): 'ltr' | 'rtl' {
  const canonical = canonicalLocale(tag);
  if (!canonical) return 'ltr';
  const [language, second] = canonical.split('-');
  if (second && second.length === 4) return RTL_SCRIPTS.has(second) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(language!.toLowerCase()) ? 'rtl' : 'ltr';
}
