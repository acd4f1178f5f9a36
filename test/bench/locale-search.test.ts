import { describe, expect, it } from 'vitest';
import { generateLocaleKb } from '../../bench/locale-search';
import { compileSources } from '../../src/compiler/compile-content';

describe.each(['de', 'ja'] as const)('given the %s knowledge-base generator', (language) => {
  const kb = generateLocaleKb(language, 300);

  it('writes the articles asked for, each with text of its own', () => {
    const articles = kb.files.filter((file) => file.path !== '_index.md');
    expect(articles).toHaveLength(300);
    expect(new Set(articles.map((file) => file.text.replace(/^---[\s\S]*?---\n/, ''))).size).toBe(300);
  });

  it('writes content the compiler reads without errors, every planned symptom found', () => {
    const { index, diagnostics } = compileSources(kb.files, { helpCenter: { id: 'corvid' } });
    expect(diagnostics.filter((diagnostic) => diagnostic.level === 'error')).toEqual([]);
    expect(new Set(index.symptoms.map((symptom) => symptom.id))).toEqual(new Set(kb.topics.keys()));
  });

  it('is the same for the same seed', () => {
    expect(generateLocaleKb(language, 20).files).toEqual(generateLocaleKb(language, 20).files);
  });

  it('types queries as the language is typed', () => {
    expect(kb.queries.length).toBeGreaterThanOrEqual(300);
    const texts = kb.queries.map((entry) => entry.query);
    if (language === 'ja') expect(texts.filter((query) => /\s/.test(query))).toEqual([]);
    else expect(texts.every((query) => query === query.toLowerCase())).toBe(true);
  });
});
