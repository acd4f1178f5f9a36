import * as Dialog from '@radix-ui/react-dialog';
import { createContext, useContext, useRef, type ReactNode } from 'react';
import { Checklist } from './checklist';
import { useHelpContext } from './help-context';
import { HelpHome } from './home-view';
import { LazyArticle } from './lazy-article';
import { HelpScreen } from './help-screen';
import { PanelErrorBoundary } from './panel-error-boundary';
import { resolveView } from './select-screen';
import { HelpSearch } from './search';
import { HelpSymptom } from './symptom-view';
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
  const { labels } = useHelpContext('HelpPanel.Trigger');
  return (
    <Dialog.Trigger
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
}

/**
 * Title, Back and Close. The title names the dialog for assistive technology.
 * A drawer that opened straight on a symptom has nothing to go back to: it
 * offers "All help" instead, the way to search when the suggestion is wrong.
 */
export function HelpPanelHeader({ className }: HelpPanelHeaderProps) {
  const { status, labels, canGoBack, back, view, matches, navigate } = useHelpContext('HelpPanel.Header');
  const awayFromHome = status === 'ready' && resolveView(view, matches).screen !== 'home';
  return (
    <div data-help-part="header" className={className}>
      {canGoBack && (
        <button type="button" data-help-part="back" onClick={back}>
          <span aria-hidden="true" data-help-part="back-icon">
            ←
          </span>{' '}
          {labels.back}
        </button>
      )}
      {!canGoBack && awayFromHome && (
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
          const target =
            root?.querySelector<HTMLElement>('[data-help-part="search-input"]') ??
            root?.querySelector<HTMLElement>('[data-help-part="screen-title"]') ??
            root;
          target?.focus();
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
          // Radix sees Escape first (capture phase); with text in the search box, Escape clears it instead.
          const target = event.target;
          if (target instanceof HTMLElement && target.dataset.helpPart === 'search-input' && help.query !== '') {
            event.preventDefault();
            help.setQuery('');
          }
        }}
        onInteractOutside={(event) => {
          // A non-modal panel sits next to the app: working in the app must not close it.
          if (!options.modal) event.preventDefault();
        }}
      >
        {children ?? (
          <>
            <HelpPanelHeader />
            <HelpScreen />
          </>
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
