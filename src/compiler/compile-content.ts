import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, posix, resolve, sep } from 'node:path';
import type { Diagnostic } from '../schema/diagnostic';
import type { HelpCenterInfo, HelpIndex } from '../schema/help-index';
import { buildIndex } from './build-index';
import { extractArticle, type ExtractedArticle } from './extract-symptoms';
import { createHelpCenterState, parseFile } from './parse';
import { blocksText, collapseWhitespace } from './plain-text';
import { createReporter } from './reporter';
import { resolveLinks } from './resolve-links';
import { slugify } from './slugify';
import { toBody } from './to-body';
import { validate } from './validate';

export interface CompileOptions {
  /** Help-center id and title; default id = the directory's base name, title from `_index.md` front matter if present, else the id. */
  helpCenter?: Partial<HelpCenterInfo>;
  /** Names of the host's diagnostics; when given, a check bound to any other name is an 'unknown-diagnostic' warning (a failure with --strict): the host may register diagnostics the content does not know yet, but a typo should not pass CI. */
  knownDiagnostics?: readonly string[];
}

export interface CompileResult {
  /** The index, always complete: what a diagnostic left out (a bad pattern, a duplicate article) is simply absent. */
  index: HelpIndex;
  /** Every problem found, in file order; empty when the content is clean. Use `hasErrors` to decide whether to ship. */
  diagnostics: Diagnostic[];
  /** Paths (as in diagnostics) of the articles left out because their front matter says `draft: true`. */
  drafts: string[];
}

/** Files larger than this are refused: no help article comes close, and parsing time grows with size. */
export const MAX_FILE_CHARACTERS = 2_000_000;

/** The file at the content root that describes the help center itself rather than an article. */
const HELP_CENTER_FILE = /^_index\.mdx?$/i;

/**
 * Reads every `*.md` and `*.mdx` under `dir` (recursively, sorted, skipping `node_modules`
 * and dot folders) and compiles it. Never throws on bad content: unreadable
 * files and a missing directory are diagnostics too.
 */
export async function compileContent(dir: string, options: CompileOptions = {}): Promise<CompileResult> {
  const diagnostics: Diagnostic[] = [];
  const root = resolve(dir);
  const shown = toPosix(dir).replace(/\/+$/, '') || '.';
  const sources: { path: string; text: string }[] = [];
  try {
    const info = await stat(root);
    if (!info.isDirectory()) throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
    for (const path of await listMarkdown(root, '')) {
      try {
        sources.push({ path, text: await readFile(join(root, ...path.split('/')), 'utf8') });
      } catch (cause) {
        createReporter(posix.join(shown, path), diagnostics).error(
          'unreadable-file',
          `could not read this file (${describeError(cause)}); check its permissions.`,
          undefined,
        );
      }
    }
  } catch (cause) {
    createReporter(shown, diagnostics).error(
      'unreadable-file',
      `the content directory "${dir}" could not be read (${describeError(cause)}); pass a folder of Markdown files.`,
      undefined,
    );
  }
  const result = compileSources(sources, { ...options, root: shown, helpCenter: { id: slugify(basename(root), 'help'), ...options.helpCenter } });
  return { index: result.index, diagnostics: [...diagnostics, ...result.diagnostics], drafts: result.drafts };
}

/**
 * Same as {@link compileContent} from in-memory sources (paths relative to the
 * content root, `/` separators) — used by the Vite plugin, tests and benchmarks.
 * `root` is prefixed to paths in diagnostics so they read as the user would type them.
 */
