import { describe, expect, it } from 'vitest';
import { createEscalationDraftStore, type EscalationDraftStore } from '../../../src/engine/state/escalation-draft-store';
import { draftKey } from '../../../src/engine/state/help-data';
import type { HelpStorageError } from '../../../src/engine/state/help-storage-error';
import { createMemoryStorage, type ProgressStorage } from '../../../src/engine/state/progress-storage';
import { createProgressStore, type ProgressStore } from '../../../src/engine/state/progress-store';
import type { Symptom } from '../../../src/schema/help-index';
import { sampleIndex } from '../../react/fixtures/sample-index';

const symptoms = sampleIndex().symptoms;
const byId = (id: string): Symptom => symptoms.find((s) => s.id === id)!;
const webhooks = byId('webhooks#not-firing');
const card = byId('billing#card-declined');
const invoice = byId('billing#invoice-missing');

/** A user's session: what they do, in order, across three symptoms and the escalation note. */
type Action =
  | { kind: 'tick' | 'untick'; symptom: Symptom; check: number }
  | { kind: 'reset'; symptom: Symptom }
  | { kind: 'type'; note: string };

const session: Action[] = [
  { kind: 'tick', symptom: webhooks, check: 0 },
  { kind: 'tick', symptom: webhooks, check: 1 },
  { kind: 'tick', symptom: card, check: 0 },
  { kind: 'type', note: 'It started' },
  { kind: 'type', note: 'It started on Monday' },
  { kind: 'tick', symptom: invoice, check: 2 },
  { kind: 'untick', symptom: webhooks, check: 0 },
  { kind: 'reset', symptom: card },
  { kind: 'tick', symptom: card, check: 1 },
  { kind: 'type', note: 'It started on Monday, after the upgrade' },
  { kind: 'tick', symptom: invoice, check: 4 },
];

/** What the user expects each symptom to show after the whole session. */
function expected(): Map<string, string[]> {
  const on = new Map<string, Set<string>>(symptoms.map((s) => [s.id, new Set()]));
  for (const action of session) {
    if (action.kind === 'type') continue;
    const set = on.get(action.symptom.id)!;
    if (action.kind === 'reset') set.clear();
    else if (action.kind === 'tick') set.add(action.symptom.checks[action.check]!.id);
    else set.delete(action.symptom.checks[action.check]!.id);
  }
  return new Map([...on].map(([id, set]) => [id, byId(id).checks.map((c) => c.id).filter((c) => set.has(c))]));
}

