import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { compileContent } from '../../src/compiler/compile-content';
import { createHelpEngine } from '../../src/engine/create-help-engine';
import { errorsFromFile, routesFromFile, samplePath, uncoveredErrors, uncoveredRoutes } from '../../src/report/coverage';
import { routesFromNext } from '../../src/report/routes-from-next';
import { routesFromReactRouter, routesFromReactRouterSource } from '../../src/report/routes-from-react-router';

const fixture = (path: string) => fileURLToPath(new URL(`../fixtures/report/${path}`, import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'help-panel-coverage-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const write = (name: string, text: string) => {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
};

describe('given a Next.js app/ directory', () => {
  it('lists a route per page, without groups, slots, private folders or API routes', async () => {
    expect(await routesFromNext(fixture('next-app/app'))).toEqual([
      '/',
      '/billing',
      '/billing/:invoiceId',
      '/docs/**',
      '/login',
      '/pricing',
      '/settings/webhooks',
    ]);
  });

  it('reads a pages/ directory too: index is its folder, _app, _document and api/ are not pages', async () => {
    const pages = join(scratch, 'site', 'pages');
    for (const file of ['index.tsx', '_app.tsx', '_document.tsx', 'api/users.ts', 'blog/[slug].tsx', 'docs/[[...path]].tsx', 'about.mdx', 'blog/index.tsx']) {
      mkdirSync(dirname(join(pages, file)), { recursive: true });
      writeFileSync(join(pages, file), 'export default function Page() { return null; }\n');
    }
    expect(await routesFromNext(join(scratch, 'site'))).toEqual(['/', '/about', '/blog', '/blog/:slug', '/docs/**']);
  });

  it('finds app/ inside the project folder too', async () => {
    expect(await routesFromNext(fixture('next-app'))).toContain('/billing/:invoiceId');
  });

  it('says what it looked for when the folder holds no app/ or pages/', async () => {
    await expect(routesFromNext(fixture('content'))).rejects.toThrow(/looked for app\/, src\/app\/, pages\/, src\/pages\//);
  });
});

describe('given a React Router config', () => {
  it('joins nested route objects and the JSX routes a component renders under them, and ignores paths in comments and lone objects', async () => {
    expect(await routesFromReactRouter(fixture('react-router/router.tsx'))).toEqual([
      '/',
      '/billing',
      '/billing/:invoiceId',
      '/settings',
      '/settings/**',
      '/settings/webhooks',
      '/settings/webhooks/:hookId',
    ]);
  });

  it('reads the framework routes.ts helpers: index, route, layout and prefix', async () => {
    expect(await routesFromReactRouter(fixture('react-router/routes.ts'))).toEqual([
      '/',
      '/files/**',
      '/inbox/:conversationId',
      '/settings',
      '/settings/exports',
    ]);
  });

  it('reports a file that does not parse as file:line:column: error', async () => {
    await expect(routesFromReactRouter(fixture('react-router/broken.jsx'))).rejects.toThrow(/broken\.jsx:3:1: error: /);
  });

  it('reads plain JavaScript route objects', async () => {
    const routes = await routesFromReactRouterSource("export default [{ path: '/a', children: [{ path: 'b' }] }];", 'routes.js');
    expect(routes).toEqual(['/a', '/a/b']);
  });
});

describe('given the routes and errors of an app against the content', async () => {
  const { index } = await compileContent(fixture('content'));
  const engine = createHelpEngine(index);

  it('counts a route covered when an article opens on it with its parameters filled in', async () => {
    const routes = await routesFromNext(fixture('next-app/app'));
    const { ratio, uncovered } = uncoveredRoutes(engine, routes);
    expect(uncovered).toEqual(['/', '/docs/**', '/login', '/pricing']);
    expect(ratio).toEqual({ total: 7, covered: 3, percent: 42.9 });
  });

  it('reads a routes file, one pattern a line, and rejects a bad line with its position', async () => {
    expect(await routesFromFile(write('routes.txt', '# the app\n/billing\n\n/exports/:id\n'))).toEqual(['/billing', '/exports/:id']);
    await expect(routesFromFile(write('bad.txt', '/ok\n  settings\n'))).rejects.toThrow(/bad\.txt:2:3: error: route "settings" must start with "\/"/);
  });

  it('reads errors as a list of codes, of objects, or a map, and lists those no article covers', async () => {
    for (const json of [
      '["PAYMENT_DECLINED", "WEBHOOK_TIMEOUT", "EXPORT_TOO_LARGE"]',
      '[{ "code": "PAYMENT_DECLINED" }, { "code": "WEBHOOK_TIMEOUT", "status": 504 }, { "code": "EXPORT_TOO_LARGE" }]',
      '{ "PAYMENT_DECLINED": "Card declined", "WEBHOOK_TIMEOUT": "Timed out", "EXPORT_TOO_LARGE": "Too large" }',
    ]) {
      const errors = await errorsFromFile(write('errors.json', json));
      expect(uncoveredErrors(engine, errors)).toEqual({ ratio: { total: 3, covered: 2, percent: 66.7 }, uncovered: ['EXPORT_TOO_LARGE'] });
    }
  });

  it('says which shapes it reads when the errors file is something else', async () => {
    await expect(errorsFromFile(write('odd.json', 'true'))).rejects.toThrow(/expected an array of codes/);
    await expect(errorsFromFile(write('broken.json', '{'))).rejects.toThrow(/broken\.json:1:1: error: not valid JSON/);
  });

  it('fills parameters and wildcards with a sample segment', () => {
    expect(samplePath('/billing/:id/**')).toBe('/billing/sample/sample');
  });
});
