import type { Preview } from '@storybook/react-vite';
import '../src/styles.css';
import { preloadHelpPanel } from '../src/react/panel-chunks';
import { HelpDocsContainer } from './docs-container';

const preview: Preview = {
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    docs: { container: HelpDocsContainer },
    // The docs pages in reading order, then the component stories. Storybook reads this statically: it stays inline.
    options: {
      storySort: {
        order: [
          'Docs',
          [
            'Getting started',
            'Writing help content',
            'Routes and errors',
            'Search',
            'Languages',
            'Split index and hosting',
            'Diagnostics and escalation',
            'Events and the report',
            'Ask in plain words',
            'Importing a help center',
            'Theming and composing',
            'Next.js, React Router and SSR',
            'Progress and privacy',
            'API reference',
          ],
          '*',
        ],
      },
    },
  },
  // Stories show the panel as a page does after its idle prefetch: the drawer's inside loaded.
  loaders: [async () => {
    await preloadHelpPanel();
    return {};
  }],
};

export default preview;