/** Memory storage whose `setItem` throws a quota error on the writes `fails` picks (1-based). */
function failingStorage(fails: (write: number) => boolean): ProgressStorage & { writes: () => number } {
  const inner = createMemoryStorage();
  let writes = 0;
  return {
    getItem: (key) => inner.getItem(key),
    removeItem: (key) => inner.removeItem(key),
    setItem(key, value) {
      writes += 1;
      if (fails(writes)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      inner.setItem(key, value);
    },
    get length() {
      return inner.length ?? 0;
    },
    key: (index) => inner.key?.(index) ?? null,
    writes: () => writes,
  };
}

function run(storage: ProgressStorage) {
  const problems: HelpStorageError[] = [];
  let time = 1_000;
  const options = { now: () => (time += 10), onProblem: (p: HelpStorageError) => problems.push(p) };
  const progress = createProgressStore(storage, 'ns', 'acme', options);
  const drafts = createEscalationDraftStore({ storage, key: draftKey('ns', 'acme'), namespace: 'ns', ...options });
  for (const action of session) play(progress, drafts, action);
  return { progress, drafts, problems };
}

function play(progress: ProgressStore, drafts: EscalationDraftStore, action: Action) {
  if (action.kind === 'type') drafts.set({ ...drafts.get(), note: action.note });
  else if (action.kind === 'reset') progress.reset(action.symptom);
  else progress.set(action.symptom, action.symptom.checks[action.check]!.id, action.kind === 'tick');
}

const totalWrites = (() => {
  const storage = failingStorage(() => false);
  run(storage);
  return storage.writes();
})();
const last = session[session.length - 1] as Extract<Action, { check: number }>;
const lastNote = 'It started on Monday, after the upgrade';

describe('given storage that throws a quota error on the Nth write', () => {
  it('plays a session long enough to matter', () => {
    expect(totalWrites).toBeGreaterThanOrEqual(session.length);
  });

  it.each(Array.from({ length: totalWrites + 1 }, (_, i) => i + 1))(
    'N = %i: nothing reaches the host, and a reload shows the latest action, the latest note and no wrong tick',
    (n) => {
      const storage = failingStorage((write) => write === n);
      let result: ReturnType<typeof run> | undefined;
      expect(() => (result = run(storage))).not.toThrow();
      const { progress, problems } = result!;
      const want = expected();
      const lastCheck = last.symptom.checks[last.check]!.id;
      const reloaded = createProgressStore(storage, 'ns', 'acme');
      // The latest action is never the one dropped: in this page and after a reload.
      expect([...progress.checked(last.symptom)]).toContain(lastCheck);
      expect([...reloaded.checked(last.symptom)]).toContain(lastCheck);
      expect(createEscalationDraftStore({ storage, key: draftKey('ns', 'acme'), namespace: 'ns', now: () => 100_000 }).get().note).toBe(lastNote);
      // Only evicted symptoms lose ticks; nothing shows ticked that the user unticked or reset.
      const evicted = (id: string) => problems.some((p) => p.problem === 'quota' && p.message.includes(`ns:acme:${id}`));
      for (const symptom of symptoms) {
        const shown = [...reloaded.checked(symptom)];
        if (evicted(symptom.id)) for (const id of shown) expect(want.get(symptom.id)).toContain(id);
        else expect(shown).toEqual(want.get(symptom.id));
      }
      // The host hears about a full storage exactly when there was one.
      expect(problems.filter((p) => p.problem === 'quota').length > 0).toBe(n <= totalWrites);
      expect(problems.every((p) => p.problem === 'quota')).toBe(true);
    },
  );

  it.each(Array.from({ length: totalWrites }, (_, i) => i + 1))(
    'N = %i, and storage stays full from then on: nothing reaches the host and this page keeps the latest action and note',
    (n) => {
      const storage = failingStorage((write) => write >= n);
      let result: ReturnType<typeof run> | undefined;
      expect(() => (result = run(storage))).not.toThrow();
      const { progress, drafts, problems } = result!;
      expect([...progress.checked(last.symptom)]).toContain(last.symptom.checks[last.check]!.id);
      expect(drafts.get().note).toBe(lastNote);
      expect(problems.some((p) => p.problem === 'quota')).toBe(true);
      // What did reach storage is still readable: a reload never meets a half-written value.
      expect(() => createProgressStore(storage, 'ns', 'acme').checked(last.symptom)).not.toThrow();
    },
  );
});

describe('given storage that is full when the user ticks a check', () => {
  it('removes the progress of the symptom touched longest ago, keeps the tick and says what it removed', () => {
    let full = false;
    const inner = createMemoryStorage();
    const storage: ProgressStorage = {
      getItem: (key) => inner.getItem(key),
      removeItem: (key) => {
        inner.removeItem(key);
        full = false; // one removal makes enough room
      },
      setItem: (key, value) => {
        if (full) throw new DOMException('full', 'QuotaExceededError');
        inner.setItem(key, value);
      },
      get length() {
        return inner.length ?? 0;
      },
      key: (index) => inner.key?.(index) ?? null,
    };
    const problems: HelpStorageError[] = [];
    let time = 0;
    const store = createProgressStore(storage, 'ns', 'acme', { now: () => (time += 1), onProblem: (p) => problems.push(p) });
    inner.setItem(draftKey('ns', 'acme'), JSON.stringify({ v: 2, t: 0, note: 'never evicted', fields: {}, details: {} }));
    store.set(card, card.checks[0]!.id, true); // touched first
    store.set(webhooks, webhooks.checks[0]!.id, true);
    full = true;
    store.set(invoice, invoice.checks[0]!.id, true);
    expect(inner.getItem('ns:acme:billing#card-declined')).toBeNull();
    expect(inner.getItem('ns:acme:webhooks#not-firing')).not.toBeNull();
    expect(inner.getItem(draftKey('ns', 'acme'))).toContain('never evicted');
    expect([...createProgressStore(storage, 'ns', 'acme').checked(invoice)]).toEqual([invoice.checks[0]!.id]);
    expect(problems.map((p) => [p.problem, p.key])).toEqual([['quota', 'ns:acme:billing#invoice-missing']]);
    expect(problems[0]!.message).toContain('ns:acme:billing#card-declined');
  });
});
