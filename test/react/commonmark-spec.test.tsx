import spec from 'commonmark-spec';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { compileSources } from '../../src/compiler/index';
import { ArticleBody } from '../../src/react/article-body';
import { HelpProvider, preloadHelpPanel } from '../../src/react/index';
import type { DiagnosticCode } from '../../src/schema/diagnostic';

interface Example {
  markdown: string;
  html: string;
  section: string;
  number: number;
}

// The spec writes tabs as "→" so they can be seen; its own test runner puts the tabs back.
const examples: Example[] = spec.tests.map((example) => ({
  ...example,
  markdown: example.markdown.replace(/→/g, '\t'),
  html: example.html.replace(/→/g, '\t'),
}));

// The examples render at collection time, before the setup's hook: the article renderer is in the drawer's chunk.
await preloadHelpPanel();

/** Each example compiled as an article and rendered by the panel, as a host would see it. */
function render(example: Example): { html: string; codes: Set<DiagnosticCode> } {
  const result = compileSources([{ path: 'example.md', text: `---\ntitle: Spec example ${example.number}\n---\n${example.markdown}` }]);
  const index = result.index;
  const article = index.articles[0];
  const nodes = article ? (index.bodies[article.id] ?? []) : [];
  let shallowest = 6;
  for (const node of nodes) if (node.type === 'heading') shallowest = Math.min(shallowest, node.depth);
  const html = article
    ? renderToStaticMarkup(
        <HelpProvider index={index}>
          <ArticleBody nodes={nodes} articleId={article.id} idPrefix="x" title={article.title} topLevel={shallowest} />
        </HelpProvider>,
      )
    : '';
  return { html, codes: new Set(result.diagnostics.map((diagnostic) => diagnostic.code)) };
}

function safeDecode(value: string): string {
  try {
    return decodeURI(value);
  } catch {
    return value;
  }
}

const BLOCKS = new Set(['P', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'HR', 'DIV', 'TABLE', 'THEAD', 'TBODY', 'TR', 'TH', 'TD']);

/**
 * The HTML as a comparable string: attributes limited to the ones that carry
 * meaning (href, src, alt, title, start), addresses compared decoded, the
 * panel's hidden "(opens in a new tab)" note and its wrapper removed, and
 * whitespace between blocks ignored (as the spec's own normaliser does).
 */
function normalize(html: string): string {
  const template = document.createElement('template');
  template.innerHTML = html;
  let root: ParentNode = template.content;
  const wrapper = template.content.querySelector('[data-help-part="article-body"]');
  if (wrapper) root = wrapper;
  const out: string[] = [];
  const walk = (node: Node, inPre: boolean) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent ?? '';
      out.push(inPre ? text.replace(/\n$/, '') : text.replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    if (element.tagName === 'SPAN' && element.getAttribute('style')) return;
    const tag = element.tagName.toLowerCase();
    const attributes = ['href', 'src', 'alt', 'title', 'start']
      .filter((name) => element.hasAttribute(name))
      .map((name) => {
        const value = element.getAttribute(name) ?? '';
        // In-panel anchors carry the page-unique prefix of their heading ids ("x-"), an implementation detail.
        const shown = name === 'href' && value.startsWith('#x-') ? `#${value.slice(3)}` : value;
        return ` ${name}="${name === 'href' || name === 'src' ? safeDecode(shown) : shown}"`;
      })
      .join('');
    if (BLOCKS.has(element.tagName)) out.push('\n');
    out.push(`<${tag}${attributes}>`);
    for (const child of element.childNodes) walk(child, inPre || element.tagName === 'PRE');
    if (tag !== 'hr' && tag !== 'br' && tag !== 'img') out.push(`</${tag}>`);
    if (BLOCKS.has(element.tagName)) out.push('\n');
  };
  for (const child of root.childNodes) walk(child, false);
  return out
    .join('')
    .replace(/[ \t]*\n[ \t\n]*/g, '\n')
    .replace(/\n(<\/?(?:li|p|ul|ol|blockquote|h\d|pre|hr|div))/g, '$1')
    .replace(/> +</g, '><')
    .replace(/<br>\s+/g, '<br>')
    .replace(/\n+/g, '\n')
    .trim();
}

