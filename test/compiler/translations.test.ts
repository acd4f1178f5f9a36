import { describe, expect, it } from 'vitest';
import { compileSources, formatDiagnostic } from '../../src/compiler/index';
import { sourceTextHash } from '../../src/compiler/locales';
import { failsBuild } from '../../src/compiler/reporter';
import type { Diagnostic } from '../../src/schema/diagnostic';
import type { BlockNode, HelpIndex } from '../../src/schema/help-index';
import { md } from './helpers';

type Source = { path: string; text: string };

const WEBHOOKS = md(
  `
bucket: Integrations
routes: [/settings/webhooks]
errors: [WEBHOOK_*]
aliases: [callbacks]
symptoms:
  webhooks-not-firing:
    diagnostics:
      verify-the-url: webhook-url-reachable
  deliveries-fail:
    routes: [/settings/webhooks/deliveries]
`,
  `
# Webhooks

## Webhooks not firing

- [ ] Verify the URL
- [ ] Check the logs

## Deliveries fail

- [ ] Check the certificate
- [ ] Retry the delivery
`,
);
const SETUP = md('bucket: Getting started', '# Setup\n\nFirst steps. See [webhooks](./webhooks.md).');
const BILLING = md('bucket: Billing', '# Billing\n\nInvoices and plans.');

const GERMAN_WEBHOOKS = md(
  `
bucket: Integrationen
aliases: [rückrufe]
`,
  `
# Webhooks

## Webhooks feuern nicht

- [ ] Die URL prüfen
- [ ] Die Logs ansehen

## Zustellungen schlagen fehl

- [ ] Das Zertifikat prüfen
- [ ] Die Zustellung wiederholen
`,
);

function compile(sources: Source[], root = 'content/acme') {
  return compileSources(sources, { root });
}

function locale(result: ReturnType<typeof compile>, tag: string): HelpIndex {
  const index = result.locales?.locales[tag];
  if (!index) throw new Error(`no ${tag} index; diagnostics: ${JSON.stringify(result.diagnostics)}`);
  return index;
}

const of = (result: { diagnostics: Diagnostic[] }, code: Diagnostic['code']) => result.diagnostics.filter((diagnostic) => diagnostic.code === code);

/** Every `symptomId` and `checkId` mark in a body, in document order. */
function marks(blocks: readonly BlockNode[]): string[] {
  const found: string[] = [];
  for (const block of blocks) {
    if ('symptomId' in block && block.symptomId) found.push(`symptom ${block.symptomId}`);
    if ('checkId' in block && block.checkId) found.push(`check ${block.checkId}`);
    if (block.type === 'list') {
      for (const item of block.items) {
        if (item.checkId) found.push(`check ${item.checkId}`);
        found.push(...marks(item.children));
      }
    }
  }
  return found;
}

const acme: Source[] = [
  { path: '_index.md', text: md('title: Acme Help\nsummary: Help for Acme.', '') },
  { path: 'webhooks.md', text: WEBHOOKS },
  { path: 'setup.md', text: SETUP },
  { path: 'billing.md', text: BILLING },
  { path: 'de/_index.md', text: md('title: Acme Hilfe\nsummary: Hilfe für Acme.', '') },
  { path: 'de/webhooks.md', text: GERMAN_WEBHOOKS },
  { path: 'de/setup.md', text: md('bucket: Erste Schritte', '# Einrichtung\n\nErste Schritte. Siehe [Webhooks](./webhooks.md) und [Abrechnung](./billing.md).') },
];

