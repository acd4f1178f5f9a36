import type { HelpIndex } from '../../src/schema/help-index';

/** What each of the demo host's diagnostics answers; the visitor flips them. */
export type DiagnosticOutcome = 'pass' | 'fail';

/**
 * Every diagnostic name the content binds a check to, in order of first use;
 * with a name from the table, only those of that symptom (the table names a
 * symptom by its own title or by its article's title).
 */
export function diagnosticNames(index: HelpIndex, tableName?: string): string[] {
  const articleIds = new Set(index.articles.filter((article) => article.title === tableName).map((article) => article.id));
  const symptoms =
    tableName === undefined
      ? index.symptoms
      : index.symptoms.filter((symptom) => symptom.title === tableName || articleIds.has(symptom.articleId));
  const names = symptoms.flatMap((symptom) => symptom.checks.flatMap((check) => (check.diagnostic ? [check.diagnostic] : [])));
  return [...new Set(names)];
}

export interface HostDiagnosticsPanelProps {
  names: string[];
  outcomes: Record<string, DiagnosticOutcome>;
  onChange: (name: string, outcome: DiagnosticOutcome) => void;
}

/** The host's side of self-checking checklists: which of its checks pass right now. */
export function HostDiagnosticsPanel({ names, outcomes, onChange }: HostDiagnosticsPanelProps) {
  return (
    <section className="demo-card" aria-labelledby="diagnostics-title">
      <h2 id="diagnostics-title">Host diagnostics</h2>
      {names.length === 0 ? (
        <p>No check on this page is bound to a diagnostic.</p>
      ) : (
        <>
          <p>What the app reports when the panel runs its checks. Untick one to make it fail.</p>
          <ul className="demo-diagnostics">
            {names.map((name) => (
              <li key={name}>
                <label>
                  <input
                    type="checkbox"
                    data-demo-diagnostic={name}
                    checked={(outcomes[name] ?? 'pass') === 'pass'}
                    onChange={(event) => onChange(name, event.target.checked ? 'pass' : 'fail')}
                  />{' '}
                  <code>{name}</code> passes
                </label>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
