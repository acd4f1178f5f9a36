// The docs site's own help center (docs/help/): it compiles clean, every route it names and every
// app link it holds is a docs page that exists, and on a page it knows the panel opens its article.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { toId } from 'storybook/internal/csf';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { DocsHelp } from '../../.storybook/docs-help';
import { docsEntryOfRoute, routeOfDocsEntry } from '../../.storybook/docs-routes';
import { compileContent } from '../../src/compiler/index';
import { createHelpEngine } from '../../src/engine/index';
import type { HelpIndex } from '../../src/schema/help-index';
import { expectNoAxeViolations } from './fixtures/render-help';

const root = resolve(import.meta.dirname, '../..');

/** The Storybook entry of every MDX page under docs/, as Storybook names it from the page's `<Meta title>`. */
function docsEntries(dir = join(root, 'docs')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return docsEntries(path);
    if (!entry.name.endsWith('.mdx')) return [];
    const title = /<Meta\s+title="([^"]+)"/.exec(readFileSync(path, 'utf8'))?.[1];
    return title ? [toId(title, 'docs')] : [];
  });
}

let index: HelpIndex;
let diagnostics: unknown[];
const entries = docsEntries();
beforeAll(async () => {
  ({ index, diagnostics } = await compileContent(join(root, 'docs/help')));
});

describe('the docs help center', () => {
  it('compiles without an error or a warning', () => {
    expect(diagnostics).toEqual([]);
    expect(index.symptoms.length).toBeGreaterThanOrEqual(10);
  });

  it('names in routes: only docs pages that exist, and every page it names maps back to its route', () => {
    expect(entries.length).toBeGreaterThanOrEqual(12);
    const named = [...index.articles.map((article) => article.context), ...index.symptoms.map((symptom) => symptom.context)].flatMap(
      (context) => context?.routes ?? [],
    );
    expect(named.length).toBeGreaterThan(0);
    for (const route of named) {
      const entry = docsEntryOfRoute(route);
      expect(entries, route).toContain(entry);
      expect(routeOfDocsEntry(entry!)).toBe(route);
    }
  });

  it('links with app: links only to docs pages that exist', () => {
    const links = readdirSync(join(root, 'docs/help'))
      .filter((name) => name.endsWith('.md'))
      .flatMap((name) => [...readFileSync(join(root, 'docs/help', name), 'utf8').matchAll(/\]\(app:([^)\s]+)\)/g)].map((m) => [name, m[1]!]));
    expect(links.length).toBeGreaterThan(0);
    for (const [name, route] of links) expect(entries, `${name} links to ${route}`).toContain(docsEntryOfRoute(route!));
  });

  it('matches an article on most docs pages, by the page route alone', () => {
    const engine = createHelpEngine(index);
    const routes = entries.map((entry) => routeOfDocsEntry(entry)!);
    const matched = routes.filter((route) => engine.match({ route }).length > 0);
    expect(matched.length / routes.length).toBeGreaterThanOrEqual(0.75);
  });
});

describe('given the panel on the Progress and privacy page', () => {
  it('opens on the article that page is about, and its app link goes to the docs page through onNavigate', async () => {
    const user = userEvent.setup();
    const onNavigate = vi.fn();
    render(
      <DocsHelp route="/docs/progress-and-privacy" index={index} onNavigate={onNavigate}>
        <main>Progress and privacy</main>
      </DocsHelp>,
    );
    await user.click(screen.getByRole('button', { name: /help/i }));
    const dialog = within(await screen.findByRole('dialog'));
    expect(await dialog.findByRole('heading', { name: 'Ticked checks do not stay', level: 3 })).toBeInTheDocument();
    expect(dialog.getByRole('checkbox', { name: /^Pass onError and look for a HelpStorageError/ })).toBeInTheDocument();
    await expectNoAxeViolations();
    await user.click(dialog.getByRole('button', { name: 'Read the full article' }));
    await user.click(await dialog.findByRole('link', { name: 'Progress and privacy' }));
    expect(onNavigate).toHaveBeenCalledWith('/docs/progress-and-privacy');
  });
});
