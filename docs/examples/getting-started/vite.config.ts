// vite.config.ts: the plugin compiles content/help at build time and hot-reloads it while you edit.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { helpPanel } from 'help-panel/vite';

export default defineConfig({
  plugins: [
    react(),
    helpPanel({
      content: 'content/help', // relative to the Vite root; several folders work too
      knownDiagnostics: ['webhook-endpoint-reachable'], // optional: warn about checks bound to other names
    }),
  ],
});
