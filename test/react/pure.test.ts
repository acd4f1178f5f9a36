import { describe, expect, it } from 'vitest';
import { normalizeRanges, snippet } from '../../src/react/highlight';
import { isSafeUrl } from '../../src/react/safe-url';
import { resolveView, selectScreen } from '../../src/react/select-screen';
import { matchesShortcut, parseShortcut } from '../../src/react/use-help-shortcut';
import type { HelpEngine, Match } from '../../src/engine/types';
import { createHelpEngine } from '../../src/engine/index';
import { sampleIndex } from './fixtures/sample-index';

describe('given selectScreen', () => {
  const engine: HelpEngine = createHelpEngine(sampleIndex());
  const match = { symptom: engine.symptom('billing#card-declined'), article: engine.article('billing'), score: 1, reasons: [] } as Match;

  it('shows loading until the index is ready, and the error after a failure', () => {
    expect(selectScreen('idle', null, { screen: 'home' }, [], '')).toBe('loading');
    expect(selectScreen('loading', null, { screen: 'home' }, [], '')).toBe('loading');
    expect(selectScreen('error', null, { screen: 'home' }, [], '')).toBe('error');
  });

  it('resolves the automatic view to the best match, or home without one', () => {
    expect(selectScreen('ready', engine, { screen: 'auto' }, [match], '')).toBe('symptom');
    expect(resolveView({ screen: 'auto' }, [match])).toEqual({ screen: 'symptom', symptomId: 'billing#card-declined', suggested: true });
    expect(selectScreen('ready', engine, { screen: 'auto' }, [], '')).toBe('home');
  });

  it('shows search results on home while a query is typed', () => {
    expect(selectScreen('ready', engine, { screen: 'home' }, [], 'card')).toBe('search');
    expect(selectScreen('ready', engine, { screen: 'home' }, [], '   ')).toBe('home');
  });

  it('says not found for unknown ids', () => {
    expect(selectScreen('ready', engine, { screen: 'article', articleId: 'nope' }, [], '')).toBe('not-found');
    expect(selectScreen('ready', engine, { screen: 'symptom', symptomId: 'a#b' }, [], '')).toBe('not-found');
    expect(selectScreen('ready', engine, { screen: 'article', articleId: 'billing' }, [], '')).toBe('article');
  });
});

describe('given highlight ranges', () => {
  it('sorts, clamps and merges them', () => {
    expect(normalizeRanges([[5, 9], [0, 2], [1, 3], [8, 100], [-4, 0], [7, 7]], 10)).toEqual([
      [0, 3],
      [5, 10],
    ]);
  });

  it('cuts a long value around the first match and shifts the ranges', () => {
    const value = `${'a'.repeat(200)}needle${'b'.repeat(200)}`;
    const cut = snippet(value, [[200, 206]], 10);
    expect(cut.value).toBe(`…${'a'.repeat(10)}needle${'b'.repeat(10)}…`);
    const [range] = cut.ranges;
    expect(range && cut.value.slice(range[0], range[1])).toBe('needle');
  });
});

describe('given URLs from content', () => {
  it('allows web, mail and relative links', () => {
    for (const url of ['https://example.com', 'http://x.y/z', 'mailto:help@example.com', '/settings', 'page#a', '?q=1']) {
      expect(isSafeUrl(url, 'link')).toBe(true);
    }
  });

  it('refuses script and data URLs, also when disguised with whitespace or case', () => {
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', ' java\tscript:alert(1)', 'java\nscript:x', 'data:text/html,<b>', 'vbscript:x']) {
      expect(isSafeUrl(url, 'link')).toBe(false);
    }
    expect(isSafeUrl('mailto:x@y', 'image')).toBe(false);
  });
});

describe('given shortcut strings', () => {
  const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init);

  it('parses modifiers and keys, including the plus key itself', () => {
    expect(parseShortcut('mod+/')).toEqual({ key: '/', mod: true, ctrl: false, alt: false, meta: false });
    expect(parseShortcut('ctrl++')).toMatchObject({ key: '+', ctrl: true });
    expect(parseShortcut('?')).toMatchObject({ key: '?', mod: false });
  });

  it('matches mod with Ctrl or ⌘ and plain keys only without them', () => {
    expect(matchesShortcut(key({ key: '/', ctrlKey: true }), parseShortcut('mod+/'))).toBe(true);
    expect(matchesShortcut(key({ key: '/', metaKey: true }), parseShortcut('mod+/'))).toBe(true);
    expect(matchesShortcut(key({ key: '/' }), parseShortcut('mod+/'))).toBe(false);
    expect(matchesShortcut(key({ key: '?', shiftKey: true }), parseShortcut('?'))).toBe(true);
    expect(matchesShortcut(key({ key: '?', ctrlKey: true }), parseShortcut('?'))).toBe(false);
    expect(matchesShortcut(key({ key: 'H', altKey: true }), parseShortcut('alt+h'))).toBe(true);
  });
});
