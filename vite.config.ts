/// <reference types="vitest/config" />
import { chmodSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { localePacks } from './scripts/locale-pack-sizes.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};

// Every dependency stays a dependency: consumers de-duplicate React, Radix and
// Fuse with their own copies instead of shipping ours twice.
const externalNames = [
  ...Object.keys(pkg.dependencies ?? {}),
  ...Object.keys(pkg.peerDependencies ?? {}),
  ...builtinModules,
];
const isExternal = (id: string) =>
  id.startsWith('node:') || externalNames.some((name) => id === name || id.startsWith(`${name}/`));

/**
 * One entry per label pack: every `src/locales/<tag>.ts` whose name is a BCP 47 tag
 * (`de`, `pt-BR`) becomes `dist/locales/<tag>.js`, imported as `help-panel/locales/<tag>`.
 * The folder's other modules (`pack-intl.ts`) are shared by the packs, not entries.
 */
const localeEntries = Object.fromEntries(
  localePacks(fileURLToPath(new URL('./src/locales/', import.meta.url)), '.ts').map(({ tag }) => [`locales/${tag}`, `src/locales/${tag}.ts`]),
);

/** Ships the default theme as `dist/styles.css`, untouched by the JS graph. */
function copyStyles(): Plugin {
  return {
    name: 'help-panel:copy-styles',
    apply: 'build',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'styles.css',
        source: readFileSync(new URL('./src/styles.css', import.meta.url), 'utf8'),
      });
    },
  };
}

/**
 * npm marks bin targets executable when it installs the package, but the file
 * in dist/ should also run straight from a checkout (`./dist/cli.js check …`).
 */
function executableCli(): Plugin {
  return {
    name: 'help-panel:executable-cli',
    apply: 'build',
    writeBundle(options, bundle) {
      // Not for Storybook's app build, which has no cli chunk anyway.
      const cli = Object.values(bundle).find((chunk) => chunk.type === 'chunk' && chunk.isEntry && chunk.name === 'cli');
      if (cli && options.dir) chmodSync(join(options.dir, cli.fileName), 0o755);
    },
  };
}

/**
 * The shipped JSX always compiles for production (`react/jsx-runtime`),
 * whatever NODE_ENV says. A build run with NODE_ENV=test, as inside vitest,
 * would otherwise import `jsxDEV` from `react/jsx-dev-runtime`, which React's
 * production build leaves undefined: every app built for production would
 * crash on its first render.
 */
function productionJsx(): Plugin {
  return {
    name: 'help-panel:production-jsx',
    apply: 'build',
    enforce: 'post',
    config: () => ({ oxc: { jsx: { development: false } } }),
  };
}

/**
 * React Server Components need `'use client'` as the first statement of the
 * React entries (`help-panel` and `help-panel/support`), and only there. Rolldown keeps the directive of src/index.ts;
 * this fails the build if that ever stops being true, rather than adding a
 * second copy with a banner (which would also shift the source map).
 */
const CLIENT_ENTRIES = new Set(['index', 'support']);

function requireUseClient(): Plugin {
  const directive = /^(?:#![^\n]*\n)?\s*(['"])use client\1/;
  let isLibrary = false;
  return {
    name: 'help-panel:require-use-client',
    apply: 'build',
    // Storybook builds an app with this config (minus build.lib): not our entries.
    configResolved(config) {
      isLibrary = Boolean(config.build.lib);
    },
    generateBundle(_options, bundle) {
      if (!isLibrary) return;
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
        const hasDirective = directive.test(chunk.code);
        if (CLIENT_ENTRIES.has(chunk.name) && !hasDirective) {
          this.error(`dist/${chunk.fileName} must start with 'use client' (keep it as the first line of src/${chunk.name}.ts).`);
        }
        if (!CLIENT_ENTRIES.has(chunk.name) && /(['"])use client\1/.test(chunk.code.slice(0, 200))) {
          this.error(`dist/${chunk.fileName} must not be a client module; only the React entry is.`);
        }
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), productionJsx(), copyStyles(), executableCli(), requireUseClient()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    minify: false,
    sourcemap: true,
    target: 'es2022',
    lib: {
      entry: {
        index: 'src/index.ts',
        support: 'src/support.ts',
        engine: 'src/engine.ts',
        ask: 'src/ask.ts',
        compiler: 'src/compiler.ts',
        vite: 'src/vite.ts',
        cli: 'src/cli.ts',
        // `help-panel import` converts articles on worker threads; a worker needs a file of its own.
        'import-worker': 'src/import/import-worker.ts',
        ...localeEntries,
      },
      formats: ['es'],
    },
    rollupOptions: {
      external: isExternal,
      output: {
        banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
        // One file per module, as src/ has them: the app's bundler then splits the panel itself,
        // with every export's use in view. Merged chunks would tie what the page loads (the shell)
        // to what only the lazy runtime and drawer use, whenever both sat in one file.
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
      },
    },
  },
  test: {
    // The docs' examples import the package by name, as an app does; in the tests that name is the
    // source (tsconfig.json's `paths` say the same to the typecheck).
    alias: [
      { find: /^help-panel$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
      { find: /^help-panel\/(.+)$/, replacement: fileURLToPath(new URL('./src/$1', import.meta.url)) },
    ],
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'test/react/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['test/react/**/*.test.{ts,tsx}'],
          setupFiles: ['test/react/setup.ts'],
        },
      },
    ],
  },
});
