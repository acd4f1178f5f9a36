import type { ReactNode } from 'react';
import { HelpPanel, HelpProvider, type HelpIndexInput } from '../src/react/index';

export interface DocsHelpProps {
  /** The docs page's route (`/docs/search`, see docs-routes.ts); `null` on a page the help center does not know. */
  route: string | null;
  /** The docs' own help center, compiled from docs/help/ by the Vite plugin. */
  index: HelpIndexInput;
  /** Follows an app link of an article (`app:/docs/search`) to that docs page. */
  onNavigate: (route: string) => void;
  /** The page. */
  children?: ReactNode;
}

/**
 * The panel on the docs site, as a product would have it: the page's route picks the article
 * (the help center is about integrating help-panel: "the panel opens on the wrong article",
 * "my article does not appear", …), and the floating button opens it.
 */
export function DocsHelp({ route, index, onNavigate, children }: DocsHelpProps) {
  return (
    // Deep links would put `?help=` on the preview frame's address, which a reader never sees.
    <HelpProvider index={index} route={route} onNavigate={onNavigate} linkParam={false}>
      {/* The page is the document's main landmark, as a product's page would be. */}
      <main>{children}</main>
      <HelpPanel />
    </HelpProvider>
  );
}
