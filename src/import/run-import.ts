import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { readHelpScoutFiles } from './helpscout';
import { readHtmlFolders } from './html-folder';
import { planImport, type ImportCounts } from './import-content';
import { describeArticle, formatImportDiagnostic, IMPORT_KINDS, ImportInputError, type ImportKind, type ReadResult } from './imported-article';
import { readIntercomFiles } from './intercom';
import { convertArticle } from './convert-article';
import { readFromService, redactUrls, TOKEN_VARIABLES } from './service-api';
import { applyChanges, scanContent } from './write-content';
import { readZendeskFiles } from './zendesk';

/** Where the command writes; the CLI's own. */
export interface ImportIO {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Options of {@link runImport} that tests set; the command line never does. */
export interface RunImportOptions {
  /** The environment tokens are read from. Default: `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
  /** The most pages of one API list read before the import stops. Default: the service reader's own. */
  maxPages?: number;
}

const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;

export const IMPORT_HELP = `Usage: help-panel import <kind> <file…> --out <dir> [options]
       help-panel import <kind> --url <address> --out <dir> [options]

Turns a hosted help center's export into a content folder that builds:
one Markdown file per article with YAML front matter, translations in
locale folders (de/, fr/), links between articles made relative, and
troubleshooting sections (a "Problem" heading, then "Steps" or
"Resolution") turned into Symptom: / Checks: checklists.

Kinds:
  zendesk     Help Center API JSON: articles pages ({ "articles": [...] },
              one or several files), translations ({ "translations": [...] })
  intercom    Articles API JSON: { "type": "list", "data": [...] }
  helpscout   Docs API JSON: { "article": {...} } or pages of whole articles
  html        Folders of .html pages, one article each

Running it again is safe: changed articles are updated, unchanged files are
left byte for byte, a file edited since the last import is kept (unless
--force), and nothing is removed (unless --prune). Bad input stops the
import before anything is written.

Options:
  --out <dir>                   The content folder to write (created if missing)
  --sections <file>             zendesk: sections JSON, for each article's bucket (repeatable)
  --categories <file>           zendesk, helpscout: categories JSON (repeatable)
  --collections <file>          intercom, helpscout: collections JSON (repeatable)
  --locale <tag>                The help center's default language (default: the export's most common, else en)
  --collection-locale <c>=<tag> helpscout: the language of a collection's articles, by id, slug or name (repeatable)
  --url <address>               Read from the service's API instead of files, following its pages:
                                  zendesk    https://<subdomain>.zendesk.com  (token: ${TOKEN_VARIABLES.zendesk})
                                  intercom   https://api.intercom.io          (token: ${TOKEN_VARIABLES.intercom})
                                  helpscout  https://docsapi.helpscout.net    (token: ${TOKEN_VARIABLES.helpscout})
  --force                       Replace files edited since the last import
  --prune                       Remove files of articles no longer in the export
  --dry-run                     Say what would change; write nothing
  -h, --help                    Show this help

Exit status: 0 imported (warnings included), 1 bad input or a failed write
(nothing is written), 2 wrong usage.
`;

const OPTIONS = {
  out: { type: 'string' },
  sections: { type: 'string', multiple: true },
  categories: { type: 'string', multiple: true },
  collections: { type: 'string', multiple: true },
  locale: { type: 'string' },
  'collection-locale': { type: 'string', multiple: true },
  url: { type: 'string' },
  force: { type: 'boolean' },
  prune: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Which options each kind reads: another is a usage error, not silently ignored. */
const KIND_OPTIONS: Record<ImportKind, readonly string[]> = {
  zendesk: ['sections', 'categories'],
  intercom: ['collections'],
  helpscout: ['collections', 'categories', 'collection-locale'],
  html: [],
};

/** `help-panel import …`: resolves to the exit status; never throws. */
export async function runImport(args: readonly string[], io: ImportIO, options: RunImportOptions = {}): Promise<number> {
  let values: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>['values'];
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true }));
  } catch (cause) {
    const first = cause instanceof Error ? (cause.message.split(/(?<=\.)\s/, 1)[0] ?? cause.message) : String(cause);
    return usage(io, `${first.replace(/\.$/, '')}. Allowed options: ${Object.keys(OPTIONS).map((name) => `--${name}`).join(', ')}.`);
  }
  if (values.help) {
    io.stdout(IMPORT_HELP);
    return EXIT_OK;
  }
  const [kindName, ...inputs] = positionals;
  if (kindName === undefined) return usage(io, `missing the kind of export. Usage: help-panel import <${IMPORT_KINDS.join('|')}> <file…> --out <dir>`);
  if (!(IMPORT_KINDS as readonly string[]).includes(kindName)) return usage(io, `unknown kind "${kindName}". Allowed kinds: ${IMPORT_KINDS.join(', ')}.`);
  const kind = kindName as ImportKind;
  const out = values.out?.trim();
  if (!out) return usage(io, `missing --out <dir>, the content folder to write. Usage: help-panel import ${kind} <file…> --out <dir>`);
  const url = values.url?.trim();
  if (url !== undefined && url !== '' && kind === 'html') return usage(io, '--url reads a service\'s API; a folder of HTML pages is imported from its files: help-panel import html <folder> --out <dir>');
  if ((url === undefined || url === '') && inputs.length === 0) return usage(io, `missing the export files. Usage: help-panel import ${kind} <file…> --out <dir>, or --url <address> to read the service's API.`);
  if (url !== undefined && url !== '' && inputs.length > 0) return usage(io, `pass the export files or --url, not both (got ${inputs.join(' ')} and --url ${redactUrls(url)}).`);
  for (const name of ['sections', 'categories', 'collections', 'collection-locale'] as const) {
    if (values[name] !== undefined && !KIND_OPTIONS[kind].includes(name)) {
      return usage(io, `--${name} is not read for ${kind} exports.${KIND_OPTIONS[kind].length > 0 ? ` Options of ${kind}: ${KIND_OPTIONS[kind].map((option) => `--${option}`).join(', ')}.` : ''}`);
    }
  }
  const collectionLocales = new Map<string, string>();
  for (const pair of values['collection-locale'] ?? []) {
    const match = /^(.+?)=([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)$/.exec(pair.trim());
    if (match === null) return usage(io, `--collection-locale "${pair}" is not <collection>=<tag>; write it like --collection-locale 5214c77c45667acd25394b51=de.`);
    collectionLocales.set(match[1] as string, match[2] as string);
    collectionLocales.set((match[1] as string).toLowerCase(), match[2] as string);
  }

  if (values.locale !== undefined) {
    const problem = localeProblem(values.locale);
    if (problem !== undefined) return usage(io, `--locale "${values.locale}" ${problem}; write a language tag like --locale de or --locale pt-BR.`);
  }

  let read: ReadResult | undefined;
  try {
    if (await isFile(out)) {
      io.stderr(`help-panel import: --out "${out}" is a file; pass the folder the articles go into.\n`);
      return EXIT_FAILED;
    }
    if (url !== undefined && url !== '') {
      read = await readFromService(kind as Exclude<ImportKind, 'html'>, url, {
        env: options.env ?? process.env,
        ...(options.maxPages !== undefined ? { maxPages: options.maxPages } : {}),
        ...(values.locale ? { defaultLocale: values.locale } : {}),
        collectionLocales,
        progress: (message) => io.stderr(`${message}\n`),
      });
    } else if (kind === 'zendesk') {
      read = await readZendeskFiles({ articles: inputs, ...(values.sections ? { sections: values.sections } : {}), ...(values.categories ? { categories: values.categories } : {}) });
    } else if (kind === 'intercom') {
      read = await readIntercomFiles({ articles: inputs, ...(values.collections ? { collections: values.collections } : {}) });
    } else if (kind === 'helpscout') {
      read = await readHelpScoutFiles(
        { articles: inputs, ...(values.collections ? { collections: values.collections } : {}), ...(values.categories ? { categories: values.categories } : {}) },
        { collectionLocales, ...(values.locale ? { defaultLocale: values.locale } : {}) },
      );
    } else read = await readHtmlFolders(inputs, values.locale ? { defaultLocale: values.locale } : {});

    const existing = await scanContent(out);
    const plan = await planImport(read, existing, { kind, ...(values.locale ? { locale: values.locale } : {}), force: values.force === true, prune: values.prune === true });
    for (const diagnostic of plan.diagnostics) io.stderr(`${formatImportDiagnostic(diagnostic)}\n`);
    if (values['dry-run']) {
      for (const file of plan.files) if (file.status !== 'unchanged') io.stdout(`${file.status.padEnd(9)} ${file.path}\n`);
    } else {
      try {
        await applyChanges(out, plan.changes);
      } catch (cause) {
        io.stderr(`help-panel import: could not write ${out} (${describe(cause)}); the folder is as it was (had a rename failed part way, each file in place is whole), and a run after fixing this finishes the import.\n`);
        return EXIT_FAILED;
      }
    }
    io.stdout(summary(kind, out, plan.counts, plan.defaultLocale, [...new Set(plan.locales.values())].filter((folder) => folder !== ''), values['dry-run'] === true));
    return EXIT_OK;
  } catch (cause) {
    if (cause instanceof ImportInputError) {
      io.stderr(`${formatImportDiagnostic(cause.diagnostic)}\n`);
      io.stderr(`help-panel import: nothing was written to ${out}.\n`);
      return EXIT_FAILED;
    }
    // Bad input stops the import before anything is written (the help text's promise): an article the converter fails on is named, not skipped.
    const failed = read !== undefined ? failingArticle(read, kind) : undefined;
    const message = describe(cause);
    if (failed !== undefined) io.stderr(`${failed.at.file}:${failed.at.line}:${failed.at.column}: error: ${describeArticle(failed)} could not be converted (${failed.message}); fix or remove it in the export and run the import again.\n`);
    else io.stderr(`help-panel import: error: ${message}\n`);
    io.stderr(`help-panel import: nothing was written to ${out}.\n`);
    return EXIT_FAILED;
  }
}

