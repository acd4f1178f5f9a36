import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKnowledgeBase, measureMarkdown, type GeneratedKb, type MarkdownFigures } from '../../bench/generate-kb';
import { compileContent, type CompileResult } from '../../src/compiler/compile-content';
import { createHelpEngine } from '../../src/engine/create-help-engine';

const LONGHORN = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/corpora/longhorn-kb');

const bodyOf = (text: string) => text.replace(/^---\n[\s\S]*?\n---\n/, '');

/** Prose sentences of a body (code, headings and list markers left out), long enough to be telling if repeated. */
function sentencesOf(text: string): string[] {
  return bodyOf(text)
    .replace(/^\s*```[\s\S]*?^\s*```/gm, '')
    .split('\n')
    .filter((line) => !/^\s*(?:#|\|)/.test(line))
    .map((line) => line.replace(/^\s*(?:[-*+]\s+(?:\[[ x]\]\s+)?|\d+\.\s+)/, ''))
    .join('\n')
    .split(/(?<=[.!?])\s+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.split(/\s+/).length >= 8);
}

describe('given the knowledge-base generator', () => {
  const small = generateKnowledgeBase(200, 7);

  it('writes the same files, contexts and queries for the same seed, and other text for another seed', () => {
    const again = generateKnowledgeBase(200, 7);
    expect(again).toEqual(small);
    const other = generateKnowledgeBase(200, 8);
    expect(other.files.map((file) => file.text)).not.toEqual(small.files.map((file) => file.text));
  });

  it('writes one file per article plus the help center _index.md, at unique paths', () => {
    expect(small.files).toHaveLength(201);
    expect(small.files[0]?.path).toBe('_index.md');
    expect(new Set(small.files.map((file) => file.path)).size).toBe(201);
    for (const file of small.files) expect(file.path).toMatch(/^(?:_index|[a-z0-9-]+\/[a-z0-9-]+)\.md$/);
  });

  it('gives each article its own text: no two articles share more than two sentences, and under 5 % of sentences recur at all', () => {
    const articles = small.files.slice(1).map((file) => [...new Set(sentencesOf(file.text))]);
    expect(articles.every((sentences) => sentences.length >= 3)).toBe(true);
    const owners = new Map<string, number[]>();
    articles.forEach((sentences, index) => {
      for (const sentence of sentences) owners.set(sentence, [...(owners.get(sentence) ?? []), index]);
    });
    const sharedByPair = new Map<string, number>();
    for (const list of owners.values()) {
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const key = `${list[i]} ${list[j]}`;
          sharedByPair.set(key, (sharedByPair.get(key) ?? 0) + 1);
        }
      }
    }
    // A short article may share one stock sentence with another; never a passage.
    let worstPair = 0;
    for (const shared of sharedByPair.values()) worstPair = Math.max(worstPair, shared);
    expect(worstPair).toBeLessThanOrEqual(2);
    const all = articles.flat();
    const repeated = all.filter((sentence) => (owners.get(sentence)?.length ?? 0) > 1).length;
    expect(repeated / all.length).toBeLessThan(0.05);
  });

  it('grows its vocabulary with the corpus, as real content does', () => {
    const words = (kb: GeneratedKb) => new Set(kb.files.flatMap((file) => file.text.toLowerCase().match(/[a-z][a-z0-9_'-]*/g) ?? [])).size;
    const larger = generateKnowledgeBase(800, 7);
    expect(words(larger)).toBeGreaterThan(words(small) * 2);
  });

  it('offers at least 200 distinct queries of 1–4 words, some half-typed, some misspelt, some questions', () => {
    const { queries } = small;
    expect(queries.length).toBeGreaterThanOrEqual(200);
    expect(new Set(queries).size).toBe(queries.length);
    for (const query of queries) {
      expect(query).toBe(query.trim());
      expect(query.split(' ').length).toBeGreaterThanOrEqual(1);
      expect(query.split(' ').length).toBeLessThanOrEqual(4);
    }
    const corpusWords = new Set(small.files.flatMap((file) => file.text.toLowerCase().match(/[a-z0-9-]+/g) ?? []));
    const unknownWord = (query: string) => query.split(' ').some((word) => !corpusWords.has(word));
    // A half-typed or misspelt word is not a word of the corpus; most queries are whole words.
    const partial = queries.filter(unknownWord).length;
    expect(partial).toBeGreaterThan(queries.length * 0.1);
    expect(partial).toBeLessThan(queries.length * 0.6);
    expect(queries.filter((query) => /^(?:why|how|cannot|when)\s/.test(query) && query.split(' ').length >= 3).length).toBeGreaterThan(20);
  });
});

describe('given 200 generated articles compiled by the project compiler', () => {
  const kb = generateKnowledgeBase(200, 3);
  let dir = '';
  let result: CompileResult;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'help-panel-kb-'));
    for (const file of kb.files) {
      const path = join(dir, ...file.path.split('/'));
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, file.text);
    }
    result = await compileContent(dir);
  });

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('compiles with no errors and no warnings', () => {
    expect(result.diagnostics).toEqual([]);
    expect(result.index.articles).toHaveLength(200);
    expect(result.index.helpCenter.title).toBe('Corvid Help Center');
  });

  it('has one to three symptoms per article, in every form the compiler recognises, each with 3–8 checks', () => {
    const { articles, symptoms } = result.index;
    for (const article of articles) expect(article.symptomIds.length).toBeGreaterThanOrEqual(1);
    const perArticle = symptoms.length / articles.length;
    expect(perArticle).toBeGreaterThanOrEqual(1.2);
    expect(perArticle).toBeLessThanOrEqual(2.5);
    expect(new Set(symptoms.map((symptom) => symptom.form))).toEqual(new Set(['kb', 'symptom-checks', 'task-list']));
    for (const symptom of symptoms) {
      expect(symptom.checks.length).toBeGreaterThanOrEqual(3);
      expect(symptom.checks.length).toBeLessThanOrEqual(8);
    }
  });

  it('files articles into buckets and gives about a fifth of them routes or errors', () => {
    expect(result.index.buckets.length).toBeGreaterThanOrEqual(10);
    const declares = (context: { routes: string[]; errors: unknown[] } | null | undefined) => (context?.routes.length ?? 0) + (context?.errors.length ?? 0) > 0;
    const withContext = result.index.articles.filter(
      (article) => declares(article.context) || article.symptomIds.some((id) => declares(result.index.symptoms.find((symptom) => symptom.id === id)?.context)),
    ).length;
    expect(withContext / 200).toBeGreaterThanOrEqual(0.12);
    expect(withContext / 200).toBeLessThanOrEqual(0.3);
    expect(result.index.symptoms.some((symptom) => symptom.context !== undefined)).toBe(true);
  });

  it('opens every generated context on its expected article or symptom as the best match', () => {
    const engine = createHelpEngine(result.index);
    expect(kb.contexts.length).toBeGreaterThanOrEqual(20);
    expect(kb.contexts.some((context) => context.route !== undefined)).toBe(true);
    expect(kb.contexts.some((context) => context.expectId.includes('#'))).toBe(true);
    for (const context of kb.contexts) {
      const best = engine.match(context)[0];
      const found = context.expectId.includes('#') ? best?.symptom.id : best?.article.id;
      expect({ context, found }).toEqual({ context, found: context.expectId });
    }
  });
});

