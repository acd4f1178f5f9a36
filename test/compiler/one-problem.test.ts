import { describe, expect, it } from 'vitest';
import { createHelpEngine } from '../../src/engine/index';
import { compileOne, md } from './helpers';

describe('given an article whose front matter names errors but which holds no symptom block', () => {
  const text = md(
    'title: Card payments are declined\nerrors: [card_declined]',
    [
      'A customer sees "Your card was declined" at checkout.',
      '',
      '## How to fix',
      '',
      '1. Open the payment in the dashboard.',
      '',
      '```sh',
      'acme payments show pay_123',
      '```',
      '',
      '2. Read the decline code the bank gave.',
      '3. Ask the customer to call their bank.',
      '',
      '## Background',
      '',
      '- Banks decline for many reasons.',
    ].join('\n'),
  );
  const result = compileOne(text);

  it('makes the article its own symptom, its checks the numbered steps around the code', () => {
    expect(result.symptoms).toHaveLength(1);
    expect(result.symptoms[0]).toMatchObject({
      id: 'article#card-payments-are-declined',
      form: 'article',
      title: 'Card payments are declined',
      description: 'A customer sees "Your card was declined" at checkout.',
      context: null,
      source: { file: 'article.md', line: 1, column: 1 },
    });
    expect(result.symptoms[0]?.checks.map((check) => check.text)).toEqual([
      'Open the payment in the dashboard.',
      'Read the decline code the bank gave.',
      'Ask the customer to call their bank.',
    ]);
    expect(result.diagnostics).toEqual([]);
  });

  it('is matched by the errors its article names', () => {
    const engine = createHelpEngine(result.index);
    expect(engine.match({ error: { code: 'card_declined' } })[0]?.symptom.id).toBe('article#card-payments-are-declined');
  });

  it('marks the steps in the body, so the article shows them as a checklist', () => {
    const lists = result.body.filter((block) => block.type === 'list');
    expect(lists.map((list) => list.type === 'list' && list.symptomId)).toEqual([
      'article#card-payments-are-declined',
      'article#card-payments-are-declined',
      undefined,
    ]);
  });
});

describe('given a one-problem article whose fix steps sit under sub-headings', () => {
  it('takes the steps of every option', () => {
    const result = compileOne(
      md('title: Sync stalls\nroutes: [/sync]', '## Solution\n\n### From the app\n\n1. Open Sync.\n2. Press Retry.\n\n### From the command line\n\n- Run `acme sync --retry`.\n'),
    );
    expect(result.symptoms[0]?.checks.map((check) => check.text)).toEqual(['Open Sync.', 'Press Retry.', 'Run acme sync --retry.']);
  });
});

describe('given a one-problem article with no fix section', () => {
  it('is a plain article its routes open, without checks and without a warning', () => {
    const result = compileOne(md('title: Exports are slow\nroutes: [/exports]', 'Large exports take a few minutes.'));
    expect(result.symptoms).toMatchObject([{ form: 'article', title: 'Exports are slow', checks: [] }]);
    expect(result.diagnostics).toEqual([]);
  });
});

describe('given an article with neither context nor a symptom block', () => {
  it('stays an overview with no symptom', () => {
    expect(compileOne(md('title: About billing', '## How to fix\n\n1. Nothing here is a problem.')).symptoms).toEqual([]);
  });
});

describe('given the section names error pages use', () => {
  it('reads "Why This Error Occurred" then "Possible Ways to Fix It" as one problem, skipping labels of code', () => {
    const result = compileOne(
      md(
        'title: Link passHref',
        '#### Why This Error Occurred\n\nThe child is not an anchor.\n\n#### Possible Ways to Fix It\n\nAdd passHref to the Link.\n\n**Before**\n\n```jsx\n<Link />\n```\n\n**After**\n\n```jsx\n<Link passHref />\n```\n',
      ),
    );
    expect(result.symptoms).toMatchObject([{ form: 'kb', title: 'Link passHref', description: 'The child is not an anchor.' }]);
    expect(result.symptoms[0]?.checks.map((check) => check.text)).toEqual(['Add passHref to the Link.']);
  });

  it('reads "Problem" and "Cause" only when there is no Symptoms section', () => {
    expect(compileOne(md('title: A', '## Problem\n\nIt breaks.\n\n## Resolution\n\n1. Restart.')).symptoms).toHaveLength(1);
    const both = compileOne(md('title: B', '## Symptoms\n\nIt breaks.\n\n## Cause\n\nA bug.\n\n## Resolution\n\n1. Restart.'));
    expect(both.symptoms.map((symptom) => symptom.title)).toEqual(['B']);
    expect(both.symptoms[0]?.checks.map((check) => check.text)).toEqual(['Restart.']);
  });
});

describe('given an article with task-list symptoms and a "Root cause" section', () => {
  it('keeps its symptoms and reads the section as their explanation, not as one more problem', () => {
    const result = compileOne(
      md(
        'title: Token fails to start',
        `Intro.

## Token fails to start

- [ ] Rotate the token.
- [ ] Check the clock.

## Root cause

The token was issued for another region.
`,
      ),
    );
    expect(result.symptoms.map((symptom) => [symptom.title, symptom.form, symptom.checks.length])).toEqual([['Token fails to start', 'task-list', 2]]);
    expect(result.diagnostics.filter((diagnostic) => diagnostic.level === 'error')).toEqual([]);
  });
});
