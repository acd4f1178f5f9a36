import { afterEach, describe, expect, it, vi } from 'vitest';
import { runDiagnostics, toState, type DiagnosticOutcome, type Diagnostics } from '../../../src/engine/support/run-diagnostics';
import { check, symptom } from './diagnostics-fixtures';
import { watchUnhandledRejections } from '../../helpers/watch-unhandled-rejections';

const { unhandled, flush: flushUnhandled } = watchUnhandledRejections();

afterEach(() => {
  vi.useRealTimers();
});

function run(diagnostics: Diagnostics, checks = Object.keys(diagnostics).map((name) => check(`c-${name}`, name)), extra = {}) {
  const s = symptom(checks);
  return runDiagnostics({ checks, diagnostics, context: { route: '/settings', error: null, symptom: s }, ...extra });
}

describe('given diagnostics that answer', () => {
  it('maps ok true, false and unknown to passed, failed and unknown, in check order', async () => {
    const outcomes = await run({
      a: async () => ({ ok: true, detail: 'Connected' }),
      b: async () => ({ ok: false, detail: 'Email channel is paused', fix: { label: 'Open channels', to: '/settings/channels' } }),
      c: async () => ({ ok: 'unknown', detail: 'No permission to read channels' }),
    });
    expect(outcomes.map((o) => [o.checkId, o.status])).toEqual([
      ['c-a', 'passed'],
      ['c-b', 'failed'],
      ['c-c', 'unknown'],
    ]);
    expect(outcomes[0]).toMatchObject({ detail: 'Connected', diagnostic: 'a' });
    expect(outcomes[1]).toMatchObject({ fix: { label: 'Open channels', to: '/settings/channels' } });
    expect(outcomes[2]).toMatchObject({ reason: 'reported-unknown', detail: 'No permission to read channels' });
  });

  it('accepts a diagnostic that returns a plain value instead of a promise', async () => {
    const [outcome] = await run({ sync: () => ({ ok: true }) });
    expect(outcome?.status).toBe('passed');
  });

  it('hands each diagnostic the route, the error, the symptom, its check and a signal', async () => {
    const seen = vi.fn(async () => ({ ok: true as const }));
    const checks = [check('one', 'seen')];
    const s = symptom(checks);
    const error = { code: 'WEBHOOK_DELIVERY_FAILED', causes: [] };
    await runDiagnostics({ checks, diagnostics: { seen }, context: { route: '/inbox', error, symptom: s } });
    expect(seen).toHaveBeenCalledWith(
      expect.objectContaining({ route: '/inbox', error, symptom: s, check: checks[0], signal: expect.any(AbortSignal) }),
    );
  });

  it('runs all diagnostics at the same time rather than one after another', async () => {
    const started: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const waiting = (name: string) => async () => {
      started.push(name);
      await gate;
      return { ok: true as const };
    };
    const pending = run({ a: waiting('a'), b: waiting('b') });
    await Promise.resolve();
    expect(started).toEqual(['a', 'b']);
    release();
    expect((await pending).every((o) => o.status === 'passed')).toBe(true);
  });

  it('reports each outcome through onResult as it settles', async () => {
    const onResult = vi.fn();
    await run({ a: async () => ({ ok: true }), b: async () => ({ ok: false }) }, undefined, { onResult });
    expect(onResult.mock.calls.map((call) => (call[0] as DiagnosticOutcome).checkId).sort()).toEqual(['c-a', 'c-b']);
  });

  it('keeps going when onResult throws', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const outcomes = await run({ a: async () => ({ ok: true }) }, undefined, {
      onResult: () => {
        throw new Error('listener bug');
      },
    });
    expect(outcomes[0]?.status).toBe('passed');
    expect(consoleError).toHaveBeenCalled();
    consoleError.mockRestore();
  });
});

