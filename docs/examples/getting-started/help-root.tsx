// src/help-root.tsx: the whole integration. Wrap your app once, with the route from your router
// and the error your app just showed (an `Error`, a fetch `Response`, `{ code, status }`, …).
import type { ReactNode } from 'react';
import { HelpPanel, HelpProvider } from 'help-panel';
import 'help-panel/styles.css';
import index from 'virtual:help-panel';

export function HelpRoot({ children, route, lastError }: { children: ReactNode; route?: string; lastError?: unknown }) {
  return (
    <HelpProvider index={index} route={route} error={lastError}>
      {children}
      <HelpPanel />
    </HelpProvider>
  );
}
