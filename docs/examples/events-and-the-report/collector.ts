// The collector behind `send: '/api/help-events'`: append each request's body to a log, as it is.
// That file is what `help-panel report content/help --events help-events.ndjson` reads.
import { appendFile } from 'node:fs/promises';
import { createServer } from 'node:http';

export function collectHelpEvents(logFile: string) {
  return createServer(async (request, response) => {
    if (request.method !== 'POST') return response.writeHead(405).end();
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8'); // NDJSON: one envelope a line
    if (body.length > 1_000_000) return response.writeHead(413).end();
    await appendFile(logFile, body.endsWith('\n') ? body : `${body}\n`);
    response.writeHead(204).end();
  });
}
