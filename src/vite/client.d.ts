// Types for the modules the `help-panel/vite` plugin serves. Consumers add
// `/// <reference types="help-panel/client" />` to a `.d.ts` file of their app
// (or `"types": ["help-panel/client"]` in tsconfig.json), the same way
// `vite/client` is referenced.

/** The index of the first (or only) help center given to `helpPanel({ content })`. */
declare module 'virtual:help-panel' {
  const index: import('../schema/help-index').HelpIndex;
  export default index;
}

/** The index of one help center by id: `virtual:help-panel/ochre`. */
declare module 'virtual:help-panel/*' {
  const index: import('../schema/help-index').HelpIndex;
  export default index;
}
