import type { HelpEngineCore } from '../engine/types';
import { loadSearch } from './load-search';

/**
 * The panel's lazy parts, fetched ahead of need so that opening stays
 * instant: what a symptom screen shows at once (copy link, feedback, the
 * second chance, search), the article view, and (only when the browser is
 * idle) the escalation form. `import()` keeps each module once, so calling
 * these again costs nothing; a failed fetch (offline) is retried on use.
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

/**
 * Runs `task` once the page has loaded and the browser is idle (or a moment
 * after load where it cannot tell), so prefetching never competes with the
 * host's own first load. Returns a cancel.
 */
export function whenIdle(task: () => void, timeout = 2000): () => void {
  if (typeof window === 'undefined' || typeof document === 'undefined') return () => {};
  let cancelIdle = () => {};
  const schedule = () => {
    const { requestIdleCallback: request, cancelIdleCallback: cancel } = window;
    if (typeof request === 'function' && typeof cancel === 'function') {
      const handle = request.call(window, task, { timeout });
      cancelIdle = () => cancel.call(window, handle);
    } else {
      const handle = window.setTimeout(task, timeout / 2);
      cancelIdle = () => window.clearTimeout(handle);
    }
  };
  if (document.readyState === 'complete') {
    schedule();
    return () => cancelIdle();
  }
  window.addEventListener('load', schedule, { once: true });
  return () => {
    window.removeEventListener('load', schedule);
    cancelIdle();
  };
}
