import { describe, expect, it } from 'vitest';
import { createMemoryStorage, type ProgressStorage } from '../../../src/engine/state/progress-storage';
import { createProgressStore, mergeChecks, type CheckChanges, type ProgressStore } from '../../../src/engine/state/progress-store';
import type { HelpStorageError } from '../../../src/engine/state/help-storage-error';
import { hashText } from '../../../src/engine/base/hash-text';
import type { Symptom } from '../../../src/schema/help-index';
import { sampleIndex } from '../../react/fixtures/sample-index';

const invoice = (): Symptom => {
  const found = sampleIndex().symptoms.find((s) => s.id === 'billing#invoice-missing');
  if (!found) throw new Error('fixture changed');
  return found;
};
const KEY = 'ns:acme:billing#invoice-missing';
const [c1, c2, c3, c4] = invoice().checks.map((c) => c.id) as [string, string, string, string];

type Op = { kind: 'tick' | 'untick'; check: string } | { kind: 'reset' };
const tick = (check: string): Op => ({ kind: 'tick', check });
const untick = (check: string): Op => ({ kind: 'untick', check });
const reset: Op = { kind: 'reset' };

function apply(store: ProgressStore, symptom: Symptom, op: Op) {
  if (op.kind === 'reset') store.reset(symptom);
  else store.set(symptom, op.check, op.kind === 'tick');
}

/** What one user doing these things in this order expects to see: each check's last action wins. */
function model(ops: readonly Op[]): string[] {
  const on = new Set<string>();
  for (const op of ops) {
    if (op.kind === 'reset') on.clear();
    else if (op.kind === 'tick') on.add(op.check);
    else on.delete(op.check);
  }
  return invoice().checks.map((c) => c.id).filter((id) => on.has(id));
}

/** Every way to interleave two sequences, each keeping its own order. */
function interleavings<T>(a: readonly T[], b: readonly T[]): { item: T; from: 'a' | 'b' }[][] {
  if (a.length === 0) return [b.map((item) => ({ item, from: 'b' as const }))];
  if (b.length === 0) return [a.map((item) => ({ item, from: 'a' as const }))];
  return [
    ...interleavings(a.slice(1), b).map((rest) => [{ item: a[0]!, from: 'a' as const }, ...rest]),
    ...interleavings(a, b.slice(1)).map((rest) => [{ item: b[0]!, from: 'b' as const }, ...rest]),
  ];
}

const ticked = (store: ProgressStore, symptom = invoice()) => [...store.checked(symptom)];

const tabA = [tick(c1), tick(c3), untick(c1)];
const tabB = [tick(c2), reset, tick(c4)];
const orders = interleavings(tabA, tabB);

