import { useSyncExternalStore } from 'react';

interface NavigationLike {
  addEventListener(type: 'currententrychange', listener: () => void): void;
  removeEventListener(type: 'currententrychange', listener: () => void): void;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  // The Navigation API reports pushState/replaceState too, where present.
  // Without it we do not patch `history`: hosts with a client router pass `route`.
  const navigation = (window as { navigation?: NavigationLike }).navigation;
  navigation?.addEventListener('currententrychange', onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    navigation?.removeEventListener('currententrychange', onChange);
  };
}

const getPathname = () => window.location.pathname;
// On the server there is no location: the route is unknown until hydration.
const getServerPathname = () => null;

/**
 * The browser's current pathname, followed on back/forward and (with the
 * Navigation API) on every same-document navigation. `null` on the server.
 *
 * @param enabled when false (the host passes `route`), nothing is subscribed.
 */
export function useLocationRoute(enabled: boolean): string | null {
  return useSyncExternalStore(enabled ? subscribe : noSubscribe, enabled ? getPathname : getServerPathname, getServerPathname);
}

const noSubscribe = () => () => {};
