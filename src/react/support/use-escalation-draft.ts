import { useCallback, useSyncExternalStore } from 'react';
import { EMPTY_DRAFT, type EscalationDraft, type EscalationDraftStore } from '../../engine/state/index';

const none = () => null;

/**
 * The store's draft, re-rendering on change, plus an updater that merges a
 * partial draft, and the draft another tab's newer one replaced (`null` when none).
 */
export function useEscalationDraft(
  store: EscalationDraftStore,
): [EscalationDraft, (patch: Partial<EscalationDraft>) => void, EscalationDraft | null] {
  const draft = useSyncExternalStore(store.subscribe, store.get, () => EMPTY_DRAFT);
  const replaced = useSyncExternalStore(store.subscribe, store.replaced ?? none, none);
  const update = useCallback(
    (patch: Partial<EscalationDraft>) => {
      const current = store.get();
      store.set({
        note: patch.note ?? current.note,
        fields: patch.fields ? { ...current.fields, ...patch.fields } : current.fields,
        details: patch.details ? { ...current.details, ...patch.details } : current.details,
      });
    },
    [store],
  );
  return [draft, update, replaced];
}
