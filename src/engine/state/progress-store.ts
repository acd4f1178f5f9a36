import type { Symptom } from '../../schema/help-index';
import { hashText } from '../base/index';
import { readClearedAt } from './help-data';
import { HelpStorageError, isQuotaError, type HelpStorageProblem } from './help-storage-error';
import { storageKeys, type ProgressStorage } from './progress-storage';

export { hashText };

/** Ticked checks, kept per help center and symptom, shared by every checklist on screen. */
export interface ProgressStore {
  /** Ids of the ticked checks of a symptom. The same object until something changes. */
  checked(symptom: Symptom): ReadonlySet<string>;
  /** Ticks or unticks one check. */
  set(symptom: Symptom, checkId: string, checked: boolean): void;
  /** Unticks every check of a symptom: a change like any other, newer than every tick before it. */
  reset(symptom: Symptom): void;
  /**
   * Reads `key` (a symptom's storage key) again, or every key this store has
   * used, after another tab changed storage (its `storage` event). A key that
   * is gone is forgotten (cleared or evicted elsewhere); a value is merged with
   * what this page knows, and written back when this page knew something newer.
   */
  refresh(key?: string | null): void;
  subscribe(listener: () => void): () => void;
}

/** Options of {@link createProgressStore}. */
export interface ProgressStoreOptions {
  /** Clock in ms, for tests. Default `Date.now`. */
  now?: () => number;
  /** Hears about full, corrupt, old-layout or refusing storage (the provider passes `onError`). Default: none. */
  onProblem?: (error: HelpStorageError) => void;
}

/** The latest change to one check: ticked or not, the hash of its text then, and when (ms). */
export interface CheckChange {
  /** Ticked (`true`) or unticked, reset included (`false`). */
  on: boolean;
  /** `hashText` of the check's text at the time: a reworded check no longer counts as ticked. */
  h: string;
  /** When, in ms since the epoch; `0` for ticks migrated from the older layout. */
  t: number;
}

/** Check id → its latest change. */
export type CheckChanges = Record<string, CheckChange>;

/**
 * What a tick is kept against: the check's text, or, in a help center in several languages, its source
 * check's (`Check.revision`), so a tick carries over to every language and a reworded source clears it in all.
 */
const checkRevision = (check: { text: string; revision?: string }) => check.revision ?? hashText(check.text);

/** The storage key of a symptom's progress: `namespace:helpCenter:symptomId`. */
export function progressKey(namespace: string, helpCenterId: string, symptomId: string): string {
  return `${namespace}:${helpCenterId}:${symptomId}`;
}

const REFUSED = 'storage refused; kept in memory for this page.';

/** Whether change `a` wins over `b`: the later one, and on a tie a fixed order so every tab agrees. */
function wins(a: CheckChange, b: CheckChange): boolean {
  if (a.t !== b.t) return a.t > b.t;
  if (a.on !== b.on) return a.on;
  return a.h > b.h;
}

/**
 * Merges two saved states check by check: the newest change of each check
 * wins. Commutative, associative and idempotent, so tabs that see each other's
 * writes in any order end up with the same progress.
 */
export function mergeChecks(a: CheckChanges | undefined, b: CheckChanges | undefined): CheckChanges {
  const out: CheckChanges = Object.create(null) as CheckChanges;
  for (const side of [a, b]) {
    if (!side) continue;
    for (const id of Object.keys(side)) {
      const change = side[id]!;
      const current = out[id];
      if (!current || wins(change, current)) out[id] = change;
    }
  }
  return out;
}

function sameChecks(a: CheckChanges, b: CheckChanges): boolean {
  const ids = Object.keys(a);
  if (ids.length !== Object.keys(b).length) return false;
  return ids.every((id) => {
    const x = a[id]!;
    const y = b[id];
    return y !== undefined && x.t === y.t && x.on === y.on && x.h === y.h;
  });
}

/** What a stored value holds, and whether it had to be discarded (`corrupt`) or upgraded (`migrated`). */
export interface ParsedProgress {
  /** The changes that could be read; empty for nothing stored or a corrupt value. */
  checks: CheckChanges;
  /** Set when the value was discarded (`corrupt`) or read from the older layout (`migrated`). Default: none. */
  problem?: 'corrupt' | 'migrated';
}

/**
 * Reads a stored value: the current layout `{ v: 2, checks: { id: { on, h, t } } }`,
 * or the older one `{ v: 1, checked: { id: hash } }` (ticks without a time,
 * so any later change wins over them). Anything else is `corrupt`.
 */
