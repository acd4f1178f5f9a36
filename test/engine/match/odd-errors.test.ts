import { describe, expect, it } from 'vitest';
import { compileSources } from '../../../src/compiler/index';
import { createHelpEngine, normalizeError, readErrorBody } from '../../../src/engine/index';
import { globTest } from '../../../src/engine/match/error-matcher';

// Errors as real apps and clients hand them over, beyond the shapes the README lists: what each must open.

function engineOf(articles: Record<string, string>) {
  const result = compileSources(Object.entries(articles).map(([id, front]) => ({ path: `${id}.md`, text: `---\ntitle: ${id}\n${front}\n---\n\nText about ${id}.\n` })));
  expect(result.diagnostics.filter((diagnostic) => diagnostic.level === 'error')).toEqual([]);
  return createHelpEngine(result.index);
}
const tables = (...entries: Record<string, string | number>[]) =>
  `errors:\n${entries.map((entry) => `  - { ${Object.entries(entry).map(([key, value]) => `${key}: ${JSON.stringify(value)}`).join(', ')} }`).join('\n')}`;

const engine = engineOf({
  'email-not-confirmed': tables({ status: 400, code: 'email_not_confirmed', message: 'Email not confirmed' }),
  'bucket-missing': tables({ message: 'Bucket "avatars" not found' }),
  'jwt-expired': tables({ message: 'invalid JWT: unable to parse or verify signature, token is expired by 5m0s' }),
  'writes-paused': tables({ message: 'Writes are paused until 10:00 for maintenance' }),
  'too-large': tables({ message: 'The object exceeded the maximum allowed size of 52428800 bytes' }),
  'card-declined': tables({ code: 'card_declined', message: 'Your card was declined.' }, { code: 'insufficient_funds', message: 'Your card has insufficient funds.' }),
  unavailable: 'errors: [UNAVAILABLE, "code:14", "code:20"]',
  'server-errors': 'errors: [5xx]',
  'upload-stops': 'errors: ["message:*could not*upload*to*bucket*in*region*", "message:x*x*x*x*x*x*x*x*x*x*y"]',
});
const first = (error: unknown) => engine.match({ error })[0]?.article.id;

describe('a glob in an error pattern', () => {
  it('matches as a * glob does, anchored for codes and anywhere for messages', () => {
    expect(globTest('STRIPE_*')('STRIPE_NOT_CONNECTED')).toBe(true);
    expect(globTest('STRIPE_*')('XSTRIPE_A')).toBe(false);
    expect(globTest('*_FAILED')('PAYMENT_FAILED')).toBe(true);
    expect(globTest('A*B*A')('ABA')).toBe(true);
    expect(globTest('AB*BA')('ABA')).toBe(false);
    expect(globTest('a*b', { anchored: false, ignoreCase: true })('xx A yy B zz')).toBe(true);
    expect(globTest('a*b*c', { anchored: false })('c b a')).toBe(false);
  });

  it('answers a long message against many stars without backtracking (a regular expression would not return)', () => {
    const byPattern = (error: string) => engine.match({ error }).filter((match) => match.related === undefined);
    expect(byPattern('could not upload to bucket in '.repeat(33)).map((m) => [m.article.id, m.reasons])).toEqual([]);
    expect(byPattern('x'.repeat(5000)).map((m) => [m.article.id, m.reasons])).toEqual([]);
    expect(first('We could not finish the upload to the bucket in region eu-west-1')).toBe('upload-stops');
  });
});

describe('errors from real clients', () => {
  it('reads a GraphQL error answered with 200 on its body, as the same body passed as an object', async () => {
    const body = { errors: [{ message: 'Email not confirmed', extensions: { code: 'email_not_confirmed' } }] };
    const facts = await readErrorBody(new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } }));
    expect(facts?.status).toBeUndefined();
    expect(engine.match({ error: facts })[0]?.reasons[0]?.kind).toBe('error-code');
    expect(first(facts)).toBe(first(body));
    // A failure status is still the server's word.
    expect((await readErrorBody(new Response(JSON.stringify(body), { status: 400 })))?.status).toBe(400);
  });

  it("does not take a DOMException's legacy number for the app's code", () => {
    expect(normalizeError(new DOMException('The operation was aborted.', 'AbortError'))).toMatchObject({ name: 'AbortError' });
    expect(normalizeError(new DOMException('The operation was aborted.', 'AbortError'))?.code).toBeUndefined();
    expect(first(new DOMException('Namespace is invalid', 'NamespaceError'))).not.toBe('unavailable');
    expect(first({ code: 14, details: 'connection refused' })).toBe('unavailable');
  });

  it('reads a leading number as a status only when HTTP words follow it', () => {
    expect(normalizeError('250 files uploaded, 3 failed')?.status).toBeUndefined();
    expect(first('503 items could not be synced')).not.toBe('server-errors');
    expect(normalizeError('503 Service Unavailable')?.status).toBe(503);
    expect(normalizeError('404: not found')?.status).toBe(404);
    expect(normalizeError('Request failed with status code 502')?.status).toBe(502);
    expect(first('HTTP 502 from the upstream')).toBe('server-errors');
  });

  it('reads an axios body left as text, JSON text or bytes', () => {
    const axios = (data: unknown) => ({ isAxiosError: true, message: 'Request failed with status code 400', response: { status: 400, data } });
    expect(first(axios('Email not confirmed'))).toBe('email-not-confirmed');
    expect(first(axios(JSON.stringify({ message: 'Email not confirmed' })))).toBe('email-not-confirmed');
    expect(first(axios(new TextEncoder().encode(JSON.stringify({ code: 'email_not_confirmed' })).buffer))).toBe('email-not-confirmed');
    expect(normalizeError(axios('<html><body>Bad gateway</body></html>'))?.causes).toEqual([]);
  });

  it('reads the rest of an error whose lists are revoked or throwing proxies', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const throwing = new Proxy([1, 2], { get: () => { throw new Error('no'); } });
    for (const error of [{ message: 'Email not confirmed', errors: proxy }, { error: proxy, message: 'Email not confirmed' }, { errors: throwing, message: 'Email not confirmed' }]) {
      expect(first(error)).toBe('email-not-confirmed');
    }
  });

  it('compares messages from a terminal without their colour codes', () => {
    expect(first('\u001b[31mBucket "logos" not found\u001b[39m')).toBe('bucket-missing');
    expect(normalizeError('\u001b[1m\u001b[33mEmail not confirmed\u001b[0m')?.message).toBe('Email not confirmed');
  });

  it('lets durations, clock times and grouped numbers vary where the table has one', () => {
    expect(first('invalid JWT: unable to parse or verify signature, token is expired by 12h3m0s')).toBe('jwt-expired');
    expect(first('Writes are paused until 9:30 for maintenance')).toBe('writes-paused');
    expect(first('The object exceeded the maximum allowed size of 10,485,760 bytes')).toBe('too-large');
  });

  it("opens a Stripe card error on its decline_code's entry", () => {
    expect(first({ type: 'card_error', code: 'card_declined', decline_code: 'insufficient_funds', message: 'Your card has insufficient funds.' })).toBe('card-declined');
    expect(first({ type: 'card_error', code: 'card_declined', message: 'Your card was declined.' })).toBe('card-declined');
  });
});
