import { lazy, Suspense, useState } from 'react';
import { useChecked } from './checklist';
import { useHelpContext, type SupportPlace } from './help-context';
import { Feedback } from './support/lazy-feedback';

// Shown after a "No" only: its own small download.
const SecondChance = lazy(() => import('./second-chance'));

/**
 * "Still stuck? Contact support" on the home, symptom and no-results screens.
 * On a symptom it stands out (`data-prominent`) once every check is done.
 */
export function SupportSlot({ place, articleId, symptomId }: { place: SupportPlace; articleId?: string; symptomId?: string }) {
  const { labels, navigate, progress, engine } = useHelpContext('HelpPanel.Content');
  const symptom = symptomId ? engine?.symptom(symptomId) : undefined;
  const checked = useChecked(progress, symptom);
  const done = !!symptom && symptom.checks.length > 0 && symptom.checks.every((c) => checked.has(c.id));
  return (
    <div data-help-part="support" data-place={place}>
      <button
        type="button"
        data-help-part="contact-support"
        data-place={place}
        data-prominent={done ? '' : undefined}
        onClick={() => navigate({ screen: 'escalation', articleId, symptomId })}
      >
        {labels.contactSupport}
      </button>
    </div>
  );
}

/**
 * "Was this helpful?" for the article or symptom on screen: one vote per view.
 * A "No" opens the second chance: other matches and the search box, before
 * "Contact support" (which follows this slot on a symptom).
 */
export function FeedbackSlot({ articleId, symptomId }: { articleId: string; symptomId?: string }) {
  const { labels, emit, host, contentSettled } = useHelpContext('HelpPanel.Content');
  const view = `${articleId}\u0000${symptomId ?? ''}`;
  const [declined, setDeclined] = useState<string | null>(null);
  // Below the checklist, and a download of its own: after the checklist's files.
  if (!contentSettled) return null;
  return (
    <>
      <Feedback
        articleId={articleId}
        symptomId={symptomId}
        onFeedback={(feedback) => {
          // A "No" counted as the view goes away (no comment sent) opens nothing: the user has moved on.
          if (!feedback.helpful && `${feedback.articleId}\u0000${feedback.symptomId ?? ''}` === view) setDeclined(view);
          host.current.onFeedback?.(feedback);
        }}
        onEvent={emit}
        includeNoteInEvents={host.current.includeNoteInEvents}
        labels={labels}
      />
      {declined === view && (
        <Suspense fallback={null}>
          <SecondChance articleId={articleId} symptomId={symptomId} />
        </Suspense>
      )}
    </>
  );
}
