import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildEscalationPayload } from '../../../src/engine/support/escalation';
import { diagnosticFinishedEvent, escalationSentEvent, feedbackEvent, type HelpEvent } from '../../../src/engine/events/events';
import { safeCall, safeEmit } from '../../../src/engine/events/safe-call';
import { decideSearchCommit, normalizeSearchQuery } from '../../../src/engine/search/search-commit';
import { check, symptom } from '../support/diagnostics-fixtures';

afterEach(() => vi.restoreAllMocks());

const payload = buildEscalationPayload({
  article: { id: 'webhooks', title: 'Webhooks' },
  symptom: symptom([check('a'), check('b')]),
  checkedIds: ['a'],
  note: 'my secret note',
});

describe('given an escalation was sent', () => {
  it('says there was a note but leaves its text out by default', () => {
    const event = escalationSentEvent(payload, 'callback');
    expect(event).toEqual({
      type: 'escalation-sent',
      articleId: 'webhooks',
      symptomId: 'webhooks#not-firing',
      channel: 'callback',
      hasNote: true,
      checksDone: 1,
      checksTotal: 2,
    });
    expect(JSON.stringify(event)).not.toContain('secret');
  });

  it('includes the note when the host opts in', () => {
    expect(escalationSentEvent(payload, 'copy', { includeNoteInEvents: true }).note).toBe('my secret note');
  });
});

describe('given feedback with a comment', () => {
  it('keeps the comment out of the event unless the host opts in', () => {
    const feedback = { articleId: 'webhooks', helpful: false, comment: ' too long ' };
    expect(feedbackEvent(feedback)).toEqual({ type: 'feedback', articleId: 'webhooks', helpful: false, hasComment: true });
    expect(feedbackEvent(feedback, { includeNoteInEvents: true }).comment).toBe('too long');
  });
});

describe('safeEmit', () => {
  it('hands on the source of the event as a second argument when there is one', () => {
    const onEvent = vi.fn();
    safeEmit(onEvent, { type: 'panel-closed' }, { helpCenter: 'acme', build: 'b1' });
    safeEmit(onEvent, { type: 'panel-closed' });
    expect(onEvent.mock.calls).toEqual([[{ type: 'panel-closed' }, { helpCenter: 'acme', build: 'b1' }], [{ type: 'panel-closed' }]]);
  });

  const event: HelpEvent = { type: 'panel-opened', by: 'shortcut' };

  it('hands the event to the host', () => {
    const onEvent = vi.fn();
    safeEmit(onEvent, event);
    expect(onEvent).toHaveBeenCalledWith(event);
  });

  it('does nothing without a handler', () => {
    expect(() => safeEmit(undefined, event)).not.toThrow();
  });

  it('contains a throwing handler and reports it once', () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const onEvent = () => {
      throw new Error('analytics down');
    };
    expect(() => {
      safeEmit(onEvent, event);
      safeEmit(onEvent, { type: 'panel-closed' });
    }).not.toThrow();
    expect(consoleError).toHaveBeenCalledTimes(1);
    expect(String(consoleError.mock.calls[0]?.[0])).toContain('onEvent');
  });

  it('observes a handler’s rejected promise so it is not unhandled', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    safeEmit((() => Promise.reject(new Error('async analytics down'))) as never, event);
    await new Promise((resolve) => setTimeout(resolve, 0));
    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
    expect(consoleError).toHaveBeenCalledTimes(1);
  });
});

describe('safeCall', () => {
  it('returns what the callback returns, or undefined when it throws', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(safeCall((a: number) => a + 1, 'onX', 1)).toBe(2);
    expect(
      safeCall(
        () => {
          throw new Error('x');
        },
        'onY',
      ),
    ).toBeUndefined();
  });
});

describe('given a user typing a search', () => {
  it('does not commit while they are still typing', () => {
    expect(decideSearchCommit({ query: 'webh', lastCommitted: null, trigger: 'idle', msSinceInput: 200 })).toBeNull();
  });

  it('commits after a pause, on Enter, on opening a result and on leaving the field', () => {
    expect(decideSearchCommit({ query: 'Webhook ', lastCommitted: null, trigger: 'idle', msSinceInput: 1000 })).toBe('webhook');
    for (const trigger of ['enter', 'result', 'blur'] as const) {
      expect(decideSearchCommit({ query: 'webhook', lastCommitted: null, trigger })).toBe('webhook');
    }
  });

  it('does not commit the same query twice, nor one too short', () => {
    expect(decideSearchCommit({ query: '  WEBHOOK  ', lastCommitted: 'webhook', trigger: 'enter' })).toBeNull();
    expect(decideSearchCommit({ query: 'w', lastCommitted: null, trigger: 'enter' })).toBeNull();
    expect(decideSearchCommit({ query: 'w', lastCommitted: null, trigger: 'enter', minLength: 1 })).toBe('w');
  });

  it('honours a custom delay', () => {
    expect(decideSearchCommit({ query: 'slack', lastCommitted: null, trigger: 'idle', msSinceInput: 400, delayMs: 300 })).toBe('slack');
    expect(decideSearchCommit({ query: 'slack', lastCommitted: null, trigger: 'idle', delayMs: 300 })).toBeNull();
  });

  it('normalises queries for comparison', () => {
    expect(normalizeSearchQuery('  Slack\t  Pings ')).toBe('slack pings');
  });
});

describe('given a diagnostic finished', () => {
  it('reports its status, and the reason only when it could not check', () => {
    expect(diagnosticFinishedEvent({ checkId: 'a', diagnostic: 'd', status: 'passed', durationMs: 12.7 }, 's#1')).toEqual({
      type: 'diagnostic-finished',
      symptomId: 's#1',
      checkId: 'a',
      diagnostic: 'd',
      status: 'passed',
      durationMs: 13,
    });
    expect(
      diagnosticFinishedEvent({ checkId: 'a', diagnostic: 'd', status: 'unknown', reason: 'timeout', message: 'm', durationMs: 5000 }, 's#1'),
    ).toMatchObject({ status: 'unknown', reason: 'timeout' });
  });
});
