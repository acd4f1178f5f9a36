
/** What each of the demo host's diagnostics answers; the visitor flips them. */
export type DiagnosticOutcome = 'pass' | 'fail';

/**
 * The demo host's diagnostics, by the symptom (or article) title each page's
 * scenario names. A real host knows its own diagnostics the same way: it
 * implements them, and the content binds checks to their names.
 */
const HOST_DIAGNOSTICS: Record<string, Record<string, string[]>> = {
  oxvo: {
    'Inbox setup completes but no conversations arrive': ['channel-credentials-valid', 'inbox-has-agents', 'channel-connected'],
    'User cannot sign in after MFA prompt': ['mfa-enrolled', 'mfa-policy-enabled'],
    'Sessions snippet installed but no sessions appear': ['sessions-install-complete', 'install-tracker-clear'],
    'Session exists but does not appear in expected list': ['sessions-permission-granted'],
    'Sensitive values still visible in replay': ['masking-rules-enabled'],
    'Agent cannot access expected page': ['feature-enabled-for-plan'],
    'Webhooks not firing': ['webhook-endpoint-reachable'],
  },
  ochre: {
    'The AI agent has gone quiet': ['spend-cap-remaining', 'ai-key-valid'],
    'AI not drafting': ['spend-cap-remaining', 'ai-key-valid'],
    'Linear disconnects': ['linear-connected'],
    'Customers send replies but nothing shows up in the inbox': ['domain-records-valid', 'email-channel-enabled', 'outbound-domain-verified'],
    'Not getting replies': ['domain-records-valid', 'email-channel-enabled', 'outbound-domain-verified'],
    'Slack stopped getting new conversation pings': ['slack-channel-enabled', 'slack-connected'],
    'Slack not routing': ['slack-channel-enabled', 'slack-connected'],
    'Customer 360 shows no Stripe data': ['stripe-connected'],
    'Stripe not showing': ['stripe-connected'],
    'Five-minute first pass': ['integrations-healthy', 'channels-enabled', 'domain-records-valid'],
    'Troubleshooting overview': ['integrations-healthy', 'channels-enabled', 'domain-records-valid'],
    'The chat widget is missing on your site': ['widget-snippet-present', 'widget-channel-enabled'],
    'Widget not loading': ['widget-snippet-present', 'widget-channel-enabled'],
  },
};

/** The host's diagnostic names for a help center, in order of first use; with a title, only those of that symptom. */
export function diagnosticNames(helpCenter: string, title?: string): string[] {
  const table = HOST_DIAGNOSTICS[helpCenter] ?? {};
  const lists = title === undefined ? Object.values(table) : [table[title] ?? []];
  return [...new Set(lists.flat())];
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
