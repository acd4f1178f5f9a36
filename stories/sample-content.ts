/**
 * The two sample help centers, compiled from content/ at build time by the
 * help-panel Vite plugin (see .storybook/main.ts). One module so that tests
 * can swap it for a fixture without the plugin.
 */
import ochre from 'virtual:help-panel/ochre';
import oxvo from 'virtual:help-panel/oxvo';

export { ochre, oxvo };
