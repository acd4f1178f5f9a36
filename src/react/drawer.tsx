import * as Dialog from '@radix-ui/react-dialog';
import { useRef, type ReactNode } from 'react';
import { useHelpContext } from './help-context';
import { themeAttributes, type PanelOptions } from './help-panel';
import { isTypingTarget } from './use-help-shortcut';
import { HelpScreen } from './help-screen';
import { HelpPanelHeader } from './panel-header';
import { SearchScope } from './search';

// The drawer, loaded as one chunk when help is near (see panel-chunks.ts): Radix Dialog with its
// focus, scroll and dismiss layers, the header with its search box, the screens, and the parts
// custom layouts use. It re-exports the runtime so that what both use travels in the runtime's chunk.
export { HelpRuntime } from './help-runtime';
export { Checklist } from './checklist';
export { HelpScreen } from './help-screen';
export { HelpHome } from './home-view';
export { LazyArticle } from './lazy-article';
export { HelpPanelHeader } from './panel-header';
export { HelpSearch, SearchScope } from './search';
export { HelpSymptom } from './symptom-view';

/** What `HelpPanel.Content` shows by default: the header and the current screen. */
export function DrawerBody() {
  return (
    <>
      <HelpPanelHeader />
      <HelpScreen />
    </>
  );
}

export interface HelpDrawerProps {
  options: PanelOptions;
  container: HTMLElement | null | undefined;
  className: string | undefined;
  /** The drawer's id, which the trigger's `aria-controls` names. */
  id: string;
  children: ReactNode;
}

/** The dialog: portalled, focus-trapped when modal, labelled, open while the provider says so. */
export function HelpDrawer({ options, container, className, id, children }: HelpDrawerProps) {
  const help = useHelpContext('HelpPanel.Content');
  const content = useRef<HTMLDivElement>(null);
  const attributes = themeAttributes(options);
  return (
    <Dialog.Root open={help.isOpen} onOpenChange={(open) => help.setOpen(open, 'button')} modal={options.modal}>
      <Dialog.Portal container={container}>
        {options.modal && <Dialog.Overlay data-help-part="overlay" {...attributes} />}
        <Dialog.Content
          ref={content}
          id={id}
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
            // Back where the user was when the drawer opened (the trigger, or wherever the
            // shortcut or the API opened it from), else to the trigger.
            const previous = help.returnFocus.current ?? help.triggerRef.current;
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
          <SearchScope>{children ?? <DrawerBody />}</SearchScope>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
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

