import { describe, expect, it } from 'vitest';
import { describeReason } from '../../../src/engine';
import type { Reason } from '../../../src/engine/types';

const reason = (kind: Reason['kind'], pattern: string, value: string, inherited = false): Reason => ({ kind, pattern, value, inherited });

describe('given a structured reason, describeReason', () => {
  it('states an exact hit as a fact', () => {
    expect(describeReason(reason('route', '/login/mfa', '/login/mfa'))).toBe('route is /login/mfa');
    expect(describeReason(reason('error-code', 'WEBHOOK_DELIVERY_FAILED', 'WEBHOOK_DELIVERY_FAILED'))).toBe('error code is WEBHOOK_DELIVERY_FAILED');
    expect(describeReason(reason('status', '403', '403'))).toBe('HTTP status is 403');
    expect(describeReason(reason('name', 'name:AbortError', 'AbortError'))).toBe('error name is AbortError');
  });

  it('names the pattern a value matched', () => {
    expect(describeReason(reason('route', '/inbox/**', '/inbox/conversations/1289'))).toBe('route /inbox/conversations/1289 matched /inbox/**');
    expect(describeReason(reason('error-code', 'WEBHOOK_*', 'WEBHOOK_DELIVERY_FAILED'))).toBe('error code WEBHOOK_DELIVERY_FAILED matched WEBHOOK_*');
    expect(describeReason(reason('status-class', '5xx', '503'))).toBe('HTTP status 503 matched 5xx');
  });

  it('shortens a long message and says when the context is the article’s', () => {
    const sentence = describeReason(reason('message', 'message:quota*', `quota ${'x'.repeat(200)}`, true));
    expect(sentence).toMatch(/^error message "quota x+…" matched message:quota\* \(context inherited from the article\)$/);
    expect(sentence.length).toBeLessThan(160);
  });

  it('describes a related search by its query', () => {
    expect(describeReason(reason('related-search', 'webhook failed', ''))).toBe('a search for "webhook failed" found it');
  });
});
