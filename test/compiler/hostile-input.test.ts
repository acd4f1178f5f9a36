import { describe, expect, it } from 'vitest';
import { compileSources, MAX_FILE_CHARACTERS } from '../../src/compiler/index';
import type { BlockNode } from '../../src/schema/help-index';

/** Compiles one file and checks the result is a well-formed index; hostile input may warn but never throw. */
function survive(text: string) {
  const result = compileSources([{ path: 'hostile.md', text }]);
  expect(result.index.format).toBe('help-panel-index');
  expect(() => JSON.stringify(result.index)).not.toThrow();
  for (const diagnostic of result.diagnostics) {
    expect(diagnostic.line).toBeGreaterThanOrEqual(1);
    expect(diagnostic.column).toBeGreaterThanOrEqual(1);
  }
  return result;
}

function depth(blocks: readonly BlockNode[]): number {
  let max = 0;
  for (const block of blocks) {
    if (block.type === 'blockquote') max = Math.max(max, 1 + depth(block.children));
    if (block.type === 'list') for (const item of block.items) max = Math.max(max, 1 + depth(item.children));
  }
  return max;
}

describe('given hostile input', () => {
  it('flattens deeply nested blockquotes into text with one warning', () => {
    const result = survive(`${'>'.repeat(80)} deep\n`);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['deep-nesting']);
    expect(depth(result.index.bodies.hostile ?? [])).toBeLessThanOrEqual(26);
    expect(JSON.stringify(result.index.bodies)).toContain('deep');
  });

  it('flattens deeply nested lists', () => {
    const text = Array.from({ length: 60 }, (_, level) => `${'  '.repeat(level)}- level ${level}`).join('\n');
    const result = survive(text);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['deep-nesting']);
    expect(JSON.stringify(result.index.bodies)).toContain('level 59');
  });

  it.each([
    ['100,000 quote markers', `${'>'.repeat(100_000)} deep\n`],
    ['20,000 list markers', `${'- '.repeat(20_000)}deep\n`],
    ['20,000 ordered list markers', `${'1. '.repeat(20_000)}deep\n`],
  ])('cuts a line that opens %s before parsing, keeping its text', (_name, text) => {
    const result = survive(text);
    expect(result.diagnostics[0]).toMatchObject({ code: 'deep-nesting', line: 1, column: 1 });
    expect(JSON.stringify(result.index.bodies)).toContain('deep');
  });

  it('leaves long thematic breaks and ordinary lines alone', () => {
    const result = survive(`Text\n\n${'-'.repeat(500)}\n\n${'> '.repeat(5)}quoted\n`);
    expect(result.diagnostics).toEqual([]);
  });

  it('handles deeply nested emphasis', () => {
    survive(`${'*'.repeat(300)}x${'*'.repeat(300)}\n`);
  });

  it('handles a huge single line', () => {
    const result = survive(`${'word '.repeat(100_000)}\n`);
    expect(result.index.articles[0]?.summary.length).toBeLessThanOrEqual(280);
    expect(JSON.stringify(result.index.bodies).length).toBeGreaterThan(400_000);
  }, 60_000);

  it('handles NUL bytes', () => {
    const result = survive('---\ntitle: a\0b\n---\n\nText\0 with NUL.\n');
    expect(result.index.articles).toHaveLength(1);
  });

  it('reads front matter after a byte-order mark', () => {
    const result = survive('\uFEFF---\ntitle: With BOM\n---\n\nText.\n');
    expect(result.index.articles[0]?.title).toBe('With BOM');
    expect(result.diagnostics).toEqual([]);
  });

  it('reads CRLF files like LF files', () => {
    const crlf = survive('---\r\ntitle: T\r\n---\r\n\r\nSymptom: X\r\n\r\nChecks:\r\n- One\r\n- Two\r\n');
    const lf = survive('---\ntitle: T\n---\n\nSymptom: X\n\nChecks:\n- One\n- Two\n');
    expect(crlf.index.symptoms).toEqual(lf.index.symptoms);
  });

  it.each([
    ['an empty file', ''],
    ['whitespace only', ' \n\t\n'],
    ['front matter only', '---\ntitle: x\n---'],
    ['unclosed front matter', '---\ntitle: x\nsummary: y\n'],
    ['an empty front matter', '---\n---\n'],
    ['a lone fence', '---'],
  ])('handles %s', (_name, text) => {
    survive(text);
  });

  it('never passes scripts or event handlers into the body', () => {
    const result = survive('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1)) ![y](javascript:alert(1))\n');
    expect(JSON.stringify(result.index)).not.toMatch(/<script|onerror|javascript:/i);
  });

  it('compiles a 5,000-item list as one symptom with 5,000 checks', () => {
    const items = Array.from({ length: 5000 }, (_, index) => `- [ ] Check item ${index}`).join('\n');
    const result = survive(`## Many checks\n\n${items}\n`);
    expect(result.index.symptoms[0]?.checks).toHaveLength(5000);
    expect(new Set(result.index.symptoms[0]?.checks.map((check) => check.id)).size).toBe(5000);
    // The Markdown parser alone needs seconds for this on a busy machine; the limit only stops a hang.
  }, 60_000);

  it('survives YAML that tries to expand aliases exponentially', () => {
    const bomb = ['---', 'a: &a ["x","x","x","x","x","x","x","x","x"]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'tags: [*c,*c,*c,*c,*c,*c,*c,*c,*c]', '---', 'Text.'].join('\n');
    const result = survive(bomb);
    expect(result.diagnostics.some((d) => d.code === 'invalid-front-matter')).toBe(true);
  });

  it('survives unterminated shortcodes and brackets', () => {
    survive(`${'{{< '.repeat(2000)}\n\n${'['.repeat(2000)}x\n`);
  });

  it('refuses a file larger than the limit with an error instead of parsing it', () => {
    const result = compileSources([{ path: 'big.md', text: 'x'.repeat(MAX_FILE_CHARACTERS + 1) }]);
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: 'unreadable-file', level: 'error' })]);
    expect(result.index.articles).toEqual([]);
  });

  it('survives front-matter keys named like Object prototype members', () => {
    const result = survive('---\nsymptoms:\n  __proto__:\n    tags: [x]\n  constructor:\n    tags: [y]\n---\n\nText.\n');
    expect(({} as Record<string, unknown>).tags).toBeUndefined();
    expect(result.diagnostics.map((d) => d.code)).toEqual(['unknown-symptom', 'unknown-symptom']);
  });

  it('escapes ":::" containers nested past twenty deep, with one warning', () => {
    const result = compileSources([{ path: 'hostile.md', text: ':::note\n'.repeat(5_000) }]);
    expect(result.diagnostics.map((d) => `${d.code} ${d.line}`)).toEqual(['deep-nesting 21']);
    expect(JSON.stringify(result.index.bodies)).toContain(':::note');
  });

  it('flattens MDX components nested thousands deep', () => {
    const result = compileSources([{ path: 'hostile.mdx', text: `${'<Box>\n\n'.repeat(3_000)}deep\n\n${'</Box>\n\n'.repeat(3_000)}` }]);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['unknown-component', 'deep-nesting']);
    expect(JSON.stringify(result.index.bodies)).toContain('deep');
  });
});

