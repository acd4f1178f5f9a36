import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildReport, type HelpReport } from './build-report';
import { renderHtml } from './render-html';
import { renderText } from './render-text';
import { writePatterns } from './write-patterns';

/** Where the report command writes and how it asks; the CLI's own, or a test's. */
export interface ReportIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Asks a yes/no question; resolves `false` when no one can answer (no terminal). */
  confirm?(question: string): Promise<boolean>;
}

export const REPORT_HELP = `Usage: help-panel report <content-dir> --events <file.ndjson>… [options]

Reads the panel's events (NDJSON, one envelope a line, as createEventBatcher
sends them) against the compiled content, and prints what they teach: the
deflection funnel, searches with no result or no click, symptoms people
escalate from, routes and errors no article covers, and the front-matter
lines that would have opened the right article directly.

Options:
  --events <file>…              Event logs (required); several may follow one --events
  --html <file>                 Also write a self-contained HTML report
  --json                        Print the report as JSON instead of text
  --routes <file>               App routes, one pattern a line
  --next <dir>                  A Next.js app/ or pages/ directory (or its project)
  --react-router <file>         A React Router config (route objects, JSX or routes.ts)
  --errors <file.json>          The app's error codes
  --fail-under <metric=N>       Exit 1 when route-coverage or error-coverage is below N percent; repeatable
  --write-patterns              Add the suggested patterns to the articles' front matter (asks first)
  --yes                         Do not ask before --write-patterns
  --help-center <id>            The help center's id in the events (default: the content folder's name)
  --all-builds                  Count events of every build of the help center, not only the current one
  --top <n>                     Rows per list (default: 10)
  -h, --help                    Show this help
`;

