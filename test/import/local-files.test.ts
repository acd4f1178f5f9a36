import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileContent } from '../../src/compiler/index';
import { readTree, run, temporaryFolder } from './helpers';

/** One Zendesk article (or translation) of an export written inline. */
interface Article {
  id: number;
  title: string;
  body: string;
  locale?: string;
  source_locale?: string;
}

let folder: string;
let out: string;
let exportFile: string;

beforeEach(() => {
  folder = temporaryFolder('local-files');
  out = join(folder, 'content');
  exportFile = join(folder, 'articles.json');
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

function writeExport(articles: readonly Article[]): void {
  writeFileSync(exportFile, JSON.stringify({ articles: articles.map((article) => ({ locale: 'en-us', source_locale: 'en-us', ...article })), next_page: null }));
}
const importInto = (target = out, ...extra: string[]) => run(['import', 'zendesk', exportFile, '--out', target, ...extra]);
const row = (stdout: string, label: string) => Number(new RegExp(`^\\s+${label}\\s+(\\d+)`, 'm').exec(stdout)?.[1]);

const reset: Article = { id: 1, title: 'Reset password', body: '<p>Reset it.</p>' };
const resetDe: Article = { id: 1, title: 'Passwort', body: '<p>Zurücksetzen.</p>', locale: 'de' };
const close: Article = { id: 2, title: 'Close your account', body: '<p>Only owners can close an account.</p>' };

describe('given a hand-written file where a translation would go', () => {
  it('writes the translation beside it under a free name, and never replaces it', async () => {
    mkdirSync(join(out, 'de'), { recursive: true });
    writeFileSync(join(out, 'de/reset-password.md'), '---\ntitle: Mein Text\n---\n\nVon Hand.\n');
    writeExport([reset, resetDe]);
    const result = await importInto();
    expect(result.status).toBe(0);
    const files = readTree(out);
    expect(files.get('de/reset-password.md')).toBe('---\ntitle: Mein Text\n---\n\nVon Hand.\n');
    expect(files.get('de/reset-password-2.md')).toContain('from: zendesk:1');
    expect(files.get('de/reset-password-2.md')).toContain('id: reset-password\n');
    expect(result.err).toContain('de/reset-password.md is a file the import did not write');
    expect(result.err).toContain('de/reset-password-2.md');
  });
});

describe('given a copy of an imported file that carries its origin', () => {
  it('updates only the file the import wrote, warns about the copy, and never overwrites the copy, even with --force', async () => {
    writeExport([close]);
    expect((await importInto()).status).toBe(0);
    // Sorted after the original, so a scan meets it last.
    const copy = `${readFileSync(join(out, 'close-your-account.md'), 'utf8')}\nOur own notes.\n`;
    writeFileSync(join(out, 'my-notes.md'), copy);
    writeExport([{ ...close, body: '<p>Owners and admins can close an account.</p>' }]);
    const again = await importInto(out, '--force', '--prune');
    expect(again.status).toBe(0);
    expect(readFileSync(join(out, 'my-notes.md'), 'utf8')).toBe(copy);
    expect(readFileSync(join(out, 'close-your-account.md'), 'utf8')).toContain('Owners and admins');
    expect(again.err).toContain('my-notes.md has the same origin (imported.from: zendesk:2) as close-your-account.md');
  });
});

describe('given imported files checked out with CRLF line ends and a BOM', () => {
  it('sees them as unchanged, and writes an updated one with LF line ends', async () => {
    writeExport([reset, close]);
    expect((await importInto()).status).toBe(0);
    for (const name of readdirSync(out)) {
      writeFileSync(join(out, name), `\uFEFF${readFileSync(join(out, name), 'utf8').replace(/\n/g, '\r\n')}`);
    }
    const before = readTree(out);
    const again = await importInto();
    expect(row(again.out, 'unchanged')).toBe(2);
    expect(row(again.out, 'kept local edits')).toBe(0);
    expect(readTree(out)).toEqual(before);

    writeExport([reset, { ...close, body: '<p>Changed upstream.</p>' }]);
    const changed = await importInto();
    expect(row(changed.out, 'updated')).toBe(1);
    const updated = readFileSync(join(out, 'close-your-account.md'), 'utf8');
    expect(updated).toContain('Changed upstream.');
    expect(updated).not.toContain('\r');
    expect(updated.charCodeAt(0)).not.toBe(0xfeff);
  });
});

describe('given symlinks in the content folder', () => {
  it('never writes through a symlinked locale folder, and names it', async () => {
    const outside = join(folder, 'outside');
    mkdirSync(outside);
    mkdirSync(out);
    symlinkSync(outside, join(out, 'de'), 'dir');
    writeExport([reset, resetDe]);
    const result = await importInto();
    expect(result.status).toBe(0);
    expect(readdirSync(outside)).toEqual([]);
    expect(existsSync(join(out, 'reset-password.md'))).toBe(true);
    expect(result.err).toContain('de/reset-password.md is not written: de is a symlink');
  });

  it('never replaces a symlinked file: the article gets a free name', async () => {
    const outside = join(folder, 'outside.md');
    writeFileSync(outside, '# Elsewhere\n');
    mkdirSync(out);
    symlinkSync(outside, join(out, 'reset-password.md'));
    writeExport([reset]);
    expect((await importInto()).status).toBe(0);
    expect(lstatSync(join(out, 'reset-password.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(outside, 'utf8')).toBe('# Elsewhere\n');
    expect(readFileSync(join(out, 'reset-password-2.md'), 'utf8')).toContain('from: zendesk:1');
  });
});

describe('given a write that fails part-way', () => {
  it('leaves the existing folder as it was, without temporary files, and names what was in the way', async () => {
    mkdirSync(out);
    writeFileSync(join(out, 'de'), 'a file where the de folder would go\n');
    writeExport([reset, resetDe]);
    const result = await importInto();
    expect(result.status).toBe(1);
    expect([...readTree(out).keys()]).toEqual(['de']);
    expect(result.err).toContain(`${join(out, 'de')} is a file, not a folder`);
  });

  it('names the file that is in the way of an --out whose parent is a file', async () => {
    writeFileSync(join(folder, 'notes.txt'), 'not a folder\n');
    writeExport([reset]);
    const result = await importInto(join(folder, 'notes.txt', 'content'));
    expect(result.status).toBe(1);
    expect(result.err).toContain(`${join(folder, 'notes.txt')} is a file, not a folder`);
  });
});

describe('given languages the compiler reads no folder for', () => {
  it('writes a variant to its language folder, leaves out a language without one, says so, and the folder builds', async () => {
    const locales = ['en-us', 'ca-es', 'ca-es-valencia', 'zz', 'und'];
    writeExport(locales.map((locale) => ({ id: 7, title: `Reset (${locale})`, body: `<p>Text in ${locale}.</p>`, locale })));
    const result = await importInto();
    expect(result.status).toBe(0);
    expect([...readTree(out).keys()].sort()).toEqual(['ca-ES/reset-en-us.md', 'ca/reset-en-us.md', 'reset-en-us.md']);
    expect(readTree(out).get('ca/reset-en-us.md')).toContain('Text in ca-es-valencia.');
    expect(result.err).toContain('"Reset (zz)" (zendesk:7, zz) is in "zz", a language the compiler reads no locale folder for');
    expect(result.err).toContain('"Reset (und)"');
    const compiled = await compileContent(out);
    expect(compiled.diagnostics.filter((diagnostic) => diagnostic.level === 'error')).toEqual([]);
    expect(Object.keys(compiled.locales?.locales ?? {}).sort()).toEqual(['ca', 'ca-ES', 'en']);
  });
});
