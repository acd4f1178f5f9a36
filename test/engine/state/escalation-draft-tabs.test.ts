import { describe, expect, it } from 'vitest';
import { createEscalationDraftStore, DRAFT_MAX_AGE_MS, type EscalationDraft } from '../../../src/engine/state/escalation-draft-store';
import { clearHelpData, draftKey } from '../../../src/engine/state/help-data';
import type { HelpStorageError } from '../../../src/engine/state/help-storage-error';
import { createMemoryStorage } from '../../../src/engine/state/progress-storage';

const KEY = draftKey('ns', 'acme');
const note = (text: string): EscalationDraft => ({ note: text, fields: {}, details: {} });

function twoTabs(now: () => number = (() => { let t = 1_000; return () => ++t; })()) {
  const storage = createMemoryStorage();
  const options = { storage, key: KEY, namespace: 'ns', now };
  return { storage, a: createEscalationDraftStore(options), b: createEscalationDraftStore(options), options };
}

describe('given two tabs with the escalation form open on one storage', () => {
  it('shows the note typed in one tab in the other once told storage changed', () => {
    const { a, b } = twoTabs();
    a.set(note('The export fails'));
    b.refresh();
    expect(b.get().note).toBe('The export fails');
    b.set(note('The export fails since Monday')); // typed on top of what it saw: no conflict
    a.refresh();
    expect(a.get().note).toBe('The export fails since Monday');
    expect(a.replaced()).toBeNull();
    expect(b.replaced()).toBeNull();
  });

  it('converges on the newest note when both typed without seeing each other, and keeps the other one', () => {
    const { a, b, options } = twoTabs();
    a.set(note('Typed in A'));
    b.set(note('Typed in B')); // B never saw A's note
    a.refresh();
    b.refresh();
    expect(a.get().note).toBe('Typed in B');
    expect(b.get().note).toBe('Typed in B');
    expect(a.replaced()?.note).toBe('Typed in A');
    expect(b.replaced()?.note).toBe('Typed in A');
    // Kept in storage too: a reload can still bring it back.
    const reloaded = createEscalationDraftStore(options);
    expect(reloaded.replaced()?.note).toBe('Typed in A');
  });

  it('keeps the other note too when the two writes crossed (each tab saw only its own until the browser synced them)', () => {
    // Two copies of storage, as two renderer processes each hold one until the browser syncs them.
    let time = 1_000;
    const now = () => ++time;
    const storageA = createMemoryStorage();
    const storageB = createMemoryStorage();
    const a = createEscalationDraftStore({ storage: storageA, key: KEY, now });
    const b = createEscalationDraftStore({ storage: storageB, key: KEY, now });
    a.set(note('Typed in A'));
    b.set(note('Typed in B'));
    // B's write reached the browser last, so it wins everywhere; A hears of it.
    storageA.setItem(KEY, storageB.getItem(KEY)!);
    a.refresh();
    expect(a.get().note).toBe('Typed in B');
    expect(a.replaced()?.note).toBe('Typed in A');
    // A kept it in storage: B hears of that too, and a reload finds it.
    storageB.setItem(KEY, storageA.getItem(KEY)!);
    b.refresh();
    expect(b.get().note).toBe('Typed in B');
    expect(b.replaced()?.note).toBe('Typed in A');
    expect(createEscalationDraftStore({ storage: storageB, key: KEY, now }).replaced()?.note).toBe('Typed in A');
  });

  it('swaps the notes on restore, so neither is lost, and forgets the other on dismiss', () => {
    const { a, b } = twoTabs();
    a.set(note('Typed in A'));
    b.set(note('Typed in B'));
    a.refresh();
    a.restoreReplaced();
    b.refresh();
    expect(b.get().note).toBe('Typed in A');
    expect(b.replaced()?.note).toBe('Typed in B');
    b.dismissReplaced();
    a.refresh();
    expect(a.get().note).toBe('Typed in A');
    expect(a.replaced()).toBeNull();
  });

  it('removes the note from every tab once it was sent in one', () => {
    const { a, b, options } = twoTabs();
    a.set(note('Please call me'));
    b.refresh();
    a.clear(); // what a successful send does
    b.refresh();
    expect(b.get().note).toBe('');
    expect(createEscalationDraftStore(options).get().note).toBe('');
  });

  it('keeps a note that never reached storage when the other tab had nothing to say about it', () => {
    const storage = createMemoryStorage();
    const refusing = { ...storage, setItem: () => { throw new DOMException('denied', 'SecurityError'); } };
    const a = createEscalationDraftStore({ storage: refusing, key: KEY });
    a.set(note('Only in memory'));
    a.refresh();
    expect(a.get().note).toBe('Only in memory');
  });

  it('forgets the note in every tab when the user’s data is cleared, also one that missed the news', () => {
    const { storage, a, b } = twoTabs(() => 5_000);
    a.set(note('Private'));
    b.refresh();
    clearHelpData({ storage, storageNamespace: 'ns', now: () => 6_000 });
    a.refresh();
    expect(a.get().note).toBe('');
    // B missed the event and writes its stale note back: it is older than the clear, so it is ignored.
    storage.setItem(KEY, JSON.stringify({ v: 2, t: 5_000, note: 'Private', fields: {}, details: {} }));
    b.refresh();
    expect(b.get().note).toBe('');
  });
});

describe('given drafts saved by an older version, or long ago', () => {
  it('reads the older layout, moves a per-tab draft over once, and reports the migration', () => {
    const storage = createMemoryStorage();
    const legacy = createMemoryStorage();
    legacy.setItem(KEY, JSON.stringify({ note: 'From the old version', fields: { workspace: 'acme' }, details: {} }));
    const problems: HelpStorageError[] = [];
    const store = createEscalationDraftStore({ storage, key: KEY, legacyStorage: legacy, onProblem: (p) => problems.push(p) });
    expect(store.get()).toEqual({ note: 'From the old version', fields: { workspace: 'acme' }, details: {} });
    expect(legacy.getItem(KEY)).toBeNull();
    expect(JSON.parse(storage.getItem(KEY)!).v).toBe(2);
    expect(problems.map((p) => p.problem)).toEqual(['migrated']);
  });

  it('discards a draft not edited for longer than the maximum age', () => {
    const storage = createMemoryStorage();
    createEscalationDraftStore({ storage, key: KEY, now: () => 1_000 }).set(note('Old'));
    const later = createEscalationDraftStore({ storage, key: KEY, now: () => 1_000 + DRAFT_MAX_AGE_MS + 1 });
    expect(later.get().note).toBe('');
    expect(storage.getItem(KEY)).toBeNull();
  });

  it('reports a corrupt draft and starts empty', () => {
    const storage = createMemoryStorage();
    storage.setItem(KEY, '{"v": 2, "t": ');
    const problems: HelpStorageError[] = [];
    const store = createEscalationDraftStore({ storage, key: KEY, onProblem: (p) => problems.push(p) });
    expect(store.get().note).toBe('');
    expect(problems.map((p) => [p.problem, p.key])).toEqual([['corrupt', KEY]]);
  });
});
