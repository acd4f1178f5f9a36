// The same pieces without React: run a symptom's diagnostics, then build what support receives.
import {
  buildEscalationPayload,
  createHelpEngine,
  formatEscalationSummary,
  runDiagnostics,
  type Diagnostics,
  type HelpIndex,
} from 'help-panel/engine';

export async function escalate(index: HelpIndex, symptomId: string, diagnostics: Diagnostics, note: string) {
  const engine = createHelpEngine(index);
  const symptom = engine.symptom(symptomId);
  if (!symptom) return null;
  // Resolves (never rejects) with one outcome per bound check: passed, failed or unknown with a reason.
  const outcomes = await runDiagnostics({ checks: symptom.checks, diagnostics, context: { symptom }, timeoutMs: 5000 });
  const payload = buildEscalationPayload({
    helpCenter: index.helpCenter,
    article: engine.article(symptom.articleId) ?? null,
    symptom,
    diagnostics: outcomes,
    checkedIds: outcomes.filter((outcome) => outcome.status === 'passed').map((outcome) => outcome.checkId),
    note,
  });
  return { payload, summary: formatEscalationSummary(payload) }; // plain text for an email or ticket
}
