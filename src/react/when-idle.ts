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
