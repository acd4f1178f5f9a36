import type { MouseEvent, ReactNode } from 'react';
import type { InlineNode, LinkTarget } from '../schema/help-index';
import { useHelpContext } from './help-context';
import { isSafeUrl } from './safe-url';
import { visuallyHidden } from './visually-hidden';

/** Where inline content sits: the article (for events and in-panel links) and the prefix of heading ids. */
export interface InlineScope {
  articleId: string;
  idPrefix: string;
}

/** The DOM id of a heading of an article shown in the panel. */
export const headingDomId = (idPrefix: string, headingId: string) => `${idPrefix}-${headingId}`;

/** A click the browser should handle itself: a new tab, a new window, a download. */
const isModifiedClick = (event: MouseEvent) =>
  event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;

interface ContentLinkProps {
  target: LinkTarget;
  title?: string | undefined;
  children: ReactNode;
  scope: InlineScope;
}

function ContentLink({ target, title, children, scope }: ContentLinkProps) {
  const help = useHelpContext('HelpPanel.Article');
  const blocked = <span data-help-part="link" data-kind="blocked">{children}</span>;
  let href: string;
  let onClick: ((event: MouseEvent) => void) | undefined;
  switch (target.kind) {
    case 'article':
      href = `#${target.articleId}`;
      onClick = (event) => {
        event.preventDefault();
        help.emit({ type: 'link-followed', kind: 'article', to: target.articleId, articleId: scope.articleId });
        help.navigate({ screen: 'article', articleId: target.articleId, scrollTo: target.anchor });
      };
      break;
    case 'anchor': {
      const id = headingDomId(scope.idPrefix, target.anchor);
      href = `#${id}`;
      onClick = (event) => {
        // Scroll inside the panel instead of changing the host's URL hash; from a
        // symptom screen (no article body on screen) open the article at that heading.
        event.preventDefault();
        const heading = document.getElementById(id);
        if (heading) heading.scrollIntoView?.({ block: 'start' });
        else help.navigate({ screen: 'article', articleId: scope.articleId, scrollTo: target.anchor });
      };
      break;
    }
    case 'app':
      if (!isSafeUrl(target.to, 'link')) return blocked;
      href = target.to;
      onClick = (event) => {
        if (!isModifiedClick(event) && help.followAppLink(target.to, scope.articleId)) event.preventDefault();
      };
      break;
    case 'external':
      if (!isSafeUrl(target.href, 'link')) return blocked;
      return (
        <a
          data-help-part="link"
          data-kind="external"
          href={target.href}
          title={title}
          target="_blank"
          rel="noopener noreferrer"
          onClick={() => help.emit({ type: 'link-followed', kind: 'external', to: target.href, articleId: scope.articleId })}
        >
          {children}
          <span style={visuallyHidden}> {help.labels.opensInNewTab}</span>
        </a>
      );
    default:
      // An index from a newer compiler, or a damaged one: keep the text, drop the link.
      return <span data-help-part="link">{children}</span>;
  }
  return (
    <a data-help-part="link" data-kind={target.kind} href={href} title={title} onClick={onClick}>
      {children}
    </a>
  );
}

/** Renders compiled inline nodes as React elements. Unknown node types render nothing. */
export function InlineContent({ nodes, scope }: { nodes: readonly InlineNode[]; scope: InlineScope }) {
  return <>{nodes.map((node, i) => renderInline(node, i, scope))}</>;
}

function renderInline(node: InlineNode, key: number, scope: InlineScope): ReactNode {
  switch (node.type) {
    case 'text':
      return node.value;
    case 'emphasis':
      return <em key={key}><InlineContent nodes={node.children} scope={scope} /></em>;
    case 'strong':
      return <strong key={key}><InlineContent nodes={node.children} scope={scope} /></strong>;
    case 'inlineCode':
      return <code key={key}>{node.value}</code>;
    case 'break':
      return <br key={key} />;
    case 'link':
      return (
        <ContentLink key={key} target={node.target} title={node.title} scope={scope}>
          <InlineContent nodes={node.children} scope={scope} />
        </ContentLink>
      );
    case 'image':
      return isSafeUrl(node.src, 'image') ? (
        <img key={key} data-help-part="image" src={node.src} alt={node.alt} title={node.title} loading="lazy" />
      ) : (
        node.alt
      );
    default:
      return null;
  }
}

/** The plain text of inline nodes, for labels and comparisons. */
export function inlineText(nodes: readonly InlineNode[]): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
        case 'inlineCode':
          return node.value;
        case 'break':
          return ' ';
        case 'image':
          return node.alt;
        case 'emphasis':
        case 'strong':
        case 'link':
          return inlineText(node.children);
        default:
          return '';
      }
    })
    .join('');
}
