// src/help-root.tsx: the whole integration. Wrap your app once; the panel finds the rest.
import type { ReactNode } from 'react';
import { HelpPanel, HelpProvider } from 'help-panel';
import 'help-panel/styles.css';
import index from 'virtual:help-panel';

export interface HelpRootProps {
  children: ReactNode;
  /** The error your app just showed: an `Error`, a fetch `Response`, `{ code, status }`… */
  lastError?: unknown;
  /** The current path, from your router. */
  route?: string;
}

export function HelpRoot({ children, lastError, route }: HelpRootProps) {
  return (
    <HelpProvider index={index} route={route} error={lastError}>
      {children}
      <HelpPanel />
    </HelpProvider>
  );
}
