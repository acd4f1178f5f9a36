/**
 * Keeps what the user typed into the escalation form until it is sent, so
 * closing the panel, reloading, closing the tab or a crash of the panel does
 * not lose it. Storage is optional and untrusted: when it is missing or
 * throws (private mode, quota, a disabled cookie policy) the store quietly
 * keeps the draft in memory instead.
 *
 * Tabs that share the storage converge on the newest draft (last writer
 * wins). The other text is never dropped without a trace: when a write
 * replaces a draft its writer had not seen (another tab typed at the same
 * time), the replaced text is kept next to the draft as `replaced()`, in
 * storage too, until the user restores or dismisses it or the note is sent;
 * the form shows it with "Use the other note" and "Discard the other note".
 * The writer keeps it when it sees the other draft first; when the two
 * writes crossed, the tab whose draft was overwritten keeps it (each stored
 * draft names the one it replaced, so that tab can tell).
 */

import { readClearedAt } from './help-data';
import { HelpStorageError, isQuotaError, type HelpStorageProblem } from './help-storage-error';
import type { ProgressStorage } from './progress-storage';
import { progressToEvict } from './progress-store';

/** What the form holds. */
export interface EscalationDraft {
  note: string;
  /** Host field values, by field id. Only fields the user touched. */
  fields: Record<string, string>;
  /** Answers to the article's escalation details, by detail id. */
  details: Record<string, string>;
}

/** The same storage contract as checklist progress; `localStorage` and `sessionStorage` fit. */
export type DraftStorage = ProgressStorage;

/** A draft store; the last four methods are optional so that stores written for older versions still fit. */
export interface EscalationDraftStore {
  /** The current draft (the same object until it changes, so React can compare it). */
  get(): EscalationDraft;
  /** Replaces the draft. */
  set(draft: EscalationDraft): void;
  /** Forgets the draft and any replaced one (after it was sent); other tabs follow on their next `refresh`. */
  clear(): void;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /**
   * Reads storage again after another tab changed it (its `storage` event): a
   * newer draft replaces this one, a removed one (sent or cleared) empties it.
   */
  refresh?(): void;
  /** The draft another tab's newer one replaced, kept until restored, dismissed or sent; `null` when none. Stable until it changes. */
  replaced?(): EscalationDraft | null;
  /** Makes the replaced draft current again; the current one becomes the replaced one, so nothing is lost. */
  restoreReplaced?(): void;
  /** Forgets the replaced draft. */
  dismissReplaced?(): void;
}

export interface EscalationDraftStoreOptions {
  /**
   * Where drafts survive a reload. Default: `sessionStorage` when the runtime
   * has one that works, else memory only. Pass `null` for memory only. The
   * panel passes its own storage (`localStorage` by default), so a draft
   * survives a closed tab and reaches the other tabs.
   */
  storage?: DraftStorage | null;
  /** Storage key. Default `help-panel:escalation-draft`. */
  key?: string;
  /**
   * The storage namespace the key lives in. With it, a draft older than the
   * namespace's last `clearHelpData` is ignored, and a full storage makes room
   * by removing the namespace's oldest checklist progress. Default: none.
   */
  namespace?: string;
  /** Where an older version kept drafts (the panel's per-tab `sessionStorage`): moved over once. Default: none. */
  legacyStorage?: DraftStorage | null;
  /** A draft not edited for this long is discarded. Default 7 days. */
  maxAgeMs?: number;
  /** Clock in ms, for tests. Default `Date.now`. */
  now?: () => number;
  /** Hears about full, corrupt, old-layout or refusing storage. Default: none. */
  onProblem?: (error: HelpStorageError) => void;
}

export const EMPTY_DRAFT: EscalationDraft = Object.freeze({ note: '', fields: {}, details: {} }) as EscalationDraft;

/** A week: long enough to come back to a problem, short enough not to greet the next user of a shared machine. */
export const DRAFT_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

/** What is stored: the draft, when it was written, and the draft it replaced. */
interface StoredDraft {
  t: number;
  /** `t` of the draft this one replaced in the writer's view (`Infinity` when unknown). */
  base: number;
  draft: EscalationDraft;
  previous: EscalationDraft | null;
}

