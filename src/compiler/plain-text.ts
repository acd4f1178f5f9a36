import type { BlockNode, InlineNode } from '../schema/help-index';

/** Inline content as plain text; soft line breaks stay as `\n` so callers can split lines. */
export function inlineText(nodes: readonly InlineNode[]): string {
  let text = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        text += node.value;
        break;
      case 'break':
        text += '\n';
        break;
      case 'image':
        text += node.alt;
        break;
      default:
        text += inlineText(node.children);
    }
  }
  return text;
}

/** Collapses runs of whitespace (line breaks included) into single spaces. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Blocks as plain text, one line per block, code and table cells included so search can find error strings. */
export function blocksText(blocks: readonly BlockNode[]): string {
  const lines: string[] = [];
  const visit = (block: BlockNode) => {
    switch (block.type) {
      case 'paragraph':
      case 'heading':
      case 'symptom':
        lines.push(collapseWhitespace(inlineText(block.children)));
        break;
      case 'code':
        lines.push(block.value);
        break;
      case 'blockquote':
        block.children.forEach(visit);
        break;
      case 'list':
        for (const item of block.items) item.children.forEach(visit);
        break;
      case 'table':
        for (const row of block.rows) lines.push(row.map((cell) => collapseWhitespace(inlineText(cell))).join(' | '));
        break;
    }
  };
  blocks.forEach(visit);
  return lines.filter((line) => line !== '').join('\n');
}
