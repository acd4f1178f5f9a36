import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  runDiagnostics,
  runnableChecks,
  type DiagnosticOutcome,
  type DiagnosticState,
  type Diagnostics,
} from '../../engine/support/index';
import type { Symptom } from '../../schema/help-index';
import type { NormalizedError } from '../../engine/types';
import { diagnosticFinishedEvent, safeEmit, type HelpEventHandler } from '../../engine/events/index';

/** `idle`: nothing to run; `running`: at least one check is running; `done`: all settled. */
export type DiagnosticRunStatus = 'idle' | 'running' | 'done';

export interface UseDiagnosticsOptions {
  /** The open symptom, or `null`. Opening another symptom starts a new run. */
  symptom: Symptom | null | undefined;
  /** The host's diagnostics. Read when a run starts, so an inline object does not restart runs. */
  diagnostics?: Diagnostics | null;
  /** Current route, handed to diagnostics. */
  route?: string | null;
  /** Normalised error, handed to diagnostics. */
  error?: NormalizedError | null;
  /** Run only while `true` (the panel is open on this symptom). Turning it off aborts. Default `true`. */
  enabled?: boolean;
  /** Per-diagnostic timeout in ms. Default 5000. */
  timeoutMs?: number;
  /**
   * Called as each diagnostic settles while still wanted: tick passing checks,
   * emit `diagnostic-finished`. Errors it throws are contained.
   */
  onResult?: (outcome: DiagnosticOutcome, symptom: Symptom) => void;
  /** Receives a `diagnostic-finished` event per settled diagnostic. */
  onEvent?: HelpEventHandler;
}

export interface UseDiagnosticsResult {
  status: DiagnosticRunStatus;
  /** State per check id; checks without a runnable diagnostic are absent. */
  states: Readonly<Record<string, DiagnosticState>>;
  /** Settled outcomes of the current run, in settling order. */
  outcomes: readonly DiagnosticOutcome[];
  counts: { running: number; passed: number; failed: number; unknown: number };
  /** Aborts the current run and starts again ("Run checks again"). */
  runAgain: () => void;
}

const EMPTY: Readonly<Record<string, DiagnosticState>> = Object.freeze({});
const NO_OUTCOMES: readonly DiagnosticOutcome[] = Object.freeze([]);

/**
 * Runs a symptom's diagnostics when it opens, aborts them when it closes or
 * the component unmounts, and drops answers from a run that is no longer
 * current (a rerun, another symptom).
 */
export function useDiagnostics(options: UseDiagnosticsOptions): UseDiagnosticsResult {
  const { symptom, enabled = true } = options;
  const latest = useRef(options);
  latest.current = options;
  const [generation, setGeneration] = useState(0);
  const [run, setRun] = useState<{ key: string; states: Record<string, DiagnosticState>; outcomes: DiagnosticOutcome[] }>({
    key: '',
    states: {},
    outcomes: [],
  });

  const hasDiagnostics = !!options.diagnostics && Object.keys(options.diagnostics).length > 0;
  const symptomId = symptom?.id;
  useEffect(() => {
    const current = latest.current;
    const target = current.symptom;
    if (!enabled || !target || !hasDiagnostics) return;
    const runnable = runnableChecks(target.checks, current.diagnostics);
    if (runnable.length === 0) return;
    const key = `${target.id}\u0000${generation}`;
    const controller = new AbortController();
    setRun({
      key,
      states: Object.fromEntries(runnable.map(({ check }) => [check.id, { status: 'running' } as DiagnosticState])),
      outcomes: [],
    });
    void runDiagnostics({
      checks: target.checks,
      diagnostics: current.diagnostics ?? null,
      context: { route: current.route ?? null, error: current.error ?? null, symptom: target },
      ...(current.timeoutMs === undefined ? {} : { timeoutMs: current.timeoutMs }),
      signal: controller.signal,
      onResult: (outcome) => {
        if (controller.signal.aborted) return;
        const { checkId, diagnostic: _name, durationMs: _ms, ...state } = outcome;
        setRun((prev) =>
          prev.key === key
            ? { key, states: { ...prev.states, [checkId]: state as DiagnosticState }, outcomes: [...prev.outcomes, outcome] }
            : prev,
        );
        safeEmit(latest.current.onEvent, diagnosticFinishedEvent(outcome, target.id));
        const onResult = latest.current.onResult;
        if (onResult) {
          try {
            onResult(outcome, target);
          } catch (error) {
            console.error('help-panel: the onResult callback of useDiagnostics threw', error);
          }
        }
      },
    });
    return () => controller.abort();
  }, [symptomId, enabled, hasDiagnostics, generation]);

  const key = symptom ? `${symptom.id}\u0000${generation}` : '';
  const live = enabled && run.key === key;
  const states = live ? run.states : EMPTY;
  const outcomes = live ? run.outcomes : NO_OUTCOMES;
  const counts = useMemo(() => {
    const c = { running: 0, passed: 0, failed: 0, unknown: 0 };
    for (const state of Object.values(states)) if (state.status !== 'idle') c[state.status] += 1;
    return c;
  }, [states]);
  const total = counts.running + counts.passed + counts.failed + counts.unknown;
  const status: DiagnosticRunStatus = total === 0 ? 'idle' : counts.running > 0 ? 'running' : 'done';
  const runAgain = useCallback(() => setGeneration((g) => g + 1), []);
  return { status, states, outcomes, counts, runAgain };
}
