import type { Symptom } from '../schema/help-index';
import type { ProgressStorage } from './progress-storage';

/** Ticked checks, kept per help center and symptom, shared by every checklist on screen. */
export interface ProgressStore {
  /** Ids of the ticked checks of a symptom. The same object until something changes. */
  checked(symptom: Symptom): ReadonlySet<string>;
  /** Ticks or unticks one check. */
  set(symptom: Symptom, checkId: string, checked: boolean): void;
  /** Unticks every check of a symptom. */
  reset(symptom: Symptom): void;
  subscribe(listener: () => void): () => void;
}

/** What one symptom's entry holds: check id → hash of the check's text when it was ticked. */
interface SavedProgress {
  v: 1;
  checked: Record<string, string>;
}

/**
 * FNV-1a, 32 bit, in base 36: short and stable. It only has to notice that a
 * check's text changed, not resist anyone.
 */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** The storage key of a symptom's progress: `namespace:helpCenter:symptomId`. */
export function progressKey(namespace: string, helpCenterId: string, symptomId: string): string {
  return `${namespace}:${helpCenterId}:${symptomId}`;
}

function parse(raw: string | null): SavedProgress {
  if (!raw) return { v: 1, checked: {} };
  try {
    const value: unknown = JSON.parse(raw);
    if (value && typeof value === 'object' && 'checked' in value) {
      const checked = (value as { checked: unknown }).checked;
      if (checked && typeof checked === 'object' && !Array.isArray(checked)) {
        const clean: Record<string, string> = {};
        for (const [id, hash] of Object.entries(checked)) if (typeof hash === 'string') clean[id] = hash;
        return { v: 1, checked: clean };
      }
    }
  } catch {
    // Someone else's value under our key, or a truncated write: start over.
  }
  return { v: 1, checked: {} };
}

/**
 * Creates the store. A check counts as ticked only while its saved hash equals
 * the hash of its current text, so editing one check in the content resets
 * that check and leaves the others alone.
 */
export function createProgressStore(storage: ProgressStorage, namespace: string, helpCenterId: string): ProgressStore {
  const cache = new Map<string, ReadonlySet<string>>();
  const listeners = new Set<() => void>();
  const keyOf = (symptom: Symptom) => progressKey(namespace, helpCenterId, symptom.id);

  const read = (symptom: Symptom): SavedProgress => {
    try {
      return parse(storage.getItem(keyOf(symptom)));
    } catch {
      return parse(null);
    }
  };
  const write = (symptom: Symptom, saved: SavedProgress) => {
    try {
      if (Object.keys(saved.checked).length === 0) storage.removeItem(keyOf(symptom));
      else storage.setItem(keyOf(symptom), JSON.stringify(saved));
    } catch {
      // A custom storage that throws: progress still lives in the cache below.
    }
  };
  const publish = (symptom: Symptom, ids: ReadonlySet<string>) => {
    cache.set(symptom.id, ids);
    for (const listener of listeners) listener();
  };

  const checkedOf = (symptom: Symptom): ReadonlySet<string> => {
    const cached = cache.get(symptom.id);
    if (cached) return cached;
    const saved = read(symptom);
    const ids = new Set(symptom.checks.filter((c) => saved.checked[c.id] === hashText(c.text)).map((c) => c.id));
    cache.set(symptom.id, ids);
    return ids;
  };

  return {
    checked: checkedOf,
    set(symptom, checkId, checked) {
      const check = symptom.checks.find((c) => c.id === checkId);
      if (!check) return;
      const current = checkedOf(symptom);
      // Drop entries for checks that no longer exist or whose text changed.
      const kept: Record<string, string> = {};
      for (const c of symptom.checks) {
        if (c.id !== checkId && current.has(c.id)) kept[c.id] = hashText(c.text);
      }
      if (checked) kept[checkId] = hashText(check.text);
      write(symptom, { v: 1, checked: kept });
      publish(symptom, new Set(Object.keys(kept)));
    },
    reset(symptom) {
      write(symptom, { v: 1, checked: {} });
      publish(symptom, new Set());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
