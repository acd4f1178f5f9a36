/** A 1-based line and column, as editors show them. */
export interface LineColumn {
  line: number;
  column: number;
}

/**
 * Maps character offsets of one file to line and column. Built once per file
 * (only when a diagnostic needs it) so each lookup is a binary search, not a scan.
 */
export function createLineIndex(text: string): (offset: number) => LineColumn {
  // Line endings as Markdown counts them: LF, CRLF and a lone CR.
  const starts = [0];
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) starts.push(index + 1);
  }
  return (offset) => {
    const clamped = Math.max(0, Math.min(offset, text.length));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: clamped - (starts[low] ?? 0) + 1 };
  };
}
