// Types for the modules the `help-panel/vite` plugin serves. Consumers add
// `/// <reference types="help-panel/client" />` to a `.d.ts` file of their app
// (or `"types": ["help-panel/client"]` in tsconfig.json), the same way
// `vite/client` is referenced.

/**
 * The first (or only) help center given to `helpPanel({ content })`: with the
 * default `output: 'split'`, a small module that names the manifest
 * (`HelpIndexReference`); with `output: 'inline'`, the whole `HelpIndex`.
 * Either goes to `<HelpProvider index={index}>` as it is.
 */
declare module 'virtual:help-panel' {
  const index: import('../schema/help-index').HelpIndexReference | import('../schema/help-index').HelpIndex;
  export default index;
}

/** One help center by id: `virtual:help-panel/ochre`. */
declare module 'virtual:help-panel/*' {
  const index: import('../schema/help-index').HelpIndexReference | import('../schema/help-index').HelpIndex;
  export default index;
}
