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

/** `HelpArticle`, loaded on first use. With `focus`, its title takes focus once it arrives (a panel screen). */
export function LazyArticle({ focus, ...props }: HelpArticleProps & { focus?: boolean }) {
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
