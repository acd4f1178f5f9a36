import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { buildApiReference, DOCUMENTED_ENTRIES } from '../scripts/api-reference';

/** The module the API reference pages import: `import modules from 'virtual:api-reference'`. */
export const API_REFERENCE_MODULE = 'virtual:api-reference';
const resolved = `\0${API_REFERENCE_MODULE}`;

/**
 * Serves the API reference, read from the TSDoc of the package's entries when the docs are
 * built, so the tables are the source's own words. In `npm run docs` an edit under src/
 * rebuilds it.
 */
export function apiReference(root: string): Plugin {
  const src = resolve(root, 'src');
  return {
    name: 'help-panel-docs:api-reference',
    resolveId: (id) => (id === API_REFERENCE_MODULE ? resolved : undefined),
    load(id) {
      if (id !== resolved) return undefined;
      return `export default ${JSON.stringify(buildApiReference(DOCUMENTED_ENTRIES, root))};`;
    },
    handleHotUpdate({ file, server, modules }) {
      if (!file.startsWith(src) || !/\.tsx?$/.test(file)) return undefined;
      const module = server.moduleGraph.getModuleById(resolved);
      if (!module) return undefined;
      server.moduleGraph.invalidateModule(module);
      return [...modules, module];
    },
  };
}
