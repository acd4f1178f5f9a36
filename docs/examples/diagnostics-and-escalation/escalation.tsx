// "Still stuck? Contact support": the form sends what the user tried, with your fields and context.
import type { ReactNode } from 'react';
import { HelpPanel, HelpProvider, type EscalationPayload, type HelpIndexInput } from 'help-panel';

export function HelpWithSupport({ index, team, children }: { index: HelpIndexInput; team: { slug: string; plan: string }; children: ReactNode }) {
  return (
    <HelpProvider
      index={index}
      context={{ workspace: team.slug, plan: team.plan }}
      escalationFields={[
        { id: 'workspace', label: 'Workspace slug', required: true }, // pre-filled from context.workspace
        { id: 'account', label: 'Account id', contextKey: 'accountId' },
      ]}
      onEscalate={async (payload: EscalationPayload) => {
        const response = await fetch('/api/support-tickets', { method: 'POST', body: JSON.stringify(payload) });
        if (!response.ok) throw new Error(`the ticket API answered ${response.status}`); // the form offers Try again
      }}
    >
      {children}
      <HelpPanel />
    </HelpProvider>
  );
}
