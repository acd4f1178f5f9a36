import { afterEach, describe, expect, it, vi } from 'vitest';
import { AskError, createChatCompletionsAsk, errorMessageOf } from '../../src/ask/chat-completions';
import { MAX_SSE_LINE } from '../../src/ask/sse-parser';
import type { AskRequest } from '../../src/engine/ask-request';
import { bytePieces, completionEvents, startStubModelServer, type StubScript } from './stub-model-server';

const request: AskRequest = {
  question: 'why do replies not arrive?',
  locale: 'en',
  passages: [
    {
      key: '1',
      id: 'not-getting-replies#customers-send-replies',
      articleId: 'not-getting-replies',
      title: 'Customers send replies but nothing shows up',
      articleTitle: 'Not getting replies',
      checks: [{ id: 'dkim', text: 'Check that DKIM, SPF and MX are green.' }],
      excerpt: 'Inbound mail problems are usually configuration drift.',
      score: 0.8,
    },
  ],
};

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function serve(script: StubScript) {
  const server = await startStubModelServer(script);
  close = server.close;
  return server;
}

/** Reads an ask function's answer to the end, piece by piece. */
async function collect(answer: ReturnType<ReturnType<typeof createChatCompletionsAsk>>): Promise<string[]> {
  const pieces: string[] = [];
  for await (const piece of answer as AsyncIterable<string>) pieces.push(piece);
  return pieces;
}

/** A fetch that counts the chunks the body arrives in, to show the stub's pieces reach the parser apart. */
function countingFetch() {
  const seen = { chunks: 0 };
  const wrapped: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    if (!response.body) return response;
    const counter = new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen.chunks++;
        controller.enqueue(chunk);
      },
    });
    return new Response(response.body.pipeThrough(counter), { status: response.status, headers: response.headers });
  };
  return { fetch: wrapped, seen };
}

/** One `data:` event carrying `content`, as a chunk of a streamed completion. */
const delta = (content: string) => `data: ${JSON.stringify({ choices: [{ index: 0, delta: { content } }] })}\n\n`;

/**
 * A `fetch` that answers in memory, with a body the test writes piece by piece (`push`, `end`): no
 * network, and no timing. `honoursSignal: false` is a fetch (a polyfill, a proxy's wrapper) that
 * ignores its signal, so only the client itself can end the read.
 */
function scriptedFetch(options: { honoursSignal?: boolean } = {}) {
  const encoder = new TextEncoder();
  let source!: ReadableStreamDefaultController<Uint8Array>;
  const seen = { init: undefined as RequestInit | undefined, cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      source = controller;
    },
    cancel() {
      seen.cancelled = true;
    },
  });
  const scripted: typeof fetch = async (_input, init) => {
    seen.init = init;
    const signal = init?.signal;
    if (options.honoursSignal !== false) signal?.addEventListener('abort', () => source.error(signal.reason), { once: true });
    return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } });
  };
  // Writing to a body the client has already stopped is a no-op, so that the test fails on what the client did.
  const write = (action: () => void) => {
    try {
      action();
    } catch {
      // The body was errored or cancelled.
    }
  };
  return { fetch: scripted, seen, push: (text: string) => write(() => source.enqueue(encoder.encode(text))), end: () => write(() => source.close()) };
}

