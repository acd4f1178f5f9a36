import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { modificationTimes, readTree, run, temporaryFolder } from './helpers';

let folder: string;
let out: string;
const file = (name: string, text: string) => {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
};
const GOOD = JSON.stringify({ articles: [{ id: 1, title: 'Reset your password', body: '<p>Use the link on the sign-in page.</p>', locale: 'en-us' }], next_page: null });

beforeEach(() => {
  folder = temporaryFolder('bad-input');
  out = join(folder, 'content');
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** Exit 1, one `path:line:column: error:` line naming the problem, no stack trace, and no output folder. */
async function expectRefused(args: string[], where: string, message: RegExp) {
  const result = await run(['import', ...args, '--out', out]);
  expect(result.status).toBe(1);
  expect(result.err).toContain(`${where}: error: `);
  expect(result.err).toMatch(message);
  expect(result.err).not.toMatch(/\n\s+at /);
  expect(result.err).toContain('nothing was written');
  expect(existsSync(out)).toBe(false);
  return result;
}

describe('given malformed JSON', () => {
  it('names the file, the line and column of the mistake, and what was expected', async () => {
    const bad = file('articles.json', '{\n  "articles": [\n    { "id": 1, "title": "A", }\n  ]\n}\n');
    await expectRefused(['zendesk', bad], `${bad}:3:30`, /not valid JSON: a key in double quotes was expected\. Expected a Zendesk Help Center articles page/);
  });

  it('says an empty file is empty', async () => {
    await expectRefused(['intercom', file('empty.json', '')], `${join(folder, 'empty.json')}:1:1`, /the file is empty\. Expected an Intercom articles list/);
  });

  it('writes nothing when one file of several is bad, not even the good ones', async () => {
    const good = file('page-1.json', GOOD);
    const bad = file('page-2.json', '{"articles": [');
    await expectRefused(['zendesk', good, bad], `${bad}:1:15`, /invalid-json/);
  });

  it('leaves a folder imported before exactly as it was', async () => {
    const good = file('page-1.json', GOOD);
    expect((await run(['import', 'zendesk', good, '--out', out])).status).toBe(0);
    const before = readTree(out);
    const times = modificationTimes(out);
    const result = await run(['import', 'zendesk', good, file('page-2.json', '[1, 2'), '--out', out]);
    expect(result.status).toBe(1);
    expect(readTree(out)).toEqual(before);
    expect(modificationTimes(out)).toEqual(times);
  });
});

describe('given JSON of another shape', () => {
  it('says which shape a Zendesk export has', async () => {
    await expectRefused(['zendesk', file('posts.json', '{"posts": []}')], `${join(folder, 'posts.json')}:1:1`, /expected a Zendesk Help Center articles page .*\{ "articles": \[\.\.\.\], "next_page": … \}.*but the file holds an object with the keys posts/);
  });

  it('points at a field of the wrong type', async () => {
    const bad = file('articles.json', '{\n  "articles": [\n    { "id": 1, "title": "A", "body": "<p>x</p>",\n      "label_names": "billing" }\n  ]\n}\n');
    await expectRefused(['zendesk', bad], `${bad}:4:22`, /"label_names" of articles\[0\] must be a list, but it is the text "billing"/);
  });

  it('points at an article without a title', async () => {
    const bad = file('list.json', '{"type": "list", "data": [{"type": "article", "id": "7", "body": "<p>x</p>"}]}');
    await expectRefused(['intercom', bad], `${bad}:1:27`, /the article 7 has no "title"/);
  });

  it('tells a Help Scout list of article references from articles, and how to export the text', async () => {
    const refs = file('refs.json', JSON.stringify({ articles: { page: 1, pages: 1, count: 1, items: [{ id: 'a1', number: 3, name: 'Reset', status: 'published' }] } }));
    await expectRefused(['helpscout', refs], `${refs}:1:52`, /has no "text": this is a list of article references .* GET \/v1\/articles\/\{id\}, or import with --url/);
  });

  it('says a collections file is not an articles file', async () => {
    const collections = file('collections.json', JSON.stringify({ type: 'list', data: [{ type: 'collection', id: '9', name: 'Billing' }] }));
    await expectRefused(['intercom', collections], `${collections}:1:32`, /"collection" is not an article; .*--collections/);
  });

  it('says a file that does not exist does not exist', async () => {
    await expectRefused(['zendesk', join(folder, 'missing.json')], `${join(folder, 'missing.json')}:1:1`, /could not read this file \(it does not exist\)/);
  });
});

describe('given a wrong command line', () => {
  it.each([
    [['import'], /missing the kind of export/],
    [['import', 'freshdesk', 'x.json', '--out', 'o'], /unknown kind "freshdesk"\. Allowed kinds: zendesk, intercom, helpscout, html\./],
    [['import', 'zendesk', 'x.json'], /missing --out <dir>/],
    [['import', 'zendesk', '--out', 'o'], /missing the export files/],
    [['import', 'intercom', 'x.json', '--sections', 's.json', '--out', 'o'], /--sections is not read for intercom exports\. Options of intercom: --collections\./],
    [['import', 'html', '--url', 'https://example.com', '--out', 'o'], /--url reads a service's API/],
    [['import', 'zendesk', 'x.json', '--url', 'https://acme.zendesk.com', '--out', 'o'], /pass the export files or --url, not both/],
    [['import', 'helpscout', 'x.json', '--collection-locale', 'german', '--out', 'o'], /--collection-locale "german" is not <collection>=<tag>/],
    [['import', 'zendesk', 'x.json', '--out', 'o', '--colour'], /Unknown option '--colour'\. Allowed options: --out, /],
  ])('%j exits 2 with a sentence that says how to fix it', async (args, message) => {
    const result = await run(args);
    expect(result.status).toBe(2);
    expect(result.err).toMatch(message);
  });

  it('refuses an --out that is a file', async () => {
    const target = file('content.md', '# Not a folder\n');
    const result = await run(['import', 'zendesk', file('a.json', GOOD), '--out', target]);
    expect(result.status).toBe(1);
    expect(result.err).toContain('is a file; pass the folder the articles go into');
  });

  it('shows its help with --help, naming each service\'s token variable', async () => {
    const result = await run(['import', '--help']);
    expect(result.status).toBe(0);
    for (const name of ['ZENDESK_API_TOKEN', 'INTERCOM_ACCESS_TOKEN', 'HELPSCOUT_DOCS_API_KEY', '--prune', '--force']) expect(result.out).toContain(name);
    expect((await run(['--help'])).out).toContain('import <kind> <file…> --out <dir>');
  });

  it('imports into a folder whose parents do not exist yet', async () => {
    const deep = join(folder, 'a/b/content');
    mkdirSync(join(folder, 'a'), { recursive: true });
    const result = await run(['import', 'zendesk', file('a.json', GOOD), '--out', deep]);
    expect(result.status).toBe(0);
    expect(readTree(deep).has('reset-your-password.md')).toBe(true);
  });
});