describe('given a help center without locale folders', () => {
  it('compiles exactly as before: no locales, no locale fields', () => {
    const result = compile([
      { path: '_index.md', text: md('title: Acme Help', '') },
      { path: 'webhooks.md', text: WEBHOOKS },
      { path: 'guides/billing.md', text: BILLING },
    ]);
    expect(result.locales).toBeUndefined();
    expect(result.index.helpCenter).toEqual({ id: 'acme', title: 'Acme Help' });
    expect(result.index.articles.every((article) => article.locale === undefined)).toBe(true);
    expect(result.diagnostics).toEqual([]);
  });

  it('sets helpCenter.locale when _index.md declares one, in canonical form', () => {
    const result = compile([
      { path: '_index.md', text: md('title: Acme Hilfe\nlocale: de', '') },
      { path: 'webhooks.md', text: GERMAN_WEBHOOKS },
    ]);
    expect(result.locales).toBeUndefined();
    expect(result.index.helpCenter).toEqual({ id: 'acme', title: 'Acme Hilfe', locale: 'de' });
    expect(result.diagnostics).toEqual([]);
  });

  it('reads folders whose names only look like tags (api, faq, kb, src, new) as ordinary folders', () => {
    const result = compile([
      { path: 'api/webhooks.md', text: WEBHOOKS },
      { path: 'faq/setup.md', text: '# Setup\n\nFirst steps.\n' },
      { path: 'kb/billing.md', text: BILLING },
      { path: 'src/quota.md', text: '# Quota\n\nText.\n' },
      { path: 'new/roles.md', text: '# Roles\n\nText.\n' },
    ]);
    expect(result.locales).toBeUndefined();
    expect(result.diagnostics).toEqual([]);
    expect(result.index.articles.map((article) => article.id).sort()).toEqual(['billing', 'quota', 'roles', 'setup', 'webhooks']);
  });

  it('reports a locale that is not a BCP 47 tag', () => {
    const result = compile([
      { path: '_index.md', text: md('locale: not a tag!', '') },
      { path: 'webhooks.md', text: WEBHOOKS },
    ]);
    expect(of(result, 'invalid-front-matter')).toMatchObject([{ level: 'error', file: 'content/acme/_index.md', line: 2, column: 9 }]);
  });
});

