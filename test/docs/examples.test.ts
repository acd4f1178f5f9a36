// The docs' code samples are files (docs/examples/**), shown by the pages with `?raw` imports, so
// that a sample cannot drift from the code: this file typechecks them as the project's typecheck
// does, and checks that the pages show only files that exist and keep their code in those files.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { docsPages, rawImports } from './docs-pages';

const root = resolve(import.meta.dirname, '../..');
const examplesDir = join(root, 'docs/examples');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** `docs/examples/x.tsx:12:5: error TS2322: …` for every error TypeScript finds in `files`. */
export function typeErrors(files: readonly string[]): string[] {
  const config = ts.readConfigFile(join(root, 'tsconfig.json'), (path) => ts.sys.readFile(path));
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  // The virtual module's types, as an app gets them from `help-panel/client`.
  const program = ts.createProgram([...files, join(root, 'src/vite/client.d.ts')], { ...options, noEmit: true });
  const wanted = new Set(files.map((file) => resolve(file)));
  return ts
    .getPreEmitDiagnostics(program)
    .filter((diagnostic) => diagnostic.file && wanted.has(resolve(diagnostic.file.fileName)))
    .map((diagnostic) => {
      const file = diagnostic.file!;
      const { line, character } = file.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
      const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
      return `${relative(root, file.fileName)}:${line + 1}:${character + 1}: error TS${diagnostic.code}: ${message}`;
    });
}

const codeFiles = filesUnder(examplesDir).filter((file) => /\.tsx?$/.test(file));

describe('given the docs examples', () => {
  it('finds code samples for every page that shows some', () => {
    expect(codeFiles.length).toBeGreaterThan(20);
  });

  it('typechecks every one of them with the project\'s compiler options, as an app importing the package would', () => {
    expect(typeErrors(codeFiles)).toEqual([]);
  }, 120_000);

  it('reports a sample that stops compiling at its file, line and column', () => {
    // A copy of a real sample with one mistake: the line the test above would print.
    const broken = join(examplesDir, 'search/.broken-sample.tmp.ts');
    const text = readFileSync(join(examplesDir, 'search/search-later.ts'), 'utf8').replace('{ limit: 10 }', "{ limit: 'ten' }");
    ts.sys.writeFile(broken, text);
    try {
      const [error, ...rest] = typeErrors([broken]);
      expect(rest).toEqual([]);
      expect(error).toMatch(/^docs\/examples\/search\/\.broken-sample\.tmp\.ts:\d+:\d+: error TS2322: Type 'string' is not assignable to type 'number'/);
    } finally {
      ts.sys.deleteFile?.(broken);
    }
  }, 120_000);
});

describe('given the docs pages', () => {
  const pages = docsPages(root);

  it('has at least twelve of them', () => {
    expect(pages.length).toBeGreaterThanOrEqual(12);
  });

  it.each(pages.map((page) => [relative(root, page.file), page] as const))('%s shows only example files that exist', (_name, page) => {
    const missing = rawImports(page.text)
      .map((specifier) => resolve(dirname(page.file), specifier))
      .filter((file) => !existsSync(file))
      .map((file) => relative(root, file));
    expect(missing).toEqual([]);
  });

  it.each(pages.map((page) => [relative(root, page.file), page] as const))('%s keeps code longer than two lines in example files, not inline', (_name, page) => {
    const long = [...page.text.matchAll(/^(```|~~~)[^\n]*\n([\s\S]*?)^\1\s*$/gm)]
      .filter((block) => block[2]!.trimEnd().split('\n').length > 2)
      .map((block) => `${relative(root, page.file)}:${page.text.slice(0, block.index).split('\n').length}: ${block[2]!.split('\n')[0]}`);
    expect(long).toEqual([]);
  });

  it('shows every example file on some page', () => {
    const shown = new Set(pages.flatMap((page) => rawImports(page.text).map((specifier) => resolve(dirname(page.file), specifier))));
    const content = (file: string) => /\/content\//.test(relative(examplesDir, file)) && file.endsWith('.md');
    const unshown = filesUnder(examplesDir)
      // A content folder is shown by its articles; a type declaration only serves the typecheck.
      .filter((file) => !shown.has(file) && !content(file) && !file.endsWith('.d.ts') && !file.includes('.tmp.'))
      .map((file) => relative(root, file));
    expect(unshown).toEqual([]);
  });
});
