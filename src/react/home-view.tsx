import type { Article } from '../schema/help-index';
import { useHelpContext } from './help-context';
import { SupportSlot } from './support-slot';

function ArticleList({ articles }: { articles: readonly Article[] }) {
  const { navigate } = useHelpContext('HelpPanel.Home');
  return (
    <ul data-help-part="article-list">
      {articles.map((article) => (
        <li key={article.id}>
          <button
            type="button"
            data-help-part="article-link"
            onClick={() => navigate({ screen: 'article', articleId: article.id })}
          >
            <span data-help-part="article-link-title">{article.title}</span>
            {article.summary && <span data-help-part="article-link-summary">{article.summary}</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}

export interface HelpHomeProps {
  /** Extra class on the root. Default: none. */
  className?: string;
}

/**
 * The start screen: the help center's buckets and their articles. The
 * search box is in the panel's header, on every screen.
 */
export function HelpHome({ className }: HelpHomeProps) {
  const { engine, labels, matches, navigate } = useHelpContext('HelpPanel.Home');
  // Only guesses reach home with matches: a sure match would have opened its symptom.
  const related = matches.filter((match) => match.related === 'weak');
  const index = engine?.index;
  const byId = new Map(index?.articles.map((a) => [a.id, a]));
  const inBucket = new Set(index?.buckets.flatMap((b) => b.articleIds));
  const loose = index?.articles.filter((a) => !inBucket.has(a.id)) ?? [];
  // A split index lists a bucket's first articles only; its manifest counts them all.
  const manifest = engine?.lazy?.manifest;
  const totals = new Map(manifest?.buckets.map((bucket) => [bucket.id, bucket.count]));
  const looseTotal = manifest ? manifest.counts.articles - manifest.buckets.reduce((sum, bucket) => sum + bucket.count, 0) : loose.length;
  const more = (shown: number, total: number | undefined) =>
    total !== undefined && total > shown ? <p data-help-part="more-articles">{labels.moreArticles(total - shown)}</p> : null;

  return (
    <div data-help-part="home" className={className}>
      {index && (
        <>
          {index.articles.length === 0 && <p data-help-part="empty">{labels.emptyIndex}</p>}
          {related.length > 0 && (
            <section data-help-part="possibly-related" aria-label={labels.suggestedForSearch('')}>
              <h3 data-help-part="bucket-title">{labels.suggestedForSearch('')}</h3>
              <ul>
                {related.map((match) => (
                  <li key={match.symptom.id}>
                    <button type="button" data-help-part="match-link" onClick={() => navigate({ screen: 'symptom', symptomId: match.symptom.id, suggested: true })}>
                      {match.symptom.title}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {index.buckets.map((bucket) => {
            const articles = bucket.articleIds.flatMap((id) => byId.get(id) ?? []);
            if (articles.length === 0) return null;
            return (
              <section key={bucket.id} data-help-part="bucket" aria-label={bucket.title}>
                <h3 data-help-part="bucket-title">{bucket.title}</h3>
                <ArticleList articles={articles} />
                {more(articles.length, totals.get(bucket.id))}
              </section>
            );
          })}
          {loose.length > 0 && (
            <section data-help-part="bucket" aria-label={labels.articles}>
              {index.buckets.length > 0 && <h3 data-help-part="bucket-title">{labels.articles}</h3>}
              <ArticleList articles={loose} />
              {more(loose.length, looseTotal)}
            </section>
          )}
          <SupportSlot place="home" />
        </>
      )}
    </div>
  );
}
