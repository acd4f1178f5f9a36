import { useEffect, useState, type CSSProperties, type ReactNode } from 'react';
import { HelpPanel, HelpProvider, createMemoryStorage, useHelp, type HelpPanelProps, type HelpProviderProps } from '../src/react/index';

export interface HelpCenterStageProps extends Omit<HelpProviderProps, 'children' | 'storage'> {
  /** Props of the one-line panel. */
  panel?: HelpPanelProps;
  /** Width of the pretend viewport, for narrow layouts. Default: the whole canvas. */
  viewportWidth?: number;
  /** The page behind the panel. */
  page?: ReactNode;
  /** Colour of the page behind the panel. */
  pageBackground?: string;
  /** Open the drawer on this article or symptom id, as `useHelp().open(id)` does. */
  openOn?: string;
  /**
   * Arrive as if from a deep link to this id: it is put in the page's address (`?help=<id>`)
   * before the panel mounts, and taken out when the story ends.
   */
  linkedTo?: string;
}

/** Puts `?help=<id>` in the address for the life of the story; returns whether it is there. */
function useArrivalLink(id: string | undefined): boolean {
  const [ready] = useState(() => {
    if (id === undefined || typeof window === 'undefined') return false;
    const url = new URL(window.location.href);
    url.searchParams.set('help', id);
    window.history.replaceState(window.history.state, '', url);
    return true;
  });
  useEffect(
    () => () => {
      if (!ready) return;
      const url = new URL(window.location.href);
      url.searchParams.delete('help');
      window.history.replaceState(window.history.state, '', url);
    },
    [ready],
  );
  return ready;
}

function OpenOn({ id }: { id: string }) {
  const { open } = useHelp();
  useEffect(() => open(id), [open, id]);
  return null;
}

/**
 * A pretend host page with the panel on it. With `viewportWidth`, the page is
 * a fixed-size box that contains the drawer (a transform makes it the
 * containing block of the drawer's fixed positioning), so a story shows a
 * phone-sized layout in any Storybook viewport.
 */
export function HelpCenterStage({ panel, viewportWidth, page, pageBackground = '#f6f7f9', openOn, linkedTo, ...provider }: HelpCenterStageProps) {
  const linked = useArrivalLink(linkedTo);
  // Fresh progress per story: one story's ticks should not leak into another.
  const [storage] = useState(createMemoryStorage);
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  const frame: CSSProperties = viewportWidth
    ? { width: viewportWidth, height: 720, margin: '1rem auto', outline: '1px solid #ccd', transform: 'translateZ(0)', overflow: 'hidden' }
    : { minHeight: '100vh' };
  return (
    <div ref={setContainer} style={{ ...frame, background: pageBackground, fontFamily: 'system-ui, sans-serif' }} dir={panel?.dir}>
      <HelpProvider storage={storage} route={null} shortcut={['?', 'mod+/']} defaultOpen={!linked} {...provider}>
        <main style={{ padding: '1.5rem', color: pageBackground === '#f6f7f9' ? '#223' : '#dde' }}>
          {page ?? (
            <>
              <h1 style={{ marginTop: 0 }}>Host app</h1>
              <p>The page the user was on. Press ? or Ctrl+/ to toggle help.</p>
            </>
          )}
        </main>
        {openOn && <OpenOn id={openOn} />}
        {container && <HelpPanel {...panel} container={viewportWidth ? container : panel?.container} />}
      </HelpProvider>
    </div>
  );
}
