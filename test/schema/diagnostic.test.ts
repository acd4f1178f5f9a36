import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/schema/diagnostic';

describe('formatDiagnostic', () => {
  it('prints path:line:column: level: message with the code last', () => {
    expect(
      formatDiagnostic({
        code: 'broken-link',
        level: 'error',
        message: 'link to "./nope.md" does not resolve to an article',
        file: 'content/oxvo/a.md',
        line: 12,
        column: 3,
      }),
    ).toBe('content/oxvo/a.md:12:3: error: link to "./nope.md" does not resolve to an article [broken-link]');
  });
});