/** Links the panel made from bare addresses (GFM literal autolinks), put back as their text. */
function withoutLiteralAutolinks(html: string): string {
  return html.replace(/<a href="(?:mailto:)?([^"]*)">([^<]*)<\/a>/g, (whole, href: string, text: string) => (text === href || `http://${text}` === href ? text : whole));
}

/**
 * The differences the panel makes on purpose, each with its reason. An
 * example that differs from the spec's HTML must be explained by one of them.
 */
const BY_DESIGN = {
  /** Raw HTML is never rendered: article bodies are a tree of allowed nodes (HTML comments vanish). */
  rawHtml: (example: Example, codes: Set<DiagnosticCode>) => codes.has('raw-html') || example.markdown.includes('<!--'),
  /** GFM finds bare addresses (`https://…`, `www.…`, emails) and links them; CommonMark leaves them text. */
  autolinkLiteral: (example: Example, _codes: Set<DiagnosticCode>, ours: string) => withoutLiteralAutolinks(normalize(ours)) === normalize(example.html),
  /** Only http(s), mailto, app paths and anchors may be links: other schemes (`irc:`, `made-up-scheme:`) and empty addresses stay text. */
  disallowedAddress: (_example: Example, codes: Set<DiagnosticCode>) => codes.has('unsafe-url'),
  /**
   * A relative path that names no article (`[a](foo)`, `[a](./target.md)`) has nothing to point at:
   * the help center's pages live in no folder of the host. It stays text, with a warning (an error for a
   * missing `.md`). Root-relative paths (`/url`) are app links and do match.
   */
  relativeWithoutArticle: (_example: Example, codes: Set<DiagnosticCode>) => codes.has('unresolved-link') || codes.has('broken-link'),
} as const;

type Design = keyof typeof BY_DESIGN;

/** The examples each difference by design explains, as measured; a change in either direction shows here. */
const EXPECTED: Record<Design, number[]> = {
  rawHtml: [21, 31, 148, 149, 150, 151, 152, 153, 154, 155, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 180, 184, 185, 186, 187, 188, 189, 190, 191, 201, 344, 475, 476, 477, 491, 494, 524, 536, 613, 614, 615, 616, 617, 623, 626, 629, 630, 631, 642, 643],
  autolinkLiteral: [602, 606, 608, 611, 612],
  disallowedAddress: [200, 485, 486, 487, 500, 567, 596, 598, 599, 601],
  relativeWithoutArticle: [194, 195, 203, 204, 484, 492, 495, 496, 498, 499, 502, 503, 504, 522],
};

describe('given the 652 examples of the CommonMark spec, each compiled as an article and rendered by the panel', () => {
  const outcomes = examples.map((example) => {
    const { html, codes } = render(example);
    const matches = normalize(html) === normalize(example.html);
    const designs = matches ? [] : (Object.keys(BY_DESIGN) as Design[]).filter((design) => BY_DESIGN[design](example, codes, html));
    return { example, html, matches, designs };
  });

  it('renders every example as the spec does, or differs only by design', () => {
    // 652 − 60 raw HTML − 5 literal autolinks − 10 disallowed addresses − 14 relative paths without an article.
    expect(outcomes.filter((outcome) => outcome.matches)).toHaveLength(563);
    const unexplained = outcomes
      .filter((outcome) => !outcome.matches && outcome.designs.length === 0)
      .map(({ example, html }) => ({ number: example.number, markdown: example.markdown, want: normalize(example.html), got: normalize(html) }));
    expect(unexplained).toEqual([]);
    expect(outcomes.length).toBe(652);
  });

  it('keeps the list of differences by design as measured', () => {
    const measured = Object.fromEntries(
      (Object.keys(BY_DESIGN) as Design[]).map((design) => [design, outcomes.filter((outcome) => outcome.designs[0] === design).map((outcome) => outcome.example.number)]),
    );
    expect(measured).toEqual(EXPECTED);
  });

  it('keeps thematic breaks, renders tight lists tight and root-relative links as links', () => {
    const byNumber = (number: number) => outcomes[number - 1]!;
    // 43: "***\n---\n___", three rules; 301: a tight list; 482: [link](/uri "title").
    expect(byNumber(43)).toMatchObject({ matches: true });
    expect(byNumber(43).html.match(/<hr\/>/g)).toHaveLength(3);
    expect(byNumber(301)).toMatchObject({ matches: true });
    expect(byNumber(301).html).not.toContain('<p>');
    expect(byNumber(482).html).toContain('href="/uri"');
  });
});
