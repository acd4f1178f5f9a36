import type { ReactNode } from 'react';
import type { BlockNode } from '../schema/help-index';
import { Checklist } from './checklist';
import { useHelpContext } from './help-context';
import { headingDomId, InlineContent, inlineText, type InlineScope } from './inline-content';

export interface ArticleBodyProps {
  /** The article's compiled body. */
  nodes: readonly BlockNode[];
  /** Used for in-panel links and events. */
  articleId: string;
  /** Prefix of heading ids, unique on the page. */
  idPrefix: string;
  /** The article's title: a leading `#` heading with the same text is not repeated. */
  title: string;
  /** The level the body's top headings take, below the panel's own headings. Default `4`. */
  topLevel?: number;
}

type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;
const Headings = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const;

/**
 * Renders an article body as React elements. Never `innerHTML`: the tree only
 * holds the allowed node types, and unknown ones render nothing. Symptom lists
 * become interactive checklists in place.
 */
export function ArticleBody({ nodes, articleId, idPrefix, title, topLevel = 4 }: ArticleBodyProps) {
  const first = nodes[0];
  const body =
    first?.type === 'heading' && first.depth === 1 && inlineText(first.children).trim() === title.trim() ? nodes.slice(1) : nodes;
  // Shift headings so the body's shallowest one sits at `topLevel`: no skipped levels under the panel's title.
  let shallowest = 6;
  for (const node of body) if (node.type === 'heading') shallowest = Math.min(shallowest, node.depth);
  const scope: InlineScope = { articleId, idPrefix };
  const help = useHelpContext('HelpPanel.Article');
  const calloutTitle = help.labels.calloutTitle ?? ((kind: string) => `${kind.charAt(0).toUpperCase()}${kind.slice(1)}`);
  const renderBlocks = (blocks: readonly BlockNode[]): ReactNode => blocks.map((node, i) => renderBlock(node, i));
  // A tight list's paragraphs are bare text, as CommonMark renders them.
  const renderTight = (blocks: readonly BlockNode[]): ReactNode =>
    blocks.map((node, i) => (node.type === 'paragraph' ? <InlineContent key={i} nodes={node.children} scope={scope} /> : renderBlock(node, i)));

  function renderBlock(node: BlockNode, key: number): ReactNode {
    switch (node.type) {
      case 'paragraph':
        return <p key={key}><InlineContent nodes={node.children} scope={scope} /></p>;
      case 'heading': {
        const level = Math.min(6, Math.max(1, topLevel + node.depth - shallowest)) as HeadingLevel;
        const Tag = Headings[level - 1] ?? 'h6';
        return (
          <Tag key={key} id={headingDomId(idPrefix, node.id)} data-help-part="heading" data-symptom-id={node.symptomId} tabIndex={-1}>
            <InlineContent nodes={node.children} scope={scope} />
          </Tag>
        );
      }
      case 'symptom':
        return (
          <p key={key} data-help-part="symptom-line" data-symptom-id={node.symptomId} tabIndex={-1}>
            <strong><InlineContent nodes={node.children} scope={scope} /></strong>
          </p>
        );
      case 'list': {
        if (node.symptomId) {
          return (
            <Checklist
              key={key}
              symptomId={node.symptomId}
              items={node.items}
              ordered={node.ordered}
              renderBlocks={renderBlocks}
              idPrefix={idPrefix}
            />
          );
        }
        const List = node.ordered ? 'ol' : 'ul';
        return (
          <List key={key} start={node.ordered && node.start !== undefined && node.start !== 1 ? node.start : undefined}>
            {node.items.map((item, i) => (
              <li key={i} data-state={item.checked === undefined ? undefined : item.checked ? 'checked' : 'unchecked'}>
                {node.loose ? renderBlocks(item.children) : renderTight(item.children)}
              </li>
            ))}
          </List>
        );
      }
      case 'code':
        return (
          <pre key={key} data-help-part="code" data-lang={node.lang} tabIndex={0}>
            <code>{node.value}</code>
          </pre>
        );
      case 'blockquote':
        return <blockquote key={key}>{renderBlocks(node.children)}</blockquote>;
      case 'thematicBreak':
        return <hr key={key} />;
      case 'callout':
        return (
          <aside key={key} data-help-part="callout" data-kind={node.kind} aria-label={node.title ? inlineText(node.title) : calloutTitle(node.kind)}>
            <p data-help-part="callout-title">
              {node.title ? <InlineContent nodes={node.title} scope={scope} /> : calloutTitle(node.kind)}
            </p>
            {renderBlocks(node.children)}
          </aside>
        );
      case 'table': {
        const [head, ...rows] = node.rows;
        const cellStyle = (i: number) => {
          const align = node.align[i];
          return align ? { textAlign: align } : undefined;
        };
        return (
          <div key={key} data-help-part="table" tabIndex={0}>
            <table>
              {head && (
                <thead>
                  <tr>
                    {head.map((cell, i) => (
                      <th key={i} scope="col" style={cellStyle(i)}><InlineContent nodes={cell} scope={scope} /></th>
                    ))}
                  </tr>
                </thead>
              )}
              <tbody>
                {rows.map((row, r) => (
                  <tr key={r}>
                    {row.map((cell, i) => (
                      <td key={i} style={cellStyle(i)}><InlineContent nodes={cell} scope={scope} /></td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      }
      default:
        return null;
    }
  }

  return <div data-help-part="article-body">{renderBlocks(body)}</div>;
}
