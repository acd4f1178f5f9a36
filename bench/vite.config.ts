import { defineConfig } from 'vite';

/**
 * Builds the benchmark for plain Node (there is no TypeScript runner in the
 * toolchain). Kept apart from the library config so the bench never ends up
 * in `dist/` and the library build never sees it.
 */
export default defineConfig({
  logLevel: 'warn',
  build: {
    ssr: 'bench/run.ts',
    outDir: 'node_modules/.cache/help-panel-bench',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: { output: { entryFileNames: 'run.js' } },
  },
});