describe('given checks that cannot run', () => {
  it('skips checks without a binding and bindings the host did not provide', async () => {
    const checks = [check('manual'), check('bound', 'present'), check('missing', 'absent')];
    const outcomes = await run({ present: async () => ({ ok: true }) }, checks);
    expect(outcomes.map((o) => o.checkId)).toEqual(['bound']);
  });

  it('resolves to no outcomes without diagnostics', async () => {
    const checks = [check('a', 'x')];
    await expect(runDiagnostics({ checks, context: { symptom: symptom(checks) } })).resolves.toEqual([]);
  });

  it('skips a name whose getter throws instead of throwing', async () => {
    const checks = [check('a', 'hostile'), check('b', 'fine')];
    const diagnostics = Object.defineProperty({ fine: async () => ({ ok: true as const }) }, 'hostile', {
      enumerable: true,
      get() {
        throw new Error('getter');
      },
    }) as Diagnostics;
    expect((await run(diagnostics, checks)).map((o) => o.checkId)).toEqual(['b']);
  });

  it('does not run inherited names such as toString', async () => {
    const checks = [check('a', 'toString')];
    expect(await run({}, checks)).toEqual([]);
  });
});

describe('given diagnostics that misbehave', () => {
  it('turns a synchronous throw into could not check, with a reason', async () => {
    const [outcome] = await run({
      boom: () => {
        throw new Error('kaput');
      },
    });
    expect(outcome).toMatchObject({ status: 'unknown', reason: 'threw' });
    expect(outcome?.status === 'unknown' && outcome.message).toContain('kaput');
    await flushUnhandled();
    expect(unhandled).toEqual([]);
  });

  it('turns a rejection, even of a non-Error, into could not check without an unhandled rejection', async () => {
    const outcomes = await run({
      rejects: () => Promise.reject(new TypeError('Failed to fetch')),
      rejectsString: () => Promise.reject('nope'),
      rejectsNothing: () => Promise.reject(undefined),
    });
    expect(outcomes.map((o) => o.status === 'unknown' && o.reason)).toEqual(['rejected', 'rejected', 'rejected']);
    await flushUnhandled();
    expect(unhandled).toEqual([]);
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'ok'],
    ['a number', 1],
    ['an object without ok', { detail: 'fine' }],
    ['ok as a string', { ok: 'true' }],
    ['an array', [true]],
  ])('turns a result that is %s into could not check', async (_label, value) => {
    const [outcome] = await run({ odd: async () => value as never });
    expect(outcome).toMatchObject({ status: 'unknown', reason: 'invalid-result' });
  });

  it('turns a result whose getter throws into could not check', async () => {
    const hostile = Object.defineProperty({}, 'ok', {
      get() {
        throw new Error('getter');
      },
    });
    const [outcome] = await run({ hostile: async () => hostile as never });
    expect(outcome).toMatchObject({ status: 'unknown', reason: 'invalid-result' });
  });

  it('turns a thenable whose then throws into could not check', async () => {
    const thenable = {
      get then() {
        throw new Error('then getter');
      },
    };
    const [outcome] = await run({ thenable: () => thenable as never });
    expect(outcome).toMatchObject({ status: 'unknown', reason: 'rejected' });
  });

  it('drops a malformed fix but keeps the failure and its detail', async () => {
    const outcomes = await run({
      noTo: async () => ({ ok: false, detail: 'Paused', fix: { label: 'Open' } as never }),
      numberTo: async () => ({ ok: false, fix: { label: 'Open', to: 42 } as never }),
      noLabel: async () => ({ ok: false, fix: { to: '/x' } as never }),
      fixString: async () => ({ ok: false, fix: '/x' as never }),
    });
    for (const outcome of outcomes) {
      expect(outcome.status).toBe('failed');
      expect(outcome).not.toHaveProperty('fix');
    }
    expect(outcomes[0]).toMatchObject({ detail: 'Paused' });
  });

  it('drops a detail that is not text and caps a huge one', async () => {
    const outcomes = await run({
      objectDetail: async () => ({ ok: true, detail: { html: '<b>' } as never }),
      hugeDetail: async () => ({ ok: false, detail: 'x'.repeat(100_000) }),
    });
    expect(outcomes[0]).not.toHaveProperty('detail');
    const huge = outcomes[1];
    expect(huge?.status === 'failed' && huge.detail!.length).toBeLessThanOrEqual(500);
  });
});

