// On a browser several people share: each user's help data under their own keys, gone at sign-out.
import type { ReactNode } from 'react';
import { HelpPanel, HelpProvider, useHelp, type HelpIndexInput } from 'help-panel';

export function HelpForUser({ index, userId, children }: { index: HelpIndexInput; userId: string | null; children: ReactNode }) {
  return (
    <HelpProvider index={index} userId={userId}>
      {children}
      <HelpPanel />
    </HelpProvider>
  );
}

export function SignOutButton({ signOut }: { signOut: () => void }) {
  const { clearHelpData } = useHelp();
  return (
    <button type="button" onClick={() => { clearHelpData(); signOut(); }}>
      Sign out
    </button>
  );
}
