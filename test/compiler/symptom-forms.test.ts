import { describe, expect, it } from 'vitest';
import { codes, compileOne, md } from './helpers';

describe('given seed 000 form: "Symptom:" then "Checks:" and a list', () => {
  const text = md(
    'title: Troubleshoot common issues',
    `
# Troubleshoot common issues

Use this page for first-response diagnosis.

## Installation And Setup Issues

Symptom: Inbox setup completes but no conversations arrive

Checks:
- Verify channel credentials are valid.
- Confirm inbox has assigned agents.

## Integration Issues

Symptom: Webhooks not firing

Deliveries stop after a deploy.

Checks:
- Verify webhook URL and event subscriptions.
- Trigger matching event.
- Inspect downstream receiver logs.
`,
  );
  const { symptoms, body, article, diagnostics } = compileOne(text);

  it('finds every symptom, in order, with its checks', () => {
    expect(symptoms.map((symptom) => symptom.title)).toEqual([
      'Inbox setup completes but no conversations arrive',
      'Webhooks not firing',
    ]);
    expect(symptoms[1]?.checks.map((check) => check.text)).toEqual([
      'Verify webhook URL and event subscriptions.',
      'Trigger matching event.',
      'Inspect downstream receiver logs.',
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('uses the section heading above each symptom as its group', () => {
    expect(symptoms.map((symptom) => symptom.group)).toEqual(['Installation And Setup Issues', 'Integration Issues']);
  });

  it('keeps the text between the symptom line and its checks as the description', () => {
    expect(symptoms[1]?.description).toBe('Deliveries stop after a deploy.');
  });

  it('gives symptoms and checks stable slugs', () => {
    expect(symptoms[1]?.id).toBe('article#webhooks-not-firing');
    expect(symptoms[1]?.form).toBe('symptom-checks');
    expect(symptoms[1]?.checks[0]?.id).toBe('verify-webhook-url-and-event-subscriptions');
    expect(article.symptomIds).toEqual(symptoms.map((symptom) => symptom.id));
  });

  it('marks the symptom line, its list and its items in the body', () => {
    const line = body.find((block) => block.type === 'symptom');
    expect(line).toMatchObject({ type: 'symptom', symptomId: 'article#inbox-setup-completes-but-no-conversations-arrive' });
    const lists = body.filter((block) => block.type === 'list');
    expect(lists[1]).toMatchObject({ symptomId: 'article#webhooks-not-firing' });
    expect(lists[1]?.type === 'list' && lists[1].items.map((item) => item.checkId)).toEqual([
      'verify-webhook-url-and-event-subscriptions',
      'trigger-matching-event',
      'inspect-downstream-receiver-logs',
    ]);
  });

  it('records where each symptom and check was written', () => {
    expect(symptoms[0]?.source).toEqual({ file: 'article.md', line: 11, column: 1 });
    expect(symptoms[0]?.checks[1]?.source).toEqual({ file: 'article.md', line: 15, column: 1 });
  });

  it('drops the first heading from the body because it repeats the title', () => {
    expect(body[0]).toMatchObject({ type: 'paragraph' });
    expect(article.title).toBe('Troubleshoot common issues');
  });
});

describe('given variations authors write for the seed 000 form', () => {
  it('accepts a bold "Symptom:" label and "Checks" without a colon', () => {
    const { symptoms } = compileOne('**Symptom:** Login loops\n\n**Checks**\n\n- Clear cookies\n');
    expect(symptoms).toHaveLength(1);
    expect(symptoms[0]).toMatchObject({ title: 'Login loops', form: 'symptom-checks' });
    expect(symptoms[0]?.checks.map((check) => check.text)).toEqual(['Clear cookies']);
  });

  it('accepts "Symptom:" and "Checks:" on consecutive lines of one paragraph', () => {
    const { symptoms } = compileOne('Symptom: Sync stalls\nChecks:\n\n- Restart the sync\n- Check the quota\n');
    expect(symptoms[0]?.title).toBe('Sync stalls');
    expect(symptoms[0]?.checks).toHaveLength(2);
  });

  it('accepts "Symptom:" as a heading, grouped under the heading above it', () => {
    const { symptoms, body } = compileOne('## Billing\n\n### Symptom: Invoice missing\n\n#### Checks\n\n1. Check the billing email\n');
    expect(symptoms[0]).toMatchObject({ title: 'Invoice missing', group: 'Billing', form: 'symptom-checks' });
    expect(body[1]).toMatchObject({ type: 'heading', symptomId: 'article#invoice-missing' });
  });

  it('accepts "Symptoms:" and a dash as the separator', () => {
    const { symptoms } = compileOne('Symptoms: Exports fail\n\n- Check disk space\n\nSymptom — Imports hang\n\n- Check the queue\n');
    expect(symptoms.map((symptom) => symptom.title)).toEqual(['Exports fail', 'Imports hang']);
  });

  it('leaves prose that merely starts with the word alone', () => {
    expect(compileOne('Symptom-free replays are the goal.\n\n- One\n').symptoms).toEqual([]);
  });

  it('accepts a symptom whose list follows directly, without "Checks:"', () => {
    const { symptoms } = compileOne('Symptom: Exports fail\n\n- Check disk space\n');
    expect(symptoms[0]?.checks.map((check) => check.text)).toEqual(['Check disk space']);
  });
});

describe('given a heading followed by a GFM task list', () => {
  const { symptoms, body } = compileOne('# Widget\n\n## The chat widget is missing\n\nUsually configuration drift.\n\n- [ ] Check the snippet\n- [x] Check the CSP\n');

  it('makes the heading a task-list symptom and each item a check', () => {
    expect(symptoms[0]).toMatchObject({
      id: 'article#the-chat-widget-is-missing',
      title: 'The chat widget is missing',
      form: 'task-list',
      description: 'Usually configuration drift.',
    });
    expect(symptoms[0]?.checks.map((check) => check.id)).toEqual(['check-the-snippet', 'check-the-csp']);
  });

  it('keeps the task state in the body and marks the heading', () => {
    expect(body[0]).toMatchObject({ type: 'heading', symptomId: 'article#the-chat-widget-is-missing' });
    const list = body.find((block) => block.type === 'list');
    expect(list?.type === 'list' && list.items.map((item) => [item.checked, item.checkId])).toEqual([
      [false, 'check-the-snippet'],
      [true, 'check-the-csp'],
    ]);
  });

  it('titles a task list that comes before any heading with the article title', () => {
    const result = compileOne('---\ntitle: Quick fixes\n---\n\n- [ ] Restart\n- [ ] Reinstall\n');
    expect(result.symptoms[0]).toMatchObject({ title: 'Quick fixes', form: 'task-list' });
  });
});

describe('given a knowledge-base article (Symptoms, then Solution)', () => {
  const text = md(
    'title: "Troubleshooting: DNS Resolution Failed"',
    `
## Applicable versions

All versions.

## Symptoms

Pods cannot reach the backend: \`dial tcp: lookup longhorn-backend: no such host\`.

\`\`\`
Error: "connection refused" while fetching http://backend:9500/v1
\`\`\`

## Reason

CoreDNS cannot resolve the service.

## Solution

1. Check the Service is available.
   \`\`\`shell
   kubectl get service backend
   \`\`\`
2. Make sure the manager Pods are running.

## Related information

- A link
`,
  );
  const { symptoms, body } = compileOne(text);

  it('makes one kb symptom titled by the article', () => {
    expect(symptoms).toHaveLength(1);
    expect(symptoms[0]).toMatchObject({ title: 'Troubleshooting: DNS Resolution Failed', form: 'kb' });
  });

  it('turns the solution steps into checks', () => {
    expect(symptoms[0]?.checks.map((check) => check.text)).toEqual([
      'Check the Service is available.',
      'Make sure the manager Pods are running.',
    ]);
  });

  it('keeps the Symptoms section, quoted errors and code included, as the description', () => {
    expect(symptoms[0]?.description).toContain('dial tcp: lookup longhorn-backend: no such host');
    expect(symptoms[0]?.description).toContain('Error: "connection refused" while fetching');
    expect(symptoms[0]?.description).not.toContain('CoreDNS');
  });

  it('keeps the code under a step in the body', () => {
    const list = body.find((block) => block.type === 'list' && block.symptomId);
    expect(list?.type === 'list' && list.items[0]?.children[1]).toEqual({ type: 'code', lang: 'shell', value: 'kubectl get service backend' });
  });

  it.each(['Resolution', 'Resolve', 'Workaround', 'Fix', 'Steps', 'Mitigation'])('recognises a "%s" section', (heading) => {
    const result = compileOne(`## Symptom\n\nIt breaks.\n\n## ${heading}\n\n- Do this\n`);
    expect(result.symptoms[0]?.checks.map((check) => check.text)).toEqual(['Do this']);
  });

  it('uses the paragraphs of a fix section without a list as its steps', () => {
    const result = compileOne('## Symptoms\n\nIt breaks.\n\n## Workaround\n\nRestart the node.\n\nThen reattach the volume.\n');
    expect(result.symptoms[0]?.checks.map((check) => check.text)).toEqual(['Restart the node.', 'Then reattach the volume.']);
    expect(result.body[3]).toMatchObject({ type: 'paragraph', checkId: 'restart-the-node' });
  });

  it('uses the sub-headings of a fix section without a list as its steps', () => {
    const result = compileOne('## Symptoms\n\nDisk full.\n\n## Recovery Measures\n\n### Method 1 - Evict replicas\n\nText.\n\n### Method 2 - Trim\n\nText.\n');
    expect(result.symptoms[0]?.checks.map((check) => check.id)).toEqual(['method-1---evict-replicas', 'method-2---trim']);
  });

  it('finds fix sections nested inside a numbered Symptom section, one symptom per section', () => {
    const result = compileOne(
      '## Symptom 1\n\nThe page shows "No such file".\n\n### Solution\n\nCreate the directory.\n\n## Symptom 2\n\nPermission denied.\n\n### Solution\n\n1. Use no_root_squash\n',
    );
    expect(result.symptoms.map((symptom) => [symptom.title, symptom.checks.length])).toEqual([
      ['The page shows "No such file"', 1],
      ['Permission denied', 1],
    ]);
  });

  it('collects the steps of several fix sections, keeping check ids unique across them', () => {
    const result = compileOne('## Symptoms\n\nIt breaks.\n\n## Workaround\n\n- Restart the pod\n\n## Root cause\n\nA race.\n\n## Long term fix\n\n- Upgrade\n- Restart the pod\n');
    expect(result.symptoms[0]?.checks.map((check) => check.id)).toEqual(['restart-the-pod', 'upgrade', 'restart-the-pod-2']);
    expect(result.symptoms[0]?.description).toBe('It breaks.');
  });

  it('does not take "Reproducing Steps" for a fix', () => {
    const result = compileOne('## Symptoms\n\nIt breaks.\n\n## Reproducing Steps\n\n1. Break it\n');
    expect(result.symptoms[0]?.checks).toEqual([]);
    expect(codes(result)).toEqual(['symptom-without-checks']);
  });
});

describe('given a standalone checklist', () => {
  it('makes a "first pass" heading with a plain list a checklist symptom', () => {
    const { symptoms } = compileOne(
      '## Five-minute first pass\n\nBefore opening a ticket, run this pass.\n\n- Settings → Integrations. Anything red?\n- Refresh the tab.\n',
    );
    expect(symptoms[0]).toMatchObject({
      slug: 'five-minute-first-pass',
      form: 'checklist',
      description: 'Before opening a ticket, run this pass.',
    });
    expect(symptoms[0]?.checks.map((check) => check.id)).toEqual(['settings--integrations-anything-red', 'refresh-the-tab']);
  });

  it.each(['Quick checks', 'Checklist', 'Before you contact support', 'Troubleshooting steps'])('recognises "%s"', (heading) => {
    expect(compileOne(`## ${heading}\n\n- One\n- Two\n`).symptoms[0]?.form).toBe('checklist');
  });

  it('leaves an ordinary heading with a bullet list as content', () => {
    const { symptoms, article } = compileOne('## Features\n\n- Fast\n- Small\n');
    expect(symptoms).toEqual([]);
    expect(article.symptomIds).toEqual([]);
  });
});

describe('given an article without symptoms', () => {
  it('is still an article (an overview), with no diagnostics', () => {
    const result = compileOne('# Overview\n\nA map of the most common problems.\n\n## Start here\n\nRead [the guide](https://example.com).\n');
    expect(result.symptoms).toEqual([]);
    expect(result.article).toMatchObject({ id: 'article', title: 'Overview', summary: 'A map of the most common problems.' });
    expect(result.diagnostics).toEqual([]);
  });
});

describe('given "Symptom:" lines inside a blockquote', () => {
  const text = md(
    'title: Quoted',
    `
# Quoted

## Delivery

> **Symptom:** Webhooks not firing
>
> Deliveries stop after a deploy.
>
> Checks:
> - Verify the webhook URL.
> - Trigger a matching event.

> Symptom: Emails bounce

Checks:

- Check the domain records.
- Check the sender address.
`,
  );
  const { symptoms, body, diagnostics } = compileOne(text);

  it('finds each quoted symptom with its checks, in the quote or right after it', () => {
    expect(symptoms.map((symptom) => symptom.title)).toEqual(['Webhooks not firing', 'Emails bounce']);
    expect(symptoms[0]?.checks.map((check) => check.text)).toEqual(['Verify the webhook URL.', 'Trigger a matching event.']);
    expect(symptoms[1]?.checks.map((check) => check.text)).toEqual(['Check the domain records.', 'Check the sender address.']);
    expect(symptoms.map((symptom) => symptom.form)).toEqual(['symptom-checks', 'symptom-checks']);
    expect(diagnostics).toEqual([]);
  });

  it('keeps the quote’s text as the description and the section as the group', () => {
    expect(symptoms[0]?.description).toBe('Deliveries stop after a deploy.');
    expect(symptoms[0]?.group).toBe('Delivery');
  });

  it('marks the symptom line and the checks inside the quote', () => {
    const quote = body.find((block) => block.type === 'blockquote');
    expect(quote?.type === 'blockquote' && quote.children[0]).toMatchObject({ type: 'symptom', symptomId: 'article#webhooks-not-firing' });
    const list = quote?.type === 'blockquote' ? quote.children.find((block) => block.type === 'list') : undefined;
    expect(list).toMatchObject({ type: 'list', symptomId: 'article#webhooks-not-firing' });
  });

  it('records where the symptom and each check were written', () => {
    expect(symptoms[0]?.source).toEqual({ file: 'article.md', line: 9, column: 3 });
    expect(symptoms[0]?.checks[1]?.source).toEqual({ file: 'article.md', line: 15, column: 3 });
  });
});

describe('given "Symptom:" lines as list items', () => {
  const text = md(
    'title: Listed',
    `
# Listed

- Symptom: Widget not loading
  - Check the embed snippet.
  - Check the content security policy.
- Symptom: Slack not routing

  Checks:

  - Check the master toggle.
- An ordinary item that stays an item.
`,
  );
  const { symptoms, body } = compileOne(text);

  it('makes each item a symptom and its nested list the checks', () => {
    expect(symptoms.map((symptom) => symptom.title)).toEqual(['Widget not loading', 'Slack not routing']);
    expect(symptoms[0]?.checks.map((check) => check.text)).toEqual(['Check the embed snippet.', 'Check the content security policy.']);
    expect(symptoms[1]?.checks.map((check) => check.text)).toEqual(['Check the master toggle.']);
    expect(symptoms[0]?.source).toEqual({ file: 'article.md', line: 7, column: 3 });
  });

  it('does not also read the outer list as a checklist, and leaves other items alone', () => {
    const outer = body.find((block) => block.type === 'list');
    expect(outer?.type === 'list' && outer.symptomId).toBeUndefined();
    expect(outer?.type === 'list' && outer.items[2]?.children[0]).toMatchObject({ type: 'paragraph' });
    expect(outer?.type === 'list' && outer.items[0]?.children[0]).toMatchObject({ type: 'symptom', symptomId: 'article#widget-not-loading' });
  });
});

describe('given prose that only mentions symptoms inside a quote or a list', () => {
  it('finds no symptom', () => {
    const { symptoms } = compileOne(md('title: Prose', '# Prose\n\n> Symptom-free replays are kept.\n\n- Symptoms vary by browser.\n'));
    expect(symptoms).toEqual([]);
  });
});

describe('given articles written first in another language', () => {
  it('reads a German knowledge-base article: Symptome, Ursache, Lösung', () => {
    const result = compileOne(`# Anmeldung schlägt nach der Zwei-Faktor-Abfrage fehl

## Symptome

Nach der Eingabe des Codes landen Benutzer wieder auf der Anmeldeseite.

## Ursache

Die Uhr des Telefons geht falsch.

## Lösung

1. Prüfen Sie die Uhrzeit des Telefons.
2. Fordern Sie einen neuen Code an.
`);
    expect(codes(result)).toEqual([]);
    expect(result.symptoms.map((symptom) => [symptom.form, symptom.checks.map((check) => check.text)])).toEqual([
      ['kb', ['Prüfen Sie die Uhrzeit des Telefons.', 'Fordern Sie einen neuen Code an.']],
    ]);
  });

  it.each([
    ['French', 'Symptôme : Les webhooks ne partent plus', 'À vérifier :', ['Vérifiez l’URL.', 'Consultez les journaux.']],
    ['Spanish', 'Síntoma: Los webhooks no se envían', 'Comprobaciones:', ['Compruebe la URL.', 'Revise los registros.']],
    ['Portuguese', 'Sintoma: Os webhooks não disparam', 'O que verificar:', ['Verifique a URL.', 'Consulte os registros.']],
    ['German', 'Symptom: Webhooks werden nicht ausgelöst', 'Prüfungen:', ['Prüfen Sie die URL.', 'Sehen Sie in die Protokolle.']],
    ['Japanese', '症状：Webhook が送信されない', '確認事項：', ['URL を確認します。', 'ログを確認します。']],
  ])('reads the %s form of “Symptom:” and its checks list', (_language, line, marker, checks) => {
    const result = compileOne(`# Webhooks\n\n${line}\n\n${marker}\n\n- ${checks[0]}\n- ${checks[1]}\n`);
    expect(codes(result)).toEqual([]);
    expect(result.symptoms.map((symptom) => [symptom.form, symptom.title, symptom.checks.map((check) => check.text)])).toEqual([
      ['symptom-checks', line.replace(/^[^:：]+[:：]\s*/, ''), checks],
    ]);
  });

  it('reads a Japanese knowledge-base article and what to send support', () => {
    const { symptoms, article } = compileOne(`# ログインできない

## 症状

コードを入力するとログイン画面に戻ります。

## 解決策

1. 端末の時刻を確認します。
2. 新しいコードを要求します。

## サポートへのお問い合わせ

次の情報を含めてください：

- ワークスペース名
- エラーが表示された時刻
`);
    expect(symptoms.map((symptom) => [symptom.form, symptom.checks.length])).toEqual([['kb', 2]]);
    expect(article.escalation?.details.map((detail) => detail.label)).toEqual(['ワークスペース名', 'エラーが表示された時刻']);
  });

  it('still reads English prose that merely mentions a symptom or a problem as prose', () => {
    const { symptoms } = compileOne('# Notes\n\nSymptom-free replays are kept for a week.\n\nThe problem with polling is latency.\n');
    expect(symptoms).toEqual([]);
  });
});
