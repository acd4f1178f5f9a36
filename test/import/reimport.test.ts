import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { modificationTimes, readTree, run, temporaryFolder } from './helpers';

/** A small Zendesk export written inline: each test changes what it needs. */
interface Article {
  id: number;
  title: string;
  body: string;
  draft?: boolean;
}

const HOST = 'https://acme.zendesk.com';
const start: Article[] = [
  { id: 101, title: 'Webhooks are not delivered', body: '<h2>Problem</h2><p>No events arrive at your endpoint.</p><h2>Resolution</h2><ol><li>Check the endpoint URL.</li><li>Send a test event.</li></ol>' },
  { id: 102, title: 'Rotate an API key', body: `<p>Create the new key first. See <a href="${HOST}/hc/en-us/articles/101">webhooks</a>.</p>` },
  { id: 103, title: 'Close your account', body: '<p>Only owners can close an account.</p>' },
];

let folder: string;
let exportFile: string;
let out: string;

function writeExport(articles: readonly Article[]): void {
  writeFileSync(
    exportFile,
    JSON.stringify({
      articles: articles.map((article) => ({
        id: article.id,
        title: article.title,
        body: article.body,
        locale: 'en-us',
        source_locale: 'en-us',
        draft: article.draft ?? false,
        html_url: `${HOST}/hc/en-us/articles/${article.id}`,
        updated_at: '2026-01-10T09:15:00Z',
        label_names: [],
      })),
      next_page: null,
    }),
  );
}

const importAgain = (...extra: string[]) => run(['import', 'zendesk', exportFile, '--out', out, ...extra]);
const row = (stdout: string, label: string) => Number(new RegExp(`^\\s+${label}\\s+(\\d+)`, 'm').exec(stdout)?.[1]);
const edit = (path: string, change: (text: string) => string) => writeFileSync(join(out, path), change(readFileSync(join(out, path), 'utf8')));

