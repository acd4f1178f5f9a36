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

/** A built demo served on a free port of 127.0.0.1, and how to stop it. */
export interface ServedDemo {
  url: string;
  close(): Promise<void>;
}

/**
 * Builds the demo as it ships into a fresh folder and serves it. `env` is set while the config
 * reads it (the demo's content folder, its events file) and restored afterwards.
 */
export async function buildAndServeDemo(env: Record<string, string> = {}): Promise<ServedDemo> {
  const outDir = mkdtempSync(join(tmpdir(), 'help-panel-demo-'));
  const saved = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
  Object.assign(process.env, env);
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
    const address = server.httpServer.address();
    if (address === null || typeof address === 'string') throw new Error('the demo preview server has no TCP address');
    const running = server;
    return {
      url: `http://127.0.0.1:${address.port}`,
      close: async () => {
        await running.close();
        rmSync(outDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
    throw error;
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

/** Builds the demo as it ships and serves it on a free port of 127.0.0.1 for the whole run. */
export default async function serveDemo(project: TestProject) {
  const demo = await buildAndServeDemo();
  project.provide('demoUrl', demo.url);
  return demo.close;
}