describe('given two stores (two tabs) sharing one storage', () => {
  it('covers every order of their writes', () => {
    expect(orders).toHaveLength(20);
  });

  describe.each([
    { clock: 'a clock that advances', step: 1 },
    { clock: 'a clock stuck on one millisecond', step: 0 },
  ])('with $clock', ({ step }) => {
    it.each(orders.map((order) => [order.map((o) => `${o.from}:${o.item.kind}${'check' in o.item ? ` ${o.item.check}` : ''}`).join(', '), order] as const))(
      'ends with each check at its last action, in every tab and after a reload: %s',
      (_name, order) => {
        let time = 1_000;
        const now = () => (time += step);
        const storage = createMemoryStorage();
        const a = createProgressStore(storage, 'ns', 'acme', { now });
        const b = createProgressStore(storage, 'ns', 'acme', { now });
        const symptom = invoice();
        // Each tab shows the checklist from the start, so each holds a view that goes stale.
        ticked(a, symptom);
        ticked(b, symptom);
        for (const { item, from } of order) apply(from === 'a' ? a : b, symptom, item);
        const expected = model(order.map((o) => o.item));
        a.refresh(KEY);
        b.refresh(KEY);
        expect(ticked(a, symptom)).toEqual(expected);
        expect(ticked(b, symptom)).toEqual(expected);
        expect(ticked(createProgressStore(storage, 'ns', 'acme'), symptom)).toEqual(expected);
      },
    );
  });

  it.each(orders.map((order) => [order.map((o) => o.from).join(''), order] as const))(
    'converges when every write raced the other tab’s (neither saw the other until the end): %s',
    (_name, order) => {
      // Two copies of storage, as two renderer processes each hold one until the browser syncs them.
      let time = 1_000;
      const now = () => ++time;
      const storageA = createMemoryStorage();
      const storageB = createMemoryStorage();
      const a = createProgressStore(storageA, 'ns', 'acme', { now });
      const b = createProgressStore(storageB, 'ns', 'acme', { now });
      const symptom = invoice();
      for (const { item, from } of order) apply(from === 'a' ? a : b, symptom, item);
      // The browser delivers A's value to B, B merges and writes back, and that reaches A.
      storageB.setItem(KEY, storageA.getItem(KEY) ?? '');
      b.refresh(KEY);
      storageA.setItem(KEY, storageB.getItem(KEY) ?? '');
      a.refresh(KEY);
      const expected = model(order.map((o) => o.item));
      expect(ticked(a, symptom)).toEqual(expected);
      expect(ticked(b, symptom)).toEqual(expected);
    },
  );

  it('shows a tick from the other tab once told storage changed, and tells its subscribers', () => {
    const storage = createMemoryStorage();
    const a = createProgressStore(storage, 'ns', 'acme');
    const b = createProgressStore(storage, 'ns', 'acme');
    const symptom = invoice();
    expect(ticked(b, symptom)).toEqual([]);
    let calls = 0;
    b.subscribe(() => calls++);
    a.set(symptom, c1, true);
    b.refresh(KEY);
    expect(ticked(b, symptom)).toEqual([c1]);
    expect(calls).toBe(1);
    b.refresh(KEY); // nothing new: no re-render
    expect(calls).toBe(1);
  });

  it('reproduces the issue’s sequence: tick in A, tick in stale B, reload A: both ticks survive', () => {
    const storage = createMemoryStorage();
    const symptom = invoice();
    const a = createProgressStore(storage, 'ns', 'acme');
    const b = createProgressStore(storage, 'ns', 'acme');
    ticked(b, symptom); // B is open on the symptom, unticked
    a.set(symptom, c1, true);
    b.set(symptom, c2, true); // B never heard of A's tick
    const reloadedA = createProgressStore(storage, 'ns', 'acme');
    expect(ticked(reloadedA, symptom)).toEqual([c1, c2]);
  });

  it('sends a reset to the other tab like any other change', () => {
    const storage = createMemoryStorage();
    const symptom = invoice();
    const a = createProgressStore(storage, 'ns', 'acme');
    const b = createProgressStore(storage, 'ns', 'acme');
    a.set(symptom, c1, true);
    a.set(symptom, c2, true);
    b.refresh(KEY);
    expect(ticked(b, symptom)).toEqual([c1, c2]);
    b.reset(symptom);
    a.refresh(KEY);
    expect(ticked(a, symptom)).toEqual([]);
    a.set(symptom, c3, true); // a tick after the reset is newer than it
    expect(ticked(createProgressStore(storage, 'ns', 'acme'), symptom)).toEqual([c3]);
  });

  it('forgets a symptom whose key another tab removed', () => {
    const storage = createMemoryStorage();
    const symptom = invoice();
    const a = createProgressStore(storage, 'ns', 'acme');
    a.set(symptom, c1, true);
    storage.removeItem(KEY);
    a.refresh(KEY);
    expect(ticked(a, symptom)).toEqual([]);
  });
});

