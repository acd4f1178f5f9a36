import { describe, expect, it } from 'vitest';
import { answerBlocks, checkCitations, inlineNodes } from '../../src/react/answer-markdown';
import { enterAsks, hasStrongHit, readsAsQuestion } from '../../src/react/ask-intent';
import type { SearchHit } from '../../src/engine/types';

describe('given the Markdown a model answers in', () => {
  it('reads paragraphs, headings, ordered and bullet lists, code and quotes into article nodes', () => {
    const blocks = answerBlocks('## Why\n\nIt is the **URL**.\n\n1. Open *Settings*\n2. Check `hooks.url`\n\n- one\n- two\n\n```sh\ncurl x\n```\n\n> Note it\n\n---');
    expect(blocks.map((block) => block.type)).toEqual(['heading', 'paragraph', 'list', 'list', 'code', 'blockquote', 'thematicBreak']);
    expect(blocks[2]).toMatchObject({ type: 'list', ordered: true, items: [{}, {}] });
    expect(blocks[3]).toMatchObject({ type: 'list', ordered: false });
    expect(blocks[4]).toEqual({ type: 'code', lang: 'sh', value: 'curl x' });
    expect(blocks[1]).toEqual({ type: 'paragraph', children: [{ type: 'text', value: 'It is the ' }, { type: 'strong', children: [{ type: 'text', value: 'URL' }] }, { type: 'text', value: '.' }] });
  });

  it('keeps numbering that starts past 1, nests an indented list in its item, and reads blank-line lists as loose', () => {
    expect(answerBlocks('3. third\n4. fourth')[0]).toMatchObject({ ordered: true, start: 3 });
    const nested = answerBlocks('1. Open Settings\n   - Domains\n   - Channels\n2. Save');
    expect(nested[0]).toMatchObject({ type: 'list', items: [{ children: [{ type: 'paragraph' }, { type: 'list', ordered: false }] }, {}] });
    expect(answerBlocks('- a\n\n- b')[0]).toMatchObject({ loose: true });
  });

  it('keeps only the text of links and images, and raw HTML as text', () => {
    expect(inlineNodes('See [the docs](https://evil.example) and ![logo](x.png) <b>bold</b>')).toEqual([{ type: 'text', value: 'See the docs and logo <b>bold</b>' }]);
    expect(answerBlocks('<script>alert(1)</script>')).toEqual([{ type: 'paragraph', children: [{ type: 'text', value: '<script>alert(1)</script>' }] }]);
  });

  it('shows an unfinished construct as typed while the answer streams, and never throws on odd input', () => {
    expect(inlineNodes('Check **the')).toEqual([{ type: 'text', value: 'Check **the' }]);
    expect(answerBlocks('```js\nconst a')).toEqual([{ type: 'code', lang: 'js', value: 'const a' }]);
    expect(answerBlocks(undefined as unknown as string)).toEqual([]);
    expect(() => answerBlocks(`${'> '.repeat(50)}x\n${'  '.repeat(40)}- deep`)).not.toThrow();
    expect(() => inlineNodes('*'.repeat(5000))).not.toThrow();
  });

  it('reads a code span before emphasis, and escapes as the characters', () => {
    expect(inlineNodes('`*not em*` and \\*literal\\*')).toEqual([
      { type: 'inlineCode', value: '*not em*' },
      { type: 'text', value: ' and *literal*' },
    ]);
  });
});

describe('given an answer\'s citations and the passages it was given', () => {
  const keys = new Set(['1', '2']);

  it('keeps the citations of given passages, in the order first cited', () => {
    expect(checkCitations('Verify the URL [2], then DKIM [1][2].', keys)).toEqual({ text: 'Verify the URL [2], then DKIM [1][2].', cited: ['2', '1'], removed: false });
  });

  it('takes out a citation to a passage it was not given, and says so', () => {
    expect(checkCitations('Call the bank [7]. Check DKIM [1, 9].', keys)).toEqual({ text: 'Call the bank. Check DKIM [1].', cited: ['1'], removed: true });
  });

  it('reads footnote-style citations, and leaves a link\'s text alone', () => {
    expect(checkCitations('See [^1] and [1](https://x).', keys)).toEqual({ text: 'See [1] and [1](https://x).', cited: ['1'], removed: false });
  });
});

const hit = (fields: SearchHit['matches']): SearchHit =>
  ({ article: { id: 'a', title: 'A' }, score: 1, matches: fields }) as unknown as SearchHit;

describe('given what the user typed in the search box', () => {
  it('reads a question mark, a question word or a whole sentence as a question', () => {
    for (const question of ['webhooks?', 'why are webhooks late', 'Wie verbinde ich Slack', 'Comment réinitialiser', 'Webhook が届かないのはなぜですか', 'my customers write to us but nothing turns up']) {
      expect(readsAsQuestion(question), question).toBe(true);
    }
    for (const query of ['webhooks', 'stripe data', '', '   ']) expect(readsAsQuestion(query), query).toBe(false);
  });

  it('counts a hit as strong when its title holds the query\'s words', () => {
    expect(hasStrongHit([hit([{ field: 'title', value: 'Webhooks', ranges: [[0, 8]] }])])).toBe(true);
    expect(hasStrongHit([hit([{ field: 'body', value: 'webhooks', ranges: [[0, 8]] }])])).toBe(false);
    expect(hasStrongHit([])).toBe(false);
  });

  it('asks on Enter for a question, or when nothing strong answers the query', () => {
    expect(enterAsks('webhooks', [hit([{ field: 'title', value: 'Webhooks', ranges: [[0, 8]] }])])).toBe(false);
    expect(enterAsks('webhooks', [])).toBe(true);
    expect(enterAsks('why are webhooks late?', [hit([{ field: 'title', value: 'Webhooks', ranges: [[0, 8]] }])])).toBe(true);
  });
});
