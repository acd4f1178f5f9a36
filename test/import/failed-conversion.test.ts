import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run, temporaryFolder } from './helpers';

// The converter fails on one article, as a bug in it would on some body.
vi.mock('../../src/import/convert-article', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/import/convert-article')>();
  return {
    ...original,
    convertArticle: (...args: Parameters<typeof original.convertArticle>) => {
      if (args[0].title === 'Breaks the converter') throw new RangeError('Maximum call stack size exceeded');
      return original.convertArticle(...args);
    },
  };
});

let folder: string;
beforeEach(() => {
  folder = temporaryFolder('failed-conversion');
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('given an export with one article the converter fails on', () => {
  it('exits 1 naming the article and its error, with nothing written', async () => {
    const path = join(folder, 'articles.json');
    writeFileSync(path, JSON.stringify({ articles: [{ id: 1, title: 'Fine', body: '<p>Fine.</p>', locale: 'en-us' }, { id: 2, title: 'Breaks the converter', body: '<p>x</p>', locale: 'en-us' }], next_page: null }));
    const out = join(folder, 'content');
    const result = await run(['import', 'zendesk', path, '--out', out]);
    expect(result.status).toBe(1);
    expect(result.err).toMatch(/: error: "Breaks the converter" \(zendesk:2\) could not be converted \(Maximum call stack size exceeded\)/);
    expect(result.err).toContain('nothing was written');
    expect(existsSync(out)).toBe(false);
  });
});

describe('given --locale that is no language tag', () => {
  for (const tag of ['../../etc', 'de/x', 'a\\b', 'not a tag']) {
    it(`refuses "${tag}" as wrong usage`, async () => {
      const path = join(folder, 'articles.json');
      writeFileSync(path, JSON.stringify({ articles: [], next_page: null }));
      const out = join(folder, 'content');
      const result = await run(['import', 'zendesk', path, '--out', out, '--locale', tag]);
      expect(result.status).toBe(2);
      expect(result.err).toContain(`--locale "${tag}"`);
      expect(existsSync(out)).toBe(false);
    });
  }
});
