import { describe, expect, it } from 'vitest';
import { compileSources } from '../../src/compiler/index';
import { htmlToMarkdownTree, stringifyMarkdown } from '../../src/import/html-to-markdown';
import { capHtmlNesting, MAX_HTML_DEPTH } from '../../src/import/sanitize-html';

const markdown = (html: string, baseUrl?: string) => stringifyMarkdown(htmlToMarkdownTree(html, baseUrl ? { baseUrl } : {}).tree);
const report = (html: string, baseUrl?: string) => htmlToMarkdownTree(html, baseUrl ? { baseUrl } : {}).report;

describe('given article HTML', () => {
  it('writes headings, emphasis, inline code and line breaks as Markdown', () => {
    expect(markdown('<h2>Set up</h2><p>Use <strong>bold</strong>, <em>italic</em>, <code>npm ci</code>.<br>Next line.</p>')).toBe(
      '## Set up\n\nUse **bold**, _italic_, `npm ci`.\\\nNext line.\n',
    );
  });

  it('keeps nested and ordered lists, and where an ordered list starts', () => {
    expect(markdown('<ol start="3"><li>Open settings<ul><li>On macOS<ol><li>Press Add</li></ol></li></ul></li><li>Save</li></ol>')).toBe(
      '3. Open settings\n   - On macOS\n     1. Press Add\n4. Save\n',
    );
  });

  it('writes tables as GFM tables, lists in cells as lines of the cell', () => {
    expect(markdown('<table><tr><th>Plan</th><th>Limits</th></tr><tr><td>Growth</td><td><ul><li>600 a minute</li><li>Burst 100</li></ul></td></tr></table>')).toBe(
      '| Plan | Limits |\n| - | - |\n| Growth | 600 a minute<br>Burst 100 |\n',
    );
  });

  it('keeps a code block\'s language from its class, in the ways editors write it', () => {
    expect(markdown('<pre><code class="language-bash">npm ci\n</code></pre>')).toBe('```bash\nnpm ci\n```\n');
    expect(markdown('<pre class="lang-json"><code>{}</code></pre>')).toBe('```json\n{}\n```\n');
    expect(markdown('<pre>plain</pre>')).toBe('```\nplain\n```\n');
  });

  it('writes images with their alt text, their address made absolute', () => {
    expect(markdown('<p><img src="/hc/attachments/1/a.png" alt="The settings page"></p>', 'https://acme.zendesk.com/hc/en-us/articles/1')).toBe(
      '![The settings page](https://acme.zendesk.com/hc/attachments/1/a.png)\n',
    );
  });

  it('keeps blockquotes, and writes callouts as GitHub alerts of their kind', () => {
    expect(markdown('<blockquote><p>Quoted.</p></blockquote>')).toBe('> Quoted.\n');
    expect(markdown('<div class="callout-yellow"><p>Careful.</p></div>')).toBe('> [!WARNING]\n>\n> Careful.\n');
    expect(markdown('<div class="alert alert-danger"><p>Stop.</p></div>')).toBe('> [!CAUTION]\n>\n> Stop.\n');
    expect(markdown('<div class="intercom-interblocks-callout" style="background-color: #d7efdc80"><p>Good idea.</p></div>')).toBe('> [!TIP]\n>\n> Good idea.\n');
    expect(markdown('<p class="callout">Plain note.</p>')).toBe('> [!NOTE]\n>\n> Plain note.\n');
  });

  it('writes callouts the compiler reads back as callouts', () => {
    const text = markdown('<div class="callout callout-warning"><p>Endpoints that fail are disabled.</p></div>');
    const { index, diagnostics } = compileSources([{ path: 'a.md', text }]);
    expect(diagnostics).toEqual([]);
    expect(index.bodies.a).toEqual([{ type: 'callout', kind: 'warning', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Endpoints that fail are disabled.' }] }] }]);
  });

  it('escapes text that looks like Markdown, so it stays text', () => {
    expect(markdown('<p>1. not a list, # not a heading, *not emphasis*, &lt;b&gt;not bold&lt;/b&gt;</p>')).toBe(
      '1\\. not a list, # not a heading, \\*not emphasis\\*, \\<b>not bold\\</b>\n',
    );
  });

  it('makes relative links absolute against the article\'s address, and leaves same-article anchors alone', () => {
    expect(markdown('<p><a href="/hc/en-us/requests/new">Ask us</a> or <a href="#h_2">see below</a>.</p>', 'https://acme.zendesk.com/hc/en-us/articles/1')).toBe(
      '[Ask us](https://acme.zendesk.com/hc/en-us/requests/new) or [see below](#h_2).\n',
    );
  });

  it('remembers the anchors that pointed at each heading', () => {
    const { tree } = htmlToMarkdownTree('<a name="top"></a><h2 id="h_01">First</h2><p>x</p><h3><a name="inner"></a>Second</h3>');
    const headings = tree.children.filter((node) => node.type === 'heading');
    expect(headings.map((heading) => heading.data)).toEqual([{ helpPanelAnchors: ['top', 'h_01'] }, { helpPanelAnchors: ['inner'] }]);
  });
});

describe('given HTML that must not be imported', () => {
  it('drops scripts and styles, and says so', () => {
    expect(markdown('<p>Hello</p><script>alert(1)</script><style>p{}</style>')).toBe('Hello\n');
    expect([...report('<script>a</script><script>b</script><style></style>').droppedElements]).toEqual([['script', 2], ['style', 1]]);
  });

  it('turns an http(s) iframe into a link to its address, and drops any other', () => {
    expect(markdown('<iframe src="https://www.youtube.com/embed/x" title="Demo"></iframe>')).toBe('[Demo](https://www.youtube.com/embed/x)\n');
    expect(markdown('<iframe src="https://player.example.com/v/1"></iframe>')).toBe('<https://player.example.com/v/1>\n');
    expect(markdown('<p>Before</p><iframe src="javascript:alert(1)"></iframe><iframe srcdoc="<script>x</script>"></iframe>')).toBe('Before\n');
    expect(report('<iframe src="javascript:alert(1)"></iframe>').iframes).toEqual([{ src: 'javascript:alert(1)', linked: false }]);
  });

  it('drops event-handler attributes, and names them', () => {
    expect(markdown('<p onclick="steal()" onmouseover="x()">Text</p><img src="https://a.example/x.png" alt="x" onerror="y()">')).toBe('Text\n\n![x](https://a.example/x.png)\n');
    expect([...report('<p onclick="a()">x</p><b onClick="b()">y</b>').eventHandlers].sort()).toEqual(['onclick']);
  });

  it.each(['javascript:alert(1)', 'JavaScript:alert(1)', 'java\tscript:alert(1)', 'vbscript:msgbox(1)', 'data:text/html,<script>x</script>', 'file:///etc/passwd'])(
    'keeps the text of a link to %s, never the link',
    (href) => {
      expect(markdown(`<p><a href="${href.replace(/"/g, '&quot;')}">click</a></p>`)).toBe('click\n');
      expect(report(`<a href="${href}">click</a>`).unsafeUrls).toHaveLength(1);
    },
  );

  it('keeps the alt text of an image whose address may not be used', () => {
    expect(markdown('<p><img src="data:image/png;base64,AAAA" alt="Colour swatch"> and <img src="javascript:x" alt="Trap"></p>')).toBe('Colour swatch and Trap\n');
  });

  it('drops embedded objects, forms\' actions and a <base> that would move every address', () => {
    expect(markdown('<base href="https://evil.example/"><p><a href="/x">x</a></p><object data="x.swf"><embed src="y.swf"></object>', 'https://acme.example/a')).toBe('[x](https://acme.example/x)\n');
  });

  it('never takes the sanitizer\'s own notes from the input', () => {
    expect(markdown('<div data-help-panel-callout="warning"><p>Not a callout.</p></div>')).toBe('Not a callout.\n');
  });
});

describe('given HTML nested deeper than any article', () => {
  it('cuts tags past the limit before parsing, keeping their text', () => {
    const html = `${'<div>'.repeat(20_000)}deep text${'</div>'.repeat(20_000)}`;
    const { tree, report: dropped } = htmlToMarkdownTree(html);
    expect(dropped.flattened).toBe(true);
    expect(stringifyMarkdown(tree)).toBe('deep text\n');
  });

  it('leaves a long but shallow article alone', () => {
    const html = '<ul>' + '<li>item</li>'.repeat(5_000) + '</ul>';
    expect(capHtmlNesting(html)).toEqual({ html, flattened: false });
    expect(MAX_HTML_DEPTH).toBe(100);
  });

  it('survives thousands of nested lists and quotes', () => {
    for (const open of ['<ul><li>', '<blockquote>', '<b>', '<table><tr><td>']) {
      const { tree } = htmlToMarkdownTree(`${open.repeat(10_000)}x`);
      expect(stringifyMarkdown(tree)).toContain('x');
    }
  });
});
