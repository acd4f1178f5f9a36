// An Express handler that forwards the panel's question to your model server and streams the
// answer back; the key stays here, on the server. Written against node:http's request and
// response, which is what Express hands a handler, so it needs nothing else:
//   app.post('/api/help-answer', express.json(), helpAnswer)
// In the page: createChatCompletionsAsk({ url: '/api/help-answer', model: 'chosen-by-the-server' })
//
// HELP_MODEL_URL, HELP_MODEL and HELP_MODEL_KEY as in next-route.ts.
import type { IncomingMessage, ServerResponse } from 'node:http';

export async function helpAnswer(request: IncomingMessage & { body?: { messages?: unknown } }, response: ServerResponse): Promise<void> {
  const { HELP_MODEL_URL: url = '', HELP_MODEL: model = '', HELP_MODEL_KEY: key = '' } = process.env;
  const messages = request.body?.messages;
  if (!Array.isArray(messages) || JSON.stringify(messages).length > 50_000) {
    response.writeHead(400, { 'content-type': 'application/json' }).end('{"error":{"message":"Send the chat messages as JSON: { \\"messages\\": [...] }."}}');
    return;
  }
  const stop = new AbortController();
  response.on('close', () => stop.abort());
  const upstream = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    // The model and the streaming are the server's choice, whatever the page sent.
    body: JSON.stringify({ model, messages, stream: true }),
    signal: stop.signal,
  }).catch(() => null);
  const type = upstream?.headers.get('content-type') ?? 'text/plain';
  response.writeHead(upstream?.status ?? 502, { 'content-type': type, 'cache-control': 'no-store' });
  try {
    if (!upstream?.ok || !upstream.body) {
      // The server's own message, for the panel to show, with the key taken out should it echo it.
      response.end(upstream ? (await upstream.text()).replaceAll(key || '\u0000', '[key]') : 'The model server cannot be reached.');
      return;
    }
    const reader = upstream.body.getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) response.write(read.value);
  } catch {
    // Stop in the panel closed the response, which aborted the model's stream: nothing more to send.
  }
  response.end();
}
