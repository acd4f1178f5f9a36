import { describe, expect, it } from 'vitest';
import { compileSources } from '../../src/compiler/index';
import { compileOne } from './helpers';

describe('given Markdown of every allowed kind', () => {
  const text = [
    '# Title',
    '',
    'Some *emphasis*, **strong**, ~~gone~~ and `code`.  ',
    'After a hard break.',
    '',
    '## Set up: the basics',
    '',
    '> Quoted',
    '',
    '1. one',
    '2. two',
    '',
    '```ts',
    'const a = 1;',
    '```',
    '',
    '| Key | Value |',
    '| :-- | --: |',
    '| `a` | b |',
    '',
    '![A diagram](./img/diagram.png "Diagram")',
    '',
    '---',
  ].join('\n');
  const { body, article } = compileOne(text);

  it('converts each node to the allowed body tree', () => {
    expect(body).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', value: 'Some ' },
          { type: 'emphasis', children: [{ type: 'text', value: 'emphasis' }] },
          { type: 'text', value: ', ' },
          { type: 'strong', children: [{ type: 'text', value: 'strong' }] },
          { type: 'text', value: ', gone and ' },
          { type: 'inlineCode', value: 'code' },
          { type: 'text', value: '.' },
          { type: 'break' },
          { type: 'text', value: 'After a hard break.' },
        ],
      },
      { type: 'heading', depth: 2, id: 'set-up-the-basics', children: [{ type: 'text', value: 'Set up: the basics' }] },
      { type: 'blockquote', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Quoted' }] }] },
      {
        type: 'list',
        ordered: true,
        start: 1,
        items: [
          { children: [{ type: 'paragraph', children: [{ type: 'text', value: 'one' }] }] },
          { children: [{ type: 'paragraph', children: [{ type: 'text', value: 'two' }] }] },
        ],
      },
      { type: 'code', lang: 'ts', value: 'const a = 1;' },
      {
        type: 'table',
        align: ['left', 'right'],
        rows: [
          [[{ type: 'text', value: 'Key' }], [{ type: 'text', value: 'Value' }]],
          [[{ type: 'inlineCode', value: 'a' }], [{ type: 'text', value: 'b' }]],
        ],
      },
      { type: 'paragraph', children: [{ type: 'image', src: './img/diagram.png', alt: 'A diagram', title: 'Diagram' }] },
      { type: 'thematicBreak' },
    ]);
  });

  it('lists the headings with GitHub-style ids', () => {
    expect(article.headings).toEqual([{ id: 'set-up-the-basics', depth: 2, text: 'Set up: the basics' }]);
  });

  it('gives repeated headings distinct ids', () => {
    const result = compileOne('## Notes\n\n## Notes\n');
    expect(result.article.headings.map((heading) => heading.id)).toEqual(['notes', 'notes-1']);
  });
});

describe('given links of each kind', () => {
  const result = compileSources([
    {
      path: 'guides/a.md',
      text: [
        '## Top',
        '',
        '[other](../b.md#setup) [same folder](./c.md) [up](#top)',
        '[app](app:/settings/integrations) [web](https://example.com/x) [mail](mailto:help@example.com)',
        '[ref][r]',
        '',
        '[r]: https://example.com/ref "Ref"',
      ].join('\n'),
    },
    { path: 'b.md', text: '## Setup\n\nB.\n' },
    { path: 'guides/c.md', text: 'C.\n' },
  ]);
  const article = result.index.articles.find((candidate) => candidate.id === 'a')!;

  it('resolves each to its target', () => {
    expect(article.links).toEqual([
      { text: 'other', target: { kind: 'article', articleId: 'b', anchor: 'setup' } },
      { text: 'same folder', target: { kind: 'article', articleId: 'c' } },
      { text: 'up', target: { kind: 'anchor', anchor: 'top' } },
      { text: 'app', target: { kind: 'app', to: '/settings/integrations' } },
      { text: 'web', target: { kind: 'external', href: 'https://example.com/x' } },
      { text: 'mail', target: { kind: 'external', href: 'mailto:help@example.com' } },
      { text: 'ref', target: { kind: 'external', href: 'https://example.com/ref' } },
    ]);
    expect(result.diagnostics).toEqual([]);
  });

  it('puts the same targets in the body', () => {
    const paragraph = result.index.bodies.a?.[1];
    expect(paragraph?.type === 'paragraph' && paragraph.children[0]).toEqual({
      type: 'link',
      target: { kind: 'article', articleId: 'b', anchor: 'setup' },
      children: [{ type: 'text', value: 'other' }],
    });
  });

  it('resolves extension-less links the way static-site generators write them', () => {
    const sites = compileSources([
      { path: 'a.md', text: '[sibling](../b) [folder](./b/)\n' },
      { path: 'b.md', text: 'B.\n' },
    ]);
    expect(sites.index.articles[0]?.links.map((link) => link.target)).toEqual([
      { kind: 'article', articleId: 'b' },
      { kind: 'article', articleId: 'b' },
    ]);
  });
});

