import { lazy, Suspense, useEffect } from 'react';
import type { HelpArticleProps } from './article-view';
import { useHelpContext } from './help-context';

// Whole articles (the Markdown body renderer) are a separate download: most visits end on a symptom.
const Article = lazy(() => import('./article-view').then((m) => ({ default: m.HelpArticle })));

/** Rendered after the article inside the same boundary: runs once the chunk has arrived. */
function FocusTitle() {
  useEffect(() => {
    document.querySelector<HTMLElement>('[data-help-part="article"] [data-help-part="screen-title"]')?.focus();
  }, []);
  return null;
}

export interface LazyArticleProps extends HelpArticleProps {
  /** Move focus to the title once the article has loaded, as the panel does after navigating. Default `false`. */
  focus?: boolean;
}

/**
 * A whole article, its symptoms' checklists interactive in place. Its code
 * (the Markdown body renderer) loads on first use, with a loading line meanwhile.
 */
export function LazyArticle({ focus, ...props }: LazyArticleProps) {
  const { labels } = useHelpContext('HelpPanel.Article');
  return (
    <Suspense
      fallback={
        <p role="status" data-help-part="loading">
          {labels.loading}
        </p>
      }
    >
      <Article {...props} />
      {focus && <FocusTitle />}
    </Suspense>
  );
}
