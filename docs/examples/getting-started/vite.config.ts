// vite.config.ts: the plugin compiles content/help (relative to the Vite root; several folders
// work too) at build time, and hot-reloads an article while you edit it.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { helpPanel } from 'help-panel/vite';

export default defineConfig({
  plugins: [react(), helpPanel({ content: 'content/help' })],
});
