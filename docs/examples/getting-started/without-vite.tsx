// Without Vite: `npx help-panel build content/help --out-dir public/help` writes a folder that
// any static host or CDN can serve, and the provider fetches what it needs from it.
import type { ReactNode } from 'react';
import { HelpPanel, HelpProvider } from 'help-panel';

export function HelpFromFolder({ children }: { children: ReactNode }) {
  return (
    <HelpProvider src="/help/">
      {children}
      <HelpPanel />
    </HelpProvider>
  );
}

// A small help center can be one JSON file (`help-panel build content/help --out public/help.json`),
// loaded once on mount.
export function HelpFromFile({ children }: { children: ReactNode }) {
  return (
    <HelpProvider load={() => fetch('/help.json').then((response) => response.json())}>
      {children}
      <HelpPanel />
    </HelpProvider>
  );
}
