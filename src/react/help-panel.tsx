import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';
import { HelpContext } from './help-context';
import { useShell } from './shell-context';
import { Checklist, HelpArticle, HelpHome, HelpPanelHeader, HelpScreen, HelpSearch, HelpSymptom } from './lazy-parts';
import { drawerChunk } from './panel-chunks';
import { useChunk } from './lazy-chunk';
import { PanelErrorBoundary } from './panel-error-boundary';

/** The look of the panel's parts. */
export type HelpTheme = 'auto' | 'light' | 'dark';

/** The options `HelpPanel.Root` gives its parts. Internal. */
export interface PanelOptions {
  side: 'right' | 'left';
  modal: boolean;
  unstyled: boolean;
  theme: HelpTheme;
  dir: 'ltr' | 'rtl' | undefined;
}

const PanelContext = createContext<PanelOptions | null>(null);

function usePanelOptions(consumer: string): PanelOptions {
  const options = useContext(PanelContext);
  if (!options) throw new Error(`${consumer} must be inside <HelpPanel.Root>.`);
  return options;
}

/** The attributes that give a top-level part (portalled or not) its theme. */
export const themeAttributes = ({ unstyled, theme, dir }: PanelOptions) => ({
  'data-help-theme': unstyled ? undefined : theme,
  dir,
});

export interface HelpPanelRootProps {
  /** Which edge the drawer slides from. Default `"right"`. */
  side?: 'right' | 'left';
  /** Modal drawer (focus trapped, page inert) or a side panel the user can work next to. Default `true`. */
  modal?: boolean;
  /** Drop the default theme: parts keep their `data-*` attributes and nothing else. Default `false`. */
  unstyled?: boolean;
  /** Colour scheme: `auto` follows `prefers-color-scheme` and a `data-theme` on an ancestor. Default `"auto"`. */
  theme?: HelpTheme;
  /** Text direction. Default: the labels' language's (`rtl` for Arabic, Hebrew, Persian, Urdu …, see `HelpProvider`'s `locale`). */
  dir?: 'ltr' | 'rtl';
  /** The parts: `HelpPanel.Trigger`, `HelpPanel.Content`, or your own. Default: none. */
  children?: ReactNode;
}

/** Holds the drawer's options (its state is `HelpProvider`'s). Parts go inside it. */
export function HelpPanelRoot({ side = 'right', modal = true, unstyled = false, theme = 'auto', dir, children }: HelpPanelRootProps) {
  const shell = useShell('HelpPanel');
  return (
    <PanelErrorBoundary onError={shell.reportCrash} fallback={null}>
      <PanelContext.Provider value={{ side, modal, unstyled, theme, dir }}>{children}</PanelContext.Provider>
    </PanelErrorBoundary>
  );
}

export interface HelpPanelTriggerProps {
  /** Pinned to a corner of the viewport, or in the flow where you put it. Default `true`. */
  floating?: boolean;
  /** Extra class. Default: none. */
  className?: string;
  /** The button's content. Default: a "?" mark and the `trigger` label. */
  children?: ReactNode;
}

/**
 * The button that opens the drawer. A plain button, so that the page does not load the dialog
 * library to show it: it says it opens a dialog (`aria-haspopup`), whether it is open
 * (`aria-expanded`, `data-state`) and which one (`aria-controls`), as a dialog's trigger does.
 */
export function HelpPanelTrigger({ floating = true, className, children }: HelpPanelTriggerProps) {
  const options = usePanelOptions('HelpPanel.Trigger');
  const shell = useShell('HelpPanel.Trigger');
  const help = useContext(HelpContext);
  // Until the runtime came, the shell's strings: the same as the pack's, in the same language.
  const label = help?.labels.trigger ?? shell.labels.trigger;
  const lang = help?.locale ?? shell.labels.lang;
  const dir = help?.dir ?? shell.labels.dir;
  const prefetch = () => {
    // A hand near the button: fetch what opening will show.
    shell.prefetch();
    help?.prefetch();
  };
  return (
    <button
      type="button"
      aria-haspopup="dialog"
      aria-expanded={shell.isOpen}
      aria-controls={shell.isOpen ? shell.contentId : undefined}
      data-state={shell.isOpen ? 'open' : 'closed'}
      ref={(element) => {
        shell.triggerRef.current = element;
      }}
      onClick={(event) => shell.setOpen(!shell.isOpen, 'button', event.currentTarget)}
      onPointerEnter={prefetch}
      onFocus={prefetch}
      data-help-part="trigger"
      data-floating={floating ? '' : undefined}
      data-side={options.side}
      className={className}
      lang={lang}
      {...themeAttributes(options)}
      dir={options.dir ?? dir}
    >
      {children ?? (
        <>
          <span aria-hidden="true" data-help-part="trigger-icon">
            ?
          </span>
          <span data-help-part="trigger-label">{label}</span>
        </>
      )}
    </button>
  );
}

