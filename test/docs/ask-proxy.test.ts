// The proxy examples of docs/examples/ask/, run for real: the page's client on one side, a stub
// model server that wants a key on the other, and the example in between. What reaches the page
// (status, headers, body) must never hold the key.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { helpAnswer } from '../../docs/examples/ask/express-proxy';
import { POST } from '../../docs/examples/ask/next-route';
import { AskError, createChatCompletionsAsk } from '../../src/ask/chat-completions';
import type { AskRequest } from '../../src/engine/ask-request';
import { completionEvents, startStubModelServer } from '../ask/stub-model-server';

const KEY = 'sk-test-5f1d0c9a-do-not-leak';
const request: AskRequest = {
  question: 'why do replies not arrive?',
  locale: 'en',
  passages: [{ key: '1', id: 'replies#missing', articleId: 'replies', title: 'Replies missing', articleTitle: 'Replies', checks: [], excerpt: 'Check DKIM.', score: 1 }],
};

let model: Awaited<ReturnType<typeof startStubModelServer>>;
const saved = { ...process.env };
beforeAll(async () => {
  // Like a hosted model: a wrong key is refused with a message that quotes it.
  model = await startStubModelServer((incoming, reply) => {
    const auth = String(incoming.headers.authorization ?? '');
    if (auth !== `Bearer ${KEY}`) return reply.error(401, { error: { message: `Incorrect API key provided: ${auth.replace('Bearer ', '')}`, type: 'invalid_request_error', code: 'invalid_api_key' } });
    return reply.stream([completionEvents(['Check ', 'DKIM [1].'])]);
  });
});
afterAll(async () => {
  await model.close();
  process.env = saved;
});
beforeEach(() => {
  process.env.HELP_MODEL_URL = model.url;
  process.env.HELP_MODEL = 'server-side-model';
  process.env.HELP_MODEL_KEY = KEY;
  model.requests.length = 0;
});

/** What the page saw of each response, all of it as text. */
function pageFetch(through: typeof fetch) {
  const seen: string[] = [];
  const wrapped: typeof fetch = async (input, init) => {
    const response = await through(input, init);
    const text = await response.text();
    seen.push(`${response.status}\n${[...response.headers].map(([name, value]) => `${name}: ${value}`).join('\n')}\n\n${text}`);
    return new Response(text, { status: response.status, headers: response.headers });
  };
  return { fetch: wrapped, seen };
}

async function answer(ask: ReturnType<typeof createChatCompletionsAsk>): Promise<string> {
  let text = '';
  for await (const piece of ask(request, new AbortController().signal) as AsyncIterable<string>) text += piece;
  return text;
}

/** A node:http server that parses JSON bodies as express.json() does, then hands over to the example. */
async function expressLike(): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((incoming: IncomingMessage & { body?: unknown }, response: ServerResponse) => {
    const parts: Buffer[] = [];
    incoming.on('data', (part: Buffer) => parts.push(part));
    incoming.on('end', () => {
      try {
        incoming.body = JSON.parse(Buffer.concat(parts).toString('utf8'));
      } catch {
        incoming.body = {};
      }
      void helpAnswer(incoming as IncomingMessage & { body?: { messages?: unknown } }, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/help-answer`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

const proxies: [string, () => Promise<{ url: string; fetch: typeof fetch; close(): Promise<void> }>][] = [
  ['the Next.js route handler', async () => ({ url: 'http://app.test/api/help-answer', fetch: (input, init) => POST(new Request(input, init)), close: async () => undefined })],
  ['the Express handler', async () => ({ ...(await expressLike()), fetch: globalThis.fetch })],
];

for (const [name, start] of proxies) {
  describe(`given ${name} between the page and a model server`, () => {
    it('streams the answer to the page, adding the key and the server\'s own model on the way', async () => {
      const proxy = await start();
      const page = pageFetch(proxy.fetch);
      const ask = createChatCompletionsAsk({ url: proxy.url, model: 'whatever-the-page-says', fetch: page.fetch });
      expect(await answer(ask)).toBe('Check DKIM [1].');
      expect(model.requests[0]?.headers.authorization).toBe(`Bearer ${KEY}`);
      expect(model.requests[0]?.body).toMatchObject({ model: 'server-side-model', stream: true });
      expect(page.seen.join('\n')).not.toContain(KEY);
      await proxy.close();
    });

    it('passes the server\'s refusal on with its message, the key taken out', async () => {
      process.env.HELP_MODEL_KEY = 'sk-wrong-8c2e-do-not-leak';
      const proxy = await start();
      const page = pageFetch(proxy.fetch);
      const ask = createChatCompletionsAsk({ url: proxy.url, model: 'm', fetch: page.fetch });
      const failure = await answer(ask).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(AskError);
      expect(failure).toMatchObject({ status: 401, message: 'The model server answered 401: Incorrect API key provided: [key].' });
      expect(page.seen.join('\n')).not.toContain('sk-wrong-8c2e-do-not-leak');
      await proxy.close();
    });

    it('refuses a body without messages, and says when the model server cannot be reached', async () => {
      const proxy = await start();
      const bad = await proxy.fetch(proxy.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"prompt":"hi"}' });
      expect(bad.status).toBe(400);
      expect(await bad.text()).toContain('Send the chat messages as JSON');
      process.env.HELP_MODEL_URL = 'http://127.0.0.1:9/v1/chat/completions';
      const ask = createChatCompletionsAsk({ url: proxy.url, model: 'm', fetch: proxy.fetch });
      await expect(answer(ask)).rejects.toMatchObject({ status: 502, message: 'The model server answered 502: The model server cannot be reached.' });
      await proxy.close();
    });
  });
}

describe('given the Express handler and a reader who presses Stop mid-answer', () => {
  it('ends that response and keeps serving: the aborted model stream is no crash', async () => {
    const slow = await startStubModelServer((_, reply) => reply.stream([completionEvents(['one '])!.split('data: {"id"').slice(0, 3).join('data: {"id"'), ...Array.from({ length: 100 }, () => ': keep-alive\n\n')]));
    process.env.HELP_MODEL_URL = slow.url;
    const proxy = await expressLike();
    try {
      const stop = new AbortController();
      const ask = createChatCompletionsAsk({ url: proxy.url, model: 'm' });
      const pieces: string[] = [];
      const stopped = (async () => {
        for await (const piece of ask(request, stop.signal) as AsyncIterable<string>) {
          pieces.push(piece);
          stop.abort();
        }
      })().catch((error: unknown) => error);
      await stopped;
      expect(pieces).toEqual(['one ']);
      await new Promise((resolve) => setTimeout(resolve, 300));
      // The same server answers the next question.
      process.env.HELP_MODEL_URL = model.url;
      expect(await answer(createChatCompletionsAsk({ url: proxy.url, model: 'm' }))).toBe('Check DKIM [1].');
    } finally {
      await proxy.close();
      await slow.close();
    }
  });
});
