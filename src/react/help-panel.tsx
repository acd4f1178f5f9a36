import * as Dialog from '@radix-ui/react-dialog';
import { createContext, useContext, useRef, type ReactNode } from 'react';
import { Checklist } from './checklist';
import { useHelpContext } from './help-context';
import { HelpHome } from './home-view';
import { LazyArticle } from './lazy-article';
import { HelpScreen } from './help-screen';
import { PanelErrorBoundary } from './panel-error-boundary';
import { resolveView } from './select-screen';
import { HelpSearch, SearchField, SearchScope, useSearchScope } from './search';
import { HelpSymptom } from './symptom-view';
import { isTypingTarget } from './use-help-shortcut';
import { visuallyHidden } from './visually-hidden';

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
  /** Text direction. Default: inherited from the page. */
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
  const { labels, prefetch } = useHelpContext('HelpPanel.Trigger');
  return (
    <Dialog.Trigger
      // A hand near the button: fetch what opening will show.
      onPointerEnter={prefetch}
      onFocus={prefetch}
      data-help-part="trigger"
      data-floating={floating ? '' : undefined}
      data-side={options.side}
      className={className}
      {...themeAttributes(options)}
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

export interface HelpPanelHeaderProps {
  /** Extra class. Default: none. */
  className?: string;
  /** Show the search box (inside `HelpPanel.Content`, whose screen shows its results). Default `true`. */
  search?: boolean;
}

/** The panel's search box, wherever the panel's parts are. */
function searchInput(from: Element | null): HTMLInputElement | null {
  return from?.closest('[data-help-part="content"]')?.querySelector<HTMLInputElement>('[data-help-part="search-input"]') ?? null;
}

/**
 * Title, Back, Close and the search box. The title names the dialog for
 * assistive technology. While the box holds a query its results replace the
 * screen, and Back (like Escape) returns to that screen. A drawer that opened
 * straight on a symptom has nothing to go back to: it offers "All help" instead.
 */
export function HelpPanelHeader({ className, search = true }: HelpPanelHeaderProps) {
  const { status, labels, canGoBack, back, view, matches, navigate, query, setQuery } = useHelpContext('HelpPanel.Header');
  const scope = useSearchScope();
  const searching = query.trim() !== '';
  const awayFromHome = status === 'ready' && resolveView(view, matches).screen !== 'home';
  return (
    <div data-help-part="header" className={className}>
      <div data-help-part="header-bar">
        {(canGoBack || searching) && (
          <button
            type="button"
            data-help-part="back"
            onClick={(event) => {
              if (!searching) return back();
              // Leave the results for the screen under them; the box keeps focus.
              setQuery('');
              searchInput(event.currentTarget)?.focus();
            }}
          >
            <span aria-hidden="true" data-help-part="back-icon">
              ←
            </span>{' '}
            {labels.back}
          </button>
        )}
        {!canGoBack && !searching && awayFromHome && (
          <button type="button" data-help-part="all-help" onClick={() => navigate({ screen: 'home' })}>
            {labels.allHelp}
          </button>
        )}
        <Dialog.Title data-help-part="title">{labels.title}</Dialog.Title>
        <Dialog.Description style={visuallyHidden}>{labels.description}</Dialog.Description>
        <Dialog.Close data-help-part="close" aria-label={labels.close}>
          <span aria-hidden="true">×</span>
        </Dialog.Close>
      </div>
      {search && scope && status === 'ready' && <SearchField controller={scope} />}
    </div>
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

  return (
    <Dialog.Portal container={container}>
      {options.modal && <Dialog.Overlay data-help-part="overlay" {...attributes} />}
      <Dialog.Content
        ref={content}
        data-help-part="content"
        data-side={options.side}
        data-modal={options.modal ? '' : undefined}
        className={className}
        {...attributes}
        onOpenAutoFocus={(event) => {
          // Start where the user will act: the search box on home, the title elsewhere.
          event.preventDefault();
          const root = content.current;
          const onHome = root?.querySelector('[data-help-part="home"]') != null;
          const target =
            (onHome ? root?.querySelector<HTMLElement>('[data-help-part="search-input"]') : null) ??
            root?.querySelector<HTMLElement>('[data-help-part="screen-body"] [data-help-part="screen-title"]') ??
            root?.querySelector<HTMLElement>('[data-help-part="search-input"]') ??
            root;
          target?.focus();
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
        <SearchScope>
          {children ?? (
            <>
              <HelpPanelHeader />
              <HelpScreen />
            </>
          )}
        </SearchScope>
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

export const HelpPanel = Object.assign(HelpPanelDefault, {
  Root: HelpPanelRoot,
  Trigger: HelpPanelTrigger,
  Content: HelpPanelContent,
  Header: HelpPanelHeader,
  Screen: HelpScreen,
  Home: HelpHome,
  Search: HelpSearch,
  Symptom: HelpSymptom,
  Article: LazyArticle,
  Checklist,
});
