import { useEffect, useRef } from 'react';
import type { PanelOpenedBy } from '../engine/events/index';

/** The id a deep link names, or `null`; whatever the address holds, it never throws. */
export function readLinkParam(name: string): string | null {
  try {
    if (typeof window === 'undefined') return null;
    const id = new URLSearchParams(window.location.search).get(name)?.trim();
    return id ? id.slice(0, 500) : null;
  } catch {
    return null;
  }
}

/** The current page's address with the deep link set (a relative `?name=id` where there is no page). */
export function helpLink(name: string, id: string): string {
  try {
    const url = new URL(window.location.href);
    url.searchParams.set(name, id);
    return url.toString();
  } catch {
    return `?${new URLSearchParams({ [name]: id }).toString()}`;
  }
}

/** A deep link opens the panel once, on the page it arrived with. Read in an effect: the server has no address. */
export function useDeepLink(linkParam: string | false, openHelp: (id: string, via: PanelOpenedBy) => void): void {
  const opened = useRef(false);
  useEffect(() => {
    if (opened.current || linkParam === false) return;
    opened.current = true;
    const id = readLinkParam(linkParam);
    if (id !== null) openHelp(id, 'link');
  }, [linkParam, openHelp]);
}
