import { useCallback, useContext, useMemo } from 'react';
import type { Match } from '../engine/types';
import { HelpContext, type ReportErrorOptions } from './help-context';
import { useShell } from './shell-context';

export interface UseHelpResult {
  /**
   * Opens the drawer: on an article (`"webhooks"`) or a symptom (`"webhooks#not-firing"`),
   * or, without an id, on the best match for the current route and error (home when none).
   */
  open(id?: string): void;
  /** Closes the drawer. */
  close(): void;
  /**
   * Tells the panel what just went wrong, for example from your error boundary.
   * With `{ open: true }` the drawer opens on the symptom it matches.
   */
  reportError(error: unknown, options?: ReportErrorOptions): void;
  /** Symptoms that match the current route and error, best first. Empty until the index is ready. */
  matches: Match[];
  /** Whether the drawer is open. */
  isOpen: boolean;
  /**
   * Forgets the current user's help data, for sign-out on a shared browser: checklist
   * progress, the unsent escalation note and this visit's searches and errors, in storage,
   * in this tab and in every other open tab. Never throws.
   */
  clearHelpData(): void;
  /**
   * A link to the current page that opens the panel on an article or symptom id (`?help=<id>`, see
   * `HelpProvider`'s `linkParam`), for support to send. `null` when deep links are off.
   */
  linkTo(id: string): string | null;
  /** The locale of the help content shown (BCP 47), once the index is in; undefined for a help center in one undeclared language. */
  contentLocale: string | undefined;
  /** Every locale the help center is written in, its default first (for a language menu); empty for one language. */
  locales: readonly string[];
}

const NO_LOCALES: readonly string[] = [];
const NO_MATCHES: Match[] = [];

/**
 * Opens and closes the panel and reports errors from anywhere inside `HelpProvider`. Works from
 * the first render: `matches` and the locales fill in once the panel's runtime and index have come.
 */
export function useHelp(): UseHelpResult {
  const { openHelp, setOpen, reportError, isOpen, linkTo, props } = useShell('useHelp');
  const help = useContext(HelpContext);
  const matches = help?.matches ?? NO_MATCHES;
  const engine = help?.engine;
  const contentLocale = engine?.index.helpCenter.locale;
  const locales = engine?.index.helpCenter.locales ?? NO_LOCALES;
  const runtimeClear = help?.clearHelpData;
  // Before the runtime came: the storage code is a chunk of its own, fetched for the sign-out.
  const clearHelpData = useCallback(() => {
    if (runtimeClear) return runtimeClear();
    const { storage, storageNamespace, userId } = props.current;
    import('../engine/state/index')
      .then(({ clearHelpData: clear, createLocalStorage }) => clear({ storage: storage ?? createLocalStorage(), storageNamespace, userId, sessionDrafts: !storage }))
      .catch(() => {});
  }, [runtimeClear, props]);
  return useMemo(
    () => ({
      open: (id?: string) => openHelp(id, 'api'),
      close: () => setOpen(false),
      reportError,
      matches,
      isOpen,
      clearHelpData,
      linkTo,
      contentLocale,
      locales,
    }),
    [openHelp, setOpen, reportError, matches, isOpen, clearHelpData, linkTo, contentLocale, locales],
  );
}
