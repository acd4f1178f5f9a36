import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Files that make a route segment a page. */
const PAGE_EXTENSIONS = /\.(?:tsx|ts|jsx|js|mdx|md)$/;

/**
 * The routes of a Next.js app, as help-panel route patterns (`/blog/:slug`,
 * `/docs/**`), from its `app/` or `pages/` directory (or a project root that
 * holds one, or `src/app`, `src/pages`).
 *
 * - `app/`: every folder with a `page.*` is a route; route groups `(group)`,
 *   parallel slots `@slot` and private folders `_folder` add no segment (private
 *   ones and intercepting routes `(.)x` are skipped).
 * - `pages/`: every page file is a route (`index` is its folder); `_app`,
 *   `_document`, `_error` and `pages/api` are not pages.
 *
 * `[id]` becomes `:id`, `[...slug]` and `[[...slug]]` become `**`.
 */
export async function routesFromNext(dir: string): Promise<string[]> {
  const root = await findRouterRoot(dir);
  const routes = new Set<string>();
  if (root.kind === 'app') await walkApp(root.path, [], routes);
  else await walkPages(root.path, [], routes);
  return [...routes].sort();
}

async function findRouterRoot(dir: string): Promise<{ kind: 'app' | 'pages'; path: string }> {
  const name = dir.replace(/[\\/]+$/, '').split(/[\\/]/).pop();
  if (name === 'app' || name === 'pages') return { kind: name, path: dir };
  for (const candidate of ['app', 'src/app', 'pages', 'src/pages']) {
    const path = join(dir, candidate);
    if (await isDirectory(path)) return { kind: candidate.endsWith('app') ? 'app' : 'pages', path };
  }
  throw new Error(`${dir} is not a Next.js app/ or pages/ directory, and holds none (looked for app/, src/app/, pages/, src/pages/).`);
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    await readdir(path);
    return true;
  } catch {
    return false;
  }
}

async function entries(dir: string) {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch (cause) {
    throw new Error(`could not read ${dir} (${cause instanceof Error ? cause.message : String(cause)}).`);
  }
}

/** One folder or file name as a route segment: `null` when it adds none. */
function segment(name: string): string | null {
  if (/^\(.*\)$/.test(name) || name.startsWith('@')) return null; // route group, parallel slot
  const catchAll = /^\[\[?\.\.\.[^\]]+\]\]?$/.exec(name);
  if (catchAll) return '**';
  const dynamic = /^\[([^\]]+)\]$/.exec(name);
  if (dynamic) return `:${dynamic[1]!.replace(/[^\w]/g, '_')}`;
  return name;
}

function toRoute(segments: readonly string[]): string {
  // `**` must end a pattern; a catch-all stands for everything below it anyway.
  const end = segments.indexOf('**');
  const kept = end === -1 ? segments : segments.slice(0, end + 1);
  return `/${kept.join('/')}`;
}

async function walkApp(dir: string, segments: string[], routes: Set<string>): Promise<void> {
  for (const entry of await entries(dir)) {
    if (entry.isDirectory()) {
      if (entry.name.startsWith('_') || entry.name.startsWith('.') || /^\(\.+\)/.test(entry.name) || entry.name === 'node_modules') continue;
      const next = segment(entry.name);
      await walkApp(join(dir, entry.name), next === null ? segments : [...segments, next], routes);
    } else if (/^page\./.test(entry.name) && PAGE_EXTENSIONS.test(entry.name)) {
      routes.add(toRoute(segments));
    }
  }
}

async function walkPages(dir: string, segments: string[], routes: Set<string>): Promise<void> {
  for (const entry of await entries(dir)) {
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) {
      if (segments.length === 0 && entry.name === 'api') continue;
      const next = segment(entry.name);
      await walkPages(join(dir, entry.name), next === null ? segments : [...segments, next], routes);
    } else if (PAGE_EXTENSIONS.test(entry.name) && !/\.d\.ts$/.test(entry.name)) {
      const base = entry.name.replace(PAGE_EXTENSIONS, '');
      if (segments.length === 0 && /^_(?:app|document|error)$/.test(base)) continue;
      if (base === 'index') routes.add(toRoute(segments));
      else {
        const next = segment(base);
        routes.add(toRoute(next === null ? segments : [...segments, next]));
      }
    }
  }
}