describe('given a help center with locale folders', () => {
  const result = compile(acme);

  it('writes one complete index per locale, the default as index', () => {
    expect(result.locales).toMatchObject({ kind: 'locales', defaultLocale: 'en', helpCenter: { id: 'acme', title: 'Acme Help', locales: ['en', 'de'] } });
    expect(result.locales?.helpCenter.locale).toBeUndefined();
    expect(Object.keys(result.locales?.locales ?? {})).toEqual(['en', 'de']);
    expect(result.locales?.locales.en).toBe(result.index);
    expect(result.index.helpCenter).toEqual({ id: 'acme', title: 'Acme Help', summary: 'Help for Acme.', locale: 'en', locales: ['en', 'de'] });
    expect(locale(result, 'de').helpCenter).toEqual({ id: 'acme', title: 'Acme Hilfe', summary: 'Hilfe für Acme.', locale: 'de', locales: ['en', 'de'] });
    expect(locale(result, 'de').articles.map((article) => article.id)).toEqual(result.index.articles.map((article) => article.id));
    expect(locale(result, 'de').hash).not.toBe(result.index.hash);
  });

  it('includes an untranslated article from the default locale, marked with its language', () => {
    const de = locale(result, 'de');
    const billing = de.articles.find((article) => article.id === 'billing');
    expect(billing).toMatchObject({ title: 'Billing', locale: 'en' });
    expect(de.articles.find((article) => article.id === 'setup')).toMatchObject({ title: 'Einrichtung' });
    expect(de.articles.find((article) => article.id === 'setup')?.locale).toBeUndefined();
    expect(result.index.articles.every((article) => article.locale === undefined)).toBe(true);
  });

  it('gives translated symptoms and checks the source ids, by position, in the index and the body', () => {
    const de = locale(result, 'de');
    expect(de.symptoms.map((symptom) => [symptom.id, symptom.title, symptom.checks.map((check) => check.id)])).toEqual([
      ['webhooks#webhooks-not-firing', 'Webhooks feuern nicht', ['verify-the-url', 'check-the-logs']],
      ['webhooks#deliveries-fail', 'Zustellungen schlagen fehl', ['check-the-certificate', 'retry-the-delivery']],
    ]);
    expect(marks(de.bodies.webhooks ?? [])).toEqual(marks(result.index.bodies.webhooks ?? []));
    expect(marks(de.bodies.webhooks ?? [])).toContain('check verify-the-url');
    expect(de.articles.find((article) => article.id === 'webhooks')?.symptomIds).toEqual(['webhooks#webhooks-not-firing', 'webhooks#deliveries-fail']);
  });

  it('gives a translated check the revision of its source check, so a tick carries over to every language', () => {
    const de = locale(result, 'de');
    const revisions = (index: HelpIndex) => index.symptoms.flatMap((symptom) => symptom.checks.map((check) => check.revision));
    expect(revisions(de)).toEqual(revisions(result.index));
    expect(revisions(result.index).every((revision) => typeof revision === 'string' && revision.length > 0)).toBe(true);
    expect(new Set(revisions(result.index)).size).toBe(revisions(result.index).length);
    // One language: progress is kept against each check's own text, as before.
    expect(compile([{ path: 'webhooks.md', text: WEBHOOKS }]).index.symptoms.flatMap((symptom) => symptom.checks).some((check) => check.revision !== undefined)).toBe(false);
  });

  it('takes routes, errors and diagnostic bindings from the source, and keeps the translation\'s own aliases', () => {
    const de = locale(result, 'de');
    const article = de.articles.find((candidate) => candidate.id === 'webhooks');
    expect(article?.context.routes).toEqual(['/settings/webhooks']);
    expect(article?.context.errors.map((pattern) => pattern.raw)).toEqual(['WEBHOOK_*']);
    expect(article?.aliases).toEqual(['rückrufe']);
    const [notFiring, deliveries] = de.symptoms;
    expect(notFiring?.checks[0]?.diagnostic).toBe('webhook-url-reachable');
    expect(deliveries?.context?.routes).toEqual(['/settings/webhooks/deliveries']);
  });

  it('titles buckets in the locale where a translation names them, keeping the source\'s bucket ids', () => {
    expect(locale(result, 'de').buckets).toEqual([
      { id: 'billing', title: 'Billing', articleIds: ['billing'] },
      { id: 'getting-started', title: 'Erste Schritte', articleIds: ['setup'] },
      { id: 'integrations', title: 'Integrationen', articleIds: ['webhooks'] },
    ]);
  });

  it('resolves a translation\'s links within its locale, to the same article ids', () => {
    const setup = locale(result, 'de').articles.find((article) => article.id === 'setup');
    expect(setup?.links.map((link) => link.target)).toEqual([
      { kind: 'article', articleId: 'webhooks' },
      { kind: 'article', articleId: 'billing' },
    ]);
  });

  it('says, once per locale, how many articles are not translated yet', () => {
    const [info, ...others] = of(result, 'missing-translations');
    expect(others).toEqual([]);
    expect(info).toMatchObject({ level: 'info', file: 'content/acme/de/' });
    expect(formatDiagnostic(info as Diagnostic)).toBe(
      'content/acme/de/: info: 1 of 3 articles are not translated into de yet; they show in en: billing [missing-translations]',
    );
    expect(failsBuild(result.diagnostics, true)).toBe(false);
  });

  it('lists the first five untranslated ids and counts the rest', () => {
    const many = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => ({ path: `${id}.md`, text: `# ${id.toUpperCase()}\n\nText.\n` }));
    const out = compile([...many, { path: 'ja/a.md', text: '# エー\n\n本文。\n' }]);
    expect(of(out, 'missing-translations')[0]?.message).toBe('6 of 7 articles are not translated into ja yet; they show in en: b, c, d, e, f and 1 more');
  });
});

