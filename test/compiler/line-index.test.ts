import { describe, expect, it } from 'vitest';
import { createLineIndex } from '../../src/compiler/line-index';

describe('createLineIndex', () => {
  it('maps offsets to 1-based lines and columns across LF, CRLF and lone CR endings', () => {
    const text = 'ab\ncd\r\nef\rgh';
    const at = createLineIndex(text);
    expect(at(0)).toEqual({ line: 1, column: 1 });
    expect(at(text.indexOf('d'))).toEqual({ line: 2, column: 2 });
    expect(at(text.indexOf('e'))).toEqual({ line: 3, column: 1 });
    expect(at(text.indexOf('h'))).toEqual({ line: 4, column: 2 });
  });

  it('clamps offsets outside the text', () => {
    const at = createLineIndex('a\nb');
    expect(at(-5)).toEqual({ line: 1, column: 1 });
    expect(at(99)).toEqual({ line: 2, column: 2 });
  });
});
