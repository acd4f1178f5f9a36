import type { StorybookConfig } from '@storybook/react-vite';
import { helpPanel } from '../src/vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.@(ts|tsx)'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    // vite.config.ts builds the library (build.lib, externals, a banner);
    // Storybook builds an app, so those settings must not reach it.
    if (viteConfig.build) {
      delete viteConfig.build.lib;
      delete viteConfig.build.rollupOptions;
    }
    viteConfig.plugins = [
      ...(viteConfig.plugins ?? []),
      // The stories read the sample content compiled at build time, the way a product would.
      helpPanel({ content: { oxvo: 'content/oxvo', ochre: 'content/ochre' }, output: 'inline' }),
    ];
    return viteConfig;
  },
};

export default config;
