import type { ReactNode } from 'react';

/** Sorted, clamped, merged copies of `[start, end)` ranges, safe to slice `length` characters with. */
export function normalizeRanges(ranges: readonly (readonly [number, number])[], length: number): [number, number][] {
  const clean = ranges
    .map(([start, end]) => [Math.max(0, Math.min(length, start)), Math.max(0, Math.min(length, end))] as [number, number])
    .filter(([start, end]) => Number.isFinite(start) && Number.isFinite(end) && end > start)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of clean) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

export interface HighlightProps {
  value: string;
  /** `[start, end)` offsets into `value`; overlapping or out-of-range ones are tidied. */
  ranges: readonly (readonly [number, number])[];
}

/** Text with its matched parts in `<mark>`. */
export function Highlight({ value, ranges }: HighlightProps) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of normalizeRanges(ranges, value.length)) {
    if (start > at) parts.push(value.slice(at, start));
    parts.push(<mark key={start} data-help-part="highlight">{value.slice(start, end)}</mark>);
    at = end;
  }
  if (at < value.length) parts.push(value.slice(at));
  return <>{parts}</>;
}

/**
 * A window of about `radius` characters either side of the first match, with
 * ranges shifted to fit, so a long body match still shows where it hit.
 */
export function snippet(value: string, ranges: readonly (readonly [number, number])[], radius = 60): HighlightProps {
  const first = normalizeRanges(ranges, value.length)[0];
  if (!first || value.length <= radius * 2) return { value, ranges };
  const from = Math.max(0, first[0] - radius);
  const to = Math.min(value.length, first[1] + radius);
  const prefix = from > 0 ? '…' : '';
  const suffix = to < value.length ? '…' : '';
  const shift = prefix.length - from;
  return {
    value: prefix + value.slice(from, to) + suffix,
    ranges: ranges.map(([s, e]) => [s + shift, Math.min(e, to) + shift] as [number, number]).filter(([s, e]) => s >= prefix.length && e > s),
  };
}
