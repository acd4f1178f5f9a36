import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/react-vite';
import remarkGfm from 'remark-gfm';
import { helpPanel } from '../src/vite';
import { apiReference } from './api-reference-plugin';

const root = fileURLToPath(new URL('..', import.meta.url));

const config: StorybookConfig = {
  // The docs pages first: the site opens on Getting started.
  stories: ['../docs/**/*.mdx', '../docs/**/*.stories.@(ts|tsx)', '../stories/**/*.stories.@(ts|tsx)'],
  addons: [
    {
      name: '@storybook/addon-docs',
      // The pages are GitHub-flavoured Markdown: tables above all.
      options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } },
    },
  ],
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
      // The stories read the sample content compiled at build time, the way a product would; the
      // docs pages read their own help center, about integrating help-panel (docs/help/).
      helpPanel({
        content: { oxvo: 'content/oxvo', ochre: 'content/ochre', 'help-panel-docs': 'docs/help' },
        output: 'inline',
      }),
      // The API reference pages' tables, read from the TSDoc of the package's entries.
      apiReference(root),
    ];
    return viteConfig;
  },
};

export default config;
