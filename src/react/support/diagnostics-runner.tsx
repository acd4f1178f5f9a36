import { useEffect } from 'react';
import type { Symptom } from '../../schema/help-index';
import { useHelpContext } from '../help-context';
import { checkStatusView } from './check-status-view';
import { DiagnosticsSummary } from './diagnostics-summary';
import { useDiagnostics } from './use-diagnostics';

/**
 * Runs the open symptom's diagnostics and publishes their states to the panel.
 * A separate chunk: only hosts with `diagnostics`, on symptoms that bind them,
 * download it. Unmounting (panel closed, another screen) aborts the run.
 */
export default function DiagnosticsRunner({ symptom }: { symptom: Symptom }) {
  const help = useHelpContext('HelpPanel');
  const { engine, route, error, progress, emit, labels, setDiag, followAppLink, host } = help;
  const run = useDiagnostics({
    symptom,
    diagnostics: host.current.diagnostics ?? null,
    route,
    error: engine?.normalizeError(error) ?? null,
    timeoutMs: host.current.diagnosticTimeoutMs,
    onEvent: emit,
    onResult: (outcome, target) => {
      // A pass ticks its check once; the user may untick it afterwards.
      if (outcome.status !== 'passed' || !progress || progress.checked(target).has(outcome.checkId)) return;
      progress.set(target, outcome.checkId, true);
      emit({ type: 'check-toggled', symptomId: target.id, checkId: outcome.checkId, checked: true, by: 'diagnostic' });
    },
  });
  const { states, outcomes, status, counts, runAgain } = run;
  useEffect(() => {
    // Without the host's onNavigate the fix is shown as text: there is nowhere to go.
    const onNavigate = host.current.onNavigate ? (to: string) => followAppLink(to, symptom.articleId, symptom.id) : undefined;
    setDiag({
      symptomId: symptom.id,
      outcomes,
      view: (checkId) => checkStatusView(states[checkId], { ...(onNavigate ? { onNavigate } : {}), labels }),
      summary: <DiagnosticsSummary status={status} counts={counts} onRunAgain={runAgain} labels={labels} />,
    });
  }, [symptom, states, outcomes, status, counts, runAgain, labels, followAppLink, setDiag, host]);
  useEffect(() => () => setDiag(null), [setDiag]);
  return null;
}
