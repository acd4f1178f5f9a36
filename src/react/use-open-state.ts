import { useCallback, useRef, useState } from 'react';
import type { HelpEvent, PanelOpenedBy } from '../engine/events/index';
import type { HelpView } from './help-view';
import { useControllableState } from './use-controllable-state';

interface OpenStateOptions {
  open: boolean | undefined;
  defaultOpen: boolean | undefined;
  onOpenChange: (open: boolean) => void;
  /** Says help is wanted: the runtime and the index load. */
  want(): void;
  emit(event: HelpEvent): void;
}

/**
 * Whether the drawer is open and which screens it has open (the current one last), with the
 * moves between them. Part of the shell: `useHelp().open()` works from the first render.
 */
export function useOpenState({ open, defaultOpen, onOpenChange, want, emit }: OpenStateOptions) {
  const [isOpen, setOpenState] = useControllableState({ prop: open, defaultProp: defaultOpen ?? false, onChange: onOpenChange });
  const [stack, setStack] = useState<HelpView[]>([{ screen: 'auto' }]);
  const [query, setQuery] = useState('');
  const returnFocus = useRef<HTMLElement | null>(null);

  const show = useCallback(
    (views: HelpView[] | null, via: PanelOpenedBy, from?: HTMLElement | null) => {
      if (views) {
        setStack(views);
        setQuery(''); // a fresh visit starts with an empty search box
      }
      want();
      if (isOpen) return;
      // Guarded: `open()` may be called where there is no DOM (a server render, a test in Node).
      const active = from ?? (typeof document === 'undefined' ? null : document.activeElement);
      returnFocus.current = active !== null && active instanceof HTMLElement && active !== document.body ? active : null;
      setOpenState(true);
      emit({ type: 'panel-opened', by: via });
    },
    [isOpen, setOpenState, emit, want],
  );
  const setOpen = useCallback(
    (next: boolean, via: PanelOpenedBy = 'api', from?: HTMLElement | null) => {
      if (next) {
        show([{ screen: 'auto' }], via, from);
      } else if (isOpen) {
        setOpenState(false);
        emit({ type: 'panel-closed' });
      }
    },
    [show, isOpen, setOpenState, emit],
  );
  const openHelp = useCallback(
    (id?: string, via: PanelOpenedBy = 'api') => {
      // Symptom ids are always `article#slug`, so no engine is needed to tell them apart.
      const view: HelpView =
        id === undefined ? { screen: 'auto' } : id.includes('#') ? { screen: 'symptom', symptomId: id } : { screen: 'article', articleId: id };
      show([view], via);
    },
    [show],
  );
  const navigate = useCallback(
    (view: HelpView) => {
      const searched = query.trim();
      setStack((views) => (searched === '' ? [...views, view] : [...views, { screen: 'search', query: searched }, view]));
      setQuery('');
    },
    [query],
  );
  const back = useCallback(() => {
    if (stack.length <= 1) return;
    let next = stack.slice(0, -1);
    const under = next[next.length - 1];
    if (under?.screen === 'search' && next.length > 1) {
      // The results come back over the screen the search started from.
      next = next.slice(0, -1);
      setQuery(under.query);
    }
    setStack(next);
  }, [stack]);

  return { isOpen, show, setOpen, openHelp, stack, setStack, query, setQuery, navigate, back, returnFocus };
}
