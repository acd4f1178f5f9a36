import * as Dialog from '@radix-ui/react-dialog';
import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';
import { useHelpContext } from './help-context';
import { Checklist, HelpArticle, HelpHome, HelpPanelHeader, HelpScreen, HelpSearch, HelpSymptom, usePanelParts } from './load-panel-parts';
import { PanelErrorBoundary } from './panel-error-boundary';
import { isTypingTarget } from './use-help-shortcut';
import { PanelTitle } from './panel-title';

/** The look of the panel's parts. */
export type HelpTheme = 'auto' | 'light' | 'dark';

interface PanelOptions {
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
const themeAttributes = ({ unstyled, theme, dir }: PanelOptions) => ({
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

/** Holds the drawer's state (through `HelpProvider`) and options. Parts go inside it. */
export function HelpPanelRoot({ side = 'right', modal = true, unstyled = false, theme = 'auto', dir, children }: HelpPanelRootProps) {
  const help = useHelpContext('HelpPanel');
  return (
    <PanelErrorBoundary onError={help.reportCrash} fallback={null}>
      <PanelContext.Provider value={{ side, modal, unstyled, theme, dir }}>
        <Dialog.Root open={help.isOpen} onOpenChange={(open) => help.setOpen(open, 'button')} modal={modal}>
          {children}
        </Dialog.Root>
      </PanelContext.Provider>
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

/** The button that opens the drawer. */
export function HelpPanelTrigger({ floating = true, className, children }: HelpPanelTriggerProps) {
  const options = usePanelOptions('HelpPanel.Trigger');
  const { labels, prefetch, locale: lang, dir } = useHelpContext('HelpPanel.Trigger');
  return (
    <Dialog.Trigger
      // A hand near the button: fetch what opening will show.
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
          <span data-help-part="trigger-label">{labels.trigger}</span>
        </>
      )}
    </Dialog.Trigger>
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

/** The drawer itself: portalled, focus-trapped when modal, and labelled. */
export function HelpPanelContent({ container, className, children }: HelpPanelContentProps) {
  const options = usePanelOptions('HelpPanel.Content');
  const help = useHelpContext('HelpPanel.Content');
  const content = useRef<HTMLDivElement>(null);
  const attributes = themeAttributes(options);
  // The drawer's inside is a chunk of its own, prefetched at idle time; opened before it came,
  // the drawer says so, then moves focus where opening would have put it.
  const parts = usePanelParts();
  const waited = useRef(!parts.ready);
  useEffect(() => {
    if (!parts.ready || !waited.current) return;
    waited.current = false;
    const root = content.current;
    if (root && (document.activeElement === root || !root.contains(document.activeElement))) focusStart(root);
  }, [parts.ready]);

  return (
    <Dialog.Portal container={container}>
      {options.modal && <Dialog.Overlay data-help-part="overlay" {...attributes} />}
      <Dialog.Content
        ref={content}
        data-help-part="content"
        data-side={options.side}
        data-modal={options.modal ? '' : undefined}
        lang={help.locale}
        className={className}
        {...attributes}
        dir={options.dir ?? help.dir}
        onOpenAutoFocus={(event) => {
          // Start where the user will act: the search box on home, the title elsewhere.
          event.preventDefault();
          if (content.current) focusStart(content.current);
        }}
        onKeyDown={(event) => {
          // `/` jumps to the search box from anywhere in the panel, as on most sites with search.
          if (event.key !== '/' || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
          if (event.nativeEvent.isComposing || isTypingTarget(event.target)) return;
          const input = content.current?.querySelector<HTMLInputElement>('[data-help-part="search-input"]');
          if (!input) return;
          event.preventDefault();
          input.focus();
          input.select();
        }}
        onCloseAutoFocus={(event) => {
          // Radix returns focus to the trigger; when the shortcut or the API
          // opened the drawer, the user was somewhere else and goes back there.
          const previous = help.returnFocus.current;
          help.returnFocus.current = null;
          if (previous && previous.isConnected) {
            event.preventDefault();
            previous.focus();
          }
        }}
        onEscapeKeyDown={(event) => {
          // Radix sees Escape first (capture phase). While results cover a screen, Escape
          // returns to that screen instead of closing; the box keeps (or takes) focus.
          if (help.query !== '') {
            event.preventDefault();
            help.setQuery('');
            content.current?.querySelector<HTMLElement>('[data-help-part="search-input"]')?.focus();
          }
        }}
        onInteractOutside={(event) => {
          // A non-modal panel sits next to the app: working in the app must not close it.
          if (!options.modal) event.preventDefault();
        }}
      >
        {parts.ready ? (
          <parts.ready.SearchScope>{children ?? <parts.ready.DrawerBody />}</parts.ready.SearchScope>
        ) : (
          <PartsFallback failed={parts.failed} retry={parts.retry} />
        )}
      </Dialog.Content>
    </Dialog.Portal>
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

/** Start where the user will act: the search box on home, the screen's title elsewhere. */
function focusStart(root: HTMLElement): void {
  const onHome = root.querySelector('[data-help-part="home"]') != null;
  const target =
    (onHome ? root.querySelector<HTMLElement>('[data-help-part="search-input"]') : null) ??
    root.querySelector<HTMLElement>('[data-help-part="screen-body"] [data-help-part="screen-title"]') ??
    root.querySelector<HTMLElement>('[data-help-part="search-input"]') ??
    root;
  target.focus();
}

/** The drawer while its inside loads (or could not): a title for assistive technology, Close, and the state. */
function PartsFallback({ failed, retry }: { failed: boolean; retry(): void }) {
  const { labels } = useHelpContext('HelpPanel.Content');
  return (
    <>
      <div data-help-part="header">
        <div data-help-part="header-bar">
          <PanelTitle labels={labels} />
        </div>
      </div>
      <div data-help-part="screen" data-screen={failed ? 'error' : 'loading'}>
        {failed ? (
          <div role="alert" data-help-part="error">
            <p>{labels.loadError}</p>
            <button type="button" data-help-part="retry" onClick={retry}>
              {labels.retry}
            </button>
          </div>
        ) : (
          <p role="status" data-help-part="loading">
            {labels.loading}
          </p>
        )}
      </div>
    </>
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
