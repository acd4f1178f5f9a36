import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Connect, Plugin } from 'vite';
import { readBody } from './read-body';
import { helpAnswer } from '../../docs/examples/ask/express-proxy';

/** Where the demo's panel sends questions (`createChatCompletionsAsk({ url })` in demo-app.tsx). */
export const DEMO_MODEL_PATH = '/__help-model/v1/chat/completions';

const MAX_BODY_BYTES = 1 << 20;
/** The stand-in types at about a reader's pace, so streaming and Stop can be seen. */
const PIECE_DELAY_MS = 35;

/** What the stand-in reads back out of the prompt `buildAskMessages` wrote: each passage's title, cause and checks. */
interface PromptPassage {
  key: string;
  title: string;
  cause?: string;
  checks: string[];
}

function passagesOf(prompt: string): PromptPassage[] {
  const passages: PromptPassage[] = [];
  for (const [, key, block] of prompt.matchAll(/<passage n="(\d+)">\n([\s\S]*?)\n<\/passage>/g)) {
    const lines = block!.split('\n');
    const title = lines.find((line) => line.startsWith('Title: '))?.slice(7).replace(/ \(in ".*"\)$/, '') ?? '';
    const cause = lines.find((line) => line.startsWith('Cause: '))?.slice(7);
    const from = lines.indexOf('Checks, in order:');
    const checks = from < 0 ? [] : lines.slice(from + 1).map((line) => line.replace(/^\d+\.\s*/, ''));
    passages.push({ key: key!, title, ...(cause ? { cause } : {}), checks });
  }
  return passages;
}

/**
 * The stand-in's answer: no model, no invention. It says what it is, names the first passage and
 * lists its checks in order, citing it; the second passage is pointed to. Everything in it comes
 * from the passages it was sent.
 */
export function standInAnswer(prompt: string): string {
  const [first, second] = passagesOf(prompt);
  if (!first) return 'The help articles I was given do not cover this question; please contact support.';
  const parts = [
    '_Demo stand-in: no model is running here, so this reply only repeats what the sources say._',
    '',
    `This sounds like **${first.title}** [${first.key}].${first.cause ? ` The article gives the cause: ${first.cause} [${first.key}]` : ''}`,
  ];
  if (first.checks.length > 0) {
    parts.push('', 'Work through these checks, in order:', '', ...first.checks.slice(0, 6).map((check, i) => `${i + 1}. ${check} [${first.key}]`));
  }
  if (second) parts.push('', `If that is not it, see **${second.title}** [${second.key}].`);
  return parts.join('\n');
}

/** Streams `text` as a chat-completions server does: the role, small pieces of content, the finish, `[DONE]`. */
async function streamAnswer(text: string, response: ServerResponse): Promise<void> {
  response.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store' });
  const base = { id: 'chatcmpl-demo', object: 'chat.completion.chunk', created: Math.floor(Date.now() / 1000), model: 'demo-stand-in' };
  const send = (delta: Record<string, unknown>, finish: string | null) =>
    response.write(`data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`);
  send({ role: 'assistant', content: '' }, null);
  for (const piece of text.match(/\S+\s*|\s+/g) ?? []) {
    if (response.destroyed) return;
    send({ content: piece }, null);
    await new Promise((resolve) => setTimeout(resolve, PIECE_DELAY_MS));
  }
  send({}, 'stop');
  response.end('data: [DONE]\n\n');
}

/**
 * A model for the demo, clearly a stand-in: `POST /__help-model/v1/chat/completions` answers
 * in the chat-completions protocol with a reply composed only from the passages in the prompt,
 * so `npm start` shows asking working with no model installed. With `HELP_MODEL_URL` (and
 * `HELP_MODEL`, `HELP_MODEL_KEY`) set, it forwards to that server instead, through the Express
 * example of docs/examples/ask/ (the key stays on the dev server). Dev and preview servers only.
 */
export function demoModel(): Plugin {
  const handle: Connect.NextHandleFunction = (request: IncomingMessage & { body?: unknown }, response: ServerResponse, next) => {
    if (new URL(request.url ?? '/', 'http://demo').pathname !== DEMO_MODEL_PATH) return next();
    if (request.method !== 'POST') {
      response.statusCode = 405;
      response.end();
      return;
    }
    void readBody(request, MAX_BODY_BYTES).then((text) => {
      let body: unknown = null;
      try {
        body = text === undefined ? null : JSON.parse(text);
      } catch {
        body = null;
      }
      const messages = (body as { messages?: unknown } | null)?.messages;
      if (!Array.isArray(messages)) {
        response.writeHead(400, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ error: { message: 'Send { model, messages } as chat-completions JSON.', type: 'invalid_request_error', code: null } }));
        return;
      }
      if (process.env.HELP_MODEL_URL) {
        request.body = body;
        void helpAnswer(request as IncomingMessage & { body?: { messages?: unknown } }, response);
        return;
      }
      const prompt = (messages as { content?: unknown }[]).map((message) => (typeof message?.content === 'string' ? message.content : '')).join('\n');
      void streamAnswer(standInAnswer(prompt), response);
    }, () => {
      response.statusCode = 500;
      response.end();
    });
  };
  return {
    name: 'help-panel-demo:model',
    configureServer(server) {
      server.middlewares.use(handle);
    },
    configurePreviewServer(server) {
      server.middlewares.use(handle);
    },
  };
}
