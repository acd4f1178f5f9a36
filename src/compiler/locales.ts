import { canonicalLocale } from './front-matter';
import { contentHash } from './split-index';

/** The locale of a help center that declares none in its root `_index.md`. */
export const DEFAULT_LOCALE = 'en';

/** A locale folder's name as the content layout writes it: `en`, `de`, `pt-BR`, `zh-Hant`, `es-419`. */
export const LOCALE_FOLDER = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|[0-9]{3}))?$/;

/** A name that reads as a tag whatever its case or separator (`pt-br`, `EN`, `pt_BR`): a locale folder named loosely. */
const LOOSE_LOCALE_FOLDER = /^[a-z]{2,3}(?:[-_][a-z]{4})?(?:[-_](?:[a-z]{2}|[0-9]{3}))?$/i;

let languageNames: Intl.DisplayNames | null | undefined;

/**
 * Whether the tag's language is one the runtime can name. This keeps ordinary folders whose names happen to
 * fit the tag pattern (`api`, `faq`, `kb`, `ios`, `web`) from being read as languages.
 */
function isKnownLanguage(tag: string): boolean {
  if (languageNames === undefined) {
    try {
      languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
    } catch {
      languageNames = null;
    }
  }
  if (languageNames === null) return true;
  const language = tag.split('-')[0] ?? tag;
  try {
    return languageNames.of(language) !== undefined;
  } catch {
    return false;
  }
}

/** Folder names that are language codes too (ISO 639-2/3) but in a content tree nearly always mean the English word. */
const FOLDER_WORDS = new Set(['bin', 'new', 'pro', 'src']);

/**
 * What a top-level folder's name says: the locale it holds (canonical tag) and whether it is written
 * canonically; undefined for an ordinary folder. A loosely written name counts only when it differs from its
 * tag by case or separator (`pt-br`, `EN`, `pt_BR`), not when the tag is another code (`src` is not Sardinian).
 */
export function localeOfFolder(name: string): { tag: string; canonical: boolean } | undefined {
  if (!LOOSE_LOCALE_FOLDER.test(name) || FOLDER_WORDS.has(name.toLowerCase())) return undefined;
  const tag = canonicalLocale(name);
  if (tag === undefined || tag.toLowerCase() !== name.replace(/_/g, '-').toLowerCase() || !isKnownLanguage(tag)) return undefined;
  return { tag, canonical: tag === name && LOCALE_FOLDER.test(name) };
}

/**
 * The locales an article missing in `tag` is taken from, nearest first, ending with the default:
 * `pt-BR` → `pt` (when the help center has it) → `en`; `zh-Hant-TW` → `zh-Hant` → `zh` → `en`.
 */
export function fallbackChain(tag: string, locales: ReadonlySet<string>, defaultLocale: string): string[] {
  const chain: string[] = [];
  const parts = tag.split('-');
  for (let length = parts.length - 1; length >= 1; length--) {
    const shorter = parts.slice(0, length).join('-');
    if (shorter !== defaultLocale && locales.has(shorter)) chain.push(shorter);
  }
  if (tag !== defaultLocale) chain.push(defaultLocale);
  return chain;
}

/**
 * The hash a translation records of its source (`sourceHash`): the split index's 8-hex-digit `contentHash`
 * of the source file's text, without a byte-order mark and with `\n` line ends, so a checkout that turns
 * line ends into `\r\n` does not make every translation stale.
 */
export function sourceTextHash(text: string): string {
  return contentHash((text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n'));
}
