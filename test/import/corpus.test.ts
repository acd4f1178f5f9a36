import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../fixtures/import/build-corpus';
import { CORPUS } from '../fixtures/import/corpus-source';

const FIXTURES = 'test/fixtures/import';

describe('given the import corpus', () => {
  const files = buildCorpus();

  // UPDATE_IMPORT_CORPUS=1 npx vitest run test/import/corpus.test.ts rewrites the files after an edit of corpus-source.ts.
  if (process.env.UPDATE_IMPORT_CORPUS === '1') {
    for (const file of files) {
      mkdirSync(dirname(join(FIXTURES, file.path)), { recursive: true });
      writeFileSync(join(FIXTURES, file.path), file.text);
    }
  }

  it('holds at least 40 articles, German versions of ten and two drafts', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(40);
    expect(CORPUS.filter((article) => article.de).length).toBeGreaterThanOrEqual(10);
    expect(CORPUS.filter((article) => article.draft).length).toBe(2);
  });

  it.each(files.map((file) => [file.path, file.text]))('has %s as the corpus source renders it', (path, text) => {
    expect(readFileSync(join(FIXTURES, path), 'utf8')).toBe(text);
  });
});
