import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { helpPanel } from '../../src/vite';
import { demoEventLog } from './event-log-plugin';
import { demoModel } from './demo-model-plugin';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const contentRoot = process.env.HELP_PANEL_DEMO_CONTENT ?? here('../../content');
/** Where the demo's own events land (see event-log-plugin.ts): `<dir>/<log>.ndjson`. */
export const demoEventsDir = process.env.HELP_PANEL_DEMO_EVENTS ?? here('../../node_modules/.cache/help-panel-demo-events');

/**
 * The demo product: `npm start` serves it on http://localhost:5173, the
 * end-to-end tests build it and serve dist/. The plugin comes from source, so
 * an edit to it or to content/ shows here at once.
 */
export default defineConfig({
  root: here('.'),
  plugins: [
    react(),
    // The demo is a host: it collects its panel's events as NDJSON, for `npm run report:demo`.
    demoEventLog(demoEventsDir),
    // Questions in plain words go to a stand-in model, or to HELP_MODEL_URL when it is set.
    demoModel(),
    helpPanel({
      // HELP_PANEL_DEMO_CONTENT points the demo at a copy of content/ (the hot-reload test edits one).
      content: { oxvo: join(contentRoot, 'oxvo'), ochre: join(contentRoot, 'ochre') },
    }),
  ],
  server: { port: 5173 },
  // Every route of the fake product is a client-side route: serve index.html for all of them.
  appType: 'spa',
  // The demo ships React, the panel and both indexes in one chunk; that is fine for a demo.
  build: { outDir: here('../../node_modules/.cache/help-panel-demo'), emptyOutDir: true, chunkSizeWarningLimit: 1024 },
});
