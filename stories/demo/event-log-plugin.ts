import { appendFile, mkdir } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { Connect, Plugin } from 'vite';
import { readBody } from './read-body';

/** Where the demo's events are appended, one file per `?log=` name. */
export const DEMO_EVENTS_PATH = '/__help-events';

/** Largest batch accepted, far above what a batcher sends. */
const MAX_BODY_BYTES = 1 << 20;

/**
 * What a host's collector does, in a few lines, for the demo: `POST
 * /__help-events?log=<name>` appends the NDJSON body (createEventBatcher's
 * batches) to `<dir>/<name>.ndjson`, ready for `help-panel report`. Dev and
 * preview servers only; the library knows nothing of it.
 */
export function demoEventLog(dir: string): Plugin {
  const handle: Connect.NextHandleFunction = (request: IncomingMessage, response: ServerResponse, next) => {
    const url = new URL(request.url ?? '/', 'http://demo');
    if (url.pathname !== DEMO_EVENTS_PATH) return next();
    if (request.method !== 'POST') {
      response.statusCode = 405;
      response.end();
      return;
    }
    const name = url.searchParams.get('log') ?? 'events';
    if (!/^[a-z0-9-]{1,64}$/i.test(name)) {
      response.statusCode = 400;
      response.end('log must be letters, digits and dashes');
      return;
    }
    void readBody(request, MAX_BODY_BYTES).then(
      async (body) => {
        if (body === undefined) {
          response.statusCode = 413;
          response.end();
          return;
        }
        const text = body === '' || body.endsWith('\n') ? body : `${body}\n`;
        await mkdir(dir, { recursive: true });
        await appendFile(join(dir, `${name}.ndjson`), text);
        response.statusCode = 204;
        response.end();
      },
    ).catch(() => {
      response.statusCode = 500;
      response.end();
    });
  };
  return {
    name: 'help-panel-demo:event-log',
    configureServer: (server) => void server.middlewares.use(handle),
    configurePreviewServer: (server) => void server.middlewares.use(handle),
  };
}
