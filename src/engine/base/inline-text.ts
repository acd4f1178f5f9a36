import type { BlockNode, InlineNode } from '../../schema/help-index';

// Plain text of bodies, for search and for the split index's chunks; its own module so that
// reading a chunk does not pull search (and Fuse) in with it.

/** Plain text of inline content. */
export function inlineText(nodes: readonly InlineNode[]): string {
  let out = '';
  // Bodies are read defensively rather than validated: a malformed node adds no text.
  for (const node of Array.isArray(nodes) ? nodes : []) {
    switch (node?.type) {
      case 'text':
      case 'inlineCode':
        out += node.value;
        break;
      case 'break':
        out += ' ';
        break;
      case 'image':
        out += node.alt;
        break;
      case 'emphasis':
      case 'strong':
      case 'link':
        out += inlineText(node.children);
        break;
    }
  }
  return out;
}

/** Plain text of a body, one line per block, for indexing and for body snippets. */
export function bodyText(blocks: readonly BlockNode[]): string {
  const lines: string[] = [];
  const walk = (nodes: readonly BlockNode[]) => {
    for (const node of Array.isArray(nodes) ? nodes : []) {
      switch (node?.type) {
        case 'paragraph':
        case 'heading':
        case 'symptom':
          lines.push(inlineText(node.children));
          break;
        case 'code':
          lines.push(node.value);
          break;
        case 'blockquote':
          walk(node.children);
          break;
        case 'list':
          for (const item of Array.isArray(node.items) ? node.items : []) walk(item?.children);
          break;
        case 'table':
          for (const row of Array.isArray(node.rows) ? node.rows : []) if (Array.isArray(row)) lines.push(row.map(inlineText).join(' '));
          break;
      }
    }
  };
  walk(blocks);
  return lines.join('\n');
}

/** Longer derived summaries are cut at a word: a summary is one line in a list, the full text stays in the body. */
export const MAX_DERIVED_SUMMARY = 280;

/** The summary the compiler derives from a paragraph's plain text when front matter gives none (the chunk codec derives it again). */
export function summaryOf(text: string): string {
  return text.length > MAX_DERIVED_SUMMARY ? `${text.slice(0, MAX_DERIVED_SUMMARY - 1).replace(/\s+\S*$/, '')}…` : text;
}