describe('given a regional locale', () => {
  const sources: Source[] = [
    { path: 'webhooks.md', text: WEBHOOKS },
    { path: 'setup.md', text: SETUP },
    { path: 'billing.md', text: BILLING },
    { path: 'pt/setup.md', text: md('', '# Configuração\n\nPrimeiros passos.') },
    { path: 'pt/billing.md', text: md('', '# Faturamento\n\nFaturas.') },
    { path: 'pt-BR/billing.md', text: md('', '# Cobrança\n\nFaturas.') },
  ];
  const result = compile(sources);

  it('falls back to the language, then to the default', () => {
    const br = locale(result, 'pt-BR');
    expect(br.articles.map((article) => [article.id, article.title, article.locale])).toEqual([
      ['billing', 'Cobrança', undefined],
      ['setup', 'Configuração', 'pt'],
      ['webhooks', 'Webhooks', 'en'],
    ]);
    expect(br.helpCenter.locales).toEqual(['en', 'pt', 'pt-BR']);
  });

  it('says which locale the untranslated articles show in', () => {
    const messages = of(result, 'missing-translations').map((diagnostic) => `${diagnostic.file} ${diagnostic.message}`);
    expect(messages).toContain('content/acme/pt-BR/ 2 of 3 articles are not translated into pt-BR yet; they show in pt: setup; en: webhooks');
  });
});

describe('given the default locale in its own folder, or declared in _index.md', () => {
  it('reads the default locale\'s folder as the sources', () => {
    const result = compile([
      { path: 'en/webhooks.md', text: WEBHOOKS },
      { path: 'de/webhooks.md', text: GERMAN_WEBHOOKS },
    ]);
    expect(result.diagnostics.filter((diagnostic) => diagnostic.level !== 'info')).toEqual([]);
    expect(locale(result, 'de').symptoms.map((symptom) => symptom.id)).toEqual(['webhooks#webhooks-not-firing', 'webhooks#deliveries-fail']);
  });

  it('takes the root\'s articles to be in the declared locale, with the others falling back to it', () => {
    const result = compile([
      { path: '_index.md', text: md('locale: de', '') },
      { path: 'webhooks.md', text: GERMAN_WEBHOOKS },
      { path: 'en/webhooks.md', text: WEBHOOKS },
    ]);
    expect(result.locales?.defaultLocale).toBe('de');
    expect(result.index.helpCenter.locales).toEqual(['de', 'en']);
    expect(locale(result, 'en').symptoms.map((symptom) => [symptom.id, symptom.title])).toEqual([
      ['webhooks#webhooks-feuern-nicht', 'Webhooks not firing'],
      ['webhooks#zustellungen-schlagen-fehl', 'Deliveries fail'],
    ]);
  });

  it('matches a translation to its source by front-matter id when the file names differ', () => {
    const result = compile([
      { path: 'webhooks.md', text: WEBHOOKS },
      { path: 'de/webhooks-einrichten.md', text: GERMAN_WEBHOOKS.replace('---\n', '---\nid: webhooks\n') },
    ]);
    expect(of(result, 'orphan-translation')).toEqual([]);
    expect(locale(result, 'de').articles.map((article) => [article.id, article.locale])).toEqual([['webhooks', undefined]]);
  });
});

