import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileContent, compileSources } from '../../src/compiler/index';
import { createHelpEngine } from '../../src/engine/index';
import { formatDiagnostic } from '../../src/schema/diagnostic';
import type { BlockNode, HelpIndex } from '../../src/schema/help-index';
import { compileOne, md } from './helpers';

// A help center written the way docs sites write theirs: MDX, TOML (between +++ and between ---), JSON, Docusaurus keys.
const dir = fileURLToPath(new URL('../fixtures/compiler/mdx-toml', import.meta.url));

describe('given the MDX and TOML fixture help center', () => {
  let result: Awaited<ReturnType<typeof compileContent>>;
  let index: HelpIndex;
  const lines = () => result.diagnostics.map((d) => formatDiagnostic({ ...d, file: d.file.replace(/^.*mdx-toml\//, '') }).replace(/:\s.*\[/, ' ['));

  beforeAll(async () => {
    result = await compileContent(dir);
    index = result.index;
  });

  it('reports each bad case once, at its line and column', () => {
    expect(lines()).toEqual([
      'bad-mdx.mdx:5:1 [invalid-mdx]',
      'bad-mdx.mdx:5:1 [raw-html]',
      'bad-table.mdx:4:5 [unknown-front-matter-key]',
      'bad-table.mdx:4:5 [invalid-error-pattern]',
      'bad-table.mdx:5:5 [invalid-error-pattern]',
      'bad-toml.mdx:3:21 [invalid-toml]',
      'docusaurus-style.mdx:13:1 [unknown-front-matter-key]',
      'docusaurus-style.mdx:34:49 [unknown-component]',
      'lenient.mdx:2:8 [invalid-yaml]',
      'payments-declined.mdx:15:1 [mdx-dropped]',
      'payments-declined.mdx:20:17 [mdx-dropped]',
      'payments-declined.mdx:30:1 [unknown-component]',
      'payments-declined.mdx:31:1 [unknown-component]',
      'bad-mdx.mdx:1:1 [empty-article]',
      'docusaurus-style.mdx:34:5 [unresolved-link]',
    ]);
    const byCode = (code: string) => result.diagnostics.filter((d) => d.code === code).map((d) => d.message);
    expect(byCode('invalid-toml')[0]).toContain('not valid TOML');
    expect(byCode('invalid-error-pattern')[0]).toContain('gives no facet');
    expect(byCode('mdx-dropped')[1]).toContain('"{props.reason}" was dropped: help articles never run code');
    expect(byCode('unknown-front-matter-key')[0]).toContain('unknown key "status_code" in an error table');
  });

  it('reads the help center title from _index.mdx in TOML', () => {
    expect(index.helpCenter).toMatchObject({ title: 'Acme Billing Help', summary: 'Help for Acme Billing, written for a docs site.' });
  });

  it('leaves the draft out and names it for the summary line', () => {
    expect(index.articles.map((article) => article.id)).not.toContain('draft');
    expect(result.drafts).toEqual([expect.stringMatching(/guides\/draft\.md$/)]);
  });

  it('reads TOML between --- lines, recognised by its syntax, with error tables', () => {
    const article = index.articles.find((candidate) => candidate.id === 'payments-declined')!;
    expect(article.title).toBe('Payments are declined');
    expect(article.summary).toBe('Why a card payment is refused and what to try.');
    expect(article.tags).toEqual(['card', 'decline']);
    expect(article.context.errors).toEqual([
      {
        kind: 'table',
        raw: '{ status: 402, code: card_declined, message: "Your card was declined" }',
        // Most specific first, whatever order the author wrote them in.
        facets: [
          { kind: 'code', raw: 'card_declined', glob: 'card_declined' },
          { kind: 'message', raw: 'message:Your card was declined', glob: 'Your card was declined' },
          { kind: 'status', raw: '402', status: 402 },
        ],
      },
      { kind: 'table', raw: '{ code: cannot parse response }', facets: [{ kind: 'code', raw: 'cannot parse response', glob: 'cannot parse response' }] },
    ]);
  });

  it('reads the keys Docusaurus and Hugo write quietly: description, slug, categories, topics', () => {
    const webhook = index.articles.find((candidate) => candidate.id === 'webhook-signature')!;
    expect(webhook).toMatchObject({ summary: 'The signature on a webhook did not verify.', tags: ['webhooks', 'integrations'] });
    const json = index.articles.find((candidate) => candidate.id === 'hugo-json')!;
    expect(json).toMatchObject({ title: 'Exporting invoices', tags: ['invoices'] });
    // "owner" is unknown in two files, reported once for the help center.
    expect(result.diagnostics.filter((d) => d.message.includes('"owner"'))).toHaveLength(1);
  });

  it('reads a front matter that is not valid YAML leniently, the title as written', () => {
    expect(index.articles.find((candidate) => candidate.id === 'lenient')?.title).toBe('`next/head` count is missing');
  });

  it('turns admonitions, directives and alerts into callouts and keeps the children of other components', () => {
    const body = index.bodies['payments-declined'] as BlockNode[];
    const callouts = body.filter((block) => block.type === 'callout');
    expect(callouts).toEqual([
      { type: 'callout', kind: 'warning', title: [{ type: 'text', value: 'Before you start' }], children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Never ask for the full card number.' }] }] },
      { type: 'callout', kind: 'tip', title: [{ type: 'text', value: 'Faster' }], children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Use the search box.' }] }] },
      { type: 'callout', kind: 'note', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Declines are decided by the bank.' }] }] },
    ]);
    // The steps inside <Tabs><TabItem> are the fix's checks; the root-relative link goes to the app.
    const symptom = index.symptoms.find((candidate) => candidate.articleId === 'payments-declined')!;
    expect(symptom.checks.map((check) => check.text)).toEqual(['Open the payment in the dashboard.', 'Check the decline code.']);
    expect(JSON.stringify(body)).toContain('{"kind":"app","to":"/payments/recent"}');
    expect(body.some((block) => block.type === 'thematicBreak')).toBe(true);
    expect(JSON.stringify(body)).toContain('"value":"Upgrade"');
    expect(JSON.stringify(body)).not.toMatch(/props\.reason|import|Q3 review/);
  });
});

describe('given the fixture help center in the engine', () => {
  let engine: ReturnType<typeof createHelpEngine>;
  beforeAll(async () => {
    engine = createHelpEngine((await compileContent(dir)).index);
  });

  it('makes the one-problem article its own symptom, its checks the numbered steps and the steps under its sub-heading', () => {
    const symptom = engine.symptom('refund-failed#refund-could-not-be-issued')!;
    expect(symptom).toMatchObject({ form: 'article', title: 'Refund could not be issued' });
    expect(symptom.checks.map((check) => check.text)).toEqual([
      'Open the payment and check its refund history.',
      'If a refund is pending, wait for it to settle.',
      'Refund by bank transfer instead.',
    ]);
  });

  it('opens articles by their error tables: every facet must match, the most specific first', () => {
    const declined = Object.assign(new Error('StripeCardError: Your card was declined.'), { code: 'card_declined', status: 402 });
    expect(engine.match({ error: declined })[0]?.article.id).toBe('payments-declined');
    expect(engine.match({ error: { code: 'refund_failed', status: 409 } })[0]?.article.id).toBe('refund-failed');
    // Without its 4xx status the refund table does not match; the message table does.
    expect(engine.match({ error: { code: 'refund_failed', status: 500, message: 'Charge already refunded' } })[0]).toMatchObject({
      article: { id: 'refund-failed' },
      reasons: [{ kind: 'message', pattern: '{ message: "charge already refunded" }' }],
    });
    expect(engine.match({ error: { code: 'cannot parse response' } })[0]?.article.id).toBe('payments-declined');
  });

  it('finds the page for an error nobody wrote a pattern for, by its title', () => {
    const best = engine.match({ error: new Error('Webhook signature mismatch: no signatures found matching the expected signature') })[0];
    expect(best).toMatchObject({ article: { id: 'webhook-signature' }, related: 'strong', reasons: [{ kind: 'related-search' }] });
  });
});

describe('given front matter in each syntax', () => {
  it('reads TOML between +++ lines and keeps body positions', () => {
    const result = compileOne('+++\ntitle = "T"\nroutes = ["/billing/:id"]\nbogus = 1\n+++\n\n[x](./missing.md)\n');
    expect(result.article).toMatchObject({ title: 'T', context: { routes: ['/billing/:id'] } });
    expect(result.diagnostics.map((d) => `${d.code} ${d.line}:${d.column}`)).toEqual(['unknown-front-matter-key 4:1', 'broken-link 7:1']);
  });

  it('places a bad value inside an array of tables at its line', () => {
    const result = compileOne('+++\ntitle = "T"\n\n[[errors]]\ncode = "E_ONE"\n\n[[errors]]\nstatus = 999\n+++\n\nText.\n');
    expect(result.diagnostics.map((d) => `${d.code} ${d.line}:${d.column}`)).toEqual(['invalid-error-pattern 7:1']);
    expect(result.article.context.errors.map((pattern) => pattern.raw)).toEqual(['{ code: E_ONE }']);
  });

  it('places a bad route in an inline array at its column', () => {
    const result = compileOne('+++\nroutes = ["/ok", "no-slash"]\n+++\n\nText.\n');
    expect(result.diagnostics.map((d) => `${d.code} ${d.line}:${d.column}`)).toEqual(['invalid-route-pattern 2:18']);
  });

  it('reads a JSON object that opens the file, and JSON between --- lines', () => {
    expect(compileOne('{\n  "title": "From JSON",\n  "tags": ["a"]\n}\n\nText.\n').article).toMatchObject({ title: 'From JSON', tags: ['a'] });
    expect(compileOne('---\n{ "title": "Fenced JSON" }\n---\n\nText.\n').article.title).toBe('Fenced JSON');
  });

  it('never reads an MDX expression that opens the file as JSON front matter', () => {
    const result = compileOne('{\n  props.intro\n}\n\nText.\n', { path: 'page.mdx' });
    expect(result.diagnostics.map((d) => `${d.code} ${d.line}:${d.column}`)).toEqual(['mdx-dropped 1:1']);
  });

  it('reports bad JSON at its line', () => {
    const result = compileOne('---\n{ "title": "x",, }\n---\n\nText.\n');
    expect(result.diagnostics[0]).toMatchObject({ code: 'invalid-yaml', level: 'error', line: 2 });
  });

  it('reports an unclosed +++ block', () => {
    expect(compileOne('+++\ntitle = "x"\n\nText.\n').diagnostics[0]).toMatchObject({ code: 'invalid-front-matter', line: 1 });
  });

  it('reads keys other tools write without a warning, and prefers our own keys to theirs', () => {
    const result = compileOne(
      md(
        'summary: Ours\ndescription: Theirs\nkeywords: [k]\ncategories: [c]\ntopics: [t]\ntags: [own]\nslug: /docs/x/the-page\nauthors: [a]\nauthor: b\ndate: 2024-01-01\nlastmod: 2024-02-01\nweight: 2\nsidebar_position: 1\nsidebar_label: L\nversions: [v1]\ndraft: false',
        'Text.',
      ),
    );
    expect(result.diagnostics).toEqual([]);
    expect(result.article).toMatchObject({ id: 'the-page', summary: 'Ours', tags: ['own', 'k', 'c', 't'] });
  });

  it('reports an unknown key once per help center, at its first use', () => {
    const result = compileSources([
      { path: 'a.md', text: md('title: A\nowner: x', 'A.') },
      { path: 'b.md', text: md('title: B\nowner: y\nsumary: z', 'B.') },
    ]);
    expect(result.diagnostics.map((d) => `${d.file}:${d.line} ${d.message.split(';')[0]}`)).toEqual([
      'a.md:3 unknown front-matter key "owner"',
      'b.md:4 unknown front-matter key "sumary"',
    ]);
    expect(result.diagnostics[1]?.message).toContain('Did you mean "summary"?');
  });
});

describe('given MDX', () => {
  const mdx = (text: string) => compileOne(text, { path: 'page.mdx' });

  it('names each unknown component once, however often it is used', () => {
    const result = mdx('# T\n\n<Card>One</Card>\n\n<Card>Two</Card>\n\n<Steps>\n\n1. Go.\n\n</Steps>\n');
    expect(result.diagnostics.map((d) => `${d.code} ${d.line}:${d.column}`)).toEqual(['unknown-component 3:1', 'unknown-component 7:1']);
    expect(result.body).toEqual([
      { type: 'paragraph', children: [{ type: 'text', value: 'One' }] },
      { type: 'paragraph', children: [{ type: 'text', value: 'Two' }] },
      { type: 'list', ordered: true, start: 1, items: [{ children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Go.' }] }] }] },
    ]);
  });

  it('never evaluates an expression, even one that would throw or run code', () => {
    const result = mdx('Text {(() => { throw new Error("ran") })()} and {globalThis.process.exit(1)}.\n');
    expect(result.diagnostics.map((d) => d.code)).toEqual(['mdx-dropped', 'mdx-dropped']);
    expect(result.body).toEqual([{ type: 'paragraph', children: [{ type: 'text', value: 'Text  and .' }] }]);
  });

  it('tells an unknown admonition type, with the allowed ones', () => {
    const result = mdx('<Admonition type="notice">Hi</Admonition>\n');
    expect(result.diagnostics[0]?.message).toContain('Did you mean "note"?');
    expect(result.body[0]).toMatchObject({ type: 'callout', kind: 'note' });
  });

  it('reads <Warning>, <a href> and <br /> as what they are', () => {
    const result = mdx('<Warning>\nCareful.\n</Warning>\n\nSee <a href="https://example.com">the site</a>.<br />Next.\n');
    expect(result.body[0]).toMatchObject({ type: 'callout', kind: 'warning' });
    expect(result.body[1]).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', value: 'See ' },
        { type: 'link', target: { kind: 'external', href: 'https://example.com' }, children: [{ type: 'text', value: 'the site' }] },
        { type: 'text', value: '.' },
        { type: 'break' },
        { type: 'text', value: 'Next.' },
      ],
    });
  });
});

describe('given directives and alerts in plain Markdown', () => {
  it('makes :::note a callout and gives other directives back as written', () => {
    const result = compileOne(':::caution\nMind the gap.\n:::\n\nMeet at 10:30 or :smile: later.\n\n::youtube[Video]{#id}\n');
    expect(result.body).toEqual([
      { type: 'callout', kind: 'caution', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Mind the gap.' }] }] },
      { type: 'paragraph', children: [{ type: 'text', value: 'Meet at 10:30 or :smile: later.' }] },
      { type: 'paragraph', children: [{ type: 'text', value: '::youtube[Video]{#id}' }] },
    ]);
  });

  it('makes a GitHub alert a callout and leaves other quotes quotes, empty ones included', () => {
    const result = compileOne('> [!WARNING]\n> Back up first.\n\n> Just a quote.\n\n>\n');
    expect(result.body).toEqual([
      { type: 'callout', kind: 'warning', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Back up first.' }] }] },
      { type: 'blockquote', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Just a quote.' }] }] },
      { type: 'blockquote', children: [] },
    ]);
  });
});