describe('given a model server that streams chat completions', () => {
  it('posts the model, the grounded messages and stream: true, and yields the text as it comes', async () => {
    const server = await serve((_, reply) => reply.stream([completionEvents(['Check ', 'DKIM [1].'])]));
    const ask = createChatCompletionsAsk({ url: server.url, model: 'llama3.1', headers: { 'x-team': 'help' } });
    expect(await collect(ask(request, new AbortController().signal))).toEqual(['Check ', 'DKIM [1].']);
    const [sent] = server.requests;
    expect(sent?.method).toBe('POST');
    expect(sent?.headers['x-team']).toBe('help');
    expect(sent?.headers['content-type']).toBe('application/json');
    expect(sent?.body).toMatchObject({ model: 'llama3.1', stream: true, messages: [{ role: 'system' }, { role: 'user' }] });
    expect(JSON.stringify(sent?.body)).toContain('Check that DKIM, SPF and MX are green.');
  });

  it('reads events cut mid-line and mid-character, a few bytes at a time', async () => {
    const text = ['Überprüfen Sie ', 'die DNS-Einträge ', '— 日本語も ', 'emoji 🚀 [1]'];
    const server = await serve((_, reply) => reply.stream(bytePieces(completionEvents(text), 7)));
    const { fetch, seen } = countingFetch();
    const ask = createChatCompletionsAsk({ url: server.url, model: 'm', fetch });
    expect((await collect(ask(request, new AbortController().signal))).join('')).toBe(text.join(''));
    expect(seen.chunks).toBeGreaterThan(10);
  });

  it('reads several events sent in one piece, \\r\\n line ends and keep-alive comments', async () => {
    const events = completionEvents(['a', 'b', 'c'], { lineEnd: '\r\n' });
    const server = await serve((_, reply) => reply.stream([': keep-alive\r\n\r\n', events]));
    const ask = createChatCompletionsAsk({ url: server.url, model: 'm' });
    expect(await collect(ask(request, new AbortController().signal))).toEqual(['a', 'b', 'c']);
  });

  it('stops at [DONE] and reads nothing after it', async () => {
    const server = await serve((_, reply) => reply.stream([completionEvents(['done.']), 'data: {"choices":[{"delta":{"content":"late"}}]}\n\n']));
    const ask = createChatCompletionsAsk({ url: server.url, model: 'm' });
    expect(await collect(ask(request, new AbortController().signal))).toEqual(['done.']);
  });

  it('reads a whole completion from a server that ignores stream: true', async () => {
    const server = await serve((_, reply) => reply.json({ choices: [{ index: 0, message: { role: 'assistant', content: 'All at once [1].' }, finish_reason: 'stop' }] }));
    const ask = createChatCompletionsAsk({ url: server.url, model: 'm' });
    expect(await collect(ask(request, new AbortController().signal))).toEqual(['All at once [1].']);
  });
});