describe('given a translation with bindings, related articles or a one-problem source', () => {
  it('binds the translation\'s own diagnostics, written against its own check ids, to the shared ids', () => {
    const own = GERMAN_WEBHOOKS.replace('aliases: [rückrufe]', 'symptoms:\n  webhooks-feuern-nicht:\n    diagnostics:\n      die-logs-ansehen: webhook-logs-readable');
    const result = compile([
      { path: 'webhooks.md', text: WEBHOOKS },
      { path: 'de/webhooks.md', text: own },
    ]);
    expect(result.diagnostics.filter((diagnostic) => diagnostic.level !== 'info')).toEqual([]);
    const [notFiring] = locale(result, 'de').symptoms;
    expect(notFiring?.checks.map((check) => [check.id, check.diagnostic])).toEqual([
      ['verify-the-url', undefined],
      ['check-the-logs', 'webhook-logs-readable'],
    ]);
  });

  it('keeps the source\'s related articles unless the translation lists its own', () => {
    const sources = [
      { path: 'webhooks.md', text: WEBHOOKS.replace('bucket: Integrations', 'bucket: Integrations\nrelated: [setup]') },
      { path: 'setup.md', text: SETUP },
      { path: 'billing.md', text: BILLING },
      { path: 'de/webhooks.md', text: GERMAN_WEBHOOKS },
      { path: 'fr/webhooks.md', text: md('related: [billing.md]', '# Webhooks\n\n## Les webhooks ne partent pas\n\n- [ ] Vérifier l\'URL\n- [ ] Lire les journaux') },
    ];
    const result = compile(sources);
    const related = (tag: string) => locale(result, tag).articles.find((article) => article.id === 'webhooks')?.related;
    expect(related('de')).toEqual(['setup']);
    expect(related('fr')).toEqual(['billing']);
  });

  it('makes a one-problem translation of a one-problem source, opened by the source\'s errors', () => {
    const result = compile([
      { path: 'quota.md', text: md('errors: [QUOTA_EXCEEDED]', '# Quota exceeded\n\nYou sent too many messages; wait an hour.') },
      { path: 'de/quota.md', text: '# Kontingent überschritten\n\nSie haben zu viele Nachrichten gesendet; warten Sie eine Stunde.\n' },
    ]);
    const [en] = result.index.symptoms;
    const [de] = locale(result, 'de').symptoms;
    expect(en).toMatchObject({ id: 'quota#quota-exceeded', form: 'article' });
    expect(de).toMatchObject({ id: 'quota#quota-exceeded', form: 'article', title: 'Kontingent überschritten' });
    expect(locale(result, 'de').articles[0]?.context.errors.map((pattern) => pattern.raw)).toEqual(['QUOTA_EXCEEDED']);
  });

  it('leaves out the translation of a draft quietly, as its source is', () => {
    const result = compile([
      { path: 'webhooks.md', text: WEBHOOKS },
      { path: 'beta.md', text: md('draft: true', '# Beta\n\nSoon.') },
      { path: 'de/beta.md', text: '# Beta\n\nBald.\n' },
    ]);
    expect(of(result, 'orphan-translation')).toEqual([]);
    expect(locale(result, 'de').articles.map((article) => article.id)).toEqual(['webhooks']);
  });
});

describe('given an explicit id mapping', () => {
  const reordered = md(
    `
symptoms:
  zustellungen-schlagen-fehl:
    source: deliveries-fail
    checks: [retry-the-delivery, ~, Check the certificate]
  webhooks-feuern-nicht:
    source: webhooks-not-firing
    routes: [/de/webhooks]
`,
    `
# Webhooks

## Zustellungen schlagen fehl

- [ ] Die Zustellung wiederholen
- [ ] Den Support fragen
- [ ] Das Zertifikat prüfen

## Webhooks feuern nicht

- [ ] Die URL prüfen
- [ ] Die Logs ansehen
`,
  );
  const result = compile([
    { path: 'webhooks.md', text: WEBHOOKS },
    { path: 'de/webhooks.md', text: reordered },
  ]);

  it('maps symptoms by slug and checks by the listed ids or slugs, ~ keeping a check\'s own id', () => {
    expect(of(result, 'translation-structure')).toEqual([]);
    expect(locale(result, 'de').symptoms.map((symptom) => [symptom.id, symptom.checks.map((check) => check.id)])).toEqual([
      ['webhooks#deliveries-fail', ['retry-the-delivery', 'den-support-fragen', 'check-the-certificate']],
      ['webhooks#webhooks-not-firing', ['verify-the-url', 'check-the-logs']],
    ]);
    expect(marks(locale(result, 'de').bodies.webhooks ?? [])).toEqual([
      'symptom webhooks#deliveries-fail',
      'symptom webhooks#deliveries-fail',
      'check retry-the-delivery',
      'check den-support-fragen',
      'check check-the-certificate',
      'symptom webhooks#webhooks-not-firing',
      'symptom webhooks#webhooks-not-firing',
      'check verify-the-url',
      'check check-the-logs',
    ]);
  });

  it('lets the translation\'s own routes win over the source\'s, and keeps the source\'s bindings', () => {
    const notFiring = locale(result, 'de').symptoms.find((symptom) => symptom.id === 'webhooks#webhooks-not-firing');
    expect(notFiring?.context?.routes).toEqual(['/de/webhooks']);
    expect(notFiring?.checks[0]?.diagnostic).toBe('webhook-url-reachable');
  });
});