/**
 * The first article whose conversion throws, converted again one by one on
 * this thread: the converter's error says nothing of which article it was
 * (and a worker's says less). Only run after a failure.
 */
function failingArticle(read: ReadResult, kind: ImportKind): (ReadResult['articles'][number] & { message: string }) | undefined {
  const context = { kind, token: 'https://placeholder.invalid/', targets: read.articles.map(({ origin, serviceId, url, aliases }) => ({ origin, serviceId, ...(url ? { url } : {}), ...(aliases ? { aliases } : {}) })) };
  for (const article of read.articles) {
    try {
      convertArticle({ html: article.html, ...(article.url ? { baseUrl: article.url } : {}), title: article.title, locale: article.locale ?? 'en', from: { serviceId: article.serviceId, ...(article.aliases ? { aliases: article.aliases } : {}) } }, context);
    } catch (cause) {
      return { ...article, message: describe(cause) };
    }
  }
  return undefined;
}

/** Why `tag` is no language tag, or `undefined` when it is one. It names a folder, so nothing in it may leave the content folder. */
function localeProblem(tag: string): string | undefined {
  if (tag.includes('/') || tag.includes('\\') || tag.includes('..')) return 'is not a language tag (it holds a path)';
  try {
    if (Intl.getCanonicalLocales(tag).length !== 1) return 'is not one language tag';
  } catch {
    return 'is not a valid language tag';
  }
  return undefined;
}

