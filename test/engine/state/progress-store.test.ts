import { describe, expect, it } from 'vitest';
import { createMemoryStorage, createSafeStorage, type ProgressStorage } from '../../../src/engine/state/progress-storage';
import { createProgressStore, hashText, progressKey } from '../../../src/engine/state/progress-store';
import { sampleIndex } from '../../react/fixtures/sample-index';

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
    expect(Object.keys(JSON.parse(storage.getItem('ns:acme:billing#card-declined') ?? '{}').checks)).toEqual(['try-another-card']);
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
