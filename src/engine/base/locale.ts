/**
 * Choosing among a help center's languages: the same rules for content (which
 * locale's index to open) and for the panel's labels (which pack to use).
 */

// `Intl` answers these slowly (its first `Intl.Locale` loads locale data), and the panel asks on every
// render: each answer is kept, for a few dozen tags.
const MAX_REMEMBERED = 64;
function remembered<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  if (cache.has(key)) return cache.get(key)!;
  const value = compute();
  if (cache.size >= MAX_REMEMBERED) cache.delete(cache.keys().next().value!);
  cache.set(key, value);
  return value;
}
const canonical = new Map<string, string | undefined>();
const likely = new Map<string, [script?: string, region?: string]>();

/** A tag in its canonical case (`pt-br` → `pt-BR`), or undefined for something that is not a language tag. */
export function canonicalLocale(tag: unknown): string | undefined {
  if (typeof tag !== 'string' || tag.trim() === '') return undefined;
  return remembered(canonical, tag, () => {
    try {
      return Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0];
    } catch {
      return undefined;
    }
  });
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
 * The script and region a tag implies by CLDR's likely subtags (`zh-TW` → `Hant`, `TW`; `zh` → `Hans`, `CN`;
 * `sr-ME` → `Latn`, `ME`), as far as `Intl.Locale` knows them; neither for a language it does not know, or where
 * there is no `Intl.Locale`.
 */
function likelySubtags(tag: string): [script?: string, region?: string] {
  return remembered(likely, tag, () => {
    try {
      const full = new Intl.Locale(tag).maximize();
      return [full.script, full.region];
    } catch {
      return [];
    }
  });
}

/**
 * The locale to use among `available` for a user who asked for `requested`:
 * the tag itself, then each shorter tag (`pt-BR` → `pt`), then another
 * region of the same language, the request's likely region first (`pt` →
 * `pt-BR` before `pt-PT`), then `fallback`. Matching is case-insensitive; the
 * answer is spelt as in `available`.
 *
 * A tag written in another script than the request's is not a match, even of the same language:
 * `zh-TW`, `zh-HK` and `zh-Hant` (Traditional Chinese) never get `zh-Hans` or a bare `zh` (Simplified, by its
 * likely subtags), and `zh`, `zh-CN` and `zh-SG` never get `zh-Hant` or `zh-TW`; they get `fallback`.
 * Why the fallback rather than the other script: CLDR, which ICU's and the `Intl.LocaleMatcher` proposal's
 * matchers follow, gives a script change the distance it calls no match (50, where another region of the same
 * language is 4 or 5), and keeps the two Chinese scripts apart in inheritance too (`zh_Hant`'s parent is `root`,
 * not `zh`); a reader of one script is not served text in the other unasked, in the panel's labels or in
 * its content. Serbian is the exception CLDR makes (Cyrillic and Latin are 5 apart): its readers get the other
 * script when theirs is missing. A language whose script `Intl` does not know matches by its tags alone.
 */
export function pickLocale(available: readonly string[], requested: unknown, fallback: string): string {
  const byKey = new Map<string, string>();
  for (const tag of available) if (typeof tag === 'string') byKey.set((canonicalLocale(tag) ?? tag).toLowerCase(), tag);
  const chain = localeChain(requested);
  const language = chain.at(-1)?.toLowerCase();
  if (!language) return fallback;
  const [script, region] = likelySubtags(chain[0]!);
  const sameScript = (key: string) => {
    const other = likelySubtags(key)[0];
    return !script || !other || other === script;
  };
  for (const tag of chain) {
    const found = byKey.get(tag.toLowerCase());
    if (found !== undefined && sameScript(tag)) return found;
  }
  // Another tag of the language in the reader's script (for Serbian, preferably in it), the likely region first.
  let best: string | undefined;
  let bestRank = -1;
  for (const [key, tag] of byKey) {
    if (key.split('-')[0] !== language) continue;
    const readable = sameScript(key);
    if (!readable && language !== 'sr') continue;
    const rank = (readable ? 2 : 0) + (region && likelySubtags(key)[1] === region ? 1 : 0);
    if (rank > bestRank) [best, bestRank] = [tag, rank];
  }
  return best ?? fallback;
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