/** The table the command ends with. */
function summary(kind: ImportKind, out: string, counts: ImportCounts, defaultLocale: string, folders: string[], dryRun: boolean): string {
  const rows: [string, number, string?][] = [
    ['new', counts.new],
    ['updated', counts.updated],
    ['unchanged', counts.unchanged],
    ['kept local edits', counts.keptLocalEdits, counts.keptLocalEdits > 0 ? '--force replaces them' : undefined],
    ['skipped drafts', counts.skippedDrafts],
    ['warnings', counts.warnings],
  ];
  if (counts.removed > 0) rows.push(['removed', counts.removed]);
  if (counts.gone > 0) rows.push(['not in the export', counts.gone, '--prune removes them']);
  const width = Math.max(...rows.map(([label]) => label.length));
  const numbers = Math.max(...rows.map(([, value]) => String(value).length));
  const lines = rows.map(([label, value, note]) => `  ${label.padEnd(width)}  ${String(value).padStart(numbers)}${note ? `  (${note})` : ''}`);
  const languages = folders.length > 0 ? ` in ${defaultLocale} and ${folders.join(', ')}` : '';
  return (
    `help-panel import ${kind}: ${counts.articles} ${counts.articles === 1 ? 'article' : 'articles'}${languages} ${dryRun ? 'would go' : 'in'} ${out}\n` +
    `${lines.join('\n')}\n` +
    `  ${counts.withChecklist} of ${counts.articles} ${counts.articles === 1 ? 'article' : 'articles'} got a checklist (Symptom: / Checks:) from ${counts.withChecklist === 1 ? 'its' : 'their'} troubleshooting headings.\n` +
    (dryRun ? '  (--dry-run: nothing was written.)\n' : '')
  );
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => !info.isDirectory(),
    () => false,
  );
}

function usage(io: ImportIO, message: string): number {
  io.stderr(`help-panel import: ${message}\n`);
  return EXIT_USAGE;
}

function describe(cause: unknown): string {
  if (cause && typeof cause === 'object' && 'code' in cause) return String((cause as { code: unknown }).code);
  return cause instanceof Error ? cause.message : String(cause);
}