describe('given a diagnostic that never settles', () => {
  it('gives up after the timeout and aborts the signal it handed out', async () => {
    vi.useFakeTimers();
    let seenSignal: AbortSignal | undefined;
    const pending = run(
      {
        hangs: ({ signal }) => {
          seenSignal = signal;
          return new Promise(() => {});
        },
        fast: async () => ({ ok: true }),
      },
      undefined,
      { timeoutMs: 1000 },
    );
    await vi.advanceTimersByTimeAsync(1000);
    const outcomes = await pending;
    expect(outcomes[0]).toMatchObject({ status: 'unknown', reason: 'timeout' });
    expect(outcomes[1]).toMatchObject({ status: 'passed' });
    expect(seenSignal?.aborted).toBe(true);
  });

  it('uses a 5 second default when the timeout given is not a positive number', async () => {
    vi.useFakeTimers();
    const settled = vi.fn();
    void run({ hangs: () => new Promise(() => {}) }, undefined, { timeoutMs: Number.NaN }).then(settled);
    await vi.advanceTimersByTimeAsync(4999);
    expect(settled).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toHaveBeenCalled();
  });

  it('ignores a rejection that arrives after the timeout', async () => {
    vi.useFakeTimers();
    let rejectLate!: (error: Error) => void;
    const pending = run(
      { late: () => new Promise((_resolve, reject) => (rejectLate = reject)) },
      undefined,
      { timeoutMs: 10 },
    );
    await vi.advanceTimersByTimeAsync(10);
    expect((await pending)[0]).toMatchObject({ reason: 'timeout' });
    rejectLate(new Error('too late'));
    vi.useRealTimers();
    await flushUnhandled();
    expect(unhandled).toEqual([]);
  });
});

describe('given the panel closes while diagnostics run', () => {
  it('stops waiting at once, aborts every diagnostic and reports nothing through onResult', async () => {
    const controller = new AbortController();
    const signals: AbortSignal[] = [];
    const onResult = vi.fn();
    const pending = run(
      {
        a: ({ signal }) => {
          signals.push(signal);
          return new Promise(() => {});
        },
        b: ({ signal }) => {
          signals.push(signal);
          return new Promise(() => {});
        },
      },
      undefined,
      { signal: controller.signal, onResult, timeoutMs: 60_000 },
    );
    controller.abort();
    const outcomes = await pending;
    expect(outcomes.map((o) => o.status === 'unknown' && o.reason)).toEqual(['aborted', 'aborted']);
    expect(signals.every((s) => s.aborted)).toBe(true);
    expect(onResult).not.toHaveBeenCalled();
  });

  it('does not call diagnostics when the signal is already aborted', async () => {
    const diagnostic = vi.fn(async () => ({ ok: true as const }));
    const outcomes = await run({ d: diagnostic }, undefined, { signal: AbortSignal.abort() });
    expect(diagnostic).not.toHaveBeenCalled();
    expect(outcomes[0]).toMatchObject({ status: 'unknown', reason: 'aborted' });
  });
});

describe('toState', () => {
  it('trims the fix target and keeps a fix only on failures', () => {
    expect(toState({ ok: false, fix: { label: ' Reconnect ', to: ' /settings ' } })).toEqual({
      status: 'failed',
      fix: { label: 'Reconnect', to: '/settings' },
    });
    expect(toState({ ok: true, fix: { label: 'x', to: '/x' } })).toEqual({ status: 'passed' });
  });
});
