import { describe, expect, it, vi } from 'vitest';
import { createEscalationDraftStore, type DraftStorage } from '../../../src/engine/state/escalation-draft-store';

function memoryStorage(): DraftStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

const throwing: DraftStorage = {
  getItem() {
    throw new Error('SecurityError');
  },
  setItem() {
    throw new Error('QuotaExceededError');
  },
  removeItem() {
    throw new Error('SecurityError');
  },
};

describe('given a draft that was not sent', () => {
  it('is there again for a new store on the same storage (a reload)', () => {
    const storage = memoryStorage();
    createEscalationDraftStore({ storage }).set({ note: 'half written', fields: { workspace: 'acme' }, details: {} });
    expect(createEscalationDraftStore({ storage }).get()).toEqual({ note: 'half written', fields: { workspace: 'acme' }, details: {} });
  });

  it('is forgotten once cleared, in memory and in storage', () => {
    const storage = memoryStorage();
    const store = createEscalationDraftStore({ storage, key: 'k' });
    store.set({ note: 'x', fields: {}, details: {} });
    store.clear();
    expect(store.get().note).toBe('');
    expect(storage.data.has('k')).toBe(false);
  });

  it('tells subscribers about changes until they unsubscribe', () => {
    const store = createEscalationDraftStore({ storage: null });
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.set({ note: 'a', fields: {}, details: {} });
    unsubscribe();
    store.set({ note: 'b', fields: {}, details: {} });
    expect(listener).toHaveBeenCalledTimes(1);
  });
});

describe('given storage that throws', () => {
  it('keeps the draft in memory instead', () => {
    const store = createEscalationDraftStore({ storage: throwing });
    expect(store.get().note).toBe('');
    store.set({ note: 'still here', fields: {}, details: {} });
    expect(store.get().note).toBe('still here');
  });

  it('falls back to memory when only writes throw', () => {
    const storage = { ...memoryStorage(), setItem: throwing.setItem };
    const store = createEscalationDraftStore({ storage });
    store.set({ note: 'kept', fields: {}, details: {} });
    expect(store.get().note).toBe('kept');
  });
});

describe('given stored data that is not a draft', () => {
  it.each(['not json', '42', 'null', '{"note": 7, "fields": ["a"], "details": {"a": 1, "b": "ok"}}'])(
    'reads %s as an empty or partial draft',
    (raw) => {
      const storage = memoryStorage();
      storage.data.set('help-panel:escalation-draft', raw);
      const draft = createEscalationDraftStore({ storage }).get();
      expect(draft.note).toBe('');
      expect(draft.fields).toEqual({});
      expect(Object.values(draft.details).every((v) => typeof v === 'string')).toBe(true);
    },
  );
});