describe('given bare addresses in the text (GFM literal autolinks)', () => {
  const links = (text: string) => compileOne(text).article.links.map((link) => [link.text, link.target]);

  it('links web addresses and emails, leaving trailing punctuation outside', () => {
    expect(
      links('See https://status.example.com/incidents?id=4, or www.example.com/help. Write to help+billing@example.co.uk!\n'),
    ).toEqual([
      ['https://status.example.com/incidents?id=4', { kind: 'external', href: 'https://status.example.com/incidents?id=4' }],
      ['www.example.com/help', { kind: 'external', href: 'http://www.example.com/help' }],
      ['help+billing@example.co.uk', { kind: 'external', href: 'mailto:help+billing@example.co.uk' }],
    ]);
  });

  it('keeps a closing parenthesis that is not part of the address outside the link', () => {
    expect(links('(see https://example.com/a_(b)) and (https://example.com/c)\n').map(([text]) => text)).toEqual([
      'https://example.com/a_(b)',
      'https://example.com/c',
    ]);
  });

  it('leaves addresses in code alone, and a host without a dot as text', () => {
    expect(links('`https://example.com/code` and http://localhost:8080/api\n')).toEqual([]);
    expect(links('<http://localhost:8080/api>\n').map(([text]) => text)).toEqual(['http://localhost:8080/api']);
  });
});

describe('given addresses that must never become links or images', () => {
  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'java&#x09;script:alert(1)',
    'javascript&#58;alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    '//evil.example.com/x',
    'file:///etc/passwd',
    'app:javascript:alert(1)',
    'app://evil.example.com',
  ])('keeps the text of a link to %s', (url) => {
    const result = compileOne(`[click](${url})\n`);
    expect(result.body).toEqual([{ type: 'paragraph', children: [{ type: 'text', value: 'click' }] }]);
    expect(result.article.links).toEqual([]);
    expect(result.diagnostics.map((d) => d.level)).toEqual(['warning']);
  });

  it.each(['javascript:alert(1)', 'data:image/svg+xml,<svg onload=alert(1)>', '//evil.example.com/x.png'])(
    'drops an image from %s but keeps its alt text',
    (url) => {
      const result = compileOne(`![the alt](${url.replace(/ /g, '%20')})\n`);
      expect(result.body).toEqual([{ type: 'paragraph', children: [{ type: 'text', value: 'the alt' }] }]);
      expect(result.diagnostics[0]?.code).toBe('unsafe-url');
    },
  );

  it('keeps http(s) and relative image sources', () => {
    const result = compileOne('![a](https://cdn.example.com/a.png) ![b](/img/b.png)\n');
    expect(result.diagnostics).toEqual([]);
    expect(result.body[0]?.type === 'paragraph' && result.body[0].children.filter((node) => node.type === 'image').length).toBe(2);
  });
});

describe('given raw HTML that tries to run', () => {
  it('never lets it into the body', () => {
    const result = compileOne('<script>alert(1)</script>\n\nHi <img src=x onerror="alert(1)"> there.\n\n<iframe src="https://x"></iframe>\n');
    const json = JSON.stringify(result.body);
    expect(json).not.toMatch(/script|onerror|iframe/);
    expect(result.body).toEqual([{ type: 'paragraph', children: [{ type: 'text', value: 'Hi  there.' }] }]);
    expect(result.diagnostics.every((d) => d.code === 'raw-html')).toBe(true);
  });

  it('keeps <br> as a line break and drops comments silently', () => {
    const result = compileOne('one<br>two\n\n<!-- a note to authors -->\n');
    expect(result.body).toEqual([{ type: 'paragraph', children: [{ type: 'text', value: 'one' }, { type: 'break' }, { type: 'text', value: 'two' }] }]);
    expect(result.diagnostics).toEqual([]);
  });
});

describe('given escalation details', () => {
  it('reads them from a "When to escalate … Include:" list', () => {
    const result = compileOne('## When to escalate\n\nIf it persists, contact support. Include:\n\n- Your workspace slug.\n- What you tried.\n');
    expect(result.article.escalation).toEqual({
      details: [
        { id: 'your-workspace-slug', label: 'Your workspace slug.' },
        { id: 'what-you-tried', label: 'What you tried.' },
      ],
    });
  });

  it('prefers the front matter list', () => {
    const result = compileOne('---\nescalation: [Account id]\n---\n\n## When to escalate\n\nInclude:\n\n- Other\n');
    expect(result.article.escalation?.details.map((detail) => detail.label)).toEqual(['Account id']);
  });
});

describe('given a link that starts with "/"', () => {
  it('resolves it from the content root', () => {
    const result = compileSources([
      { path: 'guides/a.md', text: '[b](/billing/b.md)\n' },
      { path: 'billing/b.md', text: 'B.\n' },
    ]);
    expect(result.index.articles.find((article) => article.id === 'a')?.links[0]?.target).toEqual({ kind: 'article', articleId: 'b' });
  });
});
