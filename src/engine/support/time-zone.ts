/**
 * A moment as support needs it: seed 002 asks for "the exact time the issue
 * started, in your local time zone", so the payload carries the local wall
 * clock with its offset plus the zone's name (an offset alone cannot tell
 * Europe/Berlin from Africa/Lagos, and a name alone hides daylight saving).
 */
export interface LocalTime {
  /** ISO 8601 local time with offset, e.g. `2026-11-22T18:44:19+01:00`. */
  iso: string;
  /**
   * IANA time-zone name from `Intl`, e.g. `Europe/Berlin`. When the runtime
   * cannot tell, the offset written as `UTC+01:00`.
   */
  timeZone: string;
  /** Offset from UTC at that moment, e.g. `+01:00`, `-05:30`, `+00:00`. */
  utcOffset: string;
}

/**
 * Describes `date` in `timeZone` (default: the user's zone as `Intl` reports
 * it). Returns `null` for an invalid date; an unknown zone name falls back to
 * the runtime's own zone, so the result is always usable.
 */
export function describeLocalTime(date: Date | number | string, timeZone?: string): LocalTime | null {
  const moment = date instanceof Date ? new Date(date.getTime()) : new Date(date);
  const ms = moment.getTime();
  if (!Number.isFinite(ms)) return null;

  const zone = resolveTimeZone(timeZone);
  const offsetMinutes = zone ? offsetInZone(ms, zone) : null;
  // Without Intl (or with a zone it rejects), the runtime's own offset is the best we have.
  const minutes = offsetMinutes ?? -moment.getTimezoneOffset();
  const utcOffset = formatOffset(minutes);
  const wall = new Date(ms + minutes * 60_000);
  const iso = `${wall.toISOString().slice(0, 19)}${utcOffset}`;
  return { iso, timeZone: offsetMinutes !== null && zone ? zone : `UTC${utcOffset}`, utcOffset };
}

/** The user's IANA zone, or `undefined` when the runtime cannot tell. */
export function userTimeZone(): string | undefined {
  try {
    const zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    return typeof zone === 'string' && zone !== '' ? zone : undefined;
  } catch {
    return undefined;
  }
}

function resolveTimeZone(requested: string | undefined): string | undefined {
  if (typeof requested === 'string' && requested !== '') {
    try {
      // Throws a RangeError for an unknown name. The name is kept as given:
      // ICU's canonical form can be an outdated alias (Asia/Kolkata → Asia/Calcutta).
      new Intl.DateTimeFormat('en-US', { timeZone: requested });
      return requested;
    } catch {
      // Fall through to the user's zone.
    }
  }
  return userTimeZone();
}

/** Minutes east of UTC in `zone` at `ms`, from the zone's wall-clock parts. */
function offsetInZone(ms: number, zone: string): number | null {
  try {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    }).formatToParts(new Date(ms));
    const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
    const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
    if (!Number.isFinite(asUtc)) return null;
    // Drop the milliseconds the parts cannot carry before comparing.
    return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000);
  } catch {
    return null;
  }
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
