import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built demo is served, e.g. `http://127.0.0.1:41234`. */
    demoUrl: string;
  }
}

// The runner loader reads the demo config (and the plugin's TypeScript source
// it imports) without the bundling loader's warnings about extensionless imports.
const configFile = fileURLToPath(new URL('../../stories/demo/vite.config.ts', import.meta.url));

/** Builds the demo as it ships and serves it on a free port of 127.0.0.1 for the whole run. */
export default async function serveDemo(project: TestProject) {
  const outDir = mkdtempSync(join(tmpdir(), 'help-panel-demo-'));
  let server: PreviewServer | undefined;
  try {
    await build({ configFile, configLoader: 'runner', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    server = await preview({
      configFile,
      configLoader: 'runner',
      logLevel: 'warn',
      build: { outDir },
      preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    });
  } catch (error) {
    rmSync(outDir, { recursive: true, force: true });
    throw error;
  }
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('the demo preview server has no TCP address');
  project.provide('demoUrl', `http://127.0.0.1:${address.port}`);
  return async () => {
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}
