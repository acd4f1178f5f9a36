import type { HelpIndex } from '../schema/help-index';

/**
 * The code of a virtual module. `JSON.parse` of a string literal is faster for
 * engines to load than the same data as an object literal, and keeps the
 * index plain data.
 *
 * The module does not accept its own hot updates: a new index propagates to
 * the modules that import it, so a React component importing it re-renders
 * through Fast Refresh with its state (open panel, current symptom) intact.
 */
export function renderIndexModule(index: HelpIndex): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(index))});\n`;
}