describe('given translation problems', () => {
  it('warns about a translated article with no source and leaves it out', () => {
    const result = compile([
      { path: 'webhooks.md', text: WEBHOOKS },
      { path: 'de/webhooks.md', text: GERMAN_WEBHOOKS },
      { path: 'de/nur-deutsch.md', text: '# Nur auf Deutsch\n\nText.\n' },
    ]);
    const [orphan] = of(result, 'orphan-translation');
    expect(orphan).toMatchObject({ level: 'warning', file: 'content/acme/de/nur-deutsch.md', line: 1, column: 1 });
    expect(orphan?.message).toContain('there is no "content/acme/nur-deutsch.md"');
    expect(orphan?.message).toContain('set "id:"');
    expect(locale(result, 'de').articles.map((article) => article.id)).toEqual(['webhooks']);
  });

  it('warns about a stale translation at its sourceHash, saying how to re-stamp, and not about a fresh one', () => {
    const stamped = (hash: string) => GERMAN_WEBHOOKS.replace('---\n', `---\nsourceHash: "${hash}"\n`);
    const fresh = compile([
      { path: 'webhooks.md', text: WEBHOOKS },
      { path: 'de/webhooks.md', text: stamped(sourceTextHash(WEBHOOKS)) },
    ]);
    expect(of(fresh, 'stale-translation')).toEqual([]);

    const stale = compile([
      { path: 'webhooks.md', text: WEBHOOKS.replace('Verify the URL', 'Verify the endpoint URL') },
      { path: 'de/webhooks.md', text: stamped(sourceTextHash(WEBHOOKS)) },
    ]);
    const [warning] = of(stale, 'stale-translation');
    expect(warning).toMatchObject({ level: 'warning', file: 'content/acme/de/webhooks.md', line: 2, column: 1 });
    expect(warning?.message).toContain(`sourceHash ${sourceTextHash(WEBHOOKS)}`);
    expect(warning?.message).toContain('help-panel stamp content/acme/de/webhooks.md');
  });

  it('does not call a translation stale when only the source\'s line ends changed', () => {
    const result = compile([
      { path: 'webhooks.md', text: WEBHOOKS.replace(/\n/g, '\r\n') },
      { path: 'de/webhooks.md', text: GERMAN_WEBHOOKS.replace('---\n', `---\nsourceHash: "${sourceTextHash(WEBHOOKS)}"\n`) },
    ]);
    expect(of(result, 'stale-translation')).toEqual([]);
  });

  it('reports a sourceHash that is not a hash', () => {
    const result = compile([
      { path: 'webhooks.md', text: WEBHOOKS },
      { path: 'de/webhooks.md', text: GERMAN_WEBHOOKS.replace('---\n', '---\nsourceHash: yesterday\n') },
    ]);
    expect(of(result, 'invalid-front-matter')).toMatchObject([{ file: 'content/acme/de/webhooks.md', line: 2, column: 13 }]);
  });

  it('warns when the symptom counts differ without a mapping, naming the symptom and both counts', () => {
    const extra = GERMAN_WEBHOOKS + '\n## Signatur ungültig\n\n- [ ] Das Geheimnis prüfen\n';
    const result = compile([
      { path: 'webhooks.md', text: WEBHOOKS },
      { path: 'de/webhooks.md', text: extra },
    ]);
    const [warning, ...others] = of(result, 'translation-structure');
    expect(others).toEqual([]);
    expect(warning).toMatchObject({ level: 'warning', file: 'content/acme/de/webhooks.md', line: 18 });
    expect(warning?.message).toContain('this translation has 3 symptoms and its source "content/acme/webhooks.md" has 2');
    expect(warning?.message).toContain('"Signatur ungültig" has no counterpart');
    expect(warning?.message).toContain('source: <source symptom slug>');
    // The extra symptom keeps an id of its own, so it cannot take another symptom's progress.
    expect(locale(result, 'de').symptoms.map((symptom) => symptom.id)).toEqual([
      'webhooks#webhooks-not-firing',
      'webhooks#deliveries-fail',
      'webhooks#signatur-ungültig',
    ]);
  });

  it('warns when a symptom\'s check counts differ without a mapping, with a mapping to start from', () => {
    const fewer = GERMAN_WEBHOOKS.replace('- [ ] Die Logs ansehen\n', '');
    const result = compile([
      { path: 'webhooks.md', text: WEBHOOKS },
      { path: 'de/webhooks.md', text: fewer },
    ]);
    const [warning] = of(result, 'translation-structure');
    expect(warning).toMatchObject({ file: 'content/acme/de/webhooks.md', line: 8, column: 1 });
    expect(warning?.message).toContain('the symptom "Webhooks feuern nicht" has 1 check and its source "Webhooks not firing" (content/acme/webhooks.md) has 2');
    expect(warning?.message).toContain("the source's check-the-logs is not in this language");
    expect(warning?.message).toContain('symptoms: { webhooks-feuern-nicht: { checks: [verify-the-url] } }');
  });

  it('warns when a mapping names a source symptom or check that does not exist', () => {
    const wrong = md(
      `
symptoms:
  webhooks-feuern-nicht:
    source: webhook-not-firing
  zustellungen-schlagen-fehl:
    checks: [check-the-certificat, retry-the-delivery]
`,
      GERMAN_WEBHOOKS.slice(GERMAN_WEBHOOKS.indexOf('# Webhooks')),
    );
    const result = compile([
      { path: 'webhooks.md', text: WEBHOOKS },
      { path: 'de/webhooks.md', text: wrong },
    ]);
    const warnings = of(result, 'translation-structure');
    expect(warnings.map((warning) => [warning.line, warning.column])).toEqual([
      [4, 13],
      [6, 14],
    ]);
    expect(warnings[0]?.message).toContain('mapped to "webhook-not-firing", but its source "content/acme/webhooks.md" has no symptom with that slug');
    expect(warnings[0]?.message).toContain('webhooks-not-firing');
    expect(warnings[1]?.message).toContain('mapped to "check-the-certificat"');
    expect(warnings[1]?.message).toContain('check-the-certificate');
  });

  it('warns about a locale folder written loosely and still reads it as its locale', () => {
    const result = compile([
      { path: 'webhooks.md', text: WEBHOOKS },
      { path: 'pt-br/webhooks.md', text: GERMAN_WEBHOOKS },
      { path: 'DE/webhooks.md', text: GERMAN_WEBHOOKS },
    ]);
    expect(of(result, 'non-canonical-locale').map((diagnostic) => formatDiagnostic(diagnostic))).toEqual([
      'content/acme/DE/: warning: the locale folder "DE" is written "de" in BCP 47; rename it to "de". [non-canonical-locale]',
      'content/acme/pt-br/: warning: the locale folder "pt-br" is written "pt-BR" in BCP 47; rename it to "pt-BR". [non-canonical-locale]',
    ]);
    expect(Object.keys(result.locales?.locales ?? {})).toEqual(['en', 'de', 'pt-BR']);
  });

  it('refuses two folders for the same locale, keeping the canonically named one', () => {
    const result = compile([
      { path: 'webhooks.md', text: WEBHOOKS },
      { path: 'pt-BR/webhooks.md', text: md('title: Certo', '# Webhooks\n\nTexto.') },
      { path: 'pt_br/webhooks.md', text: md('title: Errado', '# Webhooks\n\nTexto.') },
    ]);
    const [duplicate] = of(result, 'duplicate-locale');
    expect(duplicate).toMatchObject({ level: 'error', file: 'content/acme/pt_br/' });
    expect(duplicate?.message).toContain('as "pt-BR/" does');
    expect(locale(result, 'pt-BR').articles.map((article) => article.title)).toEqual(['Certo']);
  });

  it('reports two translations of one source as a duplicate id', () => {
    const result = compile([
      { path: 'webhooks.md', text: WEBHOOKS },
      { path: 'de/webhooks.md', text: GERMAN_WEBHOOKS },
      { path: 'de/webhooks-2.md', text: GERMAN_WEBHOOKS.replace('---\n', '---\nid: webhooks\n') },
    ]);
    expect(of(result, 'duplicate-id').map((diagnostic) => diagnostic.file)).toEqual(['content/acme/de/webhooks-2.md', 'content/acme/de/webhooks.md']);
  });
});

