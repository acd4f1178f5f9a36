// The user's language picks the content's locale and the label pack; both load on demand.
import type { ReactNode } from 'react';
import { HelpPanel, HelpProvider, useHelp, type HelpIndexInput } from 'help-panel';

export function LocalizedHelp({ index, language, children }: { index: HelpIndexInput; language: string; children: ReactNode }) {
  return (
    // `de` shows the German articles (others in English under a note) and the package's German labels.
    <HelpProvider index={index} locale={language}>
      {children}
      <HelpPanel />
    </HelpProvider>
  );
}

/** A language menu: the locales the help center is written in, and the one shown. */
export function HelpLanguages() {
  const { locales, contentLocale } = useHelp();
  return <p>Help is written in {locales.join(', ')}; showing {contentLocale ?? 'the default'}.</p>;
}
