import { realpathSync } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { compileContent, type CompileResult } from './compiler/index';
import { localeOfFolder, sourceTextHash } from './compiler/locales';
import { failsBuild } from './compiler/reporter';
import { splitIndex } from './compiler/split-index';
import { setSourceHash } from './compiler/stamp';
import { writeFileAtomically, writeLocalesSplitIndex, writeSplitIndex } from './compiler/write-split-index';
import { MANIFEST_FILE } from './engine/split/index';
import { formatDiagnostic, type Diagnostic } from './schema/diagnostic';

/** Where the command writes; tests pass their own to run it in-process. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Asks a yes/no question (`report --write-patterns`); without it, or without a terminal, the answer is no. */
  confirm?(question: string): Promise<boolean>;
}

const processIO: CliIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  confirm: async (question) => {
    if (!process.stdin.isTTY) return false;
    const { createInterface } = await import('node:readline/promises');
    const prompt = createInterface({ input: process.stdin, output: process.stderr });
    try {
      return /^y(es)?$/i.test((await prompt.question(`${question}[y/N] `)).trim());
    } finally {
      prompt.close();
    }
  },
};

/** Exit statuses: 0 success, 1 content errors (or warnings with --strict) or a failed write, 2 wrong usage. */
const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;

const MAIN_HELP = `Usage: help-panel <command> [options]

Compile Markdown help articles into a help-panel index.

Commands:
  build <dir> --out <file>   Compile <dir> and write the index JSON to <file>
  build <dir> --out-dir <d>  Compile <dir> and write the split index (manifest, chunks, shards) into <d>
  check <dir>                Compile <dir> and report problems without writing
  stamp <file…>              Record in each translation the hash of its source (sourceHash)
  stamp <dir> --all          Stamp every translation of the help center in <dir>
  report <dir> --events <f>  What the panel's events teach: funnel, gaps, coverage
  import <kind> <file…> --out <dir>
                             Turn a Zendesk, Intercom or Help Scout export (or HTML pages) into content

Run "help-panel <command> --help" for the options of a command,
"help-panel --version" for the version.
`;

const BUILD_HELP = `Usage: help-panel build <dir> (--out <file> | --out-dir <dir>) [options]

Compiles every *.md under <dir> and writes the index: as one JSON file with
--out (small help centers, tests, Node), or split with --out-dir into a
manifest.json, article chunks and search shards that the panel loads when
it needs them (host it on any static server or CDN; every file but
manifest.json is named by its content hash and can be cached forever).

A help center with locale folders (de/, pt-BR/, …) compiles into one index
per locale: --out writes them all in one JSON file (a HelpIndexSet), and
--out-dir writes each locale's split index into <d>/<tag>/ and a root
manifest.json that names them.

Writing is atomic: on any error nothing is written and the previous output
is left as it was. With --out-dir the previous build's files stay (a page
loaded before the deploy can still fetch them) and older ones are removed.

Options:
  --out <file>                  Write the whole index to one JSON file
  --out-dir <dir>               Write the split index into a folder
  --strict                      Fail on warnings too
  --known-diagnostics <a,b,…>   The host's diagnostic names; a check bound to another name is a warning
  --pretty                      Indent the JSON for reading
  -h, --help                    Show this help
`;

const CHECK_HELP = `Usage: help-panel check <dir> [options]

Compiles every *.md under <dir> and reports problems as
path:line:column: level: message. Exits 1 on errors (and on warnings with --strict);
info lines (such as articles not translated yet) never fail.

Options:
  --format <text|json>          Output format (default: text)
  --strict                      Fail on warnings too
  --known-diagnostics <a,b,…>   The host's diagnostic names; a check bound to another name is a warning
  -h, --help                    Show this help
`;

const STAMP_HELP = `Usage: help-panel stamp <file…> | help-panel stamp <dir> --all

Records in each translation's front matter the hash of its source's text as
it is now (sourceHash: "1a2b3c4d"), changing no other byte of the file. Run
it after bringing a translation up to date: the compiler then stops calling
it stale, until its source changes again.

A translation is a file in a locale folder (content/help/de/x.md) that
translates an article of the default locale. A file that is not one is an
error; the other files are still stamped.

Options:
  --all                         Stamp every translation of the help center <dir>
  -h, --help                    Show this help
`;

