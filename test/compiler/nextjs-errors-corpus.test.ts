import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileContent } from '../../src/compiler/index';
import { createHelpEngine, type HelpEngine } from '../../src/engine/index';
import type { HelpIndex } from '../../src/schema/help-index';

// Real MDX error pages (MIT), kept outside the repository: the test skips cleanly where they are absent.
const dir = fileURLToPath(new URL('../../../shared/corpora/nextjs-errors', import.meta.url));
const present = existsSync(dir);
const files = present ? readdirSync(dir).filter((name) => name.endsWith('.mdx')).sort() : [];

/** The page's error text as an app would print it: its title without Markdown quoting. */
const errorText = (title: string) => title.replace(/`/g, '');

/** The prefixes and suffixes real messages carry around that text, taken in turn. */
const shapes: ((text: string, slug: string) => Error)[] = [
  (text) => new Error(text),
  (text) => new Error(`Error: ${text}`),
  (text) => new Error(`⨯ ${text}\n    at renderToHTML (node_modules/next/dist/server/render.js:421:17)`),
  (text) => Object.assign(new Error(`Build failed: ${text}.`), { name: 'NextBuildError' }),
  (text) => new TypeError(`[next] ${text} (see the Next.js docs)`),
];

describe.skipIf(!present)('given the Next.js error pages, 80 MDX files', () => {
  let result: Awaited<ReturnType<typeof compileContent>>;
  let index: HelpIndex;
  let engine: HelpEngine;

  beforeAll(async () => {
    result = await compileContent(dir);
    index = result.index;
    engine = createHelpEngine(index);
  }, 60_000);

  it('compiles every file, with no error', () => {
    expect(index.articles).toHaveLength(files.length);
    expect(files.length).toBeGreaterThanOrEqual(80);
    expect(result.diagnostics.filter((diagnostic) => diagnostic.level === 'error')).toEqual([]);
  });

  it('reads the two titles that are not valid YAML leniently, each with a positioned warning', () => {
    const lenient = result.diagnostics.filter((diagnostic) => diagnostic.code === 'invalid-yaml');
    expect(lenient.map((diagnostic) => [diagnostic.level, diagnostic.file.replace(/^.*\//, ''), diagnostic.line, diagnostic.column])).toEqual([
      ['warning', 'next-head-count-missing.mdx', 2, 8],
      ['warning', 'popstate-state-empty.mdx', 2, 8],
    ]);
    expect(index.articles.find((article) => article.id === 'next-head-count-missing')?.title).toBe('`next-head-count` is missing');
  });

  it('warns, not fails, on a link to a .md file outside the help center', () => {
    const outside = result.diagnostics.filter((diagnostic) => diagnostic.message.includes('get-server-side-props.md'));
    expect(outside).toMatchObject([{ level: 'warning', code: 'unresolved-link' }]);
  });

  it('makes every page one problem, titled by the page, whose checks are its fix steps', () => {
    for (const name of files) {
      const article = index.articles.find((candidate) => candidate.source.file === name)!;
      const symptoms = index.symptoms.filter((symptom) => symptom.articleId === article.id);
      expect(symptoms.map((symptom) => symptom.title), name).toEqual([article.title]);
      const text = readFileSync(`${dir}/${name}`, 'utf8');
      const hasFix = /^#{2,4} (?:Possible Ways to Fix It|How to Fix|Solution)/im.test(text);
      if (hasFix) expect(symptoms[0]?.checks.length, name).toBeGreaterThan(0);
      // Every check comes from the fix section: its source line is below the fix heading.
      const fixLine = text.split('\n').findIndex((line) => /^#{2,4} (?:Possible Ways to Fix It|How to Fix|Solution)/i.test(line)) + 1;
      for (const check of symptoms[0]?.checks ?? []) expect(check.source.line, `${name}: ${check.text}`).toBeGreaterThan(fixLine);
    }
  });

  it('opens the page first for at least 95 % of errors whose message is its error text, with no pattern written', () => {
    expect(index.articles.every((article) => article.context.errors.length === 0)).toBe(true);
    const missed: string[] = [];
    index.articles.forEach((article, i) => {
      const shape = shapes[i % shapes.length]!;
      const best = engine.match({ error: shape(errorText(article.title), article.id) })[0];
      if (best?.article.id !== article.id || best.related !== 'strong') missed.push(`${article.id}: ${best?.article.id ?? 'nothing'}`);
    });
    expect(missed.length / index.articles.length, missed.join('\n')).toBeLessThanOrEqual(0.05);
  });

  it('opens the page first for at least 95 % of errors given as the bare message, as a toast or String(error) has it', () => {
    const missed: string[] = [];
    index.articles.forEach((article, i) => {
      const thrown = shapes[i % shapes.length]!(errorText(article.title), article.id);
      // The message alone, then the message as `String(error)` prints it (its class name first), then as `{ message }`.
      for (const bare of [thrown.message, String(thrown), { message: thrown.message }]) {
        const best = engine.match({ error: bare })[0];
        if (best?.article.id !== article.id || best.related !== 'strong') missed.push(`${article.id} as ${JSON.stringify(bare)}: ${best?.article.id ?? 'nothing'}`);
      }
    });
    expect(missed.length / (3 * index.articles.length), missed.join('\n')).toBeLessThanOrEqual(0.05);
  });

  it('names the search in the reasons, so teams can turn frequent ones into patterns', () => {
    const best = engine.match({ error: new Error('Error: Invalid href passed to router: /[slug]') })[0]!;
    expect(best.article.id).toBe('invalid-href-passed');
    expect(best.reasons[0]).toMatchObject({ kind: 'related-search', pattern: 'Error: Invalid href passed to router: /[slug]', inherited: false });
  });
});
