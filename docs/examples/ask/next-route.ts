// app/api/help-answer/route.ts: a Next.js App Router route handler that forwards the panel's
// question to your model server and streams the answer back. The key stays here, on the server:
// the page sends only the chat messages and gets back only the event stream, or the server's
// error message with the key taken out. Web-standard Request and Response only, so it runs on the
// Node and edge runtimes alike. In the page:
//   createChatCompletionsAsk({ url: '/api/help-answer', model: 'chosen-by-the-server' })
//
// HELP_MODEL_URL  the chat-completions endpoint, e.g. http://localhost:11434/v1/chat/completions
// HELP_MODEL      the model name the server knows
// HELP_MODEL_KEY  the key, when the server wants one

export async function POST(request: Request): Promise<Response> {
  const { HELP_MODEL_URL: url = '', HELP_MODEL: model = '', HELP_MODEL_KEY: key = '' } = process.env;
  const body = (await request.json().catch(() => null)) as { messages?: unknown } | null;
  if (!Array.isArray(body?.messages) || JSON.stringify(body.messages).length > 50_000) {
    return Response.json({ error: { message: 'Send the chat messages as JSON: { "messages": [...] }.' } }, { status: 400 });
  }
  const upstream = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    // The model and the streaming are the server's choice, whatever the page sent.
    body: JSON.stringify({ model, messages: body.messages, stream: true }),
    signal: request.signal,
  }).catch(() => null);
  if (!upstream?.ok || !upstream.body) {
    // The server's own message, for the panel to show, with the key taken out should it echo it.
    const message = upstream ? (await upstream.text()).replaceAll(key || '\u0000', '[key]') : 'The model server cannot be reached.';
    return new Response(message, { status: upstream?.status ?? 502, headers: { 'content-type': upstream?.headers.get('content-type') ?? 'text/plain' } });
  }
  return new Response(upstream.body, { headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-store' } });
}
