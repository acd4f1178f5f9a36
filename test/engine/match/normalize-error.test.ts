import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../../src/engine/match/normalize-error';

describe('normalizeError', () => {
  describe('given nothing to go on', () => {
    it.each([
      ['null', null],
      ['undefined', undefined],
      ['an empty string', ''],
      ['a blank string', '   '],
      ['true', true],
      ['an empty object', {}],
      ['an Error without a message', new Error()],
      ['NaN', Number.NaN],
    ])('returns null for %s', (_label, value) => {
      expect(normalizeError(value)).toBeNull();
    });
  });

  describe('given an Error', () => {
    it('keeps the message and leaves out the uninformative name "Error"', () => {
      expect(normalizeError(new Error('Request failed'))).toEqual({ message: 'Request failed', causes: [] });
    });

    it('keeps a specific name such as TypeError', () => {
      expect(normalizeError(new TypeError('x is undefined'))).toMatchObject({ name: 'TypeError', message: 'x is undefined' });
    });

    it('reads code, status and statusCode set on the error', () => {
      const error = Object.assign(new Error('denied'), { code: 'SESSIONS_FORBIDDEN', statusCode: 403 });
      expect(normalizeError(error)).toMatchObject({ code: 'SESSIONS_FORBIDDEN', status: 403 });
    });

    it('names a subclass after its constructor when it never set name', () => {
      class QuotaError extends Error {}
      expect(normalizeError(new QuotaError('full'))?.name).toBe('QuotaError');
    });

    it('lists the cause chain outermost first', () => {
      const root = Object.assign(new Error('socket closed'), { code: 'ECONNRESET' });
      const middle = new Error('fetch failed', { cause: root });
      const top = new Error('Could not load sessions', { cause: middle });
      expect(normalizeError(top)).toEqual({
        message: 'Could not load sessions',
        causes: [{ message: 'fetch failed' }, { code: 'ECONNRESET', message: 'socket closed' }],
      });
    });

    it('stops at a cyclic cause instead of looping', () => {
      const a = new Error('a');
      const b = new Error('b', { cause: a });
      (a as Error & { cause: unknown }).cause = b;
      expect(normalizeError(a)).toEqual({ message: 'a', causes: [{ message: 'b' }] });
    });

    it('keeps at most eight causes of a very long chain', () => {
      let error: Error = new Error('root');
      for (let i = 0; i < 50; i++) error = new Error(`level ${i}`, { cause: error });
      expect(normalizeError(error)?.causes).toHaveLength(8);
    });

    it('reads the inner errors of an AggregateError as causes', () => {
      const error = new AggregateError([{ code: 'A_FAILED' }, { code: 'B_FAILED' }], 'two failed');
      expect(normalizeError(error)?.causes.map((c) => c.code)).toEqual(['A_FAILED', 'B_FAILED']);
    });
  });

  describe('given a fetch Response', () => {
    it('reads status, statusText and url', () => {
      const response = new Response('nope', { status: 403, statusText: 'Forbidden' });
      Object.defineProperty(response, 'url', { value: 'https://api.example.com/sessions/1' });
      expect(normalizeError(response)).toEqual({
        status: 403,
        message: 'Forbidden',
        url: 'https://api.example.com/sessions/1',
        causes: [],
      });
    });

    it('recognises a Response by shape, without DOM types', () => {
      expect(normalizeError({ ok: false, status: 507, statusText: 'Insufficient Storage', headers: {} })).toMatchObject({
        status: 507,
        message: 'Insufficient Storage',
      });
    });
  });

  describe('given a plain object', () => {
    it('reads { code, status, message }', () => {
      expect(normalizeError({ code: 'MFA_CODE_INVALID', status: 401, message: 'Invalid code' })).toEqual({
        code: 'MFA_CODE_INVALID',
        status: 401,
        message: 'Invalid code',
        causes: [],
      });
    });

    it.each([
      ['{ statusCode }', { statusCode: 404 }, { status: 404 }],
      ['a numeric string status', { status: '503' }, { status: 503 }],
      ['{ errorCode }', { errorCode: 'STRIPE_NOT_CONNECTED' }, { code: 'STRIPE_NOT_CONNECTED' }],
      ['{ error_code }', { error_code: 'AI_KEY_INVALID' }, { code: 'AI_KEY_INVALID' }],
      ['{ error: { code, message } }', { error: { code: 'SLACK_CHANNEL_DISABLED', message: 'disabled' } }, { code: 'SLACK_CHANNEL_DISABLED', message: 'disabled' }],
      ['{ error: { code: 403 } } (Google APIs)', { error: { code: 403, message: 'denied', status: 'PERMISSION_DENIED' } }, { status: 403, code: 'PERMISSION_DENIED' }],
      ['{ error: "CODE" }', { error: 'WIDGET_CSP_BLOCKED' }, { code: 'WIDGET_CSP_BLOCKED' }],
      ['OAuth { error, error_description }', { error: 'invalid_grant', error_description: 'Token revoked' }, { code: 'invalid_grant', message: 'Token revoked' }],
      ['GraphQL { extensions: { code } }', { message: 'Forbidden', extensions: { code: 'FORBIDDEN' } }, { code: 'FORBIDDEN', message: 'Forbidden' }],
      ['GraphQL { errors: [...] }', { errors: [{ message: 'Not connected', extensions: { code: 'STRIPE_NOT_CONNECTED' } }] }, { code: 'STRIPE_NOT_CONNECTED', message: 'Not connected' }],
      ['AWS { $metadata: { httpStatusCode } }', { name: 'AccessDeniedException', $metadata: { httpStatusCode: 403 } }, { status: 403, name: 'AccessDeniedException' }],
      ['RFC 9457 problem details', { type: 'about:blank', title: 'Not Found', status: 404, detail: 'No such inbox' }, { status: 404, message: 'No such inbox' }],
      ['an HTTP status in a numeric code', { code: 429 }, { status: 429 }],
    ])('reads %s', (_label, value, expected) => {
      expect(normalizeError(value)).toMatchObject(expected);
    });

    it('reads an axios error: response status, the code in response data, the request url', () => {
      const error = Object.assign(new Error('Request failed with status code 403'), {
        name: 'AxiosError',
        code: 'ERR_BAD_REQUEST',
        config: { url: '/api/sessions/1' },
        response: { status: 403, data: { error: { code: 'SESSIONS_FORBIDDEN' } } },
      });
      expect(normalizeError(error)).toMatchObject({ status: 403, code: 'ERR_BAD_REQUEST', name: 'AxiosError', url: '/api/sessions/1' });
    });

    it('falls back to the code in axios response data when the error has none', () => {
      expect(normalizeError({ response: { status: 401, data: { code: 'LINEAR_TOKEN_REVOKED' } } })).toMatchObject({
        status: 401,
        code: 'LINEAR_TOKEN_REVOKED',
      });
    });

    it('reads the status out of a message such as "Request failed with status code 403"', () => {
      expect(normalizeError(new Error('Request failed with status code 403'))?.status).toBe(403);
    });

    it('ignores a plain object name that is not an error type', () => {
      expect(normalizeError({ name: 'Ada', code: 'X_FAILED' })).toEqual({ code: 'X_FAILED', causes: [] });
    });
  });

  describe('given a string', () => {
    it.each(['WEBHOOK_DELIVERY_FAILED', 'ECONNRESET', 'auth/invalid-email', 'invalid_grant'])('reads %s as a code', (value) => {
      expect(normalizeError(value)).toEqual({ code: value, causes: [] });
    });

    it('reads a sentence as a message', () => {
      expect(normalizeError('The channel was disconnected')).toEqual({ message: 'The channel was disconnected', causes: [] });
    });

    it('reads a three-digit status string as a status', () => {
      expect(normalizeError('404')).toEqual({ status: 404, causes: [] });
    });

    it('reads a status at the start of a message', () => {
      expect(normalizeError('HTTP 503 Service Unavailable')).toMatchObject({ status: 503, message: 'HTTP 503 Service Unavailable' });
    });
  });

  describe('given a number', () => {
    it('reads an HTTP status', () => {
      expect(normalizeError(401)).toEqual({ status: 401, causes: [] });
    });

    it('reads any other number as a code', () => {
      expect(normalizeError(1045)).toEqual({ code: '1045', causes: [] });
    });

    it('reads a BigInt status', () => {
      expect(normalizeError(BigInt(500))).toEqual({ status: 500, causes: [] });
    });
  });

  describe('given hostile input', () => {
    it('survives getters that throw', () => {
      const error = {
        get code(): string {
          throw new Error('boom');
        },
        status: 500,
      };
      expect(normalizeError(error)).toEqual({ status: 500, causes: [] });
    });

    it('survives a Proxy whose every trap throws', () => {
      const trap = () => {
        throw new Error('trap');
      };
      const proxy = new Proxy({}, { get: trap, has: trap, getPrototypeOf: trap, ownKeys: trap, getOwnPropertyDescriptor: trap });
      expect(() => normalizeError(proxy)).not.toThrow();
      expect(normalizeError(proxy)).toBeNull();
    });

    it('survives a revoked Proxy', () => {
      const { proxy, revoke } = Proxy.revocable({ code: 'X' }, {});
      revoke();
      expect(normalizeError(proxy)).toBeNull();
    });

    it('reads an object with a null prototype', () => {
      const error = Object.assign(Object.create(null) as object, { code: 'STORAGE_QUOTA_EXCEEDED' });
      expect(normalizeError(error)).toEqual({ code: 'STORAGE_QUOTA_EXCEEDED', causes: [] });
    });

    it('reads a frozen object', () => {
      expect(normalizeError(Object.freeze({ status: 507 }))).toEqual({ status: 507, causes: [] });
    });

    it('reads a symbol by its description', () => {
      expect(normalizeError(Symbol('MIGRATION_STALLED'))).toEqual({ code: 'MIGRATION_STALLED', causes: [] });
      expect(normalizeError(Symbol())).toBeNull();
    });

    it('never calls toString or valueOf on what it is given', () => {
      const message = {
        toString() {
          throw new Error('should not be called');
        },
      };
      expect(normalizeError({ message, code: 'OK_CODE' })).toEqual({ code: 'OK_CODE', causes: [] });
    });

    it('caps huge strings', () => {
      const result = normalizeError({ message: 'x '.repeat(5_000_000), code: 'Y'.repeat(10_000) });
      expect(result?.message?.length).toBeLessThanOrEqual(1000);
      expect(result?.code?.length).toBeLessThanOrEqual(200);
    });

    it('caps a huge string passed on its own', () => {
      expect(normalizeError('a'.repeat(1_000_000))?.message?.length).toBeLessThanOrEqual(1000);
    });

    it('ignores numbers that are not statuses and non-finite values where a status is expected', () => {
      expect(normalizeError({ status: Number.POSITIVE_INFINITY, code: 'Z_FAILED' })).toEqual({ code: 'Z_FAILED', causes: [] });
    });

    it('reads a function with error properties', () => {
      const fn = Object.assign(() => undefined, { code: 'FN_CODE' });
      expect(normalizeError(fn)).toMatchObject({ code: 'FN_CODE' });
    });
  });
});
