import { compileSources } from '../src/compiler/compile-content';

/** The whole compiler on in-memory files (parse, extract, resolve, validate, build the index and its search data). */
export function compileMarkdown(files: { path: string; text: string }[]): unknown {
  return compileSources(files, { helpCenter: { id: 'bench', title: 'Bench' } });
}
