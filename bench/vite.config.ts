import { defineConfig } from 'vite';

/**
 * Builds the benchmark for plain Node (there is no TypeScript runner in the
 * toolchain). Kept apart from the library config so the bench never ends up
 * in `dist/` and the library build never sees it.
 */
export default defineConfig({
  logLevel: 'warn',
  build: {
    ssr: true,
    outDir: 'node_modules/.cache/help-panel-bench',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    // The import's worker thread beside the bench, as dist/import-worker.js is beside the CLI.
    rollupOptions: { input: { run: 'bench/run.ts', 'import-worker': 'src/import/import-worker.ts' }, output: { entryFileNames: '[name].js' } },
  },
});
