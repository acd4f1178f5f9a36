import { describe, expect, it } from 'vitest';
import { compileSources } from '../../src/compiler/index';
import { htmlToMarkdownTree, stringifyMarkdown } from '../../src/import/html-to-markdown';
import { addTroubleshootingStructure, headingRole } from '../../src/import/troubleshooting-structure';

/** HTML → Markdown with the troubleshooting structure, and what the compiler then finds in it. */
function structured(html: string, options: { title?: string; locale?: string } = {}) {
  const { tree } = htmlToMarkdownTree(html);
  const made = addTroubleshootingStructure(tree, { title: options.title ?? 'Emails do not arrive', ...(options.locale ? { locale: options.locale } : {}) });
  const text = stringifyMarkdown(tree);
  const { index, diagnostics } = compileSources([{ path: 'article.md', text: `---\ntitle: ${options.title ?? 'Emails do not arrive'}\n---\n\n${text}` }]);
  return { made, text, symptoms: index.symptoms, diagnostics };
}

describe('given a problem heading followed by a steps heading', () => {
  it('writes the problem\'s paragraph as Symptom: and the steps as Checks:', () => {
    const result = structured('<h2>Problem</h2><p>Customers write in but no ticket appears.</p><h2>Resolution</h2><ol><li>Check forwarding.</li><li>Check SPF.</li></ol>');
    expect(result.made).toBe(1);
    expect(result.text).toBe('Symptom: Customers write in but no ticket appears.\n\nChecks:\n\n1. Check forwarding.\n2. Check SPF.\n');
    expect(result.diagnostics).toEqual([]);
    expect(result.symptoms.map((symptom) => [symptom.title, symptom.checks.map((check) => check.text)])).toEqual([
      ['Customers write in but no ticket appears.', ['Check forwarding.', 'Check SPF.']],
    ]);
  });

  it('takes the first sentence as the symptom\'s title and the rest as its description', () => {
    const result = structured('<h2>Symptoms</h2><p>No ticket appears. It started after a DNS change.</p><p>Older tickets are fine.</p><h2>Steps</h2><ul><li>Check MX records.</li></ul>');
    expect(result.symptoms[0]?.title).toBe('No ticket appears.');
    expect(result.symptoms[0]?.description).toBe('It started after a DNS change. Older tickets are fine.');
  });

  it.each([
    ['Issue', 'Troubleshooting'],
    ['The problem', 'Steps to resolve'],
    ['Symptom', 'How to fix'],
    ['Problem:', 'Things to check'],
    ['Issue', 'Checks'],
  ])('reads "%s" and "%s" as a problem and its steps', (problem, steps) => {
    expect(structured(`<h2>${problem}</h2><p>The widget is missing on the page.</p><h3>${steps}</h3><ul><li>Check the snippet.</li></ul>`).symptoms).toHaveLength(1);
  });

  it('writes the labels in the article\'s language, which the compiler reads in it', () => {
    const german = structured('<h2>Problem</h2><p>Es kommen keine E-Mails an.</p><h2>Lösung</h2><ol><li>Weiterleitung prüfen.</li></ol>', { locale: 'de', title: 'E-Mails' });
    expect(german.text).toContain('Symptom: Es kommen keine E-Mails an.\n\nPrüfungen:\n');
    const french = structured('<h2>Problème</h2><p>Aucun e-mail n’arrive.</p><h2>Résolution</h2><ol><li>Vérifier le transfert.</li></ol>', { locale: 'fr-CA', title: 'E-mails' });
    expect(french.text).toContain('Symptôme : Aucun e-mail n’arrive.\n\nVérifications :\n');
    const japanese = structured('<h2>問題</h2><p>メールが届きません。</p><h2>解決策</h2><ol><li>転送を確認します。</li></ol>', { locale: 'ja', title: 'メール' });
    expect(japanese.text).toContain('症状： メールが届きません。\n\n確認事項：\n');
    for (const result of [german, french, japanese]) expect(result.symptoms[0]?.checks).toHaveLength(1);
  });

  it('writes English labels for a language the compiler has no words for, and reads its headings still', () => {
    const arabic = structured('<h2>المشكلة</h2><p>لا تصل الرسائل.</p><h2>الحل</h2><ol><li>تحقق من التحويل.</li></ol>', { locale: 'ar', title: 'الرسائل' });
    expect(arabic.text).toContain('Symptom: لا تصل الرسائل.\n\nChecks:\n');
    expect(arabic.symptoms[0]?.checks).toHaveLength(1);
  });

  it('makes one symptom per pair, in order', () => {
    const result = structured(
      '<h2>Problem</h2><p>Labels print blank.</p><h2>Resolution</h2><ol><li>Flip the roll.</li></ol><h2>Problem</h2><p>Labels print faint.</p><h2>Resolution</h2><ol><li>Raise the darkness.</li></ol>',
    );
    expect(result.symptoms.map((symptom) => symptom.title)).toEqual(['Labels print blank.', 'Labels print faint.']);
  });
});

describe('given an article whose steps have no problem paragraph', () => {
  it('makes the article itself the symptom, titled by the article', () => {
    const result = structured('<p>Emails sent to your address should become tickets.</p><h2>Troubleshooting steps</h2><ol><li>Check forwarding.</li></ol>');
    expect(result.text).toContain('Symptom: Emails do not arrive\n\nChecks:\n\n1. Check forwarding.');
    expect(result.symptoms.map((symptom) => symptom.title)).toEqual(['Emails do not arrive']);
  });

  it('leaves an article the compiler reads by itself alone (a Symptoms section, a task list)', () => {
    const kb = structured('<h2>Symptom 1</h2><p>Sync stops.</p><h3>Workaround</h3><ol><li>Restart the agent.</li></ol>');
    expect(kb.made).toBe(0);
    expect(kb.diagnostics).toEqual([]);
    expect(kb.symptoms).toHaveLength(1);
    const tasks = structured('<h2>Before you call</h2><ul><li><input type="checkbox"> Restart</li></ul><h2>Steps</h2><ol><li>Call.</li></ol>');
    expect(tasks.made).toBe(0);
  });
});

describe('given lists that are not steps', () => {
  it('leaves a list under an ordinary heading as prose', () => {
    const result = structured('<h2>Plans</h2><ul><li>Starter</li><li>Growth</li></ul>');
    expect(result.made).toBe(0);
    expect(result.symptoms).toEqual([]);
  });

  it('leaves a problem section that holds a list of its own as it is', () => {
    const result = structured('<h2>Problem</h2><p>Any of these:</p><ul><li>no email</li><li>no ticket</li></ul><h2>Resolution</h2><ol><li>Check forwarding.</li></ol>');
    expect(result.made).toBe(0);
    expect(result.text).toContain('## Problem');
  });

  it('leaves a pair alone whose symptom would repeat an earlier one\'s title', () => {
    const result = structured('<h2>Problem</h2><p>No email.</p><h2>Fix</h2><ol><li>A.</li></ol><h2>Problem</h2><p>No email.</p><h2>Fix</h2><ol><li>B.</li></ol>');
    expect(result.made).toBe(1);
    expect(result.diagnostics.filter((diagnostic) => diagnostic.level === 'error')).toEqual([]);
  });

  it('does not read a heading that only mentions the words', () => {
    expect(headingRole('Troubleshooting webhooks')).toBeUndefined();
    expect(headingRole('Problems with the new editor')).toBeUndefined();
    expect(headingRole('Troubleshooting steps')).toBe('steps');
    expect(headingRole('Issue')).toBe('problem');
  });
});