export function parseProgress(raw: string | null): ParsedProgress {
  const checks: CheckChanges = Object.create(null) as CheckChanges;
  if (raw === null) return { checks };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { checks, problem: 'corrupt' };
  }
  const record = isObject(value) ? value : {};
  if (record.v === 2 && isObject(record.checks)) {
    for (const [id, change] of Object.entries(record.checks)) {
      if (isObject(change) && typeof change.on === 'boolean' && typeof change.h === 'string' && Number.isFinite(change.t)) {
        checks[id] = { on: change.on, h: change.h, t: change.t as number };
      }
    }
    return { checks };
  }
  if (isObject(record.checked)) {
    for (const [id, hash] of Object.entries(record.checked)) if (typeof hash === 'string') checks[id] = { on: true, h: hash, t: 0 };
    return { checks, problem: 'migrated' };
  }
  return { checks, problem: 'corrupt' };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** When a symptom's progress was last changed; `-1` for unreadable values, so they go first. */
function touchedAt(raw: string | null): number {
  const parsed = parseProgress(raw);
  if (parsed.problem === 'corrupt') return -1;
  let latest = 0;
  for (const change of Object.values(parsed.checks)) latest = Math.max(latest, change.t);
  return latest;
}

/**
 * Progress keys of `namespace` other than `keep`, touched longest ago first:
 * what may go when storage is full. Drafts are never among them.
 */
export function progressToEvict(storage: ProgressStorage, namespace: string, keep: string, also: Iterable<string> = []): string[] {
  const keys = new Set([...storageKeys(storage, `${namespace}:`), ...also]);
  return [...keys]
    .filter((key) => key !== keep && key.startsWith(`${namespace}:`) && key.includes('#')) // symptom ids are `article#slug`
    .map((key) => {
      let raw: string | null = null;
      try {
        raw = storage.getItem(key);
      } catch {
        // Unreadable: goes first, like a corrupt value.
      }
      return { key, at: touchedAt(raw) };
    })
    .sort((a, b) => a.at - b.at)
    .map((entry) => entry.key);
}

/**
 * Creates the store. Each check keeps its own latest change with a time, and
 * every write first merges what storage holds, so two tabs (or a tab and a
 * reload) never overwrite each other's ticks. A check counts as ticked only
 * while its saved hash equals the hash of its current text: rewording one
 * check resets that check, and reordering checks resets nothing.
 *
 * When storage is full, the progress of the symptoms touched longest ago is
 * removed until the latest change fits; with nothing left to remove, the
 * change is kept in memory for this page. Never throws.
 */
