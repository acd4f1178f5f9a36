import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, ElementContent, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileContent, type CompileResult } from '../../src/compiler/index';
import { ArticleBody } from '../../src/react/article-body';
import { createMemoryStorage, HelpProvider, preloadHelpPanel } from '../../src/react/index';
import { XSS_PAYLOADS } from '../fixtures/import/xss-payloads';
import { readTree, run, temporaryFolder } from './helpers';

// The article renderer is in the drawer's chunk, which a server render must have loaded first.
await preloadHelpPanel();

/** Elements that run code, load a page or change where addresses go. */
const FORBIDDEN_ELEMENTS = new Set(['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math', 'base', 'meta', 'link', 'form', 'template', 'noscript', 'textarea', 'select', 'input', 'button']);
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formAction', 'poster', 'background', 'data', 'xLinkHref', 'srcSet'];
const SCHEMES = /^\s*(?:javascript|vbscript|data|file):/i;

let folder: string;
let out: string;
let status: number;
let compiled: CompileResult;
const markup = new Map<string, string>();

beforeAll(async () => {
  folder = temporaryFolder('xss');
  out = join(folder, 'content');
  const articles = XSS_PAYLOADS.map((body, index) => ({ id: 900 + index, title: `Hostile body ${index + 1}`, body, locale: 'en-us', html_url: `https://acme.zendesk.com/hc/en-us/articles/${900 + index}` }));
  writeFileSync(join(folder, 'articles.json'), JSON.stringify({ articles, next_page: null }));
  ({ status } = await run(['import', 'zendesk', join(folder, 'articles.json'), '--out', out]));
  compiled = await compileContent(out);
  for (const article of compiled.index.articles) {
    const body = createElement(ArticleBody, { nodes: compiled.index.bodies[article.id] ?? [], articleId: article.id, idPrefix: 'a', title: article.title });
    markup.set(article.title, renderToStaticMarkup(createElement(HelpProvider, { index: compiled.index, storage: createMemoryStorage(), route: null }, body)));
  }
}, 60_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function elements(html: string): Element[] {
  const found: Element[] = [];
  const stack: (RootContent | ElementContent)[] = [...fromHtml(html, { fragment: true }).children];
  while (stack.length > 0) {
    const node = stack.pop() as RootContent | ElementContent;
    if (node.type !== 'element') continue;
    found.push(node);
    stack.push(...node.children);
  }
  return found;
}

describe('given the XSS fixtures as the bodies of a help center\'s articles', () => {
  it('imports every one of them into a folder that builds', () => {
    expect(status).toBe(0);
    expect(compiled.index.articles.length).toBeGreaterThanOrEqual(XSS_PAYLOADS.length - 3);
    expect(compiled.diagnostics.filter((diagnostic) => diagnostic.level === 'error')).toEqual([]);
  });

  it('writes no HTML into the Markdown but line breaks, and no address that may not be used', () => {
    for (const [path, text] of readTree(out)) {
      const body = text.slice(text.indexOf('\n---\n') + 5);
      // An escaped \< is text: the compiler reads it back as a "<" character.
      expect(body.replace(/<br>/g, ''), path).not.toMatch(/(?<!\\)<(?!https?:)[a-z!/]/i);
      expect(body, path).not.toMatch(/\]\(\s*(?:javascript|vbscript|data|file):/i);
    }
  });

  it.each(XSS_PAYLOADS.map((payload, index) => [index + 1, payload]))('renders body %i with nothing that runs: %s', (number, _payload) => {
    const html = markup.get(`Hostile body ${number}`);
    if (html === undefined) return; // nothing was left to import (an empty body): nothing to render
    for (const element of elements(html)) {
      expect(FORBIDDEN_ELEMENTS.has(element.tagName), `<${element.tagName}> in ${html}`).toBe(false);
      for (const name of Object.keys(element.properties)) expect(/^on/i.test(name), `${name} in ${html}`).toBe(false);
      for (const name of URL_ATTRIBUTES) {
        const value = element.properties[name];
        if (value !== undefined) expect(SCHEMES.test(String(value)), `${name}="${String(value)}" in ${html}`).toBe(false);
      }
      const style = element.properties.style;
      if (style !== undefined) expect(String(style), html).not.toMatch(/expression\(|url\(/i);
    }
  });

  it('keeps text that only looks like code, as text', () => {
    expect(markup.get(`Hostile body ${XSS_PAYLOADS.length - 2}`)).toContain('&lt;script&gt;alert(1)&lt;/script&gt; written as text');
  });
});