export function compileSources(
  sources: readonly { path: string; text: string }[],
  options: CompileOptions & { root?: string } = {},
): CompileResult {
  const diagnostics: Diagnostic[] = [];
  const display = (path: string) => (options.root && options.root !== '.' ? posix.join(options.root, path) : path);
  const sorted = sources
    .map((source) => ({ path: toPosix(source.path).replace(/^\.\//, ''), text: source.text }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  const hash = createHash('sha256');
  for (const { path, text } of sorted) {
    // Length-prefixed, so ("ab", "c") and ("a", "bc") hash differently.
    hash.update(`${path.length}:${path}${text.length}:`).update(text);
  }

  const defaultId = options.helpCenter?.id ?? (options.root ? slugify(basename(options.root), 'help') : 'help');
  const helpCenter: HelpCenterInfo = { id: defaultId, title: options.helpCenter?.title ?? defaultId };
  const articles: ExtractedArticle[] = [];
  const drafts: string[] = [];
  const state = createHelpCenterState();
  for (const source of sorted) {
    const reporter = createReporter(display(source.path), diagnostics);
    if (source.text.length > MAX_FILE_CHARACTERS) {
      reporter.error(
        'unreadable-file',
        `this file has ${source.text.length} characters, more than the ${MAX_FILE_CHARACTERS} a help article may have; split it into several articles.`,
        undefined,
      );
      continue;
    }
    const parsed = parseFile(source, reporter, state);
    if (HELP_CENTER_FILE.test(source.path)) {
      const { frontMatter } = parsed;
      if (options.helpCenter?.title === undefined && frontMatter.title) helpCenter.title = frontMatter.title;
      const summary = frontMatter.summary ?? firstParagraph(parsed.tree, reporter);
      if (options.helpCenter?.summary !== undefined) helpCenter.summary = options.helpCenter.summary;
      else if (summary) helpCenter.summary = summary;
      continue;
    }
    if (parsed.frontMatter.draft) {
      drafts.push(display(source.path));
      continue;
    }
    articles.push(extractArticle(parsed, parsed.frontMatter.id ?? defaultArticleId(source.path)));
  }

  const kept = validate(articles, options.knownDiagnostics ? { knownDiagnostics: options.knownDiagnostics } : {});
  const links = resolveLinks(kept);
  const index = buildIndex({ helpCenter, hash: hash.digest('hex'), articles: kept, links });
  return { index, diagnostics, drafts };
}

/** The file's slug, or its folder's for `index.md` / `_index.md` / `README.md` in a subfolder. */
function defaultArticleId(path: string): string {
  const parts = path.split('/');
  const name = (parts[parts.length - 1] ?? '').replace(/\.mdx?$/i, '');
  const folder = parts[parts.length - 2];
  const stem = folder !== undefined && /^(?:_?index|readme)$/i.test(name) ? folder : name;
  return slugify(stem, 'article');
}

function firstParagraph(tree: ReturnType<typeof parseFile>['tree'], reporter: ReturnType<typeof createReporter>): string | undefined {
  const block = toBody(tree, reporter).entries.find(({ block }) => block.type === 'paragraph')?.block;
  return block ? collapseWhitespace(blocksText([block])) || undefined : undefined;
}

async function listMarkdown(root: string, prefix: string): Promise<string[]> {
  const entries = await readdir(prefix === '' ? root : join(root, ...prefix.split('/')), { withFileTypes: true });
  const names = entries.map((entry) => entry.name).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const files: string[] = [];
  for (const name of names) {
    const entry = entries.find((candidate) => candidate.name === name);
    if (entry === undefined) continue;
    const path = prefix === '' ? name : `${prefix}/${name}`;
    // Symbolic links to folders are not followed, so a link cycle cannot loop forever.
    if (entry.isDirectory()) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      files.push(...(await listMarkdown(root, path)));
    } else if ((entry.isFile() || entry.isSymbolicLink()) && /\.mdx?$/i.test(name)) files.push(path);
  }
  return files;
}

function toPosix(path: string): string {
  return sep === '\\' ? path.split(sep).join('/') : path;
}

function describeError(cause: unknown): string {
  if (cause && typeof cause === 'object' && 'code' in cause && typeof (cause as { code: unknown }).code === 'string') {
    const code = (cause as { code: string }).code;
    return code === 'ENOENT' ? 'it does not exist' : code === 'EACCES' ? 'permission denied' : code === 'ENOTDIR' ? 'it is not a folder' : code;
  }
  return cause instanceof Error ? cause.message : String(cause);
}
