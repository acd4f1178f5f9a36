import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readTree, run, temporaryFolder } from './helpers';

let folder: string;
let out: string;
beforeEach(() => {
  folder = temporaryFolder('odd-fields');
  out = join(folder, 'content');
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

function zendesk(articles: Record<string, unknown>[]): string {
  const path = join(folder, 'articles.json');
  writeFileSync(path, JSON.stringify({ articles: articles.map((article) => ({ locale: 'en-us', body: '<p>Text.</p>', ...article })), next_page: null }));
  return path;
}
const row = (summary: string, name: string) => Number(new RegExp(`^\\s*${name}\\s+(\\d+)`, 'm').exec(summary)?.[1]);

describe('given service fields a person would not expect', () => {
  it('writes a title with line breaks on one line, and a line in it like the import\'s hash does not make the file look edited', async () => {
    const input = zendesk([{ id: 1, title: 'Sign-in fails\n  hash: "0123456789abcdef"\nafter reset' }]);
    const first = await run(['import', 'zendesk', input, '--out', out]);
    expect(first.status).toBe(0);
    const [text] = [...readTree(out).values()];
    expect(text).toMatch(/^title: 'Sign-in fails hash: "0123456789abcdef" after reset'$|^title: Sign-in fails hash: "0123456789abcdef" after reset$/m);
    const again = await run(['import', 'zendesk', input, '--out', out]);
    expect(row(again.out, 'unchanged')).toBe(1);
    expect(row(again.out, 'kept local edits')).toBe(0);
    expect(again.err.split('\n').every((line) => !line.includes('after reset') || line.includes('Sign-in fails'))).toBe(true);
  });

  it('cuts a long title of characters outside the BMP on a code point, and keeps its id on the next run', async () => {
    const input = zendesk([{ id: 2, title: `a${'𠀀'.repeat(60)}` }]);
    expect((await run(['import', 'zendesk', input, '--out', out])).status).toBe(0);
    const [[path, text]] = [...readTree(out).entries()] as [[string, string]];
    expect(path).not.toContain('\ufffd');
    expect(text).not.toMatch(/\\ud[89ab]/i);
    const id = /^id: (.+)$/m.exec(text)?.[1];
    expect(id).toBeDefined();
    const again = await run(['import', 'zendesk', input, '--out', out]);
    expect(row(again.out, 'unchanged')).toBe(1);
    expect(/^id: (.+)$/m.exec([...readTree(out).values()][0]!)?.[1]).toBe(id);
  });

  it('leaves out, with a warning naming it, an article longer than the compiler reads, and imports the rest', async () => {
    const long = `<p>${'Plain words of a very long article. '.repeat(60_000)}</p>`;
    const result = await run(['import', 'zendesk', zendesk([{ id: 6, title: 'Endless', body: long }, { id: 7, title: 'Short' }]), '--out', out]);
    expect(result.status).toBe(0);
    expect(result.err).toMatch(/"Endless" \(zendesk:6\) is [\d,]+ characters as Markdown, more than the 2,000,000/);
    expect([...readTree(out).keys()]).toEqual(['short.md']);
    const { compileContent } = await import('../../src/compiler/index');
    expect((await compileContent(out)).diagnostics.filter((diagnostic) => diagnostic.level === 'error')).toEqual([]);
  }, 60_000);

  it('leaves out an updated date that is not a date', async () => {
    expect((await run(['import', 'zendesk', zendesk([{ id: 3, title: 'Dated', updated_at: 'not a date' }, { id: 4, title: 'Dated well', updated_at: '2024-05-01T10:00:00Z' }]), '--out', out])).status).toBe(0);
    const files = readTree(out);
    expect(files.get('dated.md')).not.toContain('not a date');
    expect(files.get('dated-well.md')).toContain('2024-05-01T10:00:00Z');
  });
});

describe('given page text that looks like a directive', () => {
  it('keeps ":::" lines as the text they are, not a callout the page never had', async () => {
    const { compileContent } = await import('../../src/compiler/index');
    const body = '<p>Type this in the editor:</p><p>:::danger</p><p>Deleting a workspace is permanent.</p><p>:::</p><div>::note[x]</div>';
    expect((await run(['import', 'zendesk', zendesk([{ id: 5, title: 'Editor markers', body }]), '--out', out])).status).toBe(0);
    const result = await compileContent(out);
    expect(result.diagnostics.filter((diagnostic) => diagnostic.level === 'error')).toEqual([]);
    const compiled = JSON.stringify(result.index);
    expect(compiled).toContain(':::danger');
    expect(compiled).toContain('Deleting a workspace is permanent.');
    expect(compiled).toContain('::note[x]');
    expect(compiled).not.toContain('"type":"callout"');
  });
});

describe('given a language that gains a second variant upstream', () => {
  it('keeps the folder an earlier import gave it, with its local edits, and puts the new variant beside it', async () => {
    const article = (id: number, locale: string, title: string, body = '<p>Text.</p>') => ({ id, title, body, locale, source_locale: 'en-us' });
    const first = zendesk([article(1, 'en-us', 'Reset password'), article(1, 'de-de', 'Passwort zurücksetzen'), article(2, 'en-us', 'Invoices'), article(2, 'de-de', 'Rechnungen')]);
    expect((await run(['import', 'zendesk', first, '--out', out])).status).toBe(0);
    const before = readTree(out);
    const german = [...before.keys()].filter((path) => path.startsWith('de/'));
    expect(german).toHaveLength(2);
    const edited = german[0]!;
    writeFileSync(join(out, edited), `${before.get(edited)}\nA line of our own.\n`);

    const second = zendesk([article(1, 'en-us', 'Reset password'), article(1, 'de-de', 'Passwort zurücksetzen'), article(2, 'en-us', 'Invoices'), article(2, 'de-de', 'Rechnungen'), article(1, 'de-at', 'Passwort zurücksetzen (AT)')]);
    const again = await run(['import', 'zendesk', second, '--out', out, '--prune']);
    expect(again.status).toBe(0);
    const after = readTree(out);
    expect(after.get(edited)).toContain('A line of our own.');
    expect([...after.keys()].filter((path) => path.startsWith('de/'))).toEqual(german);
    expect([...after.keys()].some((path) => path.startsWith('de-DE/'))).toBe(false);
    expect([...after.keys()].filter((path) => path.startsWith('de-AT/'))).toHaveLength(1);
    expect(again.err).not.toMatch(/no longer in the export/);
  });
});