export function createProgressStore(
  storage: ProgressStorage,
  namespace: string,
  helpCenterId: string,
  options: ProgressStoreOptions = {},
): ProgressStore {
  const now = options.now ?? Date.now;
  const known = new Map<string, CheckChanges>(); // key → what this page knows, saved or not
  const symptoms = new Map<string, Symptom>(); // key → the symptom last shown under it
  const views = new Map<string, ReadonlySet<string>>(); // key → ticked ids, stable until they change
  const listeners = new Set<() => void>();
  const reported = new Set<string>();
  const keyOf = (symptom: Symptom) => progressKey(namespace, helpCenterId, symptom.id);

  const report = (problem: HelpStorageProblem, key: string, message: string, cause?: unknown) => {
    // Full storage is news every time (something was evicted); the rest once per key.
    const once = `${problem}\n${key}`;
    if (problem !== 'quota' && reported.has(once)) return;
    reported.add(once);
    try {
      options.onProblem?.(new HelpStorageError(problem, key, message, cause));
    } catch {
      // The provider's handler is safe already; a custom one must not break a tick.
    }
  };

  const readRaw = (key: string): string | null => {
    try {
      return storage.getItem(key);
    } catch (error) {
      report('unavailable', key, REFUSED, error);
      return null;
    }
  };

  /** This page's changes merged with storage's, minus anything older than the last clear. */
  const load = (key: string): CheckChanges => {
    const raw = readRaw(key);
    const parsed = parseProgress(raw);
    if (parsed.problem === 'corrupt') {
      report('corrupt', key, 'not checklist progress; discarded.');
      try {
        storage.removeItem(key);
      } catch {
        // Left in place; it is ignored on every read.
      }
    } else if (parsed.problem === 'migrated') {
      report('migrated', key, 'older layout; read, and saved in the current one on the next change.');
    }
    const merged = mergeChecks(known.get(key), parsed.checks);
    const cut = readClearedAt(storage, namespace);
    if (cut > 0) for (const id of Object.keys(merged)) if (merged[id]!.t <= cut) delete merged[id];
    known.set(key, merged);
    return merged;
  };

  const evictable = (keep: string) => progressToEvict(storage, namespace, keep, known.keys());

  const forget = (key: string) => {
    known.delete(key);
    views.delete(key);
  };

  const save = (key: string, checks: CheckChanges) => {
    const value = JSON.stringify({ v: 2, checks });
    const evicted: string[] = [];
    let victims: string[] | undefined;
    for (let tries = 0; ; tries++) {
      try {
        storage.setItem(key, value);
        break;
      } catch (error) {
        if (!isQuotaError(error)) {
          report('unavailable', key, REFUSED, error);
          return;
        }
        victims ??= evictable(key);
        const victim = victims.shift();
        // Nothing to remove: one more try (another tab may just have made room), then memory.
        if (victim === undefined && tries === 0) continue;
        if (victim === undefined) {
          report('quota', key, 'storage is full and holds no other progress to remove; the change is kept in memory for this page.', error);
          return;
        }
        try {
          storage.removeItem(victim);
        } catch {
          // Could not remove it either: try the next one.
        }
        forget(victim);
        evicted.push(victim);
      }
    }
    if (victims) {
      report('quota', key, `storage was full; saved the change after removing the progress touched longest ago: ${evicted.join(', ') || 'none'}.`);
    }
  };

  /** Ticked ids of `symptom` from what this page knows; the previous set when nothing changed. */
  const compute = (key: string, symptom: Symptom): ReadonlySet<string> => {
    const checks = known.get(key);
    const ids = checks
      ? symptom.checks.filter((c) => checks[c.id]?.on === true && checks[c.id]!.h === checkRevision(c)).map((c) => c.id)
      : [];
    const previous = views.get(key);
    if (previous && previous.size === ids.length && ids.every((id) => previous.has(id))) return previous;
    const next = new Set(ids);
    views.set(key, next);
    return next;
  };

  const notify = () => {
    for (const listener of [...listeners]) {
      try {
        listener();
      } catch (error) {
        console.error('help-panel: a progress listener threw', error);
      }
    }
  };

  const change = (symptom: Symptom, ids: readonly string[], on: boolean) => {
    const key = keyOf(symptom);
    symptoms.set(key, symptom);
    const checks = load(key);
    // Later than anything this page has seen for the check, and than the last clear:
    // the user's latest action is the newest change, whatever the clocks did.
    const floor = readClearedAt(storage, namespace) + 1;
    for (const id of ids) {
      const check = symptom.checks.find((c) => c.id === id);
      if (!check) continue;
      checks[id] = { on, h: checkRevision(check), t: Math.max(now(), (checks[id]?.t ?? 0) + 1, floor) };
    }
    // Checks the content no longer has are dropped, so entries do not pile up.
    for (const id of Object.keys(checks)) if (!symptom.checks.some((c) => c.id === id)) delete checks[id];
    known.set(key, checks);
    save(key, checks);
    compute(key, symptom);
    notify();
  };

  return {
    checked(symptom) {
      const key = keyOf(symptom);
      const cached = views.get(key);
      if (cached && symptoms.get(key) === symptom) return cached;
      symptoms.set(key, symptom);
      if (!known.has(key)) load(key);
      return compute(key, symptom);
    },
    set(symptom, checkId, checked) {
      if (symptom.checks.some((c) => c.id === checkId)) change(symptom, [checkId], checked);
    },
    reset(symptom) {
      change(
        symptom,
        symptom.checks.map((c) => c.id),
        false,
      );
    },
    refresh(key) {
      const keys = key == null ? [...known.keys()] : [key];
      let changed = false;
      for (const k of keys) {
        const raw = readRaw(k);
        if (raw === null) known.delete(k); // gone: cleared or evicted in another tab
        const merged = load(k);
        // A write that raced ours lacks our change: put it back (the merge makes this converge).
        if (raw !== null && !sameChecks(merged, parseProgress(raw).checks)) save(k, merged);
        const symptom = symptoms.get(k);
        if (!symptom) continue;
        const before = views.get(k);
        if (compute(k, symptom) !== before) changed = true;
      }
      if (changed) notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