const COMMANDS = ['build', 'check', 'stamp', 'report', 'import'] as const;
const FORMATS = ['text', 'json'] as const;

const BUILD_OPTIONS = {
  out: { type: 'string' },
  'out-dir': { type: 'string' },
  strict: { type: 'boolean' },
  'known-diagnostics': { type: 'string' },
  pretty: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const STAMP_OPTIONS = {
  all: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const CHECK_OPTIONS = {
  format: { type: 'string' },
  strict: { type: 'boolean' },
  'known-diagnostics': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * Runs the `help-panel` command with `argv` (without the node and script
 * paths) and resolves to the exit status. Never throws: every failure is a
 * message on stderr and a non-zero status.
 */
export async function main(argv: readonly string[], io: CliIO = processIO): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    (command === undefined ? io.stderr : io.stdout)(MAIN_HELP);
    return command === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (command === '--version' || command === '-v' || command === 'version') {
    io.stdout(`${await packageVersion()}\n`);
    return EXIT_OK;
  }
  try {
    if (command === 'build') return await build(rest, io);
    if (command === 'check') return await check(rest, io);
    if (command === 'stamp') return await stamp(rest, io);
    if (command === 'report') {
      // Loaded on demand: build and check never pay for the report (nor its parser).
      const { runReport } = await import('./report/run-report');
      return await runReport(rest, io);
    }
    if (command === 'import') {
      // Loaded on demand too: only an import pays for the HTML parser and the Markdown writer.
      const { runImport } = await import('./import/run-import');
      return await runImport(rest, io);
    }
  } catch (cause) {
    // Content problems are diagnostics; this is for the unexpected, which still must not print a stack trace.
    io.stderr(`help-panel: ${cause instanceof Error ? cause.message : String(cause)}\n`);
    return EXIT_FAILED;
  }
  return usageError(io, `: unknown command "${command}". Allowed commands: ${COMMANDS.join(', ')}.`);
}

/** The installed package's version, from its package.json (beside dist/ and src/ alike). */
async function packageVersion(): Promise<string> {
  try {
    const manifest: unknown = JSON.parse(await readFile(resolve(dirname(fileURLToPath(import.meta.url)), '..', 'package.json'), 'utf8'));
    const version = typeof manifest === 'object' && manifest !== null ? (manifest as { version?: unknown }).version : undefined;
    if (typeof version === 'string') return version;
  } catch {
    // Below: a copied CLI without its package.json still answers.
  }
  return 'unknown';
}

async function build(args: readonly string[], io: CliIO): Promise<number> {
  const parsed = parse('build', args, BUILD_OPTIONS, io);
  if (typeof parsed === 'number') return parsed;
  const { values, dir } = parsed;
  if (values.help) return help(io, BUILD_HELP);
  if (dir === undefined) return usageError(io, 'build: missing the content directory. Usage: help-panel build <dir> --out <file>');
  const outFile = values.out === '' ? undefined : values.out;
  const outDir = values['out-dir'] === '' ? undefined : values['out-dir'];
  if (outFile === undefined && outDir === undefined) {
    return usageError(io, 'build: missing --out <file> (one JSON file) or --out-dir <dir> (the split index), where to write the index.');
  }
  const missing = await missingDirectory(dir, 'build', io);
  if (missing !== undefined) return missing;
  const targets = [outFile, outDir].filter((target) => target !== undefined).join(' and ');

  const { index, locales, diagnostics, drafts } = await compileContent(dir, compileOptions(values['known-diagnostics']));
  report(diagnostics, io);
  const failed = fails(diagnostics, values.strict === true);
  if (failed) {
    io.stderr(`${summary(diagnostics)}; ${targets} ${outFile && outDir ? 'were' : 'was'} not written.\n`);
    return EXIT_FAILED;
  }
  const wrote: string[] = [];
  if (outFile !== undefined) {
    const json = `${JSON.stringify(locales ?? index, null, values.pretty ? 2 : undefined)}\n`;
    try {
      await mkdir(dirname(resolve(outFile)), { recursive: true });
      await writeFileAtomically(outFile, json);
    } catch (cause) {
      io.stderr(`help-panel build: could not write ${outFile} (${describe(cause)}); the previous file, if any, is unchanged.\n`);
      return EXIT_FAILED;
    }
    wrote.push(outFile);
  }
  if (outDir !== undefined) {
    try {
      if (locales !== undefined) {
        const result = await writeLocalesSplitIndex(outDir, locales);
        const parts = Object.values(result.locales);
        const written = parts.reduce((sum, part) => sum + part.written.length, 0);
        const removed = parts.reduce((sum, part) => sum + part.removed.length, 0) + result.removed.length;
        wrote.push(`${outDir} (${MANIFEST_FILE} and a split index in ${Object.keys(result.locales).map((tag) => `${tag}/`).join(', ')}; ${written} new, ${removed} old removed)`);
      } else {
        const split = splitIndex(index);
        const { written, removed } = await writeSplitIndex(outDir, split);
        wrote.push(
          `${outDir} (${plural(split.files.length + 2, 'file')}: ${MANIFEST_FILE}, ${plural(split.manifest.chunkCount, 'chunk')}, ` +
            `${plural(split.manifest.search.shards.length, 'search shard')}; ${written.length} new, ${removed.length} old removed)`,
        );
      }
    } catch (cause) {
      io.stderr(`help-panel build: could not write ${outDir} (${describe(cause)}); its ${MANIFEST_FILE}, if any, still names the previous build.\n`);
      return EXIT_FAILED;
    }
  }
  io.stderr(`${summary(diagnostics)}; wrote ${wrote.join(' and ')} (${contents(index, locales)}${draftNote(drafts)}).\n`);
  return EXIT_OK;
}

async function check(args: readonly string[], io: CliIO): Promise<number> {
  const parsed = parse('check', args, CHECK_OPTIONS, io);
  if (typeof parsed === 'number') return parsed;
  const { values, dir } = parsed;
  if (values.help) return help(io, CHECK_HELP);
  const format = values.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) {
    return usageError(io, `check: unknown --format "${format}". Allowed values: ${FORMATS.join(', ')}.`);
  }
  if (dir === undefined) return usageError(io, 'check: missing the content directory. Usage: help-panel check <dir>');
  const missing = await missingDirectory(dir, 'check', io);
  if (missing !== undefined) return missing;

  const { index, locales, diagnostics, drafts } = await compileContent(dir, compileOptions(values['known-diagnostics']));
  const failed = fails(diagnostics, values.strict === true);
  if (format === 'json') {
    const counts = count(diagnostics);
    io.stdout(
      `${JSON.stringify(
        {
          ok: !failed,
          errors: counts.errors,
          warnings: counts.warnings,
          info: counts.info,
          articles: index.articles.length,
          ...(locales !== undefined ? { locales: index.helpCenter.locales } : {}),
          symptoms: index.symptoms.length,
          drafts,
          diagnostics,
        },
        null,
        2,
      )}\n`,
    );
  } else {
    report(diagnostics, io);
    io.stderr(`${summary(diagnostics)} in ${contents(index, locales)}${draftNote(drafts)}.\n`);
  }
  return failed ? EXIT_FAILED : EXIT_OK;
}

async function stamp(args: readonly string[], io: CliIO): Promise<number> {
  let values: { all?: boolean; help?: boolean };
  let files: string[];
  try {
    const parsed = parseArgs({ args: [...args], options: STAMP_OPTIONS, allowPositionals: true, strict: true });
    values = parsed.values;
    files = parsed.positionals;
  } catch (cause) {
    const first = cause instanceof Error ? (cause.message.split(/(?<=\.)\s/, 1)[0] ?? cause.message) : String(cause);
    return usageError(io, `stamp: ${first.replace(/\.$/, '')}. Allowed options: ${Object.keys(STAMP_OPTIONS).map((name) => `--${name}`).join(', ')}.`);
  }
  if (values.help) return help(io, STAMP_HELP);
  if (files.length === 0) return usageError(io, 'stamp: missing the translations to stamp. Usage: help-panel stamp <file…>, or help-panel stamp <dir> --all');
  if (values.all) {
    if (files.length !== 1) return usageError(io, `stamp --all: expected one help center folder, got ${files.length}: ${files.join(' ')}.`);
    const dir = files[0] as string;
    const missing = await missingDirectory(dir, 'stamp', io);
    if (missing !== undefined) return missing;
    const { translations } = await compileContent(dir);
    if (translations === undefined || translations.length === 0) {
      io.stderr(`help-panel stamp: "${dir}" has no translations to stamp (no locale folder such as ${dir.replace(/\/+$/, '')}/de/ translates its articles).\n`);
      return EXIT_FAILED;
    }
    const outcomes: StampOutcome[] = [];
    for (const pair of translations) outcomes.push(await stampOne(pair.file, pair.source, io));
    return stampSummary(outcomes, io);
  }

  // Each file's help center is compiled once, whatever the number of its files given.
  const centers = new Map<string, Promise<CompileResult>>();
  const outcomes: StampOutcome[] = [];
  for (const file of files) {
    const root = helpCenterOf(file);
    if (root === undefined) {
      io.stderr(`help-panel stamp: ${file} is not a translation: it is not inside a locale folder (such as content/help/de/); only translations record a sourceHash.\n`);
      outcomes.push('failed');
      continue;
    }
    let compiled = centers.get(root);
    if (compiled === undefined) centers.set(root, (compiled = compileContent(root)));
    const pair = (await compiled).translations?.find((candidate) => resolve(candidate.file) === resolve(file));
    if (pair === undefined) {
      const exists = await stat(file).then(
        (info) => info.isFile(),
        () => false,
      );
      const isSource = (await compiled).translations?.some((candidate) => resolve(candidate.source) === resolve(file)) === true;
      io.stderr(
        isSource
          ? `help-panel stamp: ${file} is not a translation: it is in the default locale, the source its translations are stamped from; stamp those instead.\n`
          : exists
          ? `help-panel stamp: ${file} is not a translation: it translates no article of ${root} (no file at the same path outside ${basename(dirname(file))}/, and no article with its id); run "help-panel check ${root}" to see why.\n`
          : `help-panel stamp: ${file} does not exist; pass the path of a translated .md file.\n`,
      );
      outcomes.push('failed');
      continue;
    }
    outcomes.push(await stampOne(file, pair.source, io));
  }
  return stampSummary(outcomes, io);
}

/** The help center a file in a locale folder belongs to: the folder that holds its nearest locale folder. */
function helpCenterOf(file: string): string | undefined {
  let folder = dirname(file);
  for (;;) {
    const parent = dirname(folder);
    if (parent === folder) return undefined;
    if (localeOfFolder(basename(folder)) !== undefined) return relative(process.cwd(), parent) || '.';
    folder = parent;
  }
}

/** What stamping one translation did. */
type StampOutcome = 'stamped' | 'unchanged' | 'failed';

/** Writes the source's hash into one translation ('failed', and a line on stderr, when it could not). */
async function stampOne(file: string, source: string, io: CliIO): Promise<StampOutcome> {
  try {
    const hash = sourceTextHash(await readFile(source, 'utf8'));
    const text = await readFile(file, 'utf8');
    const stamped = setSourceHash(text, hash, file);
    if ('error' in stamped) {
      io.stderr(`help-panel stamp: ${file} was not stamped: ${stamped.error}\n`);
      return 'failed';
    }
    if (stamped.text === text) {
      io.stdout(`${file}: already stamped with sourceHash ${hash} (${source})\n`);
      return 'unchanged';
    }
    await writeFileAtomically(file, stamped.text);
    io.stdout(`${file}: stamped sourceHash ${hash} (${source})\n`);
    return 'stamped';
  } catch (cause) {
    io.stderr(`help-panel stamp: ${file} was not stamped (${describe(cause)}); it is unchanged.\n`);
    return 'failed';
  }
}

/** One line: how many were stamped, how many already were, how many could not be. */
function stampSummary(outcomes: readonly StampOutcome[], io: CliIO): number {
  const count = (outcome: StampOutcome) => outcomes.filter((each) => each === outcome).length;
  const unchanged = count('unchanged');
  const failed = count('failed');
  io.stderr(
    `help-panel stamp: ${plural(count('stamped'), 'translation')} stamped${unchanged > 0 ? `, ${unchanged} already up to date` : ''}${failed > 0 ? `, ${failed} not` : ''}.\n`,
  );
  return failed > 0 ? EXIT_FAILED : EXIT_OK;
}

type Values<Options> = {
  [Key in keyof Options]?: Options[Key] extends { type: 'boolean' } ? boolean : string;
};

/** Parses a subcommand's arguments; a usage mistake becomes a one-line message and exit status 2. */
function parse<Options extends Record<string, { type: 'string' | 'boolean'; short?: string }>>(
  command: string,
  args: readonly string[],
  options: Options,
  io: CliIO,
): { values: Values<Options>; dir: string | undefined } | number {
  try {
    const { values, positionals } = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
    if (positionals.length > 1) {
      return usageError(io, `${command}: expected one content directory, got ${positionals.length}: ${positionals.join(' ')}.`);
    }
    return { values: values as Values<Options>, dir: positionals[0] };
  } catch (cause) {
    const allowed = Object.keys(options).map((name) => `--${name}`).join(', ');
    // Node's message goes on to explain `--` for positionals; the first sentence is the one that helps here.
    const first = cause instanceof Error ? (cause.message.split(/(?<=\.)\s/, 1)[0] ?? cause.message) : String(cause);
    const message = first.replace(/\.$/, '');
    return usageError(io, `${command}: ${message}. Allowed options: ${allowed}.`);
  }
}

function compileOptions(known: string | undefined) {
  if (known === undefined) return {};
  return { knownDiagnostics: known.split(',').map((name) => name.trim()).filter((name) => name !== '') };
}

async function missingDirectory(dir: string, command: string, io: CliIO): Promise<number | undefined> {
  try {
    if ((await stat(dir)).isDirectory()) return undefined;
    io.stderr(`help-panel ${command}: "${dir}" is a file, not a directory; pass the folder that holds the Markdown articles.\n`);
  } catch {
    io.stderr(`help-panel ${command}: the directory "${dir}" does not exist; pass the folder that holds the Markdown articles.\n`);
  }
  return EXIT_FAILED;
}

function report(diagnostics: readonly Diagnostic[], io: CliIO): void {
  for (const diagnostic of diagnostics) io.stderr(`${formatDiagnostic(diagnostic)}\n`);
}

/** Errors fail; warnings fail with --strict; info never does. */
function fails(diagnostics: readonly Diagnostic[], strict: boolean): boolean {
  return failsBuild(diagnostics, strict);
}

function count(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number; info: number } {
  const of = (level: Diagnostic['level']) => diagnostics.filter((diagnostic) => diagnostic.level === level).length;
  return { errors: of('error'), warnings: of('warning'), info: of('info') };
}

/** `2 articles, 1 symptom`, and for several locales `…in en; 3 locales: en, de, ja`. */
function contents(index: CompileResult['index'], locales: CompileResult['locales']): string {
  const counts = `${plural(index.articles.length, 'article')}, ${plural(index.symptoms.length, 'symptom')}`;
  if (locales === undefined) return counts;
  const tags = Object.keys(locales.locales);
  return `${counts} in ${locales.defaultLocale}; ${plural(tags.length, 'locale')}: ${tags.join(', ')}`;
}

/** `, 2 drafts skipped` when front matter said `draft: true`; nothing otherwise. */
function draftNote(drafts: readonly string[]): string {
  return drafts.length === 0 ? '' : `, ${plural(drafts.length, 'draft')} skipped`;
}

/** `1 article`, `2 articles`. */
function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function summary(diagnostics: readonly Diagnostic[]): string {
  const { errors, warnings, info } = count(diagnostics);
  return `help-panel: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}${info > 0 ? `, ${info} info` : ''}`;
}

function help(io: CliIO, text: string): number {
  io.stdout(text);
  return EXIT_OK;
}

function usageError(io: CliIO, message: string): number {
  io.stderr(`help-panel${message.startsWith(':') ? '' : ' '}${message}\n`);
  return EXIT_USAGE;
}

function describe(cause: unknown): string {
  if (cause && typeof cause === 'object' && 'code' in cause) return String((cause as { code: unknown }).code);
  return cause instanceof Error ? cause.message : String(cause);
}

/** True when this module is the program node started (directly or through the npm bin symlink), not an import. */
function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (cause: unknown) => {
      process.stderr.write(`help-panel: ${cause instanceof Error ? cause.message : String(cause)}\n`);
      process.exitCode = EXIT_FAILED;
    },
  );
}
