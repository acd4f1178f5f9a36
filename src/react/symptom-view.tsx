import { lazy, Suspense, useEffect, useRef } from 'react';
import { Checklist } from './checklist';
import { CopyLink } from './lazy-copy-link';
import { reasonLine } from './reason-line';

// Developer detail, for `debug` only: the sentences (and their code) stay out of the page load.
const ReasonsDebug = lazy(() => import('./reasons-debug'));
import { useHelpContext } from './help-context';
import { resolveView } from './select-screen';
import { FeedbackSlot, SupportSlot } from './support-slot';
import { LanguageNote, languageAttributes } from './language-note';

export interface HelpSymptomProps {
  /** The symptom to show (`article#slug`). Default: the one the panel is on. */
  symptomId?: string;
  /** Extra class on the root. Default: none. */
  className?: string;
}

/**
 * One symptom: why it was suggested, its checklist, a way to the whole
 * article, and the other symptoms that also matched.
 */
export function HelpSymptom({ symptomId, className }: HelpSymptomProps) {
  const { engine, view, matches, labels, navigate, emit, diag, debug, locale } = useHelpContext('HelpPanel.Symptom');
  const shown = resolveView(view, matches);
  const id = symptomId ?? (shown.screen === 'symptom' ? shown.symptomId : undefined);
  const symptom = id ? engine?.symptom(id) : undefined;
  const suggested = symptomId === undefined && shown.screen === 'symptom' && shown.suggested === true;
  const match = suggested ? matches.find((m) => m.symptom.id === id) : undefined;
  const others = suggested ? matches.filter((m) => m.symptom.id !== id) : [];

  const viewed = useRef<string | null>(null);
  useEffect(() => {
    // Once per view: StrictMode's second effect run is not a second view, nor is the full record
    // replacing the checklist an early file gave.
    if (!symptom || viewed.current === symptom.id) return;
    viewed.current = symptom.id;
    emit({ type: 'article-viewed', articleId: symptom.articleId, symptomId: symptom.id });
  }, [symptom, emit]);

  if (!symptom) return null;
  const article = engine?.article(symptom.articleId);
  // Until a split index's chunk comes, the title its early file gave the match.
  const articleTitle = article?.title ?? match?.article.title;

  return (
    <article data-help-part="symptom" data-symptom-id={symptom.id} className={className} {...languageAttributes(article, engine?.index, locale)}>
      {article && <LanguageNote article={article} />}
      <h3 data-help-part="screen-title" tabIndex={-1}>
        {symptom.title}
      </h3>
      {articleTitle && articleTitle !== symptom.title && <p data-help-part="symptom-article">{articleTitle}</p>}
      {match && reasonLine(match.reasons, labels) !== null && <p data-help-part="reasons">{reasonLine(match.reasons, labels)}</p>}
      {match && debug && match.reasons.length > 0 && (
        <Suspense fallback={null}>
          <ReasonsDebug reasons={match.reasons} />
        </Suspense>
      )}
      {symptom.description && <p data-help-part="symptom-description">{symptom.description}</p>}
      <h4 data-help-part="checks-title">{labels.checks}</h4>
      <Checklist symptomId={symptom.id} />
      {diag?.symptomId === symptom.id && diag.summary}
      <p>
        <button
          type="button"
          data-help-part="read-article"
          onClick={() => navigate({ screen: 'article', articleId: symptom.articleId, scrollTo: symptom.id })}
        >
          {labels.readArticle}
        </button>
      </p>
      <CopyLink id={symptom.id} />
      <FeedbackSlot articleId={symptom.articleId} symptomId={symptom.id} />
      <SupportSlot place="symptom" articleId={symptom.articleId} symptomId={symptom.id} />
      {others.length > 0 && (
        <section data-help-part="other-matches" aria-label={labels.otherMatches}>
          <h4>{labels.otherMatches}</h4>
          <ul>
            {others.map((other) => (
              <li key={other.symptom.id}>
                <button
                  type="button"
                  data-help-part="match-link"
                  onClick={() => navigate({ screen: 'symptom', symptomId: other.symptom.id, suggested: true })}
                >
                  {other.symptom.title}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
