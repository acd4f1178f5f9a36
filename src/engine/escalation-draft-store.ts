/**
 * Keeps what the user typed into the escalation form until it is sent, so
 * closing the panel (or reloading, with session storage) does not lose it.
 * Storage is optional and untrusted: when it is missing or throws (private
 * mode, quota, a disabled cookie policy) the store quietly keeps the draft in
 * memory instead.
 */

import type { ProgressStorage } from './progress-storage';

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

export interface EscalationDraftStore {
  /** The current draft (the same object until it changes, so React can compare it). */
  get(): EscalationDraft;
  /** Replaces the draft. */
  set(draft: EscalationDraft): void;
  /** Forgets the draft (after it was sent). */
  clear(): void;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

export interface EscalationDraftStoreOptions {
  /**
   * Where drafts survive a reload. Default: `sessionStorage` when the runtime
   * has one that works, else memory only. Pass `null` for memory only.
   */
  storage?: DraftStorage | null;
  /** Storage key. Default `help-panel:escalation-draft`. */
  key?: string;
}

export const EMPTY_DRAFT: EscalationDraft = Object.freeze({ note: '', fields: {}, details: {} }) as EscalationDraft;

/** Creates a draft store. Never throws, whatever the storage does. */
export function createEscalationDraftStore(options: EscalationDraftStoreOptions = {}): EscalationDraftStore {
  const key = options.key ?? 'help-panel:escalation-draft';
  let storage: DraftStorage | null = options.storage === undefined ? defaultStorage() : options.storage;
  const listeners = new Set<() => void>();
  let draft: EscalationDraft = read();

  function read(): EscalationDraft {
    if (!storage) return EMPTY_DRAFT;
    try {
      const raw = storage.getItem(key);
      return raw ? parseDraft(raw) : EMPTY_DRAFT;
    } catch {
      storage = null;
      return EMPTY_DRAFT;
    }
  }

  function write(next: EscalationDraft) {
    if (!storage) return;
    try {
      if (isDraftEmpty(next)) storage.removeItem(key);
      else storage.setItem(key, JSON.stringify(next));
    } catch {
      // Storage refused (quota, private mode): memory keeps the draft for this page's life.
      storage = null;
    }
  }

  function change(next: EscalationDraft) {
    draft = next;
    write(next);
    for (const listener of [...listeners]) {
      try {
        listener();
      } catch (error) {
        console.error('help-panel: an escalation draft listener threw', error);
      }
    }
  }

  return {
    get: () => draft,
    set: (next) => change(parseDraft(next)),
    clear: () => change(EMPTY_DRAFT),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
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

/** Reads a draft from JSON text or an object, keeping only string values. */
function parseDraft(input: unknown): EscalationDraft {
  let value: unknown = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      return EMPTY_DRAFT;
    }
  }
  if (typeof value !== 'object' || value === null) return EMPTY_DRAFT;
  const record = value as Record<string, unknown>;
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
