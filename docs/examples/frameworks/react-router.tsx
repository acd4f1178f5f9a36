// React Router: the route from the router, and the articles' app links through its navigate.
import type { ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { HelpPanel, HelpProvider, type HelpIndexInput } from 'help-panel';

export function HelpRoot({ index, children }: { index: HelpIndexInput; children: ReactNode }) {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  return (
    <HelpProvider index={index} route={pathname} onNavigate={(to) => navigate(to)}>
      {children}
      <HelpPanel />
    </HelpProvider>
  );
}
