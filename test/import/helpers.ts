import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { main } from '../../src/cli';
import type { ImportKind } from '../../src/import/imported-article';
import { capture } from '../cli/capture';

const FIXTURES = 'test/fixtures/import';

/** The command line that imports each service's corpus (test/fixtures/import/<service>/). */
export const CORPUS_ARGS: Record<Exclude<ImportKind, 'html'>, string[]> = {
  zendesk: [
    `${FIXTURES}/zendesk/articles-en-us-page-1.json`,
    `${FIXTURES}/zendesk/articles-en-us-page-2.json`,
    `${FIXTURES}/zendesk/articles-de-page-1.json`,
    `${FIXTURES}/zendesk/translations-de.json`,
    '--sections',
    `${FIXTURES}/zendesk/sections.json`,
    '--categories',
    `${FIXTURES}/zendesk/categories.json`,
  ],
  intercom: [`${FIXTURES}/intercom/articles-page-1.json`, `${FIXTURES}/intercom/articles-page-2.json`, '--collections', `${FIXTURES}/intercom/collections.json`],
  helpscout: [
    ...readdirSync(`${FIXTURES}/helpscout`)
      .filter((name) => name.startsWith('article'))
      .sort()
      .map((name) => `${FIXTURES}/helpscout/${name}`),
    '--collections',
    `${FIXTURES}/helpscout/collections.json`,
    '--categories',
    `${FIXTURES}/helpscout/categories.json`,
    '--collection-locale',
    'parcelwise-hilfe=de',
  ],
};

/** A new empty folder under the system's temporary folder. */
export function temporaryFolder(name = 'import'): string {
  return mkdtempSync(join(tmpdir(), `help-panel-${name}-`));
}

/** Runs `help-panel <args>` in-process. */
export async function run(args: readonly string[]): Promise<{ status: number; out: string; err: string }> {
  const io = capture();
  const status = await main(args, io);
  return { status, out: io.out, err: io.err };
}

/** Imports a service's corpus into `out` (a new folder by default): the exit status, both streams and the folder. */
export async function importCorpus(kind: Exclude<ImportKind, 'html'>, options: { out?: string; extra?: string[] } = {}) {
  const out = options.out ?? join(temporaryFolder(kind), 'content');
  const result = await run(['import', kind, ...CORPUS_ARGS[kind], '--out', out, ...(options.extra ?? [])]);
  return { status: result.status, stdout: result.out, stderr: result.err, out };
}

/** Every file under `dir` with its text, by path relative to `dir`. */
export function readTree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(dir, path).split('\\').join('/'), readFileSync(path, 'utf8'));
    }
  };
  walk(dir);
  return files;
}

/** Each file's modification time, by path relative to `dir`. */
export function modificationTimes(dir: string): Map<string, number> {
  return new Map([...readTree(dir).keys()].map((path) => [path, statSync(join(dir, path)).mtimeMs]));
}
