import { useSyncExternalStore } from 'react';
import { canonicalLocale } from '../engine/base/index';

/** The page's language: `<html lang>`, else the browser's; none on a server. */
function pageLocale(): string | undefined {
  if (typeof document === 'undefined') return undefined;
  return canonicalLocale(document.documentElement.lang) ?? (typeof navigator !== 'undefined' ? canonicalLocale(navigator.language) : undefined);
}

function subscribeToPageLocale(onChange: () => void): () => void {
  if (typeof MutationObserver === 'undefined' || typeof document === 'undefined') return () => {};
  // Apps that switch language often do it by setting `<html lang>`: follow it.
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  window.addEventListener('languagechange', onChange);
  return () => {
    observer.disconnect();
    window.removeEventListener('languagechange', onChange);
  };
}

const serverLocale = () => undefined;

/**
 * The locale the user asked for: the `locale` prop, else the page's. On the
 * server (and while hydrating) the page's is unknown, so the default locale
 * renders first, as it did on the server.
 */
export function useRequestedLocale(prop: string | undefined): string | undefined {
  const page = useSyncExternalStore(subscribeToPageLocale, pageLocale, serverLocale);
  return canonicalLocale(prop) ?? page;
}
