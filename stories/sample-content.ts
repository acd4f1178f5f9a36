/**
 * The two sample help centers, compiled from content/ at build time by the
 * help-panel Vite plugin (see .storybook/main.ts). One module so that tests
 * can swap it for a fixture without the plugin.
 */
import ochreModule from 'virtual:help-panel/ochre';
import oxvoModule from 'virtual:help-panel/oxvo';
import type { HelpIndex } from '../src/schema/help-index';

// Storybook's plugin writes the whole index into the module (`output: 'inline'`): stories
// build awkward cases from it (a damaged copy, one symptom), which needs every record at hand.
export const ochre = ochreModule as HelpIndex;
export const oxvo = oxvoModule as HelpIndex;
