// The module .storybook/api-reference-plugin.ts serves: the package's exports with their TSDoc.
declare module 'virtual:api-reference' {
  const modules: import('../../scripts/api-reference').ApiModule[];
  export default modules;
}
