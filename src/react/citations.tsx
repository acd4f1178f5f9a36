import { useId } from 'react';
import type { GroundingPassage } from '../engine/ground';
import type { SearchHit } from '../engine/types';
import { useHelpContext } from './help-context';

/** Opens what a citation or a hit names: its symptom with the checklist, or the article. */
function useOpen() {
  const { navigate } = useHelpContext('HelpPanel.Answer');
  return (id: string, articleId: string) =>
    navigate(id !== articleId ? { screen: 'symptom', symptomId: id } : { screen: 'article', articleId });
}

/** The passages an answer cited, in the order first cited, each a button that opens it. */
export function Citations({ passages, label }: { passages: readonly GroundingPassage[]; label: string }) {
  const open = useOpen();
  const titleId = useId();
  if (passages.length === 0) return null;
  return (
    <section data-help-part="citations" aria-labelledby={titleId}>
      <h4 id={titleId} data-help-part="citations-title">{label}</h4>
      <ul>
        {passages.map((passage) => (
          <li key={passage.key}>
            <button type="button" data-help-part="citation" data-key={passage.key} onClick={() => open(passage.id, passage.articleId)}>
              <span data-help-part="citation-key" aria-hidden="true">
                {passage.key}
              </span>
              <span data-help-part="citation-title">{passage.title}</span>
              {passage.articleTitle !== passage.title && <span data-help-part="citation-article">{passage.articleTitle}</span>}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Search hits for the question, when there is no answer to show. */
export function AnswerHits({ hits, label }: { hits: readonly SearchHit[]; label: string }) {
  const open = useOpen();
  const titleId = useId();
  if (hits.length === 0) return null;
  return (
    <section data-help-part="answer-hits" aria-labelledby={titleId}>
      <h4 id={titleId}>{label}</h4>
      <ul>
        {hits.map((hit) => {
          const id = hit.symptom?.id ?? hit.article.id;
          return (
            <li key={id}>
              <button type="button" data-help-part="answer-hit" onClick={() => open(id, hit.article.id)}>
                <span data-help-part="result-title">{hit.symptom?.title ?? hit.article.title}</span>
                {hit.symptom && <span data-help-part="result-article">{hit.article.title}</span>}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
