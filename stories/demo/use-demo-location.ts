import { useCallback, useSyncExternalStore } from 'react';

/**
 * The demo's router: the History API and nothing else, as a host app without
 * a router library would do it. `navigate` pushes a state and tells the
 * subscribers; the back button arrives as `popstate`.
 */
const CHANGE = 'demo:navigate';

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

const snapshot = () => `${window.location.pathname}${window.location.search}`;

export interface DemoLocation {
  pathname: string;
  search: URLSearchParams;
  navigate(to: string): void;
}

export function useDemoLocation(): DemoLocation {
  const href = useSyncExternalStore(subscribe, snapshot, () => '/');
  const navigate = useCallback((to: string) => {
    if (to === snapshot()) return;
    window.history.pushState(null, '', to);
    window.dispatchEvent(new Event(CHANGE));
  }, []);
  const url = new URL(href, 'http://demo.invalid');
  return { pathname: url.pathname, search: url.searchParams, navigate };
}
