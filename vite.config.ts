/// <reference types="vitest/config" />
import { chmodSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinModules } from 'node:module';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

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
      const cli = Object.values(bundle).find((chunk) => chunk.type === 'chunk' && chunk.isEntry && chunk.name === 'cli');
      if (cli && options.dir) chmodSync(join(options.dir, cli.fileName), 0o755);
    },
  };
}

export default defineConfig({
  plugins: [react(), copyStyles(), executableCli()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    minify: false,
    sourcemap: true,
    target: 'es2022',
    lib: {
      entry: {
        index: 'src/index.ts',
        engine: 'src/engine.ts',
        compiler: 'src/compiler.ts',
        vite: 'src/vite.ts',
        cli: 'src/cli.ts',
      },
      formats: ['es'],
    },
    rollupOptions: {
      external: isExternal,
      output: {
        // React Server Components need the directive on the React entry only.
        banner: (chunk) =>
          chunk.name === 'index' ? "'use client';" : chunk.name === 'cli' ? '#!/usr/bin/env node' : '',
      },
    },
  },
  test: {
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
