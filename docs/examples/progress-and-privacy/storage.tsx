// Where checklist progress and the unsent note are kept: localStorage by default, or any
// object with getItem, setItem and removeItem. Keep it stable across renders.
import type { ReactNode } from 'react';
import { createMemoryStorage, createSafeStorage, HelpPanel, HelpProvider, type HelpIndexInput } from 'help-panel';

const perTab = createSafeStorage(() => window.sessionStorage); // never throws; memory when refused
export const forgetful = createMemoryStorage(); // gone on reload

export function HelpKeptPerTab({ index, children }: { index: HelpIndexInput; children: ReactNode }) {
  return (
    <HelpProvider index={index} storage={perTab} storageNamespace="acme-help" onError={(error) => console.warn(error)}>
      {children}
      <HelpPanel />
    </HelpProvider>
  );
}
