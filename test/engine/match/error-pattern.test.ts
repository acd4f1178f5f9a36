import { describe, expect, it } from 'vitest';
import { parseErrorPattern } from '../../../src/engine/match/error-pattern';

describe('parseErrorPattern', () => {
  describe('given the forms of the grammar table', () => {
    it.each([
      ['401', { kind: 'status', raw: '401', status: 401 }],
      ['5xx', { kind: 'status-class', raw: '5xx', status: 5 }],
      ['4XX', { kind: 'status-class', raw: '4XX', status: 4 }],
      ['STRIPE_*', { kind: 'code', raw: 'STRIPE_*', glob: 'STRIPE_*' }],
      ['WEBHOOK_DELIVERY_FAILED', { kind: 'code', raw: 'WEBHOOK_DELIVERY_FAILED', glob: 'WEBHOOK_DELIVERY_FAILED' }],
      ['code:E_TIMEOUT', { kind: 'code', raw: 'code:E_TIMEOUT', glob: 'E_TIMEOUT' }],
      ['code:TypeError', { kind: 'code', raw: 'code:TypeError', glob: 'TypeError' }],
      ['TypeError', { kind: 'name', raw: 'TypeError', name: 'TypeError' }],
      ['name:AbortError', { kind: 'name', raw: 'name:AbortError', name: 'AbortError' }],
      ['SERVER_ERROR', { kind: 'code', raw: 'SERVER_ERROR', glob: 'SERVER_ERROR' }],
      ['message:quota*', { kind: 'message', raw: 'message:quota*', glob: 'quota*' }],
      ['message:rate limit exceeded', { kind: 'message', raw: 'message:rate limit exceeded', glob: 'rate limit exceeded' }],
      ['/time(d)? out/i', { kind: 'message', raw: '/time(d)? out/i', regex: { source: 'time(d)? out', flags: 'i' } }],
    ])('parses %s', (raw, expected) => {
      expect(parseErrorPattern(raw)).toEqual(expected);
    });

    it('accepts a number, because YAML reads 401 as one', () => {
      expect(parseErrorPattern(403)).toEqual({ kind: 'status', raw: '403', status: 403 });
    });

    it('trims surrounding whitespace from the raw text', () => {
      expect(parseErrorPattern('  404 ')).toMatchObject({ kind: 'status', raw: '404' });
    });
  });

  describe('given patterns that cannot be right', () => {
    it.each([
      ['', 'empty'],
      ['   ', 'empty'],
      ['999', 'not an HTTP status'],
      ['40', 'not an HTTP status'],
      ['6xx', 'looks like an HTTP status'],
      ['4x', 'looks like an HTTP status'],
      ['*', 'every error code'],
      ['code:', 'nothing after'],
      ['message:', 'nothing after'],
      ['name:Abort Error', 'contains a space'],
      ['quota exceeded', 'message:quota exceeded'],
      ['/unclosed', 'no closing'],
      ['/(/', 'not a valid regular expression'],
      ['/x/g', 'flag "g"'],
      ['/x/ii', 'repeats a flag'],
      ['//i', 'empty regular expression'],
    ])('rejects %j with a message that says how to fix it', (raw, fragment) => {
      const result = parseErrorPattern(raw);
      expect(result).toHaveProperty('error');
      expect((result as { error: string }).error).toContain(fragment);
    });

    it('rejects a number outside the status range', () => {
      expect(parseErrorPattern(42)).toHaveProperty('error');
      expect(parseErrorPattern(401.5)).toHaveProperty('error');
    });
  });
});
