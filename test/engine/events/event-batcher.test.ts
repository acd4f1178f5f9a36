import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createEventBatcher,
  HELP_EVENT_ENVELOPE_VERSION,
  toNdjson,
  type EventBatcherEnvironment,
  type HelpEventEnvelope,
} from '../../../src/engine/events/event-batcher';
import { errorSeenEvent, type HelpEvent } from '../../../src/engine/events/events';

afterEach(() => vi.restoreAllMocks());

/** A page with fake timers, listeners, beacon and fetch that the test drives by hand. */
function fakePage(options: { beacon?: (url: string, data: unknown) => boolean; fetch?: boolean } = {}) {
  const listeners = new Map<string, Set<() => void>>();
  const timers = new Map<number, () => void>();
  let nextTimer = 1;
  const beacons: { url: string; data: unknown }[] = [];
  const fetches: { url: string; init: { body: string; keepalive: boolean; method: string } }[] = [];
  const document = { visibilityState: 'visible' };
  const environment: EventBatcherEnvironment = {
    addEventListener: (type, listener) => {
      if (!listeners.has(type)) listeners.set(type, new Set());
      listeners.get(type)!.add(listener);
    },
    removeEventListener: (type, listener) => listeners.get(type)?.delete(listener),
    document,
    navigator: options.beacon
      ? {
          sendBeacon: (url, data) => {
            beacons.push({ url, data });
            return options.beacon!(url, data);
          },
        }
      : {},
    ...(options.fetch === false
      ? {}
      : {
          fetch: (url: string, init: { body: string; keepalive: boolean; method: string }) => {
            fetches.push({ url, init });
            return Promise.resolve({ ok: true });
          },
        }),
    setTimeout: (callback, _ms) => {
      const id = nextTimer++;
      timers.set(id, callback);
      return id;
    },
    clearTimeout: (id) => timers.delete(id as unknown as number),
  };
  return {
    environment,
    beacons,
    fetches,
    timers,
    fire: (type: string) => [...(listeners.get(type) ?? [])].forEach((listener) => listener()),
    hide: () => {
      document.visibilityState = 'hidden';
      [...(listeners.get('visibilitychange') ?? [])].forEach((listener) => listener());
    },
    runTimers: () => {
      const due = [...timers.values()];
      timers.clear();
      due.forEach((callback) => callback());
    },
    listenerCount: () => [...listeners.values()].reduce((sum, set) => sum + set.size, 0),
  };
}

const opened: HelpEvent = { type: 'panel-opened', by: 'button' };
const source = { helpCenter: 'ochre', build: 'abc123' };
const at = new Date('2026-03-01T10:15:02.113Z');

