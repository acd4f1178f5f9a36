import type { HelpEngineCore } from '../engine/types';
import { loadSearch } from './load-search';
import { drawerChunk } from './panel-chunks';

/**
 * The panel's lazy parts, fetched ahead of need so that opening stays
 * instant: the drawer at once, and, once the browser has a moment (so that
 * they never queue ahead of the manifest, match files and chunk a first open
 * waits for), what a symptom screen shows below its checklist (copy link,
 * feedback, the second chance, search), the article view, and (only when
 * the browser is idle) the escalation form. `import()` keeps each module
 * once, so calling these again costs nothing; a failed fetch (offline) is
 * retried on use.
 */
const firstNeeded = [
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

/** The engines whose search is due shortly (a `null` key for no engine yet). */
const scheduled = new Set<HelpEngineCore | null>();
/** How long the parts below the checklist wait after a match or a hand near the trigger. */
const DEFER_MS = 1000;

/** What the panel needs as soon as it opens: on a match, an error, or a hand near the trigger. */
export function prefetchPanel(engine: HelpEngineCore | null): void {
  try {
    drawerChunk.load().catch(() => {});
    // A moment later: nothing here is what a first open waits for (it is all below the checklist), so it
    // must not share the network with the manifest, match file and chunk that are. The browser's idle
    // callback would not do: it comes while those are on their way.
    if (scheduled.has(engine) || typeof setTimeout !== 'function') return;
    scheduled.add(engine);
    setTimeout(() => {
      scheduled.delete(engine);
      if (engine) loadSearch(engine).catch(() => {});
      run(firstNeeded, 'first');
    }, DEFER_MS);
  } catch {
    // Prefetching is a nicety: nothing it does may break the host.
  }
}

/** Everything, the rarely used parts included: for when the browser is idle. */
export function prefetchAll(engine: HelpEngineCore | null): void {
  prefetchPanel(engine);
  try {
    // As late as the parts below the checklist: an idle moment comes while a first open's chunk is on its way too.
    if (!started.later && typeof setTimeout === 'function') setTimeout(() => run(later, 'later'), DEFER_MS);
  } catch {
    // As above.
  }
}
