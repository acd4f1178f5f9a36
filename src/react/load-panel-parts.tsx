import { useEffect, useReducer, type ComponentProps, type ComponentType } from 'react';

type Parts = typeof import('./panel-parts');
type PartName = 'HelpPanelHeader' | 'HelpScreen' | 'HelpHome' | 'HelpSearch' | 'HelpSymptom' | 'LazyArticle' | 'Checklist';

let parts: Parts | undefined;
let pending: Promise<Parts> | undefined;
const listeners = new Set<() => void>();

/**
 * Loads the drawer's inside (its header, screens and search) once. The panel
 * prefetches it when the browser is idle after the page's load, or when a
 * match or a hand near the trigger says help is near. Call it yourself before
 * rendering an open panel on the server, or before hydrating one, so that
 * the first render already has it. A failed load is forgotten, so the next
 * call tries again.
 */
export function preloadHelpPanel(): Promise<void> {
  if (parts) return Promise.resolve();
  if (!pending) {
    pending = import('./panel-parts').then((module) => {
      parts = module;
      for (const listener of [...listeners]) listener();
      return module;
    });
    pending.catch(() => {
      pending = undefined;
    });
  }
  return pending.then(() => undefined);
}

/** The drawer's inside once loaded, with the state of its load; starts the load on first use. */
export function usePanelParts(): { ready: Parts | undefined; failed: boolean; retry(): void } {
  const [state, dispatch] = useReducer((current: { failed: boolean; attempt: number }, action: 'loaded' | 'failed' | 'retry') =>
    action === 'failed' ? { ...current, failed: true } : action === 'retry' ? { failed: false, attempt: current.attempt + 1 } : { ...current },
  { failed: false, attempt: 0 });
  useEffect(() => {
    if (parts) return;
    let live = true;
    const arrived = () => live && dispatch('loaded');
    listeners.add(arrived);
    preloadHelpPanel().then(arrived, () => live && dispatch('failed'));
    return () => {
      live = false;
      listeners.delete(arrived);
    };
  }, [state.attempt]);
  return { ready: parts, failed: !parts && state.failed, retry: () => dispatch('retry') };
}

/** A part of the drawer's inside, rendered once the chunk is there (nothing before). */
export function lazyPart<Name extends PartName>(name: Name): ComponentType<ComponentProps<Parts[Name]>> {
  function Part(props: ComponentProps<Parts[Name]>) {
    const { ready } = usePanelParts();
    if (!ready) return null;
    // The props are the part's own; the union of every part's props is too wide for TypeScript to see it.
    const Real = ready[name] as ComponentType<object>;
    return <Real {...(props as object)} />;
  }
  Part.displayName = `HelpPanel.${name.replace(/^Help(Panel)?|^Lazy/, '')}`;
  return Part;
}

export const HelpPanelHeader = lazyPart('HelpPanelHeader');
export const HelpScreen = lazyPart('HelpScreen');
export const HelpHome = lazyPart('HelpHome');
export const HelpSearch = lazyPart('HelpSearch');
export const HelpSymptom = lazyPart('HelpSymptom');
export const HelpArticle = lazyPart('LazyArticle');
export const Checklist = lazyPart('Checklist');
