/**
 * Content diagnostics: every mistake the compiler finds is data with a stable
 * code and a position, never a thrown string.
 */

/** Stable, kebab-case codes. Tools may key on them; never rename one. */
export type DiagnosticCode =
  | 'invalid-yaml'
  | 'invalid-front-matter'
  | 'unknown-front-matter-key'
  | 'duplicate-id'
  | 'broken-link'
  | 'symptom-without-checks'
  | 'empty-article'
  | 'invalid-route-pattern'
  | 'invalid-error-pattern'
  | 'unknown-diagnostic'
  | 'unknown-symptom'
  | 'unknown-check'
  | 'raw-html'
  | 'unreadable-file'
  /** A link or image whose address may not be used (javascript:, data:, protocol-relative …); kept as text. */
  | 'unsafe-url'
  /** A relative link that is neither a `.md` file nor an article of this help center; kept as text. */
  | 'unresolved-link'
  /** A Hugo/Jekyll shortcode (`{{< figure … >}}`), replaced by its text or dropped. */
  | 'shortcode'
  /** Lists, quotes or emphasis nested too deep; the deeper part is kept as plain text. */
  | 'deep-nesting'
  /** Front matter between `+++` (or TOML between `---`) that is not valid TOML. */
  | 'invalid-toml'
  /** An MDX `import`, `export` or `{expression}`: dropped, never executed. */
  | 'mdx-dropped'
  /** An MDX component or directive the panel does not know: its Markdown children are kept (reported once per name). */
  | 'unknown-component'
  /** A file that is not valid MDX: it was read as plain Markdown instead. */
  | 'invalid-mdx'
  /** A translated article (a file in a locale folder) that translates no article of the default locale; left out. */
  | 'orphan-translation'
  /** Articles of the default locale not translated into a locale yet, one summary per locale (level `info`). */
  | 'missing-translations'
  /** A translation whose `sourceHash` is not the hash of its source's current text: the source changed since. */
  | 'stale-translation'
  /** A translation whose symptoms or checks do not line up with its source's, or whose id mapping names nothing. */
  | 'translation-structure'
  /** A locale folder (or `locale:`) written in a non-canonical form, such as `pt-br` for `pt-BR`. */
  | 'non-canonical-locale'
  /** Two locale folders for the same locale (`pt-BR` and `pt-br`); the second is left out. */
  | 'duplicate-locale';

/**
 * `error`: the index would be wrong, the build fails. `warning`: worth fixing, fails only with `--strict`.
 * `info`: a fact about the content (such as articles not translated yet); never fails a build, even with `--strict`.
 */
export type DiagnosticLevel = 'error' | 'warning' | 'info';

export interface Diagnostic {
  code: DiagnosticCode;
  level: DiagnosticLevel;
  /** Says what is wrong, quotes the bad value, and says how to fix it. */
  message: string;
  /** Path as given to the compiler (relative to the working directory when possible). */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

/**
 * `path:line:column: level: message [code]`, the form editors and CI annotate. A diagnostic about a whole
 * folder (its `file` ends with `/`, such as a locale folder's summary) has no line: `path/: level: message [code]`.
 */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const { file, line, column, level, message, code } = diagnostic;
  const where = file.endsWith('/') ? file : `${file}:${line}:${column}`;
  return `${where}: ${level}: ${message} [${code}]`;
}