const OPTIONS = {
  events: { type: 'string', multiple: true },
  html: { type: 'string' },
  json: { type: 'boolean' },
  routes: { type: 'string' },
  next: { type: 'string' },
  'react-router': { type: 'string' },
  errors: { type: 'string' },
  'fail-under': { type: 'string', multiple: true },
  'write-patterns': { type: 'boolean' },
  yes: { type: 'boolean' },
  'help-center': { type: 'string' },
  'all-builds': { type: 'boolean' },
  top: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const METRICS = ['route-coverage', 'error-coverage'] as const;
type Metric = (typeof METRICS)[number];

const OK = 0;
const FAILED = 1;
const USAGE = 2;

/** `help-panel report …`: resolves to the exit status; every failure is one line on stderr. */
export async function runReport(args: readonly string[], io: ReportIO): Promise<number> {
  let values: ReturnType<typeof parse>['values'];
  let positionals: string[];
  try {
    ({ values, positionals } = parse(args));
  } catch (cause) {
    const first = cause instanceof Error ? (cause.message.split(/(?<=\.)\s/, 1)[0] ?? cause.message) : String(cause);
    const allowed = Object.keys(OPTIONS).map((name) => `--${name}`).join(', ');
    return usage(io, `${first.replace(/\.$/, '')}. Allowed options: ${allowed}.`);
  }
  if (values.help) {
    io.stdout(REPORT_HELP);
    return OK;
  }
  const events = [...(values.events ?? [])];
  // `--events logs/*.ndjson`: the shell expands the glob into more words; they are logs too.
  if (events.length > 0) events.push(...positionals.splice(1));
  if (positionals.length !== 1) return usage(io, `expected one content directory, got ${positionals.length}. Usage: help-panel report <content-dir> --events <file>`);
  const contentDir = positionals[0]!;
  if (events.length === 0) return usage(io, 'missing --events <file.ndjson>, the log of the panel\'s events.');
  const thresholds: { metric: Metric; min: number }[] = [];
  for (const spec of values['fail-under'] ?? []) {
    const match = /^([a-z-]+)=(\d+(?:\.\d+)?)%?$/.exec(spec.trim());
    if (!match || !(METRICS as readonly string[]).includes(match[1]!)) {
      return usage(io, `--fail-under "${spec}" is not metric=percent. Allowed metrics: ${METRICS.join(', ')} (e.g. --fail-under route-coverage=80).`);
    }
    thresholds.push({ metric: match[1] as Metric, min: Number(match[2]) });
  }
  if (thresholds.some((t) => t.metric === 'route-coverage') && !values.routes && !values.next && !values['react-router']) {
    return usage(io, '--fail-under route-coverage needs the app\'s routes: pass --routes, --next or --react-router.');
  }
  if (thresholds.some((t) => t.metric === 'error-coverage') && !values.errors) {
    return usage(io, '--fail-under error-coverage needs the app\'s errors: pass --errors <file.json>.');
  }
  const top = values.top === undefined ? 10 : Number(values.top);
  if (!Number.isInteger(top) || top < 1) return usage(io, `--top "${values.top}" is not a positive whole number.`);
  try {
    if (!(await stat(contentDir)).isDirectory()) return fail(io, `"${contentDir}" is a file, not a directory; pass the folder that holds the Markdown articles.`);
  } catch {
    return fail(io, `the content directory "${contentDir}" does not exist; pass the folder that holds the Markdown articles.`);
  }

  let report: HelpReport;
  try {
    report = await buildReport({
      contentDir,
      events,
      ...(values.routes ? { routes: values.routes } : {}),
      ...(values.next ? { next: values.next } : {}),
      ...(values['react-router'] ? { reactRouter: values['react-router'] } : {}),
      ...(values.errors ? { errors: values.errors } : {}),
      ...(values['help-center'] ? { helpCenterId: values['help-center'] } : {}),
      allBuilds: values['all-builds'] === true,
      top,
    });
  } catch (cause) {
    return fail(io, cause instanceof Error ? cause.message : String(cause));
  }

  if (values.json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else io.stdout(renderText(report));
  if (values.html) {
    try {
      const target = resolve(values.html);
      await mkdir(dirname(target), { recursive: true });
      const temporary = `${target}.${process.pid}.tmp`;
      await writeFile(temporary, renderHtml(report), 'utf8');
      await rename(temporary, target);
      io.stderr(`help-panel report: wrote ${values.html}\n`);
    } catch (cause) {
      return fail(io, `could not write ${values.html} (${cause instanceof Error ? cause.message : String(cause)}).`);
    }
  }

  if (values['write-patterns']) {
    const status = await applyPatterns(contentDir, report, values.yes === true, io);
    if (status !== OK) return status;
  }

  let status = OK;
  for (const { metric, min } of thresholds) {
    const ratio = metric === 'route-coverage' ? report.coverage.routes : report.coverage.errors;
    const actual = ratio?.percent ?? 100;
    if (actual < min) {
      io.stderr(`help-panel report: ${metric} is ${actual}%, below ${min}% (${ratio?.covered ?? 0} of ${ratio?.total ?? 0} covered).\n`);
      status = FAILED;
    }
  }
  return status;
}

async function applyPatterns(contentDir: string, report: HelpReport, yes: boolean, io: ReportIO): Promise<number> {
  const suggestions = report.suggestedPatterns.filter((suggestion) => suggestion.file);
  if (suggestions.length === 0) {
    io.stderr('help-panel report: no suggested patterns to write.\n');
    return OK;
  }
  if (!yes) {
    const list = suggestions.map((s) => `  ${s.file}: ${s.frontMatter}`).join('\n');
    const agreed = io.confirm ? await io.confirm(`Add these lines to the articles' front matter?\n${list}\n`) : false;
    if (!agreed) {
      io.stderr('help-panel report: nothing written; answer yes to the question, or pass --yes.\n');
      return FAILED;
    }
  }
  const results = await writePatterns(contentDir, suggestions);
  for (const result of results) {
    if (result.skipped) io.stderr(`${result.file}: skipped: ${result.skipped}.\n`);
    else if (result.added.length > 0) io.stderr(`${result.file}: added ${result.added.join(', ')}\n`);
    else io.stderr(`${result.file}: already lists these patterns\n`);
  }
  return OK;
}

function parse(args: readonly string[]) {
  return parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true });
}

function usage(io: ReportIO, message: string): number {
  io.stderr(`help-panel report: ${message}\n`);
  return USAGE;
}

function fail(io: ReportIO, message: string): number {
  io.stderr(`help-panel report: ${message}\n`);
  return FAILED;
}
