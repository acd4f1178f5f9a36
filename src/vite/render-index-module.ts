import { HOT_INDEX_EVENT } from '../schema/hot-index';
import { HELP_INDEX_FORMAT, HELP_MANIFEST_VERSION, type HelpIndex, type HelpIndexReference, type HelpIndexSet } from '../schema/help-index';

/**
 * The code of a virtual module. `JSON.parse` of a string literal is faster for
 * engines to load than the same data as an object literal, and keeps the
 * index plain data.
 *
 * In development the module accepts its own hot updates and hands the new
 * index to `HelpProvider` with a window event, naming the index it replaces.
 * An update therefore never propagates to the importer: importing the index
 * from `main.tsx` (no Fast Refresh boundary) still updates the open panel in
 * place instead of reloading the page. Production builds drop the block.
 */
export function renderIndexModule(index: HelpIndex | HelpIndexSet): string {
  return `const index = JSON.parse(${JSON.stringify(JSON.stringify(index))});
export default index;
${HOT_BLOCK}`;
}

/** What a help center in several languages adds to its module: each locale's manifest URL (JavaScript expressions). */
export interface ReferenceLocales {
  defaultLocale: string;
  /** Per tag, a JavaScript expression for that locale's manifest URL. */
  urls: Record<string, string>;
}

/**
 * The module of a split index: a few hundred bytes that name the manifest,
 * whatever the content's size. `manifestUrl` is a JavaScript expression
 * (a string literal, or Rollup's URL of an emitted asset). In several
 * languages it names each locale's manifest too, and the panel fetches only
 * the one it shows. `early` gives each manifest's early files (by locale tag,
 * `''` for one language), so that the shell can fetch an error's file at once.
 */
export function renderReferenceModule(index: HelpIndex, manifestUrl: string, locales?: ReferenceLocales, early: HelpIndexReference['early'] = {}): string {
  const reference = {
    format: HELP_INDEX_FORMAT,
    version: HELP_MANIFEST_VERSION,
    kind: 'reference',
    helpCenter: { id: index.helpCenter.id },
    // The default locale's build, as events name it before a manifest is in (and after, in that locale).
    hash: index.hash,
    ...(locales ? { defaultLocale: locales.defaultLocale } : {}),
    ...(Object.keys(early).length > 0 ? { early } : {}),
  };
  const named = locales ? `, locales: { ${Object.entries(locales.urls).map(([tag, url]) => `${JSON.stringify(tag)}: ${url}`).join(', ')} }` : '';
  return `const index = { ...${JSON.stringify(reference)}, manifest: ${manifestUrl}${named} };
export default index;
${HOT_BLOCK}`;
}

const HOT_BLOCK = `if (import.meta.hot) {
  import.meta.hot.accept((next) => {
    if (next && typeof window !== 'undefined') {
      window.dispatchEvent(new CustomEvent(${JSON.stringify(HOT_INDEX_EVENT)}, { detail: { previous: index, next: next.default } }));
    }
  });
}
`;
