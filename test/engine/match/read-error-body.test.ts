import { describe, expect, it } from 'vitest';
import { isUnreadResponse, readErrorBody } from '../../../src/engine/match/read-error-body';
import { normalizeError } from '../../../src/engine/match/normalize-error';

const json = (body: unknown, status = 400, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  new Response(JSON.stringify(body), { status, headers });

describe('given a fetch Response whose JSON body says what went wrong', () => {
  it.each([
    ['message', { message: 'Email not confirmed' }, { message: 'Email not confirmed' }],
    ['error', { error: 'Email not confirmed' }, { message: 'Email not confirmed' }],
    ['msg and error_code', { code: 400, error_code: 'email_not_confirmed', msg: 'Email not confirmed' }, { code: 'email_not_confirmed', message: 'Email not confirmed' }],
    ['code and message', { code: 'email_not_confirmed', message: 'Email not confirmed' }, { code: 'email_not_confirmed', message: 'Email not confirmed' }],
    ['a nested error', { error: { code: 'email_not_confirmed', message: 'Email not confirmed' } }, { code: 'email_not_confirmed', message: 'Email not confirmed' }],
    ['error and error_description', { error: 'invalid_grant', error_description: 'Refresh token revoked' }, { code: 'invalid_grant', message: 'Refresh token revoked' }],
  ])('reads its %s, with the status the server sent', async (_label, body, facts) => {
    expect(await readErrorBody(json(body, 400))).toEqual({ status: 400, ...facts });
  });

  it('keeps the URL of the request', async () => {
    const response = json({ message: 'Bucket "logos" not found' }, 404);
    Object.defineProperty(response, 'url', { value: 'https://api.example.test/storage/v1/object/logos' });
    expect(await readErrorBody(response)).toEqual({ status: 404, message: 'Bucket "logos" not found', url: 'https://api.example.test/storage/v1/object/logos' });
  });

  it('leaves the body for the app to read: it reads a clone', async () => {
    const response = json({ message: 'Email not confirmed' });
    await readErrorBody(response);
    expect(response.bodyUsed).toBe(false);
    expect(await response.json()).toEqual({ message: 'Email not confirmed' });
  });

  it('reads a list of errors as its first', async () => {
    expect(await readErrorBody(json([{ message: 'Email not confirmed' }, { message: 'second' }], 422))).toMatchObject({ status: 422, message: 'Email not confirmed' });
  });

  it('takes a short plain-text body as the message', async () => {
    expect(await readErrorBody(new Response('Invalid API key', { status: 401, headers: { 'content-type': 'text/plain' } }))).toEqual({ status: 401, message: 'Invalid API key' });
  });
});

describe('given a Response that says nothing more than its status', () => {
  it('answers from the status and status text for an HTML error page', async () => {
    const response = new Response('<html><body>Bad gateway</body></html>', { status: 502, statusText: 'Bad Gateway', headers: { 'content-type': 'text/html' } });
    expect(await readErrorBody(response)).toEqual({ status: 502, message: 'Bad Gateway' });
  });

  it('answers from the status for a body that is not JSON, is empty, or was already read', async () => {
    expect(await readErrorBody(new Response('{ not json', { status: 500 }))).toEqual({ status: 500 });
    expect(await readErrorBody(new Response(null, { status: 503 }))).toEqual({ status: 503 });
    const read = json({ message: 'Email not confirmed' });
    await read.text();
    expect(isUnreadResponse(read)).toBe(false);
    expect(await readErrorBody(read)).toEqual({ status: 400 });
  });

  it('stops waiting for a body that never ends', async () => {
    const endless = new ReadableStream<Uint8Array>({ pull: () => new Promise(() => {}) });
    expect(await readErrorBody(new Response(endless, { status: 504 }), { timeoutMs: 20 })).toEqual({ status: 504 });
  });

  it('answers from the status when the body fails half way', async () => {
    const failing = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"mess'));
        controller.error(new Error('connection reset'));
      },
    });
    expect(await readErrorBody(new Response(failing, { status: 500 }))).toEqual({ status: 500 });
  });

  it('reads no more than maxBytes of a huge body', async () => {
    const huge = `{"message":"${'x'.repeat(200_000)}"}`;
    // Cut short, the JSON no longer parses: the status is all there is.
    expect(await readErrorBody(new Response(huge, { status: 413 }), { maxBytes: 1024 })).toEqual({ status: 413 });
  });
});

describe('given something that is not a Response', () => {
  it('gives what normalizeError makes of it, without its causes', async () => {
    expect(await readErrorBody({ status: 401, code: 'bad_jwt', message: 'invalid JWT' })).toEqual({ status: 401, code: 'bad_jwt', message: 'invalid JWT' });
    expect(await readErrorBody('Email not confirmed')).toEqual({ message: 'Email not confirmed' });
    expect(await readErrorBody(null)).toBeNull();
  });

  it('gives for a Response the facts the engine matches the same way as the error it describes', async () => {
    const facts = await readErrorBody(json({ code: 'bad_jwt', message: 'invalid JWT' }, 401));
    expect(normalizeError(facts)).toEqual(normalizeError({ status: 401, code: 'bad_jwt', message: 'invalid JWT' }));
  });

  it('never rejects, whatever the object does', async () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('no'); }, getPrototypeOf: () => { throw new Error('no'); } });
    await expect(readErrorBody(hostile)).resolves.toBeNull();
    const lying = { status: 400, ok: false, bodyUsed: false, body: {}, clone: () => { throw new Error('cannot clone'); }, headers: new Headers() };
    await expect(readErrorBody(lying)).resolves.toEqual({ status: 400 });
  });
});
