import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileContent, type CompileResult } from '../../src/compiler/index';
import { sourceTextHash } from '../../src/compiler/locales';
import { importHash, readImported } from '../../src/import/write-content';
import { CORPUS } from '../fixtures/import/corpus-source';
import { importCorpus, readTree } from './helpers';

const published = CORPUS.filter((article) => !article.draft);
/** The service addresses of the corpus's articles, as their exports write links to each other (360099 is the one not in the export). */
const ARTICLE_ADDRESS = /\]\((?:https:\/\/(?:parcelwise\.zendesk\.com|parcelwise\.helpscoutdocs\.com|intercom\.help\/parcelwise))?\/(?:hc\/[\w-]+\/articles|[\w-]+\/articles|article)\/(?!360099)[^)]*\)/;

describe.each(['zendesk', 'intercom', 'helpscout'] as const)('given the %s corpus', (kind) => {
  let out: string;
  let status: number;
  let stdout: string;
  let files: Map<string, string>;
  let compiled: CompileResult;
  // Intercom keeps the German "Contact support" as a draft.
  const germanCount = published.filter((article) => article.de).length - (kind === 'intercom' ? 1 : 0);

  beforeAll(async () => {
    ({ out, status, stdout } = await importCorpus(kind));
    files = readTree(out);
    compiled = await compileContent(out);
  }, 60_000);
  afterAll(() => rmSync(join(out, '..'), { recursive: true, force: true }));

  it('writes one file per published article, and one per German version in de/', () => {
    expect(status).toBe(0);
    const root = [...files.keys()].filter((path) => !path.includes('/'));
    const german = [...files.keys()].filter((path) => path.startsWith('de/'));
    expect(root).toHaveLength(published.length);
    expect(german).toHaveLength(germanCount);
    expect(compiled.index.articles.map((article) => article.title).sort()).toEqual(published.map((article) => article.title).sort());
  });

  it('builds with no error and no warning', () => {
    expect(compiled.diagnostics.filter((diagnostic) => diagnostic.level !== 'info')).toEqual([]);
    expect(Object.keys(compiled.locales?.locales ?? {})).toEqual(['en', 'de']);
  });

  it('turns a problem and its steps into a symptom with its checks, in both languages', () => {
    const symptom = compiled.index.symptoms.find((candidate) => candidate.articleId === 'labels-print-blank');
    expect(symptom?.title).toBe('The printer feeds a label but nothing is printed on it.');
    expect(symptom?.checks.map((check) => check.text)).toEqual([
      'Check that the label roll is direct thermal and not thermal transfer; a transfer roll needs a ribbon.',
      'Turn the roll over: thermal paper only darkens on its coated side.',
      'Raise the print darkness in Settings → Printing → Darkness to at least 20.',
      'Print the test page from Set up a label printer to rule out the driver.',
    ]);
    const german = compiled.locales?.locales.de?.symptoms.find((candidate) => candidate.articleId === 'labels-print-blank');
    expect(german?.title).toBe('Der Drucker zieht ein Etikett ein, aber es wird nichts darauf gedruckt.');
    expect(german?.checks.map((check) => check.id)).toEqual(symptom?.checks.map((check) => check.id));
    expect(files.get('labels-print-blank.md')).toContain('\nSymptom: The printer feeds');
    expect(files.get('de/labels-print-blank.md')).toContain('\nPrüfungen:\n');
  });

  it('says in its summary how many articles got a checklist', () => {
    const [, made, of] = /(\d+) of (\d+) articles got a checklist/.exec(stdout) ?? [];
    // The ones it made are the articles, in each language, where the compiler finds a Symptom: / Checks: symptom.
    const withForm = Object.values(compiled.locales?.locales ?? {}).flatMap((index) =>
      index.articles.filter((article) => article.locale === undefined && index.symptoms.some((symptom) => symptom.articleId === article.id && symptom.form === 'symptom-checks')),
    );
    expect(Number(made)).toBe(withForm.length);
    expect(Number(made)).toBeGreaterThanOrEqual(20);
    expect(Number(of)).toBe(published.length + germanCount);
    // A checklist the import made is one the compiler finds: no symptom without checks.
    expect(compiled.index.symptoms.every((symptom) => symptom.checks.length > 0)).toBe(true);
  });

  it('leaves a list under an ordinary heading as prose', () => {
    const roles = compiled.index.articles.find((article) => article.id === 'change-your-plan');
    expect(roles?.symptomIds).toEqual([]);
  });

  it('links articles to each other by relative paths, with their anchors', () => {
    expect(files.get('labels-print-blank.md')).toContain('[Set up a label printer](./set-up-a-label-printer.md#print-a-test-page)');
    expect(files.get('de/labels-print-blank.md')).toContain('[Einen Etikettendrucker einrichten](./set-up-a-label-printer.md#eine-testseite-drucken)');
    expect(files.get('parcel-held-at-customs.md')).toContain('(./customs-forms-for-international-shipments.md#hs-codes)');
    for (const [path, text] of files) expect(text, path).not.toMatch(ARTICLE_ADDRESS);
    // Every link the compiler resolved to an article points at one it has.
    const ids = new Set(compiled.index.articles.map((article) => article.id));
    const targets = compiled.index.articles.flatMap((article) => article.links).filter((link) => link.target.kind === 'article');
    expect(targets.length).toBeGreaterThanOrEqual(15);
    for (const link of targets) {
      const target = link.target as { articleId: string; anchor?: string };
      expect(ids.has(target.articleId), target.articleId).toBe(true);
      // An anchor names a heading the target has.
      if (target.anchor) expect(compiled.index.articles.find((article) => article.id === target.articleId)?.headings.map((heading) => heading.id)).toContain(target.anchor);
    }
  });

  it('keeps a link to an article that is not in the export as its absolute address', () => {
    expect(files.get('an-invoice-is-missing-from-billing-history.md')).toMatch(/\[the statements archive\]\(https:\/\/[^)]*360099[^)]*\)/);
  });

  it('records where each file came from, and a hash of the file as written', () => {
    for (const [path, text] of files) {
      if (path === '_index.md') continue;
      const { from, recordedHash } = readImported(text);
      expect(from, path).toMatch(new RegExp(`^${kind}:`));
      expect(recordedHash, path).toBe(importHash(text));
    }
  });

  it('gives a German version its source\'s id and the hash of its source\'s text', () => {
    const german = files.get('de/webhooks-are-not-delivered.md') as string;
    expect(german).toContain('id: webhooks-are-not-delivered\n');
    expect(german).toContain(`sourceHash: "${sourceTextHash(files.get('webhooks-are-not-delivered.md') as string)}"`);
    expect(compiled.translations?.map((pair) => pair.file)).toContain(join(out, 'de/webhooks-are-not-delivered.md').replace(/^\//, '/'));
  });

  it('takes buckets from sections or collections, and tags from labels or keywords', () => {
    const webhooks = compiled.index.articles.find((article) => article.id === 'webhooks-are-not-delivered');
    expect(webhooks?.bucket).toBe('developers');
    if (kind !== 'intercom') expect(webhooks?.tags).toEqual(expect.arrayContaining(['api', 'webhooks']));
  });

  it('skips the drafts and counts them', () => {
    expect(files.has('dark-mode-beta.md')).toBe(false);
    expect(stdout).toMatch(new RegExp(`skipped drafts\\s+${kind === 'intercom' ? 3 : 2}\\b`));
  });

  it('writes nothing that could run: no script, style, iframe, event handler or javascript: address', () => {
    for (const [path, text] of files) expect(text, path).not.toMatch(/<script|<style|<iframe|\bon(?:click|mouseover|error)=|javascript:/i);
    expect(files.get('set-up-single-sign-on-with-saml.md')).toContain('[Single sign-on in two minutes](https://www.youtube.com/embed/pw-sso-demo)');
  });

  it('writes callouts as GitHub alerts and code blocks with their language', () => {
    expect(files.get('webhooks-are-not-delivered.md')).toContain('> [!WARNING]\n>\n> Endpoints that fail');
    expect(files.get('customs-forms-for-international-shipments.md')).toContain('> [!CAUTION]');
    expect(files.get('webhooks-are-not-delivered.md')).toContain('```bash\n');
    expect(files.get('create-and-rotate-api-keys.md')).toContain('```python\n');
    const callouts = (compiled.index.bodies['webhooks-are-not-delivered'] ?? []).filter((block) => block.type === 'callout');
    expect(callouts).toEqual([expect.objectContaining({ kind: 'warning' })]);
  });
});