beforeEach(async () => {
  folder = temporaryFolder('reimport');
  exportFile = join(folder, 'articles.json');
  out = join(folder, 'content');
  writeExport(start);
  const first = await importAgain();
  expect(first.status).toBe(0);
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('given a folder imported before', () => {
  it('leaves every file byte for byte, and its modification time, when nothing changed upstream', async () => {
    const before = readTree(out);
    const times = modificationTimes(out);
    const again = await importAgain();
    expect(again.status).toBe(0);
    expect(readTree(out)).toEqual(before);
    expect(modificationTimes(out)).toEqual(times);
    expect(row(again.out, 'unchanged')).toBe(3);
    expect(row(again.out, 'new')).toBe(0);
    expect(row(again.out, 'updated')).toBe(0);
  });

  it('updates only the article that changed upstream', async () => {
    const times = modificationTimes(out);
    writeExport([start[0] as Article, { ...(start[1] as Article), body: '<p>Create the new key, then delete the old one.</p>' }, start[2] as Article]);
    const again = await importAgain();
    expect(row(again.out, 'updated')).toBe(1);
    expect(row(again.out, 'unchanged')).toBe(2);
    expect(readFileSync(join(out, 'rotate-an-api-key.md'), 'utf8')).toContain('Create the new key, then delete the old one.');
    const after = modificationTimes(out);
    expect(after.get('webhooks-are-not-delivered.md')).toBe(times.get('webhooks-are-not-delivered.md'));
    expect(after.get('close-your-account.md')).toBe(times.get('close-your-account.md'));
  });

  it('keeps the id and file of an article whose title changed upstream', async () => {
    writeExport([start[0] as Article, start[1] as Article, { ...(start[2] as Article), title: 'Delete your account' }]);
    await importAgain();
    const files = readTree(out);
    expect(files.has('delete-your-account.md')).toBe(false);
    expect(files.get('close-your-account.md')).toContain('title: Delete your account\nid: close-your-account\n');
  });

  it('keeps a file edited by hand, without a word, while its article is unchanged upstream', async () => {
    edit('close-your-account.md', (text) => `${text}\nAsk support to export your data first.\n`);
    const edited = readFileSync(join(out, 'close-your-account.md'), 'utf8');
    const again = await importAgain();
    expect(readFileSync(join(out, 'close-your-account.md'), 'utf8')).toBe(edited);
    expect(row(again.out, 'kept local edits')).toBe(1);
    expect(again.err).not.toContain('kept-local-edit');
  });

  it('keeps a file edited by hand when its article changed upstream too, and says so', async () => {
    edit('close-your-account.md', (text) => text.replace('Only owners', 'Only the owner'));
    const edited = readFileSync(join(out, 'close-your-account.md'), 'utf8');
    writeExport([start[0] as Article, start[1] as Article, { ...(start[2] as Article), body: '<p>Owners and admins can close an account.</p>' }]);
    const again = await importAgain();
    expect(again.status).toBe(0);
    expect(readFileSync(join(out, 'close-your-account.md'), 'utf8')).toBe(edited);
    expect(row(again.out, 'kept local edits')).toBe(1);
    expect(again.out).toContain('--force replaces them');
    expect(again.err).toMatch(/close-your-account\.md was edited since the last import and "Close your account" \(zendesk:103\) changed upstream too; .*--force.* \[kept-local-edit\]/);
  });

  it('replaces a file edited by hand with --force', async () => {
    edit('close-your-account.md', (text) => text.replace('Only owners', 'Only the owner'));
    writeExport([start[0] as Article, start[1] as Article, { ...(start[2] as Article), body: '<p>Owners and admins can close an account.</p>' }]);
    const again = await importAgain('--force');
    expect(readFileSync(join(out, 'close-your-account.md'), 'utf8')).toContain('Owners and admins can close an account.');
    expect(row(again.out, 'updated')).toBe(1);
    expect(row(again.out, 'kept local edits')).toBe(0);
  });

  it('keeps the file of an article no longer in the export, and says --prune removes it', async () => {
    writeExport([start[0] as Article, start[1] as Article]);
    const again = await importAgain();
    expect(readTree(out).has('close-your-account.md')).toBe(true);
    expect(again.out).toMatch(/not in the export\s+1\s+\(--prune removes them\)/);
  });

  it('removes the file of an article no longer in the export, or now a draft, with --prune', async () => {
    writeExport([start[0] as Article, { ...(start[1] as Article), draft: true }]);
    const again = await importAgain('--prune');
    const files = readTree(out);
    expect(files.has('close-your-account.md')).toBe(false);
    expect(files.has('rotate-an-api-key.md')).toBe(false);
    expect(files.has('webhooks-are-not-delivered.md')).toBe(true);
    expect(row(again.out, 'removed')).toBe(2);
    expect(row(again.out, 'skipped drafts')).toBe(1);
  });

  it('keeps, even with --prune, a file edited by hand whose article is gone, unless --force is given too', async () => {
    edit('close-your-account.md', (text) => `${text}\nA note of ours.\n`);
    writeExport([start[0] as Article, start[1] as Article]);
    const pruned = await importAgain('--prune');
    expect(readTree(out).has('close-your-account.md')).toBe(true);
    expect(pruned.err).toContain('close-your-account.md (zendesk:103) is no longer in the export, but it was edited since the last import, so --prune keeps it');
    await importAgain('--prune', '--force');
    expect(readTree(out).has('close-your-account.md')).toBe(false);
  });

  it('never touches a file it did not write', async () => {
    mkdirSync(join(out, 'guides'), { recursive: true });
    writeFileSync(join(out, 'guides/our-own.md'), '# Our own article\n\nWritten here.\n');
    writeExport([start[0] as Article]);
    await importAgain('--prune', '--force');
    expect(readFileSync(join(out, 'guides/our-own.md'), 'utf8')).toBe('# Our own article\n\nWritten here.\n');
  });

  it('gives a new article with a taken title a new id, never the one of an existing file', async () => {
    writeFileSync(join(out, 'billing.md'), '# Billing\n\nOur page.\n');
    writeExport([...start, { id: 104, title: 'Billing', body: '<p>Invoices are monthly.</p>' }, { id: 105, title: 'Close your account', body: '<p>Another one.</p>' }]);
    await importAgain();
    const files = readTree(out);
    expect(files.get('billing.md')).toBe('# Billing\n\nOur page.\n');
    expect(files.get('billing-2.md')).toContain('from: zendesk:104');
    expect(files.get('close-your-account-2.md')).toContain('from: zendesk:105');
  });

  it('says what it would do with --dry-run, and writes nothing', async () => {
    writeExport([start[0] as Article, { ...(start[1] as Article), body: '<p>Changed.</p>' }, { id: 106, title: 'New article', body: '<p>New.</p>' }]);
    const before = readTree(out);
    const dry = await importAgain('--dry-run');
    expect(dry.status).toBe(0);
    expect(readTree(out)).toEqual(before);
    expect(dry.out).toContain('updated   rotate-an-api-key.md');
    expect(dry.out).toContain('new       new-article.md');
    expect(dry.out).toContain('gone      close-your-account.md');
    expect(dry.out).toContain('nothing was written');
  });
});
