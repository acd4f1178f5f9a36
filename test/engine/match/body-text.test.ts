import { describe, expect, it } from 'vitest';
import { parseBodyText } from '../../../src/engine/match/body-text';
import { normalizeError } from '../../../src/engine/match/normalize-error';

describe('parseBodyText, the one reading of an error body for a Response and a client’s kept body', () => {
  it('parses JSON, reads a list of errors as { errors }, and trims other text', () => {
    expect(parseBodyText(' {"code":"otp_expired"} ')).toEqual({ code: 'otp_expired' });
    expect(parseBodyText('[{"message":"invalid jwt"}]')).toEqual({ errors: [{ message: 'invalid jwt' }] });
    expect(parseBodyText('"Token expired"')).toBe('Token expired');
    expect(parseBodyText('  Too many requests \n')).toBe('Too many requests');
  });

  it('gives nothing for a blank body, an HTML page or broken JSON', () => {
    expect(parseBodyText(' \n ')).toBeUndefined();
    expect(parseBodyText('<!doctype html><title>502</title>')).toBeUndefined();
    expect(parseBodyText('{"message": "cut off')).toBeUndefined();
  });

  it('keeps the first error of an axios-style error’s unparsed JSON list as a cause beside the client’s message', () => {
    const error = { isAxiosError: true, message: 'Request failed with status code 400', response: { status: 400, data: '[{"message":"email not confirmed"},{"message":"second"}]' } };
    const normalized = normalizeError(error);
    expect(normalized?.status).toBe(400);
    expect(normalized?.causes?.map((cause) => cause.message)).toContain('email not confirmed');
  });
});
