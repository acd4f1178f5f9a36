import type { Preview } from '@storybook/react-vite';
import '../src/styles.css';
import { preloadHelpPanel } from '../src/react/panel-chunks';

const preview: Preview = {
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
  },
  // Stories show the panel as a page does after its idle prefetch: the drawer's inside loaded.
  loaders: [async () => {
    await preloadHelpPanel();
    return {};
  }],
};

export default preview;
