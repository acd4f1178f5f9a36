import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileContent, hasErrors } from '../../src/compiler/index';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'help-panel-content-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function write(path: string, text: string): Promise<void> {
  await mkdir(join(root, path, '..'), { recursive: true });
  await writeFile(join(root, path), text, 'utf8');
}

describe('given a content directory', () => {
  it('reads every .md file recursively, skipping node_modules and dot folders', async () => {
    await write('b.md', 'B.\n');
    await write('sub/a.md', 'A.\n');
    await write('sub/notes.txt', 'not markdown');
    await write('node_modules/pkg/readme.md', 'no\n');
    await write('.drafts/secret.md', 'no\n');
    const { index, diagnostics } = await compileContent(root);
    expect(index.articles.map((article) => [article.id, article.source.file])).toEqual([
      ['b', 'b.md'],
      ['a', 'sub/a.md'],
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('names the help center after the directory', async () => {
    await write('a.md', 'A.\n');
    const { index } = await compileContent(join(root, '.'));
    expect(index.helpCenter.id).toMatch(/^help-panel-content-/);
  });

  it('reports paths in diagnostics as the user typed the directory, and index paths relative to it', async () => {
    await write('guides/x.md', '[gone](./missing.md)\n');
    const typed = `${root}/`;
    const { index, diagnostics } = await compileContent(typed);
    expect(diagnostics[0]?.file).toBe(`${root}/guides/x.md`);
    expect(index.articles[0]?.source.file).toBe('guides/x.md');
    expect(hasErrors(diagnostics)).toBe(true);
  });

  it('reports a file it cannot read instead of throwing', async () => {
    await symlink(join(root, 'nowhere.md'), join(root, 'dangling.md'));
    await write('ok.md', 'Fine.\n');
    const { index, diagnostics } = await compileContent(root);
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'unreadable-file', level: 'error', file: `${root}/dangling.md`, line: 1, column: 1 }),
    ]);
    expect(diagnostics[0]?.message).toContain('it does not exist');
    expect(index.articles.map((article) => article.id)).toEqual(['ok']);
  });

  it('reports a missing directory instead of throwing', async () => {
    const missing = join(root, 'missing');
    const { index, diagnostics } = await compileContent(missing);
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'unreadable-file', level: 'error', file: missing })]);
    expect(diagnostics[0]?.message).toContain(`the content directory "${missing}" could not be read (it does not exist)`);
    expect(index.articles).toEqual([]);
  });
});
