import { useEffect, useId, useRef } from 'react';
import { ArticleBody } from './article-body';
import { CopyLink } from './lazy-copy-link';
import { useHelpContext } from './help-context';
import { headingDomId } from './inline-content';
import { FeedbackSlot } from './support-slot';
import { LanguageNote, languageAttributes } from './language-note';

export interface HelpArticleProps {
  /** The article to show. Default: the one the panel is on. */
  articleId?: string;
  /** Extra class on the root. Default: none. */
  className?: string;
}

/** A whole article, its symptoms' checklists interactive in place. */
export function HelpArticle({ articleId, className }: HelpArticleProps) {
  const { engine, view, emit, locale } = useHelpContext('HelpPanel.Article');
  const id = articleId ?? (view.screen === 'article' ? view.articleId : undefined);
  const article = id ? engine?.article(id) : undefined;
  const scrollTo = articleId === undefined && view.screen === 'article' ? view.scrollTo : undefined;
  // Heading ids must be unique on the host's page too.
  const idPrefix = `help${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;

  const viewed = useRef<unknown>(null);
  useEffect(() => {
    // Once per view: StrictMode's second effect run is not a second view.
    if (!article || viewed.current === article) return;
    viewed.current = article;
    emit({ type: 'article-viewed', articleId: article.id });
  }, [article, emit]);
  useEffect(() => {
    if (!scrollTo) return;
    const target =
      document.getElementById(headingDomId(idPrefix, scrollTo)) ??
      // Compared as attributes, not a selector: symptom ids contain `#`.
      Array.from(document.querySelectorAll('[data-help-part="article"] [data-symptom-id]')).find(
        (element) => element.getAttribute('data-symptom-id') === scrollTo,
      );
    target?.scrollIntoView?.({ block: 'start' });
  }, [scrollTo, idPrefix, article]);

  if (!article || !engine) return null;
  return (
    <article data-help-part="article" data-article-id={article.id} className={className} {...languageAttributes(article, engine.index, locale)}>
      <LanguageNote article={article} />
      <h3 data-help-part="screen-title" tabIndex={-1}>
        {article.title}
      </h3>
      <ArticleBody nodes={engine.index.bodies[article.id] ?? []} articleId={article.id} idPrefix={idPrefix} title={article.title} />
      <CopyLink id={article.id} />
      <FeedbackSlot articleId={article.id} />
    </article>
  );
}
