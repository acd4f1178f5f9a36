// The app checks for the user: a check bound to `webhook-endpoint-reachable` runs this function
// when its symptom opens, and shows Passed (and ticks itself), Failed with a fix, or Could not check.
import type { ReactNode } from 'react';
import { HelpPanel, HelpProvider, type Diagnostics, type HelpIndexInput } from 'help-panel';

export const diagnostics: Diagnostics = {
  'webhook-endpoint-reachable': async ({ signal }) => {
    const response = await fetch('/api/webhooks/health', { signal }); // aborted on timeout or close
    if (!response.ok) return { ok: 'unknown', detail: 'The webhook service did not answer.' };
    const { reachable, url } = (await response.json()) as { reachable: boolean; url: string };
    return reachable
      ? { ok: true, detail: `${url} answered.` }
      : { ok: false, detail: `${url} did not answer.`, fix: { label: 'Edit the webhook', to: '/settings/developer/webhooks' } };
  },
};

export function HelpWithDiagnostics({ index, navigate, children }: { index: HelpIndexInput; navigate: (to: string) => void; children: ReactNode }) {
  return (
    <HelpProvider index={index} diagnostics={diagnostics} diagnosticTimeoutMs={5000} onNavigate={navigate}>
      {children}
      <HelpPanel />
    </HelpProvider>
  );
}
