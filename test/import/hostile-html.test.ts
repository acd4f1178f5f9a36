// Some inputs here are large on purpose (130,000 nodes): each test has a minute, as a loaded CI machine may need.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { htmlToMarkdownTree, stringifyMarkdown } from '../../src/import/html-to-markdown';
import { capHtmlNesting, MAX_HTML_DEPTH } from '../../src/import/sanitize-html';
import { readTree, run, temporaryFolder } from './helpers';

let folder: string;
let out: string;
beforeEach(() => {
  folder = temporaryFolder('hostile');
  out = join(folder, 'content');
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

function zendesk(body: string, title = 'Hostile article'): string {
  const path = join(folder, 'articles.json');
  writeFileSync(path, JSON.stringify({ articles: [{ id: 7, title, body, locale: 'en-us' }, { id: 8, title: 'Fine article', body: '<p>Fine.</p>', locale: 'en-us' }], next_page: null }));
  return path;
}

describe('given ruby parts nested outside <ruby>', () => {
  it('counts <rt> that never closes, so 3000 of them are flattened', () => {
    const capped = capHtmlNesting(`${'<rt>'.repeat(3000)}x`);
    expect(capped.flattened).toBe(true);
    expect(capped.html.split('<rt>').length - 1).toBe(MAX_HTML_DEPTH);
  }, 60_000);

  it('imports the article with a warning naming it instead of overflowing the stack', async () => {
    const result = await run(['import', 'zendesk', zendesk(`${'<rt>'.repeat(3000)}x`), '--out', out]);
    expect(result.err).not.toMatch(/call stack/);
    expect(result.status).toBe(0);
    expect(result.err).toMatch(/Hostile article.*flattened/);
    expect([...readTree(out).values()].some((text) => text.includes('x'))).toBe(true);
  }, 60_000);

  it('leaves <rt> inside one <ruby> uncounted, as the parser closes each', () => {
    const html = `<ruby>${'漢<rt>かん'.repeat(500)}</ruby>`;
    expect(capHtmlNesting(html)).toEqual({ html, flattened: false });
  });

  it('flattens <ruby><rt> nested 3000 times and keeps its text', () => {
    const converted = htmlToMarkdownTree(`${'<ruby><rt>'.repeat(3000)}deep`);
    expect(converted.report.flattened).toBe(true);
    expect(stringifyMarkdown(converted.tree)).toContain('deep');
  }, 60_000);
});

describe('given tables nested in cells 1500 deep without end tags', () => {
  it('flattens them and keeps the text', () => {
    const converted = htmlToMarkdownTree(`${'<table><tr><td>'.repeat(1500)}cell`);
    expect(converted.report.flattened).toBe(true);
    expect(stringifyMarkdown(converted.tree)).toContain('cell');
  }, 60_000);
});

describe('given a long flat body', () => {
  it('converts 130000 list items without overflowing the stack', () => {
    const converted = htmlToMarkdownTree(`<ul>${'<li>item</li>'.repeat(130_000)}</ul>`);
    expect(converted.tree.children[0]?.type).toBe('list');
  }, 60_000);

  it('converts a table with 130000 cells in a row', () => {
    const converted = htmlToMarkdownTree(`<table><tr>${'<td>a<br>b</td>'.repeat(130_000)}</tr></table>`);
    expect(converted.tree.children[0]?.type).toBe('table');
  }, 60_000);

  it('imports an article of 130000 list items whole, through the troubleshooting pass too', async () => {
    const result = await run(['import', 'zendesk', zendesk(`<ul>${'<li>item</li>'.repeat(130_000)}</ul>`), '--out', out]);
    expect(result.err).not.toMatch(/call stack|error:/);
    expect(result.status).toBe(0);
    const text = [...readTree(out).values()].find((file) => file.includes('Hostile article'));
    expect(text?.split('\n').filter((line) => line === '- item' || line === '* item')).toHaveLength(130_000);
  }, 60_000);

  it('converts an anchor without an address holding 130000 children', () => {
    const converted = htmlToMarkdownTree(`<h1>T</h1><a name="x">${'<b>w</b>'.repeat(130_000)}</a>`);
    expect(converted.tree.children.length).toBeGreaterThan(1);
  }, 60_000);
});
