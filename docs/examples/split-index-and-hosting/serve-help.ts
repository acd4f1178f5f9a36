// A static host for the folder, with the caching the split index is made for: every file is named
// by its content hash and may be cached forever, except manifest.json, which names the others.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { basename, join, normalize } from 'node:path';

export function serveHelp(folder: string) {
  return createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname));
    const name = path.replace(/^[/\\]+/, '') || 'manifest.json';
    const body = name.startsWith('..') ? null : await readFile(join(folder, name)).catch(() => null);
    if (!body) return response.writeHead(404).end();
    response.writeHead(200, {
      'content-type': 'application/json',
      'cache-control': basename(name) === 'manifest.json' ? 'no-cache' : 'public, max-age=31536000, immutable',
      'access-control-allow-origin': '*', // only when the app is on another origin
    });
    response.end(body);
  });
}
