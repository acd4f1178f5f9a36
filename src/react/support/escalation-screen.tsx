import { useEffect, useRef } from 'react';
import { createEscalationDraftStore } from '../../engine/state/index';
import { createVisitLog } from '../../engine/state/index';
import { useHelpContext } from '../help-context';
import { EscalationForm } from './escalation-form';

/**
 * The panel's "Contact support" screen: everything the panel knows about this
 * visit, the host's fields and the article's details. A separate chunk,
 * loaded when the user asks for it.
 */
export default function EscalationScreen() {
  const help = useHelpContext('HelpPanel.Screen');
  const { engine, view, route, error, progress, labels, emit, back, host, visit, diag, drafts } = help;
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The panel focuses a screen's title after navigating, but this one arrived late.
    const title = root.current?.querySelector<HTMLElement>('h3');
    if (title) {
      title.tabIndex = -1;
      title.setAttribute('data-help-part', 'screen-title');
      title.focus();
    }
  }, []);
  if (!engine || view.screen !== 'escalation') return null;
  const symptom = view.symptomId ? engine.symptom(view.symptomId) : undefined;
  const article = engine.article(view.articleId ?? symptom?.articleId ?? '');
  const normalized = engine.normalizeError(error);
  // The engine's rules (no repeats, capped, first sighting per error) applied to the raw notes.
  const visitLog = createVisitLog();
  for (const query of visit.searches) visitLog.recordSearch(query);
  for (const seen of visit.errors) visitLog.recordError(seen.error, seen.at);
  // One draft per provider and help center: the note survives closing and reopening until sent.
  // It lives next to progress (localStorage by default), so it survives a closed tab and reaches the others.
  drafts.current ??= createEscalationDraftStore({
    key: drafts.key,
    storage: drafts.storage,
    namespace: drafts.namespace,
    legacyStorage: drafts.legacy ? sessionStorageOrNull() : null,
    onProblem: drafts.onProblem,
  });
  const { onEscalate, ...h } = host.current;
  return (
    <div ref={root}>
      <EscalationForm
        about={{
          helpCenter: engine.index.helpCenter,
          article,
          symptom,
          route,
          error: normalized,
          firstSeen: visitLog.firstSeen(normalized),
          checkedIds: symptom && progress ? progress.checked(symptom) : [],
          diagnostics: symptom && diag?.symptomId === symptom.id ? diag.outcomes : [],
          searches: visitLog.searches(),
          ask: view.fromAnswer ? help.asks.current?.escalation() : null,
        }}
        fields={h.escalationFields}
        details={article?.escalation?.details}
        context={h.context}
        onEscalate={onEscalate ? (payload) => host.current.onEscalate?.(payload) : undefined}
        supportEmail={h.supportEmail}
        onEvent={emit}
        includeNoteInEvents={h.includeNoteInEvents}
        store={drafts.current}
        onDone={back}
        headingLevel={3}
        labels={labels}
      />
    </div>
  );
}

/** The per-tab storage older versions kept drafts in, where the browser allows it. */
function sessionStorageOrNull(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}
