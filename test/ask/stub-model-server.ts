// A local model server for tests: it speaks the chat-completions protocol as OpenAI-compatible
// servers do (vLLM, Ollama, llama.cpp, OpenAI itself): `data: {chunk}\n\n` events whose
// `choices[0].delta.content` carries the text, the role in the first delta, a last chunk with
// `finish_reason`, then `data: [DONE]`; errors as a status with `{ "error": { message, type, code } }`.
// Each test scripts what it sends, piece by piece, so chunk boundaries fall where the test says.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the stub received. */
export interface StubRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: unknown;
}

/** How a test answers one request. */
export type StubScript = (request: StubRequest, reply: StubReply) => void | Promise<void>;

export interface StubReply {
  /** Streams `pieces` as they are (strings or bytes), each written on its own after a short pause. */
  stream(pieces: readonly (string | Uint8Array)[], options?: { contentType?: string }): Promise<void>;
  /** Answers `status` with `body` (JSON when not a string). */
  error(status: number, body: unknown): void;
  /** Sends the headers and then nothing, never ending. */
  hang(afterHeaders?: boolean): void;
  /** Answers the whole completion as one JSON body, as a server that ignores `stream: true`. */
  json(body: unknown): void;
  /** The raw response, for anything else. */
  response: ServerResponse;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The SSE events of an answer, as a server streams them: the role, one chunk per piece of text, the finish, `[DONE]`. */
export function completionEvents(texts: readonly string[], options: { model?: string; lineEnd?: '\n' | '\r\n' } = {}): string {
  const end = options.lineEnd ?? '\n';
  const base = { id: 'chatcmpl-stub', object: 'chat.completion.chunk', created: 1_767_225_600, model: options.model ?? 'stub-model' };
  const event = (delta: Record<string, unknown>, finish: string | null) =>
    `data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }] })}${end}${end}`;
  return [event({ role: 'assistant', content: '' }, null), ...texts.map((content) => event({ content }, null)), event({}, 'stop'), `data: [DONE]${end}${end}`].join('');
}

/** Splits `text` into pieces of `size` bytes, so that lines and UTF-8 characters are cut anywhere. */
export function bytePieces(text: string, size: number): Uint8Array[] {
  const bytes = new TextEncoder().encode(text);
  const pieces: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) pieces.push(bytes.slice(i, i + size));
  return pieces;
}

/** Starts the stub on a free port of 127.0.0.1; `script` answers each request. */
export async function startStubModelServer(script: StubScript): Promise<{ url: string; requests: StubRequest[]; close(): Promise<void> }> {
  const requests: StubRequest[] = [];
  const open = new Set<ServerResponse>();
  const server = createServer((incoming, response) => {
    open.add(response);
    response.on('close', () => open.delete(response));
    const parts: Buffer[] = [];
    incoming.on('data', (part: Buffer) => parts.push(part));
    incoming.on('end', () => {
      const text = Buffer.concat(parts).toString('utf8');
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // Not JSON: kept as text, for the test to see.
      }
      const request: StubRequest = { method: incoming.method ?? '', url: incoming.url ?? '', headers: incoming.headers, body };
      requests.push(request);
      const reply: StubReply = {
        response,
        async stream(pieces, options = {}) {
          response.writeHead(200, { 'content-type': options.contentType ?? 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', connection: 'keep-alive' });
          response.flushHeaders();
          for (const piece of pieces) {
            if (response.destroyed) return;
            response.write(piece);
            // Apart in time, so the client reads them apart.
            await pause(4);
          }
          response.end();
        },
        error(status, payload) {
          response.writeHead(status, { 'content-type': typeof payload === 'string' ? 'text/plain' : 'application/json' });
          response.end(typeof payload === 'string' ? payload : JSON.stringify(payload));
        },
        hang(afterHeaders = false) {
          if (afterHeaders) {
            response.writeHead(200, { 'content-type': 'text/event-stream' });
            response.flushHeaders();
          }
        },
        json(payload) {
          response.writeHead(200, { 'content-type': 'application/json' });
          response.end(JSON.stringify(payload));
        },
      };
      Promise.resolve(script(request, reply)).catch((error: unknown) => {
        if (!response.headersSent) reply.error(500, { error: { message: String(error), type: 'stub_error', code: null } });
        else response.destroy();
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1/chat/completions`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of open) response.destroy();
        server.close(() => resolve());
        // Keep-alive sockets would hold the close for seconds.
        server.closeAllConnections();
      }),
  };
}
