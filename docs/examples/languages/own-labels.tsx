// Your own words on top of a pack: `translations` replaces the packs the panel would load.
import type { ReactNode } from 'react';
import { HelpPanel, HelpProvider, type HelpIndexInput } from 'help-panel';
import de from 'help-panel/locales/de';

export function GermanHelp({ index, children }: { index: HelpIndexInput; children: ReactNode }) {
  return (
    <HelpProvider
      index={index}
      locale="de"
      translations={[de]}
      labels={{ title: 'Hilfe & Support', checkedCount: (checked, total) => `${checked} von ${total} erledigt` }}
    >
      {children}
      <HelpPanel />
    </HelpProvider>
  );
}
