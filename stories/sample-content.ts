/**
 * The two sample help centers, compiled from content/ at build time by the
 * help-panel Vite plugin (see .storybook/main.ts). One module so that tests
 * can swap it for a fixture without the plugin.
 */
import ochreModule from 'virtual:help-panel/ochre';
import oxvoModule from 'virtual:help-panel/oxvo';
import type { HelpIndex, HelpIndexSet } from '../src/schema/help-index';

// Storybook's plugin writes the whole index into the module (`output: 'inline'`): stories
// build awkward cases from it (a damaged copy, one symptom), which needs every record at hand.
// Both help centers have locale folders, so the module is a set of indexes by locale.
const inDefaultLocale = (module: HelpIndex | HelpIndexSet): HelpIndex =>
  'kind' in module && module.kind === 'locales' ? module.locales[module.defaultLocale]! : (module as HelpIndex);

export const ochre = inDefaultLocale(ochreModule as HelpIndex | HelpIndexSet);
export const oxvo = inDefaultLocale(oxvoModule as HelpIndex | HelpIndexSet);
/** Every locale of each (English, German, Japanese; Ochre only partly translated). */
export const ochreLocales = ochreModule as HelpIndexSet;
export const oxvoLocales = oxvoModule as HelpIndexSet;