describe.skipIf(!existsSync(LONGHORN))('given the shared Longhorn knowledge base as the yardstick', () => {
  // Measured in beforeAll, so nothing reads the folder when the suite is skipped.
  let longhorn: MarkdownFigures;
  let generated: MarkdownFigures;

  beforeAll(() => {
    longhorn = measureMarkdown(
      readdirSync(LONGHORN)
        .filter((name) => name.endsWith('.md'))
        .map((name) => ({ path: name, text: readFileSync(join(LONGHORN, name), 'utf8') })),
    );
    generated = measureMarkdown(generateKnowledgeBase(1000, 1).files);
  });

  it('compresses about as well as real articles (gzip ratio within 20 %)', () => {
    expect(generated.gzipRatio).toBeGreaterThan(longhorn.gzipRatio * 0.8);
    expect(generated.gzipRatio).toBeLessThan(longhorn.gzipRatio * 1.2);
  });

  it('has article bodies of the same length (median within 30 %, p90 within 40 %)', () => {
    expect(Math.abs(generated.medianBodyCharacters / longhorn.medianBodyCharacters - 1)).toBeLessThan(0.3);
    expect(Math.abs(generated.p90BodyCharacters / longhorn.p90BodyCharacters - 1)).toBeLessThan(0.4);
  });

  it('writes sentences, headings and code blocks at the same rate', () => {
    expect(Math.abs(generated.wordsPerSentence / longhorn.wordsPerSentence - 1)).toBeLessThan(0.25);
    expect(Math.abs(generated.headingsPerArticle / longhorn.headingsPerArticle - 1)).toBeLessThan(0.35);
    expect(generated.codeBlocksPerArticle).toBeGreaterThan(longhorn.codeBlocksPerArticle * 0.5);
  });

  it('uses a comparable vocabulary (distinct words per 100 kB within 25 %)', () => {
    expect(Math.abs(generated.distinctWordsPer100k / longhorn.distinctWordsPer100k - 1)).toBeLessThan(0.25);
  });
});