describe('given a reader that is slow to ask for the next piece', () => {
  it('measures the server\'s silence, not the reader\'s: a slow pull is not a timeout', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const server = scriptedFetch();
      const ask = createChatCompletionsAsk({ url: 'http://model.test/v1/chat/completions', model: 'm', fetch: server.fetch, timeoutMs: 50 });
      const answer = (ask(request, new AbortController().signal) as AsyncIterable<string>)[Symbol.asyncIterator]();
      server.push(delta('one '));
      expect(await answer.next()).toEqual({ done: false, value: 'one ' });
      // The reader takes far longer than timeoutMs before it asks for more.
      vi.advanceTimersByTime(500);
      server.push(`${delta('two')}data: [DONE]\n\n`);
      server.end();
      expect(await answer.next()).toEqual({ done: false, value: 'two' });
      expect(await answer.next()).toEqual({ done: true, value: undefined });
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('given a model server that fails', () => {
  it('rejects a 200 whose JSON body carries an error with the server\'s message', async () => {
    for (const [body, message] of [
      [{ error: { message: 'model "llama9" not found', type: 'invalid_request_error' } }, 'model "llama9" not found'],
      [{ error: 'model "x" not found, try pulling it first' }, 'model "x" not found, try pulling it first'],
    ] as const) {
      const server = await serve((_, reply) => reply.json(body));
      const ask = createChatCompletionsAsk({ url: server.url, model: 'm' });
      const failure = await collect(ask(request, new AbortController().signal)).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(AskError);
      expect(failure).toMatchObject({ kind: 'status', message: `The model server failed while answering: ${message}.` });
      await close?.();
      close = undefined;
    }
  });

  it('rejects an `error:` line (llama.cpp) or an `event: error` sent inside the stream with the server\'s message', async () => {
    for (const [failure, message] of [
      ['error: {"code":400,"message":"the request exceeds the available context size, try increasing it","type":"exceed_context_size_error"}\n\n', 'the request exceeds the available context size, try increasing it'],
      ['event: error\ndata: {"message":"Overloaded","type":"overloaded_error"}\n\n', 'Overloaded'],
      ['event: error\ndata: upstream timed out\n\n', 'upstream timed out'],
      ['data: {"error":{"message":"slot unavailable","code":503}}\n\n', 'slot unavailable'],
    ] as const) {
      const server = await serve((_, reply) => reply.stream([delta('Half '), failure, 'data: [DONE]\n\n']));
      const ask = createChatCompletionsAsk({ url: server.url, model: 'm' });
      await expect(collect(ask(request, new AbortController().signal)), failure).rejects.toMatchObject({
        name: 'AskError',
        kind: 'status',
        message: `The model server failed while answering: ${message}.`,
      });
      await close?.();
      close = undefined;
    }
  });

  it('rejects a line longer than the parser holds with an AskError that says so', async () => {
    const server = scriptedFetch();
    const ask = createChatCompletionsAsk({ url: 'http://model.test/v1/chat/completions', model: 'm', fetch: server.fetch });
    server.push(`data: ${'x'.repeat(MAX_SSE_LINE + 10)}`);
    const failure = await collect(ask(request, new AbortController().signal)).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AskError);
    expect(failure).toMatchObject({ kind: 'protocol', message: expect.stringContaining(`a line longer than ${MAX_SSE_LINE} characters`) });
    expect(server.seen.cancelled).toBe(true);
  });

  it('rejects a 500 with the message of its JSON error body', async () => {
    const server = await serve((_, reply) => reply.error(500, { error: { message: 'CUDA out of memory', type: 'server_error', code: 'oom' } }));
    const ask = createChatCompletionsAsk({ url: server.url, model: 'm' });
    const failure = await collect(ask(request, new AbortController().signal)).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AskError);
    expect(failure).toMatchObject({ kind: 'status', status: 500, message: 'The model server answered 500: CUDA out of memory.' });
  });

  it('reads the error shapes other servers send', () => {
    expect(errorMessageOf('{"error":"model \\"x\\" not found, try pulling it first"}')).toBe('model "x" not found, try pulling it first');
    expect(errorMessageOf('{"object":"error","message":"maximum context length is 2048 tokens","type":"BadRequestError","code":400}')).toBe('maximum context length is 2048 tokens');
    expect(errorMessageOf('{"detail":"Not Found"}')).toBe('Not Found');
    expect(errorMessageOf('<html>Bad Gateway</html>')).toBe('<html>Bad Gateway</html>');
    expect(errorMessageOf('x'.repeat(1000)).length).toBeLessThanOrEqual(300);
  });

  it('rejects an error sent inside the stream', async () => {
    const server = await serve((_, reply) => reply.stream([completionEvents(['Half ']).split('data: {"id"')[0]!, 'data: {"error":{"message":"upstream went away","type":"server_error"}}\n\n']));
    const ask = createChatCompletionsAsk({ url: server.url, model: 'm' });
    await expect(collect(ask(request, new AbortController().signal))).rejects.toThrow(/upstream went away/);
  });

  it('rejects as timed out when the server hangs before answering, or in the middle of the stream', async () => {
    for (const afterHeaders of [false, true]) {
      const server = await serve((_, reply) => reply.hang(afterHeaders));
      const ask = createChatCompletionsAsk({ url: server.url, model: 'm', timeoutMs: 50 });
      const failure = await collect(ask(request, new AbortController().signal)).catch((error: unknown) => error);
      expect(failure).toMatchObject({ name: 'AskError', kind: 'timeout' });
      expect(String((failure as Error).message)).toContain('sent nothing for 50 ms');
      await close?.();
      close = undefined;
    }
  });

  it('rejects a body that is not an event stream of chat completions', async () => {
    const server = await serve((_, reply) => reply.stream(['data: <html>\n\n']));
    const ask = createChatCompletionsAsk({ url: server.url, model: 'm' });
    await expect(collect(ask(request, new AbortController().signal))).rejects.toMatchObject({ kind: 'protocol' });
  });

  it('rejects a 200 that carries no chat-completion events (a page, plain text, an empty stream) instead of answering nothing', async () => {
    for (const [pieces, contentType] of [
      [['<!doctype html><title>App</title>'], 'text/html'],
      [['Hello from the wrong route'], 'text/plain'],
      [[': keep-alive\n\n'], 'text/event-stream'],
    ] as const) {
      const server = await serve((_, reply) => reply.stream(pieces, { contentType }));
      const ask = createChatCompletionsAsk({ url: server.url, model: 'm' });
      await expect(collect(ask(request, new AbortController().signal)), contentType).rejects.toMatchObject({ kind: 'protocol', message: expect.stringContaining('chat-completions endpoint') });
      await close?.();
      close = undefined;
    }
  });

  it('passes over an empty event as a keep-alive', async () => {
    const events = completionEvents(['Check ', 'DKIM.']);
    const server = await serve((_, reply) => reply.stream(['data:\n\n', events]));
    const ask = createChatCompletionsAsk({ url: server.url, model: 'm' });
    expect((await collect(ask(request, new AbortController().signal))).join('')).toBe('Check DKIM.');
  });

  it('rejects as a network failure when nothing listens', async () => {
    const server = await serve((_, reply) => reply.error(500, 'x'));
    const url = server.url;
    await server.close();
    close = undefined;
    const ask = createChatCompletionsAsk({ url, model: 'm' });
    await expect(collect(ask(request, new AbortController().signal))).rejects.toMatchObject({ kind: 'network' });
  });
});

describe('given a user who stops the answer', () => {
  it('stops reading mid-stream when the signal aborts, and the server sees the request closed', async () => {
    let closed: Promise<void> = Promise.resolve();
    const server = await serve((_, reply) => {
      closed = new Promise((resolve) => reply.response.on('close', () => resolve()));
      return reply.stream([completionEvents(['one '])!.split('data: {"id"').slice(0, 3).join('data: {"id"'), ...Array.from({ length: 200 }, () => ': keep-alive\n\n')]);
    });
    const ask = createChatCompletionsAsk({ url: server.url, model: 'm' });
    const controller = new AbortController();
    const pieces: string[] = [];
    const failure = await (async () => {
      for await (const piece of ask(request, controller.signal) as AsyncIterable<string>) {
        pieces.push(piece);
        controller.abort(new DOMException('Stopped', 'AbortError'));
      }
    })().catch((error: unknown) => error);
    expect(pieces).toEqual(['one ']);
    expect(failure).toMatchObject({ name: 'AbortError' });
    await closed;
  });

  it('ends with the abort when the signal aborts between pieces, without reading on, even through a fetch that ignores its signal', async () => {
    const server = scriptedFetch({ honoursSignal: false });
    const ask = createChatCompletionsAsk({ url: 'http://model.test/v1/chat/completions', model: 'm', fetch: server.fetch });
    const controller = new AbortController();
    const answer = (ask(request, controller.signal) as AsyncIterable<string>)[Symbol.asyncIterator]();
    // Three pieces in one chunk: the last two wait in the client while the reader is suspended.
    server.push(`${delta('a')}${delta('b')}${delta('c')}`);
    expect(await answer.next()).toEqual({ done: false, value: 'a' });
    controller.abort(new DOMException('Stopped', 'AbortError'));
    await expect(answer.next()).rejects.toMatchObject({ name: 'AbortError' });
    expect(server.seen.cancelled).toBe(true);
  });

  it('ends a read that is waiting on the server when the signal aborts, even through a fetch that ignores its signal', async () => {
    const server = scriptedFetch({ honoursSignal: false });
    const ask = createChatCompletionsAsk({ url: 'http://model.test/v1/chat/completions', model: 'm', fetch: server.fetch });
    const controller = new AbortController();
    const answer = (ask(request, controller.signal) as AsyncIterable<string>)[Symbol.asyncIterator]();
    server.push(delta('a'));
    expect(await answer.next()).toEqual({ done: false, value: 'a' });
    // The server sends nothing more; the client waits on its next read when the user stops.
    const next = answer.next();
    controller.abort(new DOMException('Stopped', 'AbortError'));
    await expect(next).rejects.toMatchObject({ name: 'AbortError' });
    expect(server.seen.cancelled).toBe(true);
  });

  it('never sends a request when the signal has already aborted', async () => {
    const server = await serve((_, reply) => reply.stream([completionEvents(['x'])]));
    const ask = createChatCompletionsAsk({ url: server.url, model: 'm' });
    const controller = new AbortController();
    controller.abort();
    await expect(collect(ask(request, controller.signal))).rejects.toMatchObject({ name: 'AbortError' });
    expect(server.requests).toEqual([]);
  });
});

describe('given headers from the caller', () => {
  it('lets a caller header replace the default of the same name, whatever its case, instead of doubling it', async () => {
    const server = scriptedFetch();
    const ask = createChatCompletionsAsk({
      url: 'http://model.test/v1/chat/completions',
      model: 'm',
      fetch: server.fetch,
      headers: { 'Content-Type': 'application/json; charset=utf-8', ACCEPT: 'text/event-stream; q=1', Authorization: 'Bearer local' },
    });
    server.push(`${delta('ok')}data: [DONE]\n\n`);
    server.end();
    expect(await collect(ask(request, new AbortController().signal))).toEqual(['ok']);
    const sent = new Headers(server.seen.init?.headers);
    expect(sent.get('content-type')).toBe('application/json; charset=utf-8');
    expect(sent.get('accept')).toBe('text/event-stream; q=1');
    expect(sent.get('authorization')).toBe('Bearer local');
    expect(Object.keys(server.seen.init?.headers ?? {}).map((name) => name.toLowerCase()).sort()).toEqual(['accept', 'authorization', 'content-type']);
  });
});

describe('given options that cannot work', () => {
  it('says which option is missing and what it should be', () => {
    const make = createChatCompletionsAsk as (options: unknown) => unknown;
    expect(() => make(undefined)).toThrow(/needs options: \{ url, model \}/);
    expect(() => make({ model: 'm' })).toThrow(/needs `url`/);
    expect(() => make({ url: '/api/ask', model: '' })).toThrow(/needs `model`/);
  });
});
