import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileContent, type CompileResult } from '../../src/compiler/index';
import { readTree, run, temporaryFolder } from './helpers';

const PAGES: Record<string, string> = {
  'guides/set-up.html': `<!doctype html>
<html lang="en"><head><title>Set up the desk app</title><meta name="keywords" content="setup, desktop"><meta name="description" content="Install and sign in."></head>
<body><nav><a href="/">Home</a> · <a href="/guides/">Guides</a></nav>
<main><h1>Set up the desk app</h1><p>Install the app, then sign in.</p><h2 id="install">Install</h2><ol><li>Download it.</li><li>Open the installer.</li></ol></main>
<footer>© Parcelwise</footer></body></html>`,
  'troubleshooting/emails.html': `<html><body><article>
<h1>Emails do not arrive</h1>
<h2>Problem</h2><p>Notifications never reach your inbox.</p>
<h2>Resolution</h2><ol><li>Check the spam folder.</li><li>Reinstall the app as in <a href="../guides/set-up.html#install">the setup guide</a>.</li></ol>
<p>Other pages: <a href="missing.html">an old page</a>, <a href="/guides/set-up.html">the guide from the site's root</a>.</p>
</article></body></html>`,
  'de/guides/set-up.html': `<html lang="de"><head><title>Die Desk-App einrichten</title></head><body><main><h1>Die Desk-App einrichten</h1><p>Installieren Sie die App und melden Sie sich an.</p><h2 id="install">Installieren</h2><ol><li>Laden Sie sie herunter.</li><li>Öffnen Sie das Installationsprogramm.</li></ol></main></body></html>`,
  'fr/installation.html': `<html lang="fr"><head><title>Installer l’application</title><link rel="alternate" hreflang="en" href="../guides/set-up.html"></head><body><h1>Installer l’application</h1><p>Installez l’application.</p><h2>Installer</h2><ol><li>Téléchargez-la.</li><li>Ouvrez l’installateur.</li></ol></body></html>`,
  'de/nur-deutsch.html': '<html lang="de"><head><title>Nur auf Deutsch</title></head><body><p>Diese Seite gibt es nur auf Deutsch.</p></body></html>',
};

let folder: string;
let out: string;
let result: { status: number; out: string; err: string };
let files: Map<string, string>;
let compiled: CompileResult;

beforeAll(async () => {
  folder = temporaryFolder('html');
  for (const [path, text] of Object.entries(PAGES)) {
    mkdirSync(dirname(join(folder, 'site', path)), { recursive: true });
    writeFileSync(join(folder, 'site', path), text);
  }
  out = join(folder, 'content');
  result = await run(['import', 'html', join(folder, 'site'), '--out', out]);
  files = readTree(out);
  compiled = await compileContent(out);
}, 30_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('given a folder of HTML pages', () => {
  it('writes one article per page, titled by its <title> or first heading', () => {
    expect(result.status).toBe(0);
    expect(compiled.index.articles.map((article) => article.title).sort()).toEqual(['Emails do not arrive', 'Set up the desk app']);
  });

  it('takes the page\'s <main> or <article>, not its navigation and footer', () => {
    expect(files.get('set-up-the-desk-app.md')).not.toMatch(/Home|Parcelwise/);
    expect(files.get('set-up-the-desk-app.md')).toContain('summary: Install and sign in.\n');
  });

  it('pairs a translation by its path in a locale folder, or by its hreflang alternate', () => {
    expect(files.get('de/set-up-the-desk-app.md')).toContain('title: Die Desk-App einrichten\nid: set-up-the-desk-app\n');
    expect(files.get('fr/set-up-the-desk-app.md')).toContain('title: Installer l’application\n');
    expect(Object.keys(compiled.locales?.locales ?? {}).sort()).toEqual(['de', 'en', 'fr']);
  });

  it('links pages to each other relatively, the anchor turned into the heading\'s', () => {
    expect(files.get('emails-do-not-arrive.md')).toContain('[the setup guide](./set-up-the-desk-app.md#install)');
    expect(files.get('emails-do-not-arrive.md')).toContain('[the guide from the site\'s root](./set-up-the-desk-app.md)');
  });

  it('takes buckets from folders and tags from keywords', () => {
    const setUp = compiled.index.articles.find((article) => article.id === 'set-up-the-desk-app');
    expect(setUp?.bucket).toBe('guides');
    expect(setUp?.tags).toEqual(['setup', 'desktop']);
  });

  it('turns the troubleshooting page into a checklist', () => {
    expect(compiled.index.symptoms.map((symptom) => [symptom.title, symptom.checks.length])).toEqual([['Notifications never reach your inbox.', 2]]);
  });

  it('writes a page without a source in its language\'s folder, and warns that the panel leaves it out until its source exists', () => {
    expect(files.has('de/nur-auf-deutsch.md')).toBe(true);
    expect(result.err).toMatch(/de\/nur-deutsch\.html:1:1: warning: "Nur auf Deutsch" \(html:de\/nur-deutsch\.html, de\) is in de, but the export has no en article it translates; .* \[orphan-translation\]/);
    expect(compiled.diagnostics.filter((diagnostic) => diagnostic.level === 'error')).toEqual([]);
  });
});