/** Creates a draft store. Never throws, whatever the storage does. */
export function createEscalationDraftStore(options: EscalationDraftStoreOptions = {}): Required<EscalationDraftStore> {
  const key = options.key ?? 'help-panel:escalation-draft';
  const now = options.now ?? Date.now;
  const maxAge = options.maxAgeMs ?? DRAFT_MAX_AGE_MS;
  const namespace = options.namespace;
  let storage: DraftStorage | null = options.storage === undefined ? defaultStorage() : options.storage;
  const listeners = new Set<() => void>();
  const reported = new Set<HelpStorageProblem>();

  let draft: EscalationDraft = EMPTY_DRAFT;
  let previous: EscalationDraft | null = null;
  let at = 0; // when the draft we hold was written
  let seen = 0; // `t` of the stored draft we last read or wrote: a different one was written by someone else
  let saved = false; // whether the draft we hold is in storage
  let base = 0; // `t` of the stored draft ours replaced

  const report = (problem: HelpStorageProblem, message: string, cause?: unknown) => {
    if (problem !== 'quota' && reported.has(problem)) return;
    reported.add(problem);
    try {
      options.onProblem?.(new HelpStorageError(problem, key, message, cause));
    } catch {
      // A handler that throws must not cost the user their note.
    }
  };
  const clearedAt = () => (storage && namespace !== undefined ? readClearedAt(storage, namespace) : 0);

  function readStored(from: DraftStorage | null = storage): (StoredDraft & { migrated: boolean }) | null {
    if (!from) return null;
    let raw: string | null;
    try {
      raw = from.getItem(key);
    } catch (error) {
      if (from === storage) storage = null;
      report('unavailable', 'storage refused; kept in memory for this page.', error);
      return null;
    }
    if (raw === null) return null;
    const stored = parseStored(raw, now());
    if (!stored || stored.t <= clearedAt() || now() - stored.t > maxAge) {
      if (!stored) report('corrupt', 'not an escalation draft; discarded.');
      try {
        from.removeItem(key);
      } catch {
        // Ignored on every read anyway.
      }
      return null;
    }
    if (stored.migrated) report('migrated', 'older layout; read, and saved in the current one.');
    return stored;
  }

  function write(): void {
    if (!storage) return;
    const empty = isDraftEmpty(draft) && previous === null;
    const value = JSON.stringify({ v: 2, t: at, b: base, ...draft, ...(previous ? { previous } : {}) });
    let victims: string[] | undefined;
    for (let tries = 0; ; tries++) {
      try {
        if (empty) storage.removeItem(key);
        else storage.setItem(key, value);
        saved = !empty;
        seen = empty ? 0 : at;
        if (victims) report('quota', 'storage was full; saved the note on a second try.');
        return;
      } catch (error) {
        victims ??= isQuotaError(error) && namespace !== undefined ? progressToEvict(storage, namespace, key) : [];
        const victim = victims.shift();
        // Nothing to remove: one more try of a full storage (another tab may just have made room), then memory.
        if (victim === undefined && tries === 0 && isQuotaError(error)) continue;
        if (victim === undefined) {
          saved = false;
          report(isQuotaError(error) ? 'quota' : 'unavailable', 'storage refused; kept in memory for this page.', error);
          return;
        }
        try {
          storage.removeItem(victim);
          report('quota', `storage was full; removed the progress touched longest ago: ${victim}.`);
        } catch {
          // Try the next one.
        }
      }
    }
  }

  function notify() {
    for (const listener of [...listeners]) {
      try {
        listener();
      } catch (error) {
        console.error('help-panel: an escalation draft listener threw', error);
      }
    }
  }

  function commit(next: EscalationDraft, replacedDraft: EscalationDraft | null, stored: StoredDraft | null) {
    draft = next;
    previous = replacedDraft && !sameDraft(replacedDraft, next) && !isDraftEmpty(replacedDraft) ? replacedDraft : null;
    // Newer than anything stored or held, and than the last clear: the latest typing wins.
    at = Math.max(now(), (stored?.t ?? 0) + 1, at + 1, clearedAt() + 1);
    base = stored?.t ?? 0;
    write();
    notify();
  }

  function adopt(stored: StoredDraft | null) {
    draft = stored?.draft ?? EMPTY_DRAFT;
    previous = stored?.previous ?? null;
    at = seen = stored?.t ?? 0;
    base = stored?.base ?? 0;
    saved = stored !== null;
  }

  // Start from storage; else move a draft over from where an older version kept it.
  let initial: (StoredDraft & { migrated?: boolean }) | null = readStored();
  if (!initial && options.legacyStorage) {
    const legacy = readStored(options.legacyStorage);
    if (legacy) {
      adopt(null);
      commit(legacy.draft, legacy.previous, null);
      try {
        options.legacyStorage.removeItem(key);
      } catch {
        // It stays there too; the tab's session ends soon enough.
      }
      initial = null;
    }
  }
  if (initial) {
    adopt(initial);
    if (initial.migrated) write(); // in the current layout, so every tab reads the same time
  }

  return {
    get: () => draft,
    set(next) {
      const clean = parseDraft(next);
      const stored = readStored();
      // Someone else wrote since we last looked, with other text: keep theirs as the replaced draft.
      const theirs = stored && stored.t !== seen && !sameDraft(stored.draft, clean) ? stored.draft : null;
      if (!stored && saved) {
        // Sent or cleared in another tab: what is typed now starts a new draft.
        previous = null;
      }
      commit(clean, theirs ?? stored?.previous ?? previous, stored);
    },
    clear() {
      adopt(null);
      if (storage) {
        try {
          storage.removeItem(key);
        } catch {
          // Nothing else to do: the memory copy is gone already.
        }
      }
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    refresh() {
      const stored = readStored();
      if (stored === null) {
        // Removed elsewhere (sent, emptied, cleared); a draft that never reached storage stays, unless cleared.
        if (!saved && at > clearedAt()) return;
        if (draft === EMPTY_DRAFT && previous === null) return;
        adopt(null);
        notify();
        return;
      }
      if (stored.t === at) {
        // Our own draft, perhaps with a replaced one another tab kept for us.
        if (!previous && stored.previous) {
          previous = stored.previous;
          notify();
        }
        return;
      }
      if (stored.t > at) {
        // Written by a tab that had not seen our draft (the two writes crossed): keep ours as the replaced one.
        const lost = saved && stored.base < at && !isDraftEmpty(draft) && !sameDraft(draft, stored.draft) &&
          !(stored.previous && sameDraft(stored.previous, draft));
        const mine = draft;
        adopt(stored);
        if (lost) {
          previous = mine;
          write(); // the same time: only adds the replaced draft, so no tab takes it for a newer one
        }
        notify();
      } else {
        // Storage holds an older draft than ours (a write that raced ours): ours is the newest.
        write();
      }
    },
    replaced: () => previous,
    restoreReplaced() {
      if (previous) commit(previous, draft, readStored());
    },
    dismissReplaced() {
      if (previous) commit(draft, null, readStored());
    },
  };
}

/** Whether the draft holds nothing the user typed. */
export function isDraftEmpty(draft: EscalationDraft): boolean {
  return (
    draft.note.trim() === '' &&
    Object.values(draft.fields).every((v) => v.trim() === '') &&
    Object.values(draft.details).every((v) => v.trim() === '')
  );
}

function sameDraft(a: EscalationDraft, b: EscalationDraft): boolean {
  return a.note === b.note && sameRecord(a.fields, b.fields) && sameRecord(a.details, b.details);
}

function sameRecord(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a).filter((k) => a[k] !== '');
  return keys.length === Object.keys(b).filter((k) => b[k] !== '').length && keys.every((k) => a[k] === b[k]);
}

