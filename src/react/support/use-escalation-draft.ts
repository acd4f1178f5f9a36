import { useCallback, useSyncExternalStore } from 'react';
import { EMPTY_DRAFT, type EscalationDraft, type EscalationDraftStore } from '../../engine/escalation-draft-store';

/** The store's draft, re-rendering on change, plus an updater that merges a partial draft. */
export function useEscalationDraft(store: EscalationDraftStore): [EscalationDraft, (patch: Partial<EscalationDraft>) => void] {
  const draft = useSyncExternalStore(store.subscribe, store.get, () => EMPTY_DRAFT);
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
  return [draft, update];
}
