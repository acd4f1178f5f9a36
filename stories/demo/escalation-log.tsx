export interface EscalationLogProps {
  /** The last payload `onEscalate` received, or `null`. */
  payload: unknown;
}

/** Where the demo's "support team" receives escalations: the payload as JSON. */
export function EscalationLog({ payload }: EscalationLogProps) {
  return (
    <section className="demo-card" aria-labelledby="escalation-title">
      <h2 id="escalation-title">Support inbox (onEscalate)</h2>
      {payload === null ? (
        <p>No escalation yet. In the panel, choose “Contact support” and send.</p>
      ) : (
        <pre className="demo-payload" data-demo-escalation tabIndex={0} aria-label="Escalation payload">
          {JSON.stringify(payload, null, 2)}
        </pre>
      )}
    </section>
  );
}
