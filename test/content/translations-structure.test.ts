import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileSources, type CompileResult } from '../../src/compiler/index';
import { formatDiagnostic } from '../../src/schema/diagnostic';
import type { Article, Symptom } from '../../src/schema/help-index';

/** A locale folder's name, as the content layout of issue 14 defines it (BCP 47: `de`, `pt-BR`, `zh-Hant`, `es-419`). */
const LOCALE_FOLDER = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$/;
const HELP_CENTERS = ['oxvo', 'ochre'] as const;
type HelpCenterName = (typeof HELP_CENTERS)[number];

const contentDir = (name: HelpCenterName) => fileURLToPath(new URL(`../../content/${name}`, import.meta.url));
const read = (name: HelpCenterName, path: string) => readFileSync(join(contentDir(name), ...path.split('/')), 'utf8');

/** The English sources: Markdown files at the help center's root, beside its locale folders. */
const sourceFiles = (name: HelpCenterName) =>
  readdirSync(contentDir(name), { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => entry.name)
    .sort();

const localeFolders = (name: HelpCenterName) =>
  readdirSync(contentDir(name), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && LOCALE_FOLDER.test(entry.name))
    .map((entry) => entry.name)
    .sort();

interface Translation {
  help: HelpCenterName;
  locale: string;
  /** Path inside the locale folder, which is also the source's path at the root. */
  file: string;
}

const translations: Translation[] = HELP_CENTERS.flatMap((help) =>
  localeFolders(help).flatMap((locale) =>
    readdirSync(join(contentDir(help), locale))
      .filter((file) => file.endsWith('.md'))
      .sort()
      .map((file) => ({ help, locale, file })),
  ),
);
const articleTranslations = translations.filter(({ file }) => file !== '_index.md');
const indexTranslations = translations.filter(({ file }) => file === '_index.md');

/**
 * Compiles the English articles of `help`, with `file` replaced by `text` when given: the
 * translation stands where its source stood, as one file of an otherwise English help
 * center, so its links resolve the way they will in a locale that falls back to English
 * for the articles it does not translate. (Until the compiler knows locale folders, this
 * is how a translation can be compiled on its own.)
 */
function compileInPlace(help: HelpCenterName, file: string, text?: string): CompileResult {
  const sources = sourceFiles(help)
    .filter((path) => path !== '_index.md')
    .map((path) => ({ path, text: path === file && text !== undefined ? text : read(help, path) }));
  return compileSources(sources, { root: `content/${help}` });
}

const articleId = (file: string) => file.replace(/\.md$/, '');

function parts(result: CompileResult, file: string): { article: Article; symptoms: Symptom[] } {
  const id = articleId(file);
  const article = result.index.articles.find((candidate) => candidate.id === id);
  if (!article) throw new Error(`${file} did not compile to an article`);
  return { article, symptoms: result.index.symptoms.filter((symptom) => symptom.articleId === id) };
}

describe.each(articleTranslations)('given the $locale translation of $help/$file', ({ help, locale, file }) => {
  const source = compileInPlace(help, file);
  const translated = compileInPlace(help, file, read(help, `${locale}/${file}`));
  const before = parts(source, file);
  const after = parts(translated, file);

  it('has a source article at the same path', () => {
    expect(sourceFiles(help)).toContain(file);
  });

  it('compiles in its source’s place without errors or warnings', () => {
    expect(translated.diagnostics.map(formatDiagnostic)).toEqual([]);
  });

  it('has the source’s symptoms, each with the same number of checks, in the same order', () => {
    expect(after.symptoms.map((symptom) => symptom.checks.length)).toEqual(before.symptoms.map((symptom) => symptom.checks.length));
    expect(before.symptoms.length).toBeGreaterThan(0);
  });

  it('is written in its own words: no title, summary, symptom or check copied from the source', () => {
    expect(after.article.title).not.toBe(before.article.title);
    expect(after.article.summary).not.toBe(before.article.summary);
    const sourceTexts = new Set([...before.symptoms.map((s) => s.title), ...before.symptoms.flatMap((s) => s.checks.map((c) => c.text))]);
    const copied = [...after.symptoms.map((s) => s.title), ...after.symptoms.flatMap((s) => s.checks.map((c) => c.text))].filter((text) =>
      sourceTexts.has(text),
    );
    expect(copied).toEqual([]);
  });

  it('has its own tags and aliases, the words users of its language search for', () => {
    expect(after.article.tags.length).toBeGreaterThan(0);
    expect(after.article.aliases.length).toBeGreaterThan(0);
    const english = new Set(before.article.aliases.map((alias) => alias.toLowerCase()));
    expect(after.article.aliases.filter((alias) => english.has(alias.toLowerCase())).length).toBeLessThan(after.article.aliases.length / 2);
  });

  it('links to the same app screens and articles as its source, in the same order', () => {
    const targets = (article: Article) => article.links.map(({ target }) => target);
    expect(targets(after.article)).toEqual(targets(before.article));
  });

  it('leaves routes, errors and diagnostic bindings to its source', () => {
    expect(after.article.context.routes).toEqual([]);
    expect(after.article.context.errors).toEqual([]);
    for (const symptom of after.symptoms) {
      expect(symptom.context?.routes ?? [], symptom.slug).toEqual([]);
      expect(symptom.context?.errors ?? [], symptom.slug).toEqual([]);
      expect(symptom.checks.filter((check) => check.diagnostic !== undefined).map((check) => check.id)).toEqual([]);
    }
  });
});

describe.each(indexTranslations)('given the $locale help-center page of $help', ({ help, locale }) => {
  const compile = (text: string) => compileSources([{ path: '_index.md', text }], {});
  const english = compile(read(help, '_index.md'));
  const translated = compile(read(help, `${locale}/_index.md`));

  it('keeps the product name as the title and translates the summary', () => {
    expect(translated.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(translated.index.helpCenter.title).toBe(english.index.helpCenter.title);
    expect(translated.index.helpCenter.summary).toBeTruthy();
    expect(translated.index.helpCenter.summary).not.toBe(english.index.helpCenter.summary);
  });
});

describe.each(HELP_CENTERS)('given the locale folders of %s', (help) => {
  const articles = sourceFiles(help).filter((file) => file !== '_index.md');

  it.each(localeFolders(help))('%s translates the help-center page and at least one article', (locale) => {
    const files = articleTranslations.filter((t) => t.help === help && t.locale === locale).map((t) => t.file);
    expect(indexTranslations.some((t) => t.help === help && t.locale === locale)).toBe(true);
    expect(files.length).toBeGreaterThan(0);
  });

  it('has a German and a Japanese translation', () => {
    expect(localeFolders(help)).toEqual(expect.arrayContaining(['de', 'ja']));
  });

  if (help === 'ochre') {
    it.each(localeFolders(help))('%s leaves some articles in English, so the demo shows the fallback', (locale) => {
      const files = new Set(articleTranslations.filter((t) => t.help === help && t.locale === locale).map((t) => t.file));
      expect(articles.filter((file) => !files.has(file)).length).toBeGreaterThan(0);
    });
  } else {
    it.each(localeFolders(help))('%s translates every article', (locale) => {
      const files = new Set(articleTranslations.filter((t) => t.help === help && t.locale === locale).map((t) => t.file));
      expect(articles.filter((file) => !files.has(file))).toEqual([]);
    });
  }
});
