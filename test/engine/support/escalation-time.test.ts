import { describe, expect, it } from 'vitest';
import { describeLocalTime } from '../../../src/engine/support/time-zone';

describe('given a moment and a time zone', () => {
  it('writes the local wall clock with the zone’s offset, across daylight saving', () => {
    expect(describeLocalTime(new Date('2026-01-15T12:00:00Z'), 'America/New_York')).toEqual({
      iso: '2026-01-15T07:00:00-05:00',
      timeZone: 'America/New_York',
      utcOffset: '-05:00',
    });
    expect(describeLocalTime(new Date('2026-07-15T12:00:00Z'), 'America/New_York')?.utcOffset).toBe('-04:00');
  });

  it('handles half-hour offsets and dates that change across the offset', () => {
    expect(describeLocalTime(Date.UTC(2026, 0, 1, 20, 0, 0), 'Asia/Kolkata')).toEqual({
      iso: '2026-01-02T01:30:00+05:30',
      timeZone: 'Asia/Kolkata',
      utcOffset: '+05:30',
    });
  });

  it('writes UTC as +00:00', () => {
    expect(describeLocalTime('2026-03-01T00:00:00Z', 'UTC')).toEqual({ iso: '2026-03-01T00:00:00+00:00', timeZone: 'UTC', utcOffset: '+00:00' });
  });
});

describe('given bad input', () => {
  it('returns null for an invalid date', () => {
    expect(describeLocalTime('yesterday-ish')).toBeNull();
    expect(describeLocalTime(Number.NaN)).toBeNull();
  });

  it('falls back to the runtime’s zone for an unknown zone name', () => {
    const fallback = describeLocalTime(Date.UTC(2026, 0, 1), 'Mars/Olympus_Mons');
    expect(fallback).toEqual(describeLocalTime(Date.UTC(2026, 0, 1)));
    expect(fallback?.iso).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
  });
});