/**
 * Reads a stored draft: the current layout `{ v: 2, t, note, fields, details, previous? }`,
 * or the older `{ note, fields, details }` without a time (taken as written now).
 * `null` when it is not a draft at all.
 */
function parseStored(raw: string, now: number): (StoredDraft & { migrated: boolean }) | null {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  if (record.v === 2 && typeof record.t === 'number' && Number.isFinite(record.t)) {
    return {
      t: record.t,
      base: typeof record.b === 'number' ? record.b : Infinity,
      draft: parseDraft(record),
      previous: record.previous ? parseDraft(record.previous) : null,
      migrated: false,
    };
  }
  if ('v' in record || !('note' in record || 'fields' in record || 'details' in record)) return null;
  return { t: now, base: Infinity, draft: parseDraft(record), previous: null, migrated: true };
}

/** Reads a draft from an object, keeping only string values. */
function parseDraft(input: unknown): EscalationDraft {
  if (typeof input !== 'object' || input === null) return EMPTY_DRAFT;
  const record = input as Record<string, unknown>;
  return {
    note: typeof record.note === 'string' ? record.note : '',
    fields: stringRecord(record.fields),
    details: stringRecord(record.details),
  };
}

function stringRecord(value: unknown): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ...out };
  for (const [k, v] of Object.entries(value)) if (typeof v === 'string') out[k] = v;
  return { ...out };
}

function defaultStorage(): DraftStorage | null {
  try {
    const storage = (globalThis as { sessionStorage?: DraftStorage }).sessionStorage;
    if (!storage) return null;
    // Safari's private mode used to expose a storage whose writes throw: probe once.
    const probe = 'help-panel:probe';
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}