describe('given links to a heading of a translated article', () => {
  const sources: Source[] = [
    { path: 'webhooks.md', text: WEBHOOKS },
    { path: 'setup.md', text: md('bucket: Getting started', '# Setup\n\nSee [failed deliveries](./webhooks.md#deliveries-fail).') },
    { path: 'de/webhooks.md', text: GERMAN_WEBHOOKS },
    {
      path: 'de/setup.md',
      text: md(
        'bucket: Erste Schritte',
        '# Einrichtung\n\nSiehe [Zustellungen](./webhooks.md#deliveries-fail) und [dasselbe](./webhooks.md#zustellungen-schlagen-fehl).',
      ),
    },
  ];
  const result = compile(sources);
  const links = (index: HelpIndex, id: string) => index.articles.find((article) => article.id === id)?.links.map((link) => link.target);

  it('gives the translation’s headings its source’s ids when the outlines match, so a link opens the same section in every language', () => {
    const de = locale(result, 'de');
    const headings = (index: HelpIndex) => index.articles.find((article) => article.id === 'webhooks')?.headings.map((heading) => heading.id);
    expect(headings(de)).toEqual(headings(result.index));
    expect(de.articles.find((article) => article.id === 'webhooks')?.headings.map((heading) => heading.text)).toContain('Zustellungen schlagen fehl');
    // The body's heading nodes carry the same ids as the list.
    const bodyIds = (de.bodies.webhooks ?? []).flatMap((block) => (block.type === 'heading' ? [block.id] : []));
    expect(bodyIds).toEqual(headings(de));
  });

  it('resolves a translated link written with the source’s anchor or with the translation’s own', () => {
    expect(of(result, 'broken-link')).toEqual([]);
    const target = { kind: 'article', articleId: 'webhooks', anchor: 'deliveries-fail' };
    expect(links(locale(result, 'de'), 'setup')).toEqual([target, target]);
    expect(links(result.index, 'setup')).toEqual([target]);
  });

  it('keeps the translation’s own heading ids when its outline differs', () => {
    const shorter = md('', '# Webhooks\n\n## Webhooks feuern nicht\n\n- [ ] Die URL prüfen\n- [ ] Die Logs ansehen\n');
    const other = compile([{ path: 'webhooks.md', text: WEBHOOKS }, { path: 'de/webhooks.md', text: shorter }]);
    const ids = locale(other, 'de').articles.find((article) => article.id === 'webhooks')?.headings.map((heading) => heading.id);
    expect(ids).toContain('webhooks-feuern-nicht');
  });
});
