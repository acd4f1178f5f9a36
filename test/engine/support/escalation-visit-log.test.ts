import { describe, expect, it } from 'vitest';
import { createVisitLog } from '../../../src/engine/state/visit-log';

const quota = { code: 'QUOTA_EXCEEDED', status: 429, causes: [] };
const auth = { status: 401, message: 'Unauthorized', causes: [] };

describe('given a visit with searches', () => {
  it('keeps them deduplicated, oldest first, capped', () => {
    const log = createVisitLog({ maxSearches: 3 });
    for (const q of ['stripe', 'slack', 'Stripe', 'widget', 'domains']) log.recordSearch(q);
    expect(log.searches()).toEqual(['Stripe', 'widget', 'domains']);
  });

  it('hands out copies, so callers cannot change the log', () => {
    const log = createVisitLog();
    log.recordSearch('slack');
    log.searches().push('tampered');
    expect(log.searches()).toEqual(['slack']);
  });
});

describe('given errors seen during a visit', () => {
  it('remembers when each problem was first seen, not its repeats', () => {
    const log = createVisitLog();
    log.recordError(quota, new Date('2026-11-22T09:00:00Z'));
    log.recordError(auth, new Date('2026-11-22T09:05:00Z'));
    log.recordError({ ...quota }, new Date('2026-11-22T10:00:00Z'));
    expect(log.firstSeen(quota)?.toISOString()).toBe('2026-11-22T09:00:00.000Z');
    expect(log.firstSeen(auth)?.toISOString()).toBe('2026-11-22T09:05:00.000Z');
    expect(log.firstSeen()?.toISOString()).toBe('2026-11-22T09:00:00.000Z');
  });

  it('uses the clock when no time is given, and knows nothing of unseen errors', () => {
    const log = createVisitLog({ now: () => new Date('2026-01-01T00:00:00Z') });
    expect(log.firstSeen()).toBeNull();
    log.recordError(quota);
    log.recordError(null);
    expect(log.firstSeen(quota)?.toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(log.firstSeen(auth)).toBeNull();
  });
});
