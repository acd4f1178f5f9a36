import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * How an app's build splits the panel's lazy code, when the Vite plugin builds it: into a few
 * chunks by when they are needed, instead of one small chunk for every set of modules that two
 * lazy parts share. A first open then waits for three requests (the loader, the panel, the
 * manifest), side by side, rather than a dozen queued on the browser's six connections:
 *
 * | chunk                 | holds                                                              |
 * | --------------------- | ------------------------------------------------------------------ |
 * | `help-panel-loader`   | the split index's loader and matching: what the first match needs  |
 * | `help-panel-runtime`  | the runtime and the drawer: the index, labels, storage, the screens |
 * | `help-panel-search`   | search and its languages, with Fuse                                |
 * | `help-panel-support`  | diagnostics, escalation, feedback                                  |
 * | `help-panel-ask`      | the answer screen and the Markdown parser it reads answers with    |
 *
 * Only modules that load after the page are grouped (never one the page loads, so the page load
 * is what it was), the label packs are left as they are (one chunk each), and a dependency joins
 * a group only when nothing but the panel imports it.
 */
export type PanelChunk = 'help-panel-loader' | 'help-panel-runtime' | 'help-panel-search' | 'help-panel-support' | 'help-panel-ask';

interface ModuleGraph {
  getModuleInfo(id: string): { importers: readonly string[]; dynamicImporters: readonly string[] } | null;
}

/**
 * The package's own code: dist/ when installed, src/ when an app builds the panel from a checkout.
 * Where this module was bundled into another file (the repository's bench), the checkout's src/ of
 * the nearest help-panel package above it.
 */
const packageRoot = ((): string => {
  const here = dirname(fileURLToPath(import.meta.url));
  const beside = dirname(here);
  if (existsSync(join(beside, 'react')) && existsSync(join(beside, 'engine'))) return `${beside}${sep}`;
  for (let dir = here; dirname(dir) !== dir; dir = dirname(dir)) {
    try {
      const manifest = join(dir, 'package.json');
      if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === 'help-panel') return `${join(dir, 'src')}${sep}`;
    } catch {
      // An unreadable package.json: keep looking up.
    }
  }
  return `${beside}${sep}`;
})();

const posix = (id: string) => id.replaceAll('\\', '/');

/** Which of the panel's lazy chunks a module of the package belongs in, by what it is. */
function chunkOfPath(relative: string): PanelChunk | null {
  if (relative.startsWith('locales/')) return null;
  // The answer screen, with the Markdown parser it reads answers with: only a panel with `ask` loads it.
  if (/^react\/(ask-view|use-ask|answer-markdown|citations)\.|^engine\/ground\./.test(relative)) return 'help-panel-ask';
  // Search and Fuse; when a typed query counts as searched is the drawer's, not search's.
  if (/^engine\/search\/(?!search-commit\.)|^engine\/split\/split-search\./.test(relative)) return 'help-panel-search';
  if (/^react\/support\/(?!lazy-feedback)|^engine\/support\/|^engine\/state\/(escalation-draft-store|visit-log)\.|^engine\/base\/to-json-safe\./.test(relative)) {
    return 'help-panel-support';
  }
  // The loader and all it runs on (matching, validation, the schema's helpers): the content's chain
  // starts as soon as this small chunk is in, whatever the rest of the panel is doing.
  if (/^engine\/(split|match|base)\/|^schema\//.test(relative)) return 'help-panel-loader';
  return 'help-panel-runtime';
}

/**
 * Rolldown's chunk groups for the panel: the first only notes the modules the page loads (Rolldown
 * tags them `$initial` after tree-shaking, and a module meets the groups in priority order), the
 * second places every other module of the package (`roots`, default the installed package) and
 * every dependency that only those modules import.
 */
export function panelChunkGroups(roots: readonly string[] = [packageRoot]) {
  const ownRoots = roots.map((root) => posix(root.endsWith(sep) || root.endsWith('/') ? root : `${root}/`));
  const own = (id: string) => {
    const path = posix(id);
    const root = ownRoots.find((candidate) => path.startsWith(candidate));
    return root === undefined ? undefined : path.slice(root.length);
  };
  const initial = new Set<string>();
  const placed = new Map<string, PanelChunk | null>();
  const chunkOf = (id: string, graph: ModuleGraph, seen: Set<string>): PanelChunk | null => {
    if (placed.has(id)) return placed.get(id)!;
    if (initial.has(id) || seen.has(id)) return null;
    seen.add(id);
    let chunk: PanelChunk | null = null;
    const relative = own(id);
    if (relative !== undefined) chunk = chunkOfPath(relative);
    else if (/[\\/]node_modules[\\/]/.test(id)) {
      // A dependency: with the group of the panel's modules that import it, if they are all it has.
      const info = graph.getModuleInfo(id);
      const importers = [...(info?.importers ?? []), ...(info?.dynamicImporters ?? [])];
      const groups = new Set(importers.map((importer) => chunkOf(importer, graph, seen)));
      const [only] = groups;
      chunk = importers.length > 0 && groups.size === 1 && only !== null && only !== undefined ? only : null;
    }
    placed.set(id, chunk);
    return chunk;
  };
  return [
    {
      debugName: 'help-panel: page-load modules',
      name: (id: string) => {
        initial.add(id);
        return null;
      },
      tags: ['$initial' as const],
      priority: 2,
      includeDependenciesRecursively: false,
    },
    {
      debugName: 'help-panel: lazy chunks',
      name: (id: string, graph: ModuleGraph) => {
        try {
          return initial.has(id) ? null : chunkOf(id, graph, new Set());
        } catch {
          // A graph this cannot read: the bundler's own split, which is always correct.
          return null;
        }
      },
      priority: 1,
      includeDependenciesRecursively: false,
    },
  ];
}
