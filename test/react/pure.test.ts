import { describe, expect, it } from 'vitest';
import { normalizeRanges, snippet } from '../../src/react/highlight';
import { createMemoryStorage, createSafeStorage, type ProgressStorage } from '../../src/react/progress-storage';
import { createProgressStore, hashText, progressKey } from '../../src/react/progress-store';
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

describe('given the progress store', () => {
  const symptom = () => {
    const found = sampleIndex().symptoms.find((s) => s.id === 'billing#card-declined');
    if (!found) throw new Error('fixture changed');
    return found;
  };

  it('keys progress by namespace, help center and symptom', () => {
    expect(progressKey('ns', 'acme', 'billing#card-declined')).toBe('ns:acme:billing#card-declined');
  });

  it('hashes check text stably and tells edits apart', () => {
    expect(hashText('Try another card')).toBe(hashText('Try another card'));
    expect(hashText('Try another card')).not.toBe(hashText('Try another card.'));
  });

  it('returns the same set until something changes, and notifies subscribers', () => {
    const store = createProgressStore(createMemoryStorage(), 'ns', 'acme');
    const s = symptom();
    const before = store.checked(s);
    expect(store.checked(s)).toBe(before);
    let calls = 0;
    const unsubscribe = store.subscribe(() => calls++);
    store.set(s, 'try-another-card', true);
    expect(store.checked(s)).not.toBe(before);
    expect([...store.checked(s)]).toEqual(['try-another-card']);
    unsubscribe();
    store.reset(s);
    expect(calls).toBe(1);
    expect(store.checked(s).size).toBe(0);
  });

  it('ignores unknown check ids and saved values that are not ours', () => {
    const storage = createMemoryStorage();
    storage.setItem('ns:acme:billing#card-declined', '{"checked": [1, 2]}');
    const store = createProgressStore(storage, 'ns', 'acme');
    expect(store.checked(symptom()).size).toBe(0);
    store.set(symptom(), 'no-such-check', true);
    expect(store.checked(symptom()).size).toBe(0);
    storage.setItem('ns:acme:billing#card-declined', 'not json');
    expect(createProgressStore(storage, 'ns', 'acme').checked(symptom()).size).toBe(0);
  });

  it('drops ticks of checks that no longer exist when it next writes', () => {
    const storage = createMemoryStorage();
    storage.setItem('ns:acme:billing#card-declined', JSON.stringify({ v: 1, checked: { gone: 'x' } }));
    const store = createProgressStore(storage, 'ns', 'acme');
    store.set(symptom(), 'try-another-card', true);
    expect(Object.keys(JSON.parse(storage.getItem('ns:acme:billing#card-declined') ?? '{}').checked)).toEqual(['try-another-card']);
  });
});

describe('given the safe storage', () => {
  it('uses the real storage while it works', () => {
    const real = createMemoryStorage();
    const safe = createSafeStorage(() => real);
    safe.setItem('k', 'v');
    expect(real.getItem('k')).toBe('v');
    safe.removeItem('k');
    expect(real.getItem('k')).toBeNull();
  });

  it('falls back to memory when getting the storage throws, or there is none', () => {
    for (const getStorage of [() => undefined, (): ProgressStorage => { throw new Error('SecurityError'); }]) {
      const safe = createSafeStorage(getStorage);
      safe.setItem('k', 'v');
      expect(safe.getItem('k')).toBe('v');
    }
  });

  it('keeps what was written when the storage becomes full', () => {
    let full = false;
    const real = createMemoryStorage();
    const flaky: ProgressStorage = {
      getItem: (key) => real.getItem(key),
      setItem: (key, value) => {
        if (full) throw new DOMException('full', 'QuotaExceededError');
        real.setItem(key, value);
      },
      removeItem: (key) => real.removeItem(key),
    };
    const safe = createSafeStorage(() => flaky);
    safe.setItem('a', '1');
    full = true;
    safe.setItem('b', '2');
    expect(safe.getItem('a')).toBe('1');
    expect(safe.getItem('b')).toBe('2');
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
