import type { PropsWithChildren } from 'react';
import { DocsContainer, type DocsContainerProps } from '@storybook/addon-docs/blocks';
import { NAVIGATE_URL } from 'storybook/internal/core-events';
import docsHelpCenter from 'virtual:help-panel/help-panel-docs';
import { DocsHelp } from './docs-help';
import { docsPageUrl, routeOfDocsEntry } from './docs-routes';

/**
 * Every docs page, with the help panel on it. The preview frame's address names the entry
 * shown (`iframe.html?id=docs-search--docs&viewMode=docs`): Storybook sets it before it renders.
 */
export function HelpDocsContainer({ children, ...props }: PropsWithChildren<DocsContainerProps>) {
  const entry = new URLSearchParams(window.location.search).get('id') ?? '';
  const navigate = (route: string) => {
    const url = docsPageUrl(route);
    if (url) props.context.channel.emit(NAVIGATE_URL, url);
  };
  return (
    <DocsContainer {...props}>
      <DocsHelp route={routeOfDocsEntry(entry)} index={docsHelpCenter} onNavigate={navigate}>
        {children}
      </DocsHelp>
    </DocsContainer>
  );
}