describe('given a batcher with a send function', () => {
  it('wraps each event in a versioned envelope with session, time, help center and build', () => {
    const page = fakePage();
    const batches: HelpEventEnvelope[][] = [];
    const batcher = createEventBatcher({ send: (batch) => batches.push(batch), sessionId: 's-1', now: () => at, environment: page.environment });
    batcher.onEvent(opened, source);
    batcher.flush();
    expect(batches).toEqual([
      [{ v: HELP_EVENT_ENVELOPE_VERSION, session: 's-1', at: '2026-03-01T10:15:02.113Z', helpCenter: 'ochre', build: 'abc123', event: opened }],
    ]);
  });

  it('sends as soon as maxBatch events are queued, and the rest after flushMs', () => {
    const page = fakePage();
    const sent: { size: number; reason: string }[] = [];
    const batcher = createEventBatcher({
      send: (batch, reason) => sent.push({ size: batch.length, reason }),
      maxBatch: 3,
      flushMs: 1000,
      environment: page.environment,
    });
    for (let i = 0; i < 4; i++) batcher.onEvent(opened, source);
    expect(sent).toEqual([{ size: 3, reason: 'full' }]);
    page.runTimers();
    expect(sent).toEqual([
      { size: 3, reason: 'full' },
      { size: 1, reason: 'timer' },
    ]);
  });

  it('sends what is queued when the page is hidden or goes away', () => {
    const page = fakePage();
    const reasons: string[] = [];
    const batcher = createEventBatcher({ send: (_batch, reason) => reasons.push(reason), environment: page.environment });
    batcher.onEvent(opened, source);
    page.fire('pagehide');
    batcher.onEvent({ type: 'panel-closed' }, source);
    page.hide();
    page.fire('pagehide'); // nothing left: no empty batch
    expect(reasons).toEqual(['pagehide', 'pagehide']);
  });

  it('contains a sender that throws, once reported, and keeps batching', () => {
    const page = fakePage();
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    let calls = 0;
    const batcher = createEventBatcher({
      send: () => {
        calls++;
        throw new Error('collector down');
      },
      maxBatch: 1,
      environment: page.environment,
    });
    expect(() => {
      batcher.onEvent(opened, source);
      batcher.onEvent(opened, source);
    }).not.toThrow();
    expect(calls).toBe(2);
    expect(consoleError).toHaveBeenCalledTimes(1);
  });

  it('gives every envelope of one batcher the same session id, and different batchers different ids', () => {
    const page = fakePage();
    const a = createEventBatcher({ send: () => {}, environment: page.environment });
    const b = createEventBatcher({ send: () => {}, environment: page.environment });
    expect(a.sessionId).not.toBe(b.sessionId);
    expect(a.sessionId.length).toBeGreaterThan(8);
  });

  it('leaves the help center and build out for events before an index was read', () => {
    const page = fakePage();
    const batches: HelpEventEnvelope[][] = [];
    const batcher = createEventBatcher({ send: (batch) => batches.push(batch), environment: page.environment });
    batcher.onEvent({ type: 'panel-error', message: 'index missing' });
    batcher.flush();
    expect(batches[0]![0]).not.toHaveProperty('helpCenter');
    expect(batches[0]![0]).not.toHaveProperty('build');
  });

  it('stops listening and drops later events once disposed, after sending the queue', () => {
    const page = fakePage();
    const sizes: number[] = [];
    const batcher = createEventBatcher({ send: (batch) => sizes.push(batch.length), environment: page.environment });
    batcher.onEvent(opened, source);
    batcher.dispose();
    batcher.onEvent(opened, source);
    page.fire('pagehide');
    expect(sizes).toEqual([1]);
    expect(page.listenerCount()).toBe(0);
  });
});

describe('given a batcher with a URL', () => {
  it('posts the batch as NDJSON with a beacon', () => {
    const page = fakePage({ beacon: () => true });
    const batcher = createEventBatcher({ send: '/collect', sessionId: 's', now: () => at, environment: page.environment });
    batcher.onEvent(opened, source);
    batcher.onEvent({ type: 'panel-closed' }, source);
    page.fire('pagehide');
    expect(page.beacons).toHaveLength(1);
    expect(page.beacons[0]!.url).toBe('/collect');
    const lines = String(page.beacons[0]!.data).trimEnd().split('\n');
    expect(lines.map((line) => (JSON.parse(line) as HelpEventEnvelope).event.type)).toEqual(['panel-opened', 'panel-closed']);
    expect(page.fetches).toEqual([]);
  });

  it('falls back to fetch with keepalive when the beacon refuses the batch or is missing', () => {
    for (const page of [fakePage({ beacon: () => false }), fakePage()]) {
      const batcher = createEventBatcher({ send: '/collect', environment: page.environment });
      batcher.onEvent(opened, source);
      batcher.flush();
      expect(page.fetches).toHaveLength(1);
      expect(page.fetches[0]).toMatchObject({ url: '/collect', init: { method: 'POST', keepalive: true } });
      expect(JSON.parse(page.fetches[0]!.init.body.trim()).event).toEqual(opened);
    }
  });
});

describe('toNdjson', () => {
  it('writes one JSON object a line, each line ending in a newline', () => {
    const envelope: HelpEventEnvelope = { v: 1, session: 's', at: at.toISOString(), event: opened };
    expect(toNdjson([envelope, envelope])).toBe(`${JSON.stringify(envelope)}\n${JSON.stringify(envelope)}\n`);
  });
});

describe('given an error the engine read', () => {
  it('keeps its facts, caps a long message, and lists what it matched', () => {
    const event = errorSeenEvent({ code: 'E_X', status: 500, message: 'x'.repeat(500), causes: [] }, '/billing', []);
    expect(event).toEqual({ type: 'error-seen', route: '/billing', error: { code: 'E_X', status: 500, message: 'x'.repeat(200) }, matches: [] });
  });
});