export interface HelpPanelContentProps {
  /** Where the drawer is portalled. Default `document.body`. */
  container?: HTMLElement | null;
  /** Extra class on the drawer. Default: none. */
  className?: string;
  /** The drawer's inside. Default: `<HelpPanel.Header />` and `<HelpPanel.Screen />`. */
  children?: ReactNode;
}

/**
 * The drawer itself: portalled, focus-trapped when modal, and labelled. It is a chunk of its own
 * (with the dialog library), prefetched when help is near; opened before it came, a small box says
 * the panel is loading (or could not load, with a retry) until it opens.
 */
export function HelpPanelContent({ container, className, children }: HelpPanelContentProps) {
  const options = usePanelOptions('HelpPanel.Content');
  const shell = useShell('HelpPanel.Content');
  const help = useContext(HelpContext);
  const drawer = useChunk(drawerChunk, shell.isOpen);
  const Drawer = drawer.module?.HelpDrawer;
  // The first open waits for the user's label pack too (a chunk beside the drawer's), so the drawer
  // never opens in English first; once shown, it stays, whatever language comes next.
  const shown = useRef(false);
  if (Drawer && help && (shown.current || !help.labelsPending)) {
    shown.current = true;
    return (
      <Drawer options={options} container={container} className={className} id={shell.contentId}>
        {children}
      </Drawer>
    );
  }
  return shell.isOpen ? <PendingDrawer options={options} failed={drawer.failed} error={drawer.error} retry={drawer.retry} /> : null;
}

/** Where the drawer will be, while it loads or after it could not: the state, a retry, and Close. */
function PendingDrawer({ options, failed, error, retry }: { options: PanelOptions; failed: boolean; error: unknown; retry(): void }) {
  const shell = useShell('HelpPanel.Content');
  const { labels, reportCrash } = shell;
  const retryButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!failed) return;
    retryButton.current?.focus();
    reportCrash(error);
  }, [failed, error, reportCrash]);
  return (
    <div
      data-help-part="pending"
      data-side={options.side}
      lang={labels.lang}
      {...themeAttributes(options)}
      dir={options.dir ?? labels.dir}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !event.defaultPrevented) shell.setOpen(false);
      }}
    >
      {failed ? (
        <div role="alert" data-help-part="error">
          <p>{labels.loadError}</p>
          <button type="button" ref={retryButton} data-help-part="retry" onClick={retry}>
            {labels.retry}
          </button>
          <button type="button" data-help-part="close" onClick={() => shell.setOpen(false)}>
            {labels.close}
          </button>
        </div>
      ) : (
        <p role="status" data-help-part="loading">
          {labels.loading}
        </p>
      )}
    </div>
  );
}

export interface HelpPanelProps extends Omit<HelpPanelRootProps, 'children'> {
  /** Show the floating button. Default `true`. */
  trigger?: boolean;
  /** Extra class on the drawer. Default: none. */
  className?: string;
  /** Where the drawer is portalled. Default `document.body`. */
  container?: HTMLElement | null;
}

/**
 * The whole panel in one line: a floating button and the drawer. Use the
 * parts (`HelpPanel.Root`, `.Trigger`, `.Content`, …) to arrange your own.
 */
function HelpPanelDefault({ trigger = true, className, container, ...root }: HelpPanelProps) {
  return (
    <HelpPanelRoot {...root}>
      {trigger && <HelpPanelTrigger />}
      <HelpPanelContent className={className} container={container} />
    </HelpPanelRoot>
  );
}

/**
 * The panel's parts, for layouts of your own. The drawer's inside loads as
 * one chunk (see `preloadHelpPanel`); until it has, these render nothing and
 * `HelpPanel.Content` shows its loading state.
 */
export const HelpPanel = Object.assign(HelpPanelDefault, {
  Root: HelpPanelRoot,
  Trigger: HelpPanelTrigger,
  Content: HelpPanelContent,
  Header: HelpPanelHeader,
  Screen: HelpScreen,
  Home: HelpHome,
  Search: HelpSearch,
  Symptom: HelpSymptom,
  Article: HelpArticle,
  Checklist,
});
