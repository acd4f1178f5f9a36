import { createContext, useContext, type MutableRefObject } from 'react';
import type { HelpEvent, PanelOpenedBy } from '../engine/events/index';
import type { HelpLocalePack } from './labels';
import type { HelpView } from './help-view';
import type { ReportErrorOptions } from './help-context';
import type { HelpProviderProps } from './help-provider';
import type { ShellLabels } from './shell-labels';

/**
 * What `HelpProvider` holds from the page's first render, before any of the panel's chunks
 * have come: whether the drawer is open and on which view, the route and the error, and how
 * to fetch the rest. The runtime (index, matching, labels, storage) and the drawer are lazy
 * chunks that read this. Internal: the public face is `useHelp()`.
 */
export interface HelpShell {
  /** The provider's latest props, read when used (inline callbacks must not re-render anything). */
  props: MutableRefObject<HelpProviderProps>;
  isOpen: boolean;
  setOpen(open: boolean, via?: PanelOpenedBy, from?: HTMLElement | null): void;
  openHelp(id?: string, via?: PanelOpenedBy): void;
  /** The screens opened, the current one last. */
  stack: readonly HelpView[];
  setStack(update: (views: HelpView[]) => HelpView[]): void;
  query: string;
  setQuery(query: string): void;
  /** Opens a screen. From search results, the search is kept under it: Back returns to the results. */
  navigate(view: HelpView): void;
  /** Back one screen; from results opened by a search, back to those results. */
  back(): void;
  /** The element to focus when the drawer closes (the one focused when it opened). */
  returnFocus: MutableRefObject<HTMLElement | null>;
  /** The trigger button, where focus goes back when nothing else was focused at the open. */
  triggerRef: MutableRefObject<HTMLElement | null>;
  route: string | null;
  error: unknown;
  reportError(error: unknown, options?: ReportErrorOptions): void;
  /** True once something says help is near (opened, an error, a hand near the trigger): the content loads. */
  wanted: boolean;
  /** The language the user asked for (the `locale` prop, else the page's), when known. */
  requestedLocale: string | undefined;
  /** A link to this page that opens the panel on `id`; `null` when deep links are off. */
  linkTo(id: string): string | null;
  /** Sends an event now, or as soon as the runtime has the index it names. */
  emit(event: HelpEvent): void;
  /** Reports a failure inside the panel to `onError` and `onEvent`. */
  reportCrash(error: unknown): void;
  /** Where the runtime takes over sending events: it drains what was queued before it came. */
  events: EventRelay;
  /** Fetches what opening will need: the runtime, the drawer, the label pack and the index. */
  prefetch(): void;
  /** The few strings shown before the label pack has come: the trigger, and the drawer's loading and failure. */
  labels: ShellLabels;
  /** The label pack chosen for the user's locale among `translations`, if the host gave packs. */
  pack: HelpLocalePack | undefined;
  /** The id of the drawer, for the trigger's `aria-controls`. */
  contentId: string;
}

/** Events sent before the runtime came wait here; the runtime then sends them with the index they are about. */
export interface EventRelay {
  send: ((event: HelpEvent) => void) | null;
  queue: HelpEvent[];
}

export const ShellContext = createContext<HelpShell | null>(null);

/** The provider's shell, or a sentence that says how to fix the tree. */
export function useShell(consumer: string): HelpShell {
  const shell = useContext(ShellContext);
  if (!shell) throw new Error(`${consumer} must be inside <HelpProvider>.`);
  return shell;
}
