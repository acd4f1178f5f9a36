import { describe, expect, it } from 'vitest';
import { compileSources } from '../../src/compiler/index';
import { compileOne, md } from './helpers';

describe('given front matter with every key', () => {
  const text = md(
    `
id: webhooks
title: Webhooks
summary: When events stop arriving.
bucket: Integrations
tags: [webhooks, api]
aliases: [hooks, "web hook"]
routes: ['/settings/developer/webhooks/**']
errors: [WEBHOOK_DELIVERY_FAILED, 5xx, TypeError, 'message:quota*', '/timed? out/i']
related: [other, ./other.md]
escalation: [Your workspace slug.]
symptoms:
  webhooks-not-firing:
    routes: ['/inboxes/:inboxId']
    aliases: [callbacks]
    tags: [delivery]
    diagnostics:
      verify-webhook-url-and-event-subscriptions: webhook-endpoint-reachable
`,
    `
## Integration Issues

Symptom: Webhooks not firing

Checks:
- Verify webhook URL and event subscriptions.
- Trigger matching event.

Symptom: Webhooks arrive twice

Checks:
- Check retries.
`,
  );
  const result = compileSources([
    { path: 'hooks.md', text },
    { path: 'other.md', text: md('bucket: Integrations', 'Other.') },
  ]);
  const article = result.index.articles.find((candidate) => candidate.id === 'webhooks')!;
  const [first, second] = result.index.symptoms;

  it('compiles without diagnostics', () => {
    expect(result.diagnostics).toEqual([]);
  });

  it('fills the article from the front matter', () => {
    expect(article).toMatchObject({
      id: 'webhooks',
      title: 'Webhooks',
      summary: 'When events stop arriving.',
      bucket: 'integrations',
      tags: ['webhooks', 'api'],
      aliases: ['hooks', 'web hook'],
      related: ['other'],
      escalation: { details: [{ id: 'your-workspace-slug', label: 'Your workspace slug.' }] },
      source: { file: 'hooks.md', line: 1, column: 1 },
    });
    expect(article.context.routes).toEqual(['/settings/developer/webhooks/**']);
    expect(article.context.errors).toEqual([
      { kind: 'code', raw: 'WEBHOOK_DELIVERY_FAILED', glob: 'WEBHOOK_DELIVERY_FAILED' },
      { kind: 'status-class', raw: '5xx', status: 5 },
      { kind: 'name', raw: 'TypeError', name: 'TypeError' },
      { kind: 'message', raw: 'message:quota*', glob: 'quota*' },
      { kind: 'message', raw: '/timed? out/i', regex: { source: 'timed? out', flags: 'i' } },
    ]);
  });

  it('groups articles into buckets by the slug of the bucket title, in file order', () => {
    expect(result.index.buckets).toEqual([{ id: 'integrations', title: 'Integrations', articleIds: ['webhooks', 'other'] }]);
  });

  it('gives an overridden symptom its own context, inheriting what the override leaves out', () => {
    expect(first?.context).toEqual({ routes: ['/inboxes/:inboxId'], errors: article.context.errors });
    expect(first).toMatchObject({ aliases: ['callbacks'], tags: ['delivery'] });
  });

  it('leaves a symptom without overrides to inherit the article context', () => {
    expect(second).toMatchObject({ id: 'webhooks#webhooks-arrive-twice', context: null, aliases: [], tags: [] });
  });

  it('binds checks to host diagnostics by check id', () => {
    expect(first?.checks.map((check) => check.diagnostic)).toEqual(['webhook-endpoint-reachable', undefined]);
  });
});

describe('given an article without front matter', () => {
  const { article } = compileOne('# Getting started\n\nFirst paragraph is the summary.\n\nSecond.\n', { path: 'guides/Getting Started.md' });

  it('takes the id from the file name, the title from the first heading and the summary from the first paragraph', () => {
    expect(article).toMatchObject({
      id: 'getting-started',
      title: 'Getting started',
      summary: 'First paragraph is the summary.',
      tags: [],
      aliases: [],
      related: [],
      context: { routes: [], errors: [] },
    });
    expect(article).not.toHaveProperty('bucket');
    expect(article).not.toHaveProperty('escalation');
  });
});

