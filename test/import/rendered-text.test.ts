import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, describe, expect, it } from 'vitest';
import { compileContent } from '../../src/compiler/index';
import { readHelpScoutFiles } from '../../src/import/helpscout';
import type { ImportedArticle } from '../../src/import/imported-article';
import { readIntercomFiles } from '../../src/import/intercom';
import { readImported } from '../../src/import/write-content';
import { readZendeskFiles } from '../../src/import/zendesk';
import { ArticleBody } from '../../src/react/article-body';
import { createMemoryStorage, defaultLabels, HelpProvider, preloadHelpPanel } from '../../src/react/index';
import type { HelpIndex } from '../../src/schema/help-index';
import { CORPUS_ARGS, importCorpus } from './helpers';

// The article renderer is in the drawer's chunk, which a server render must have loaded first.
await preloadHelpPanel();

/**
 * Every imported article, rendered by the panel's own article renderer, says
 * what its HTML said: the text content of the source equals the text of the
 * rendered article, whitespace normalised, for at least 98 % of the articles.
 *
 * "Dropped elements aside", as the import documents them: scripts, styles and
 * embedded objects have no text in the panel; an iframe becomes a link whose
 * text is its title (or address); an image whose address may not be used
 * leaves its alt text. The troubleshooting structure the import writes is set
 * aside on both sides too: the headings that say problem or steps (which it
 * turns into labels), and the `Symptom:` / `Checks:` labels it writes in their
 * place. The panel's own chrome (a callout's kind, a checklist's progress
 * line and reset button, the "(opens in a new tab)" a screen reader hears
 * after an external link) is no article text.
 */

const FIXTURES = 'test/fixtures/import';
/** The headings the corpus uses to say "problem" and "steps", in English and German. */
const STRUCTURE_HEADINGS =
  /^(?:problem|symptoms?|issue|the issue|resolution|solution|fix|how to fix|steps|steps to resolve|troubleshooting|troubleshooting steps|checks|things to check|lösung|lösungsschritte|fehlerbehebung|schritte|was sie prüfen können)$/i;
const LABELS = /(?:^|\s)(?:Symptom:|Checks:|Prüfungen:)(?=\s|$)/g;
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'object', 'embed', 'applet', 'svg', 'math', 'canvas', 'dialog', 'head', 'title', 'meta', 'link', 'base']);
const CHROME = new Set(['checklist-footer', 'callout-title', 'check-status']);

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

function sourceText(article: ImportedArticle): string {
  const tree = fromHtml(article.html, { fragment: true });
  const keep = (children: (RootContent | ElementContent)[]): (RootContent | ElementContent)[] =>
    children.flatMap((child): (RootContent | ElementContent)[] => {
      if (child.type !== 'element') return [child];
      if (DROPPED.has(child.tagName)) return [];
      if (child.tagName === 'iframe') {
        const src = String(child.properties.src ?? '');
        return /^https?:/i.test(src) ? [{ type: 'text', value: ` ${String(child.properties.title ?? '') || src} ` }] : [];
      }
      if (child.tagName === 'img' && /^(?:data|javascript):/i.test(String(child.properties.src ?? ''))) return [{ type: 'text', value: String(child.properties.alt ?? '') }];
      if (/^h[1-6]$/.test(child.tagName) && STRUCTURE_HEADINGS.test(normalise(toText(child)).replace(/:$/, ''))) return [];
      child.children = keep(child.children) as ElementContent[];
      return [child];
    });
  tree.children = keep(tree.children) as RootContent[];
  return normalise(toText(tree));
}

function renderedText(index: HelpIndex, id: string, title: string): string {
  const markup = renderToStaticMarkup(
    createElement(HelpProvider, { index, storage: createMemoryStorage(), route: null }, createElement(ArticleBody, { nodes: index.bodies[id] ?? [], articleId: id, idPrefix: 'article', title })),
  );
  const tree: Root = fromHtml(markup, { fragment: true });
  const keep = (children: (RootContent | ElementContent)[]): (RootContent | ElementContent)[] =>
    children.flatMap((child): (RootContent | ElementContent)[] => {
      if (child.type !== 'element') return [child];
      const part = String(child.properties.dataHelpPart ?? '');
      if (CHROME.has(part)) return [];
      // What a screen reader hears after an external link's text.
      if (child.tagName === 'span' && normalise(toText(child)) === defaultLabels.opensInNewTab) return [];
      // The line the import writes for an article whose steps have no problem paragraph: its own title.
      if (part === 'symptom-line' && normalise(toText(child)).replace(LABELS, '').trim() === title) return [];
      if (/^h[1-6]$/.test(child.tagName) && STRUCTURE_HEADINGS.test(normalise(toText(child)))) return [];
      child.children = keep(child.children) as ElementContent[];
      return [child];
    });
  tree.children = keep(tree.children) as RootContent[];
  return normalise(toText(tree as unknown as Element).replace(LABELS, ' '));
}

const readers = {
  zendesk: () =>
    readZendeskFiles({
      articles: CORPUS_ARGS.zendesk.filter((arg) => arg.includes('/articles-') || arg.includes('/translations-')),
      sections: [`${FIXTURES}/zendesk/sections.json`],
    }),
  intercom: () => readIntercomFiles({ articles: CORPUS_ARGS.intercom.filter((arg) => arg.includes('/articles-')) }),
  helpscout: () =>
    readHelpScoutFiles(
      { articles: CORPUS_ARGS.helpscout.filter((arg) => arg.includes('/article')), collections: [`${FIXTURES}/helpscout/collections.json`] },
      { collectionLocales: new Map([['parcelwise-hilfe', 'de']]) },
    ),
};

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe.each(['zendesk', 'intercom', 'helpscout'] as const)('given the %s corpus imported and compiled', (kind) => {
  it('renders every article with its source\'s text, for at least 98 % of them', async () => {
    const { status, out } = await importCorpus(kind);
    folders.push(join(out, '..'));
    expect(status).toBe(0);
    const compiled = await compileContent(out);
    expect(compiled.diagnostics.filter((diagnostic) => diagnostic.level === 'error')).toEqual([]);
    const { articles } = await readers[kind]();
    const sources = new Map(articles.map((article) => [`${article.origin}|${(article.locale ?? 'en').slice(0, 2).toLowerCase()}`, article]));

    const results: { file: string; equal: boolean; source: string; rendered: string }[] = [];
    for (const [tag, index] of Object.entries(compiled.locales?.locales ?? { en: compiled.index })) {
      for (const article of index.articles) {
        if (article.locale !== undefined) continue; // a fallback: counted in its own language
        const file = article.source.file;
        const { from } = readImported(readFileSync(join(out, file), 'utf8'));
        const source = sources.get(`${from}|${tag}`);
        expect(source, `the source of ${file}`).toBeDefined();
        const expected = sourceText(source as ImportedArticle);
        const actual = renderedText(index, article.id, article.title);
        results.push({ file, equal: expected === actual, source: expected, rendered: actual });
      }
    }
    const unequal = results.filter((result) => !result.equal);
    // Printed so that a failure shows which article and where its text differs.
    for (const result of unequal) console.log(`${kind} ${result.file}\n  source:   ${result.source}\n  rendered: ${result.rendered}`);
    expect(results.length).toBeGreaterThanOrEqual(50);
    expect((results.length - unequal.length) / results.length).toBeGreaterThanOrEqual(0.98);
  }, 60_000);
});
