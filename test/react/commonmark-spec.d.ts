/** The `commonmark-spec` package: the spec's text and its examples (CommonJS, no types of its own). */
declare module 'commonmark-spec' {
  const spec: {
    text: string;
    tests: { markdown: string; html: string; section: string; number: number }[];
  };
  export default spec;
}