describe('given an article whose summary must be derived', () => {
  it('prefers the lead paragraph before any heading', () => {
    expect(compileOne('Lead.\n\n## Symptoms\n\nBroken.\n').article.summary).toBe('Lead.');
  });

  it('uses the first symptom paragraph when the article opens with a preamble section', () => {
    const { article } = compileOne('## Applicable versions\n\nAll versions.\n\n## Symptoms\n\nPods cannot reach the backend.\n\n## Solution\n\n- Restart\n');
    expect(article.summary).toBe('Pods cannot reach the backend.');
  });

  it('cuts a long derived summary at a word', () => {
    const { article } = compileOne(`${'lorem ipsum '.repeat(100)}\n`);
    expect(article.summary.length).toBeLessThanOrEqual(280);
    expect(article.summary.endsWith('…')).toBe(true);
  });
});

describe('given the help center file _index.md', () => {
  it('takes the help center title and summary from it, and does not make it an article', () => {
    const result = compileSources(
      [
        { path: '_index.md', text: md('title: Oxvo\nsummary: Help for Oxvo.', '# Oxvo\n\nIntro.') },
        { path: 'a.md', text: 'A.\n' },
      ],
      { root: 'content/oxvo' },
    );
    expect(result.index.helpCenter).toEqual({ id: 'oxvo', title: 'Oxvo', summary: 'Help for Oxvo.' });
    expect(result.index.articles.map((article) => article.id)).toEqual(['a']);
  });

  it('lets options override the id and title', () => {
    const result = compileSources([{ path: '_index.md', text: md('title: Oxvo', '') }], { helpCenter: { id: 'x', title: 'X' } });
    expect(result.index.helpCenter).toEqual({ id: 'x', title: 'X' });
  });
});

describe('given the same sources twice', () => {
  const sources = [
    { path: 'b.md', text: 'Symptom: B\n\n- One\n- Two\n' },
    { path: 'a.md', text: 'A.\n' },
  ];

  it('produces the same index, whatever order the sources come in', () => {
    expect(compileSources([...sources].reverse())).toEqual(compileSources(sources));
  });

  it('identifies the sources with a SHA-256 hash that changes with any edit', () => {
    const { hash } = compileSources(sources).index;
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(compileSources([{ ...sources[0]!, text: 'Symptom: B\n\n- One\n- Two!\n' }, sources[1]!]).index.hash).not.toBe(hash);
    expect(compileSources([{ path: 'c.md', text: sources[0]!.text }, sources[1]!]).index.hash).not.toBe(hash);
  });
});

describe('given an edit to one check', () => {
  it('changes only that check id, so saved progress on the others survives', () => {
    const before = compileOne('Symptom: Sync fails\n\n- Check the token\n- Restart the sync\n- Check the quota\n').symptoms[0]!;
    const after = compileOne('Symptom: Sync fails\n\n- Check the API token\n- Restart the sync\n- Check the quota\n- New check\n').symptoms[0]!;
    expect(before.checks.map((check) => check.id)).toEqual(['check-the-token', 'restart-the-sync', 'check-the-quota']);
    expect(after.checks.map((check) => check.id)).toEqual(['check-the-api-token', 'restart-the-sync', 'check-the-quota', 'new-check']);
  });

  it('numbers repeated checks -2, -3', () => {
    const symptom = compileOne('Symptom: X\n\n- Retry\n- Retry\n- Retry\n').symptoms[0]!;
    expect(symptom.checks.map((check) => check.id)).toEqual(['retry', 'retry-2', 'retry-3']);
  });
});

describe('the index', () => {
  it('is plain JSON that survives a round trip unchanged', () => {
    const { index } = compileOne(md('routes: [/a]', 'Symptom: A\n\n- [ ] b\n\n| x |\n| - |\n| y |'));
    expect(JSON.parse(JSON.stringify(index))).toEqual(index);
    expect(index).toMatchObject({ format: 'help-panel-index', version: 1 });
  });
});
