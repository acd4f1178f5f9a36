import { performance } from 'node:perf_hooks';

/** The `p` quantile (0…1) of `samples`, nearest rank below. */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * (sorted.length - 1)))] ?? Number.NaN;
}

/** Milliseconds with the digits that matter at their size. */
export function ms(value: number): string {
  return value < 0.1 ? value.toFixed(3) : value < 10 ? value.toFixed(2) : value.toFixed(0);
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(0)} kB`;
}

/**
 * Times every query: one warm-up pass (skipped when a single slow repeat is
 * all there is), then `repeats` runs per query. Each query's time is the
 * median of its runs, so a pause the machine takes elsewhere (another
 * process, a GC) does not pass for the query's cost; p50/p95 are then taken
 * across queries.
 */
export function time<T>(queries: readonly T[], repeats: number, run: (query: T) => unknown): number[] {
  if (repeats > 1) for (const query of queries) run(query);
  const runs: number[][] = queries.map(() => []);
  for (let r = 0; r < repeats; r++) {
    queries.forEach((query, i) => {
      const start = performance.now();
      run(query);
      runs[i]?.push(performance.now() - start);
    });
  }
  return runs.map((samples) => percentile(samples, 0.5));
}
