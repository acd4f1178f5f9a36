import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeHtml } from '../../src/import/html-folder';
import { readTree, run, temporaryFolder } from './helpers';

let folder: string;
let out: string;
beforeEach(() => {
  folder = temporaryFolder('html-input');
  out = join(folder, 'content');
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const write = (path: string, content: string | Uint8Array) => {
  mkdirSync(join(folder, path, '..'), { recursive: true });
  writeFileSync(join(folder, path), content);
  return join(folder, path);
};

describe('given import html a file that is not a page', () => {
  it('refuses it as not an .html file, with nothing written', async () => {
    const result = await run(['import', 'html', write('articles.json', '{"articles": []}'), '--out', out]);
    expect(result.status).toBe(1);
    expect(result.err).toMatch(/articles\.json": not an \.html file/);
    expect(result.err).toContain('nothing was written');
  });
});

describe('given two folders with a page at the same path', () => {
  it('imports both pages', async () => {
    const a = write('siteA/faq.html', '<html><head><title>FAQ of A</title></head><body><p>A.</p></body></html>');
    const b = write('siteB/faq.html', '<html><head><title>FAQ of B</title></head><body><p>B.</p></body></html>');
    const result = await run(['import', 'html', join(a, '..'), join(b, '..'), '--out', out]);
    expect(result.status).toBe(0);
    const texts = [...readTree(out).values()].join('\n');
    expect(texts).toContain('FAQ of A');
    expect(texts).toContain('FAQ of B');
  });
});

describe('given pages not in UTF-8', () => {
  it('decodes windows-1252 named by <meta charset>', () => {
    const bytes = Buffer.concat([Buffer.from('<meta charset="windows-1252"><p>caf'), Buffer.from([0xe9, 0x20, 0x80]), Buffer.from('</p>')]);
    expect(decodeHtml(bytes).text).toContain('café €');
  });

  it('decodes iso-8859-2 named by <meta http-equiv="content-type">', () => {
    const bytes = Buffer.concat([Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"><p>'), Buffer.from([0xb1]), Buffer.from('</p>')]);
    expect(decodeHtml(bytes).text).toContain('<p>ą</p>');
  });

  it('decodes UTF-16 by its byte order mark', () => {
    expect(decodeHtml(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>Grüße</p>', 'utf16le')])).text).toBe('<p>Grüße</p>');
    const big = Buffer.from('<p>Grüße</p>', 'utf16le').swap16();
    expect(decodeHtml(Buffer.concat([Buffer.from([0xfe, 0xff]), big])).text).toBe('<p>Grüße</p>');
  });

  it('reads an unknown charset as UTF-8 and warns naming the page', async () => {
    expect(decodeHtml(Buffer.from('<meta charset="klingon"><p>ok</p>'))).toEqual({ text: '<meta charset="klingon"><p>ok</p>', unknown: 'klingon' });
    write('site/page.html', '<html><head><meta charset="klingon"><title>Odd</title></head><body><p>ok</p></body></html>');
    const result = await run(['import', 'html', join(folder, 'site'), '--out', out]);
    expect(result.status).toBe(0);
    expect(result.err).toMatch(/page\.html:1:1: warning: the page says its encoding is "klingon"/);
  });

  it('imports a windows-1252 page with its accents', async () => {
    write('site/menu.html', Buffer.concat([Buffer.from('<html><head><meta charset="windows-1252"><title>Men'), Buffer.from([0xfc]), Buffer.from('</title></head><body><p>Caf'), Buffer.from([0xe9]), Buffer.from('</p></body></html>')]));
    const result = await run(['import', 'html', join(folder, 'site'), '--out', out]);
    expect(result.status).toBe(0);
    expect([...readTree(out).values()].join('\n')).toContain('Café');
  });
});
