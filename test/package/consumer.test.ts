/**
 * The package as a consumer gets it: `npm pack`, install the tarball into a
 * throwaway Vite + React + TypeScript (strict) app, typecheck it and build it.
 *
 * Nothing here reaches the network: the app is installed with
 * `npm ci --offline` from a lockfile cut out of the repository's own
 * (see consumer-lockfile.ts), so every tarball comes from the npm cache that
 * installing this repository filled.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consumerLockfile, type Lockfile } from './consumer-lockfile';

const run = promisify(execFile);
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
const lock = JSON.parse(readFileSync(join(repo, 'package-lock.json'), 'utf8')) as Lockfile;

/** The app's own dependencies, at the exact versions the repository installed. */
const APP_DEPENDENCIES = [
  'react',
  'react-dom',
  'vite',
  '@vitejs/plugin-react',
  'typescript',
  '@types/react',
  '@types/react-dom',
  '@types/node',
];

const ARTICLE = `---
routes: ['/settings/sync/**']
errors: ['SYNC_STALLED']
---
# Sync does not finish

Sync starts, then stops half way.

## Sync stops half way

- [ ] The device is online
- [ ] The account is signed in
`;

/** Its German translation, in the help center's \`de\` locale folder. */
const GERMAN_ARTICLE = `---
title: Synchronisierung wird nicht fertig
---
# Synchronisierung wird nicht fertig

Die Synchronisierung startet und hält auf halbem Weg an.

## Die Synchronisierung hält auf halbem Weg an

- [ ] Das Gerät ist online
- [ ] Das Konto ist angemeldet
`;

const MAIN = `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HelpPanel, HelpProvider, type HelpIndex, type HelpIndexReference, type HelpIndexSet, type HelpLocalePack } from 'help-panel';
import { openHelpIndex } from 'help-panel/engine';
import { buildAskMessages, createChatCompletionsAsk } from 'help-panel/ask';
import de from 'help-panel/locales/de';
import 'help-panel/styles.css';
import index from 'virtual:help-panel';
import sameIndex from 'virtual:help-panel/help';

// A declaration that failed to resolve would type these as \`any\` and hide
// every later mistake; these lines fail to compile when that happens.
type IsAny<T> = 0 extends 1 & T ? true : false;
const indexIsTyped: IsAny<typeof index> = false;
// For a folder that help-panel build --out-dir wrote; typed, not called here.
const openFolder = () => openHelpIndex('/help/');
const engineIsTyped: IsAny<Awaited<ReturnType<typeof openFolder>>> = false;
const providerIsTyped: IsAny<typeof HelpProvider> = false;
const sameType: HelpIndexReference | HelpIndex | HelpIndexSet = sameIndex;
// A label pack, one entry per language: typed, and the only pack in the app's code.
const packIsTyped: IsAny<typeof de> = false;
const pack: HelpLocalePack = de;
// Ask in plain words, through the host's own proxy route: typed from the ask entry.
const ask = createChatCompletionsAsk({ url: '/api/help/ask', model: 'the-host-model' });
const askIsTyped: IsAny<typeof ask> = false;
const messagesAreTyped: IsAny<ReturnType<typeof buildAskMessages>> = false;

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');
createRoot(container).render(
  <StrictMode>
    <HelpProvider index={index} locale="de" translations={[de]} ask={ask}>
      <main data-checks={[indexIsTyped, engineIsTyped, providerIsTyped, packIsTyped, askIsTyped, messagesAreTyped, sameType.helpCenter.id, pack.locale].join()}>
        <h1>{index.helpCenter.id}</h1>
      </main>
      <HelpPanel />
    </HelpProvider>
  </StrictMode>,
);
`;

/** An index the CLI wrote, imported as JSON: TypeScript types its fields as plain strings. */
const FROM_JSON = `import { HelpPanel, HelpProvider } from 'help-panel';
import index from './help.json';

export function FromImport() {
  return (
    <HelpProvider index={index}>
      <HelpPanel />
    </HelpProvider>
  );
}

export function FromLoad() {
  return (
    <HelpProvider load={() => import('./help.json')}>
      <HelpPanel />
    </HelpProvider>
  );
}
`;

const VITE_CONFIG = `import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { helpPanel } from 'help-panel/vite';

export default defineConfig({
  plugins: [react(), helpPanel({ content: 'help', strict: true })],
});
`;