describe('given the merge of two saved states', () => {
  const x: CheckChanges = { a: { on: true, h: 'h', t: 5 }, b: { on: false, h: 'h', t: 9 } };
  const y: CheckChanges = { a: { on: false, h: 'h', t: 7 }, b: { on: true, h: 'h', t: 9 }, c: { on: true, h: 'h', t: 1 } };
  const z: CheckChanges = { c: { on: false, h: 'h', t: 2 } };

  it('takes the newest change per check, and a tick on an exact tie', () => {
    expect({ ...mergeChecks(x, y) }).toEqual({ a: y.a, b: y.b, c: y.c });
  });

  it('gives the same result in any order and when repeated', () => {
    const plain = (c: CheckChanges) => JSON.stringify(Object.entries(c).sort());
    expect(plain(mergeChecks(x, y))).toBe(plain(mergeChecks(y, x)));
    expect(plain(mergeChecks(mergeChecks(x, y), z))).toBe(plain(mergeChecks(x, mergeChecks(y, z))));
    expect(plain(mergeChecks(mergeChecks(x, y), y))).toBe(plain(mergeChecks(x, y)));
  });
});

describe('given content edits between visits', () => {
  const edited = (checks: Symptom['checks']): Symptom => ({ ...invoice(), checks });

  it('keeps every tick when the checks are reordered', () => {
    const storage = createMemoryStorage();
    const store = createProgressStore(storage, 'ns', 'acme');
    store.set(invoice(), c1, true);
    store.set(invoice(), c4, true);
    const reordered = edited([...invoice().checks].reverse());
    const after = ticked(createProgressStore(storage, 'ns', 'acme'), reordered);
    expect(after.sort()).toEqual([c1, c4].sort());
  });

  it('resets only the check whose text changed', () => {
    const storage = createMemoryStorage();
    const store = createProgressStore(storage, 'ns', 'acme');
    store.set(invoice(), c1, true);
    store.set(invoice(), c2, true);
    const checks = invoice().checks.map((c) => (c.id === c2 ? { ...c, text: `${c.text}, then wait a minute` } : c));
    expect(ticked(createProgressStore(storage, 'ns', 'acme'), edited(checks))).toEqual([c1]);
  });
});

describe('given values a store cannot use as they are', () => {
  const problemsOf = (storage: ProgressStorage) => {
    const problems: HelpStorageError[] = [];
    const store = createProgressStore(storage, 'ns', 'acme', { onProblem: (p) => problems.push(p) });
    return { store, problems };
  };

  it('reads the older layout, reports the migration once, and saves the current layout on the next change', () => {
    const storage = createMemoryStorage();
    // The older layout kept, per ticked check, the hash of its text.
    const hash = (id: string) => hashText(invoice().checks.find((c) => c.id === id)!.text);
    storage.setItem(KEY, JSON.stringify({ v: 1, checked: { [c1]: hash(c1), [c2]: hash(c2) } }));
    const { store, problems } = problemsOf(storage);
    expect(ticked(store)).toEqual([c1, c2]);
    store.set(invoice(), c2, false); // a change after the migration is newer than the migrated tick
    expect(ticked(store)).toEqual([c1]);
    expect(problems.map((p) => [p.problem, p.key])).toEqual([['migrated', KEY]]);
    expect(JSON.parse(storage.getItem(KEY)!).v).toBe(2);
  });

  it.each(['{"checks": ', 'not json', '[1,2]', '{"v": 3}', 'null'])('discards %s and reports it, without throwing', (raw) => {
    const storage = createMemoryStorage();
    storage.setItem(KEY, raw);
    const { store, problems } = problemsOf(storage);
    expect(ticked(store)).toEqual([]);
    expect(problems.map((p) => p.problem)).toEqual(['corrupt']);
    expect(problems[0]!.message).toContain(KEY);
    expect(storage.getItem(KEY)).toBeNull();
    store.set(invoice(), c3, true);
    expect(ticked(createProgressStore(storage, 'ns', 'acme'))).toEqual([c3]);
  });
});
