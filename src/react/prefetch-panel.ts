import type { HelpEngineCore } from '../engine/types';
import { loadSearch } from './load-search';
import { drawerChunk } from './panel-chunks';

/**
 * The panel's lazy parts, fetched ahead of need so that opening stays
 * instant: what a symptom screen shows at once (copy link, feedback, the
 * second chance, search), the article view, and (only when the browser is
 * idle) the escalation form. `import()` keeps each module once, so calling
 * these again costs nothing; a failed fetch (offline) is retried on use.
 */
const firstNeeded = [
  () => drawerChunk.load(),
  () => import('./article-view'),
  () => import('./copy-link'),
  () => import('./support/feedback'),
  () => import('./second-chance'),
];
const later = [() => import('./support/escalation-screen')];

let started = { first: false, later: false };

function run(parts: readonly (() => Promise<unknown>)[], key: keyof typeof started): void {
  if (started[key]) return;
  started = { ...started, [key]: true };
  for (const part of parts) {
    part().catch(() => {
      started = { ...started, [key]: false };
    });
  }
}

/** What the panel needs as soon as it opens: on a match, an error, or a hand near the trigger. */
export function prefetchPanel(engine: HelpEngineCore | null): void {
  try {
    if (engine) loadSearch(engine).catch(() => {});
    run(firstNeeded, 'first');
  } catch {
    // Prefetching is a nicety: nothing it does may break the host.
  }
}

/** Everything, the rarely used parts included: for when the browser is idle. */
export function prefetchAll(engine: HelpEngineCore | null): void {
  prefetchPanel(engine);
  try {
    run(later, 'later');
  } catch {
    // As above.
  }
}