const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    module: 'ESNext',
    moduleResolution: 'Bundler',
    jsx: 'react-jsx',
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    verbatimModuleSyntax: true,
    isolatedModules: true,
    noEmit: true,
    resolveJsonModule: true,
    // Our declarations are checked too, not only used.
    skipLibCheck: false,
    types: ['node'],
  },
  include: ['src', 'vite.config.ts'],
};

let work = '';
let app = '';

/** Runs a command; on failure, the error carries the command's own output instead of a bare exit code. */
async function sh(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  try {
    return await run(command, args, { cwd, env: { ...process.env, npm_config_update_notifier: 'false', ...env }, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`\`${command} ${args.join(' ')}\` failed in ${cwd}:\n${stdout}${stderr}`);
  }
}
const npm = (args: string[], cwd: string) => sh('npm', args, cwd);
const bin = (name: string, args: string[], env?: NodeJS.ProcessEnv) => sh(join(app, 'node_modules/.bin', name), args, app, env);

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'help-panel-consumer-'));
  app = join(work, 'app');
  mkdirSync(join(app, 'src'), { recursive: true });
  mkdirSync(join(app, 'help'), { recursive: true });

  // Built with the NODE_ENV vitest set ("test"), as a CI step might: the shipped code must not depend on it.
  await npm(['run', 'build'], repo);
  // `--ignore-scripts`: dist/ was just built; packing must not rebuild it.
  const { stdout } = await npm(['pack', '--json', '--ignore-scripts', '--pack-destination', app], repo);
  const [{ filename }] = JSON.parse(stdout) as [{ filename: string }];
  const tarball = readFileSync(join(app, filename));

  const dependencies = Object.fromEntries(
    APP_DEPENDENCIES.map((name) => {
      const version = lock.packages[`node_modules/${name}`]?.version;
      if (!version) throw new Error(`${name} is not installed in the repository; add it to devDependencies`);
      return [name, version];
    }),
  );
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify(
      { name: 'help-panel-consumer', version: '0.0.0', private: true, type: 'module', dependencies: { ...dependencies, [pkg.name]: `file:${filename}` } },
      null,
      2,
    ),
  );
  writeFileSync(
    join(app, 'package-lock.json'),
    JSON.stringify(
      consumerLockfile({
        source: lock,
        name: 'help-panel-consumer',
        dependencies,
        tarball: { fileName: filename, integrity: `sha512-${createHash('sha512').update(tarball).digest('base64')}`, manifest: pkg },
      }),
      null,
      2,
    ),
  );
  writeFileSync(join(app, 'tsconfig.json'), JSON.stringify(TSCONFIG, null, 2));
  writeFileSync(join(app, 'vite.config.ts'), VITE_CONFIG);
  writeFileSync(
    join(app, 'index.html'),
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Consumer</title></head>\n<body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body></html>\n',
  );
  writeFileSync(join(app, 'src/env.d.ts'), '/// <reference types="vite/client" />\n/// <reference types="help-panel/client" />\n');
  writeFileSync(join(app, 'src/main.tsx'), MAIN);
  writeFileSync(join(app, 'src/from-json.tsx'), FROM_JSON);
  writeFileSync(join(app, 'help/sync.md'), ARTICLE);
  mkdirSync(join(app, 'help/de'), { recursive: true });
  writeFileSync(join(app, 'help/de/sync.md'), GERMAN_ARTICLE);

  // `--ignore-scripts`: nothing in this tree needs an install script, and a
  // consumer's CI should not have to run ours.
  await npm(['ci', '--offline', '--ignore-scripts', '--no-audit', '--no-fund'], app);
  // The other way in: the CLI writes JSON that the app imports.
  await bin('help-panel', ['build', 'help', '--out', 'src/help.json']);
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('given the packed tarball installed into a fresh strict Vite + React + TypeScript app', () => {
  it('ships only dist/, the README and package.json', () => {
    const installed = join(app, 'node_modules', pkg.name);
    expect(readdirSync(installed).sort()).toEqual(expect.arrayContaining(['dist', 'package.json']));
    expect(readdirSync(installed).filter((name) => !['dist', 'package.json', 'README.md', 'LICENSE'].includes(name))).toEqual([]);
  });

  it("keeps 'use client' as the first statement of the React entry, and only there", () => {
    const dist = join(app, 'node_modules', pkg.name, 'dist');
    expect(readFileSync(join(dist, 'index.js'), 'utf8')).toMatch(/^["']use client["'];/);
    for (const entry of ['engine.js', 'compiler.js', 'vite.js']) {
      expect(readFileSync(join(dist, entry), 'utf8')).not.toMatch(/use client/);
    }
  });

  it('ships JSX compiled for production, which React’s production build can run', () => {
    const dist = join(app, 'node_modules', pkg.name, 'dist');
    const importers = readdirSync(dist).filter((name) => name.endsWith('.js') && readFileSync(join(dist, name), 'utf8').includes('jsx-dev-runtime'));
    expect(importers).toEqual([]);
  });

  it('typechecks against the shipped declarations, virtual modules and a JSON index included', async () => {
    const { stdout } = await bin('tsc', ['--noEmit', '-p', '.']);
    expect(stdout).toBe('');
  }, 120_000);

  it('builds for production with the Vite plugin, the help center split beside the app and none of it in its code', async () => {
    await bin('vite', ['build', '--logLevel', 'warn'], { NODE_ENV: 'production' });
    const assets = join(app, 'dist/assets');
    const code = readdirSync(assets)
      .filter((name) => name.endsWith('.js'))
      .map((name) => readFileSync(join(assets, name), 'utf8'))
      .join('\n');
    // One split index per locale, each in its own folder; the app's code names both manifests.
    expect(readdirSync(join(assets, 'help-panel/help')).sort()).toEqual(['de', 'en']);
    const texts = (tag: string) => {
      const files = readdirSync(join(assets, 'help-panel/help', tag));
      expect(files.some((name) => /^manifest\.[0-9a-f]{8}\.json$/.test(name))).toBe(true);
      return files.filter((name) => name.startsWith('c')).map((name) => readFileSync(join(assets, 'help-panel/help', tag, name), 'utf8')).join('\n');
    };
    expect(texts('en')).toContain('Sync stops half way');
    expect(texts('de')).toContain('Die Synchronisierung hält auf halbem Weg an');
    expect(code).not.toContain('Sync stops half way');
    expect(code).not.toContain('Die Synchronisierung hält');
    expect(code).toMatch(/help-panel\/help\/en\/manifest\.[0-9a-f]{8}\.json/);
    expect(code).toMatch(/help-panel\/help\/de\/manifest\.[0-9a-f]{8}\.json/);
    // Build-time code never reaches the app; the Markdown parser the answer screen reads answers with
    // only in that screen's own chunk, which the page does not load.
    expect(code).not.toMatch(/remark|node:fs/);
    const parserChunks = readdirSync(assets).filter((name) => name.endsWith('.js') && /micromark/.test(readFileSync(join(assets, name), 'utf8')));
    expect(parserChunks.every((name) => /^help-panel-ask-/.test(name))).toBe(true);
    // The German pack the app imports is in the code its page loads; the French one, which the panel
    // loads by itself for a French reader, is a chunk of its own that the page does not load.
    const html = readFileSync(join(app, 'dist/index.html'), 'utf8');
    const pageFiles = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((found) => found[1]!);
    expect(pageFiles.length).toBeGreaterThan(0);
    const pageCode = pageFiles.map((name) => readFileSync(join(app, 'dist', name), 'utf8')).join('\n');
    expect(pageCode).toContain('Hilfe durchsuchen');
    expect(pageCode).not.toContain('Rechercher dans l’aide');
    expect(pageCode).not.toMatch(/micromark/);
    const french = readdirSync(assets).filter((name) => name.endsWith('.js') && readFileSync(join(assets, name), 'utf8').includes('Rechercher dans l’aide'));
    expect(french).toHaveLength(1);
    expect(readFileSync(join(assets, french[0]!), 'utf8')).not.toContain('Hilfe durchsuchen');
    // React's production build has no jsxDEV: code that calls it crashes on the first render.
    expect(code).not.toMatch(/jsxDEV/);
    expect(readdirSync(assets).some((name) => name.endsWith('.css'))).toBe(true);
  }, 120_000);

  it('runs the help-panel command from the bin', async () => {
    const { stdout, stderr } = await bin('help-panel', ['check', 'help']);
    expect(`${stdout}${stderr}`).not.toMatch(/error:/);
    await expect(bin('help-panel', ['check', 'no-such-folder'])).rejects.toThrow(/no-such-folder/);
  }, 60_000);
});
