// Types for the modules the `help-panel/vite` plugin serves. Consumers add
// `/// <reference types="help-panel/client" />` to a `.d.ts` file of their app
// (or `"types": ["help-panel/client"]` in tsconfig.json), the same way
// `vite/client` is referenced.

/**
 * The first (or only) help center given to `helpPanel({ content })`: with the
 * default `output: 'split'`, a small module that names the manifest (each
 * locale's, for a help center with locale folders: `HelpIndexReference`);
 * with `output: 'inline'`, the whole `HelpIndex` (a `HelpIndexSet` of them
 * for several locales). Any of them goes to `<HelpProvider index={index}>` as it is.
 */
declare module 'virtual:help-panel' {
  const index:
    | import('../schema/help-index').HelpIndexReference
    | import('../schema/help-index').HelpIndex
    | import('../schema/help-index').HelpIndexSet;
  export default index;
}

/** One help center by id: `virtual:help-panel/ochre`. */
declare module 'virtual:help-panel/*' {
  const index:
    | import('../schema/help-index').HelpIndexReference
    | import('../schema/help-index').HelpIndex
    | import('../schema/help-index').HelpIndexSet;
  export default index;
}
