import { useState } from 'react';
import { HelpPanel, HelpProvider, useHelp, type HelpIndexInput, type HelpProviderProps } from '../../src/index';
import type { EscalationPayload } from '../../src/engine/support/escalation';
import { createChatCompletionsAsk } from '../../src/ask';
import { DemoPage } from './demo-page';
import { EscalationLog } from './escalation-log';
import { diagnosticNames, HostDiagnosticsPanel, type DiagnosticOutcome } from './host-diagnostics';
import { demoDiagnostics } from './host-callbacks';
import { HELP_CENTERS, helpCenterDemo, scenarioAt } from './scenarios';
import { useDemoLocation } from './use-demo-location';

export interface DemoAppProps {
  /** The compiled help centers by id (`oxvo`, `ochre`). */
  indexes: Readonly<Record<string, HelpIndexInput>>;
  /** Where the panel's events go. Default: nowhere. */
  onEvent?: HelpProviderProps['onEvent'];
}

/** The fake product: two help centers, their pages, their errors, host diagnostics and a support inbox. */
export function DemoApp({ indexes, onEvent }: DemoAppProps) {
  const { pathname, search, navigate } = useDemoLocation();
  const center = helpCenterDemo(search.get('center') ?? 'oxvo');
  const index = indexes[center.id]!;
  const scenario = scenarioAt(center, pathname);
  const [outcomes, setOutcomes] = useState<Record<string, DiagnosticOutcome>>({});
  const [escalation, setEscalation] = useState<EscalationPayload | null>(null);
  const lang = search.get('lang') ?? 'en';
  const link = (path: string, centerId = center.id, language = lang) => `${path}?center=${centerId}${language === 'en' ? '' : `&lang=${language}`}`;

  return (
    <HelpProvider
      key={center.id}
      index={index}
      // Oxvo is in German and Japanese too, Ochre partly: untranslated articles show in English, with a note.
      // No `translations`: the panel loads its own label pack for the language, as a chunk of its own.
      locale={lang}
      route={pathname}
      onNavigate={(to) => navigate(link(to))}
      onEvent={onEvent}
      ask={demoAsk}
      {...hostCallbacks(center.id, outcomes, scenario?.path ?? '/', setEscalation)}
    >
      <div className="demo-shell" data-demo-center={center.id}>
        <header className="demo-header">
          <p className="demo-brand">
            <strong>{center.product}</strong> <span>{center.tagline}</span>
          </p>
          <nav aria-label="Help center">
            <ul className="demo-switch">
              {HELP_CENTERS.map((other) => (
                <li key={other.id}>
                  <a
                    href={link(other.scenarios[0]!.path, other.id)}
                    aria-current={other.id === center.id ? 'true' : undefined}
                    onClick={(event) => {
                      event.preventDefault();
                      navigate(link(other.scenarios[0]!.path, other.id));
                    }}
                  >
                    {other.product} help
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <label className="demo-language">
            Language{' '}
            <select value={lang} data-demo-language="" onChange={(event) => navigate(link(pathname, center.id, event.target.value))}>
              {LANGUAGES.map(([tag, name]) => (
                <option key={tag} value={tag}>
                  {name}
                </option>
              ))}
            </select>
          </label>
          <SignOut />
        </header>
        <div className="demo-body">
          <nav className="demo-nav" aria-label="Pages">
            <ul>
              {center.scenarios.map((item) => (
                <li key={item.id}>
                  <a
                    href={link(item.path)}
                    data-demo-route={item.id}
                    aria-current={item.path === pathname ? 'page' : undefined}
                    onClick={(event) => {
                      event.preventDefault();
                      navigate(link(item.path));
                    }}
                  >
                    {item.page}
                    <span className="demo-pattern">{item.pattern}</span>
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <main className="demo-main">
            <DemoPage key={pathname} title={scenario?.page ?? `${center.product} home`} scenario={scenario} />
            <HostDiagnosticsPanel
              names={diagnosticNames(center.id, scenario?.symptom)}
              outcomes={outcomes}
              onChange={(name, outcome) => setOutcomes((previous) => ({ ...previous, [name]: outcome }))}
            />
            <EscalationLog payload={escalation} />
          </main>
        </div>
      </div>
      <HelpPanel />
    </HelpProvider>
  );
}

/**
 * Answers in plain words, from the dev server's model route (demo-model-plugin.ts): a stand-in
 * that only repeats the sources, or, with HELP_MODEL_URL set when the server starts, a real model.
 */
const demoAsk = createChatCompletionsAsk({ url: '/__help-model/v1/chat/completions', model: 'chosen-by-the-server' });


/** The demo's language menu: content in English, German and Japanese; Arabic has labels only (right to left). */
const LANGUAGES = [
  ['en', 'English'],
  ['de', 'Deutsch'],
  ['ja', '日本語'],
  ['ar', 'العربية'],
] as const;

/**
 * The host's side of the contract, in one place so the demo shows it at a
 * glance: diagnostics answering what the Host diagnostics card says, and
 * `onEscalate` delivering the payload to the Support inbox card.
 */
function hostCallbacks(
  helpCenter: string,
  outcomes: Record<string, DiagnosticOutcome>,
  fixPath: string,
  onEscalate: (payload: EscalationPayload) => void,
): Pick<HelpProviderProps, 'diagnostics' | 'onEscalate' | 'context'> {
  return {
    diagnostics: demoDiagnostics(diagnosticNames(helpCenter), outcomes, fixPath),
    onEscalate,
    context: { workspace: 'demo-workspace', plan: 'Team' },
  };
}

/** What a host's sign-out does on a shared browser: forget this user's help data in every tab. */
function SignOut() {
  const { clearHelpData } = useHelp();
  return (
    <button type="button" className="demo-sign-out" data-demo-sign-out="" onClick={clearHelpData}>
      Sign out
    </button>
  );
}
