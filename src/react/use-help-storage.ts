import { useCallback, useMemo, useState } from 'react';
import type { HelpEngineCore } from '../engine/types';
import { safeCall } from '../engine/events/index';
import { clearHelpData, createLocalStorage, createProgressStore, draftKey, type HelpStorageError, type ProgressStorage } from '../engine/state/index';
import type { DraftsRef, Visit } from './help-context';
import { useHelpDataSync } from './use-help-data-sync';

interface HelpStorageOptions {
  engine: HelpEngineCore | null;
  storage: ProgressStorage | undefined;
  storageNamespace: string;
  userId: string | null | undefined;
  /** The storage namespace of the signed-in user (see `userNamespace`). */
  namespace: string;
  visit: Visit;
  setQuery(query: string): void;
  onError: () => ((error: unknown) => void) | undefined;
}

/**
 * What the panel keeps for the user: checklist progress, the unsent escalation note (created by
 * the escalation screen on first use), kept in step with other tabs, and clearing it all.
 */
export function useHelpStorage({ engine, storage, storageNamespace, userId, namespace, visit, setQuery, onError }: HelpStorageOptions) {
  const [defaultStorage] = useState(createLocalStorage);
  const store = storage ?? defaultStorage;
  // Storage problems are found while rendering a checklist: tell the host afterwards, not mid-render.
  const onStorageProblem = useCallback(
    (problem: HelpStorageError) => void Promise.resolve(problem).then((p) => safeCall(onError(), 'onError', p)),
    [onError],
  );
  const helpCenterId = engine?.index.helpCenter.id ?? 'help';
  // One store per help center and user, whatever engine reads it: a hot-reloaded index, another
  // locale or a reopened manifest keeps the store a tick was just made in (a new one would not hear it).
  const hasEngine = engine !== null;
  const progress = useMemo(
    () => (hasEngine ? createProgressStore(store, namespace, helpCenterId, { onProblem: onStorageProblem }) : null),
    [hasEngine, store, namespace, helpCenterId, onStorageProblem],
  );
  const drafts = useMemo<DraftsRef>(
    () => ({ current: null, key: draftKey(namespace, helpCenterId), storage: store, namespace, legacy: !storage, onProblem: onStorageProblem }),
    [namespace, helpCenterId, store, storage, onStorageProblem],
  );
  // What another tab (or a sign-out elsewhere on this page) did to this user's data.
  const forgetVisit = useCallback(() => {
    visit.searches.length = 0;
    visit.errors.length = 0;
    setQuery('');
  }, [visit, setQuery]);
  useHelpDataSync(namespace, helpCenterId, progress, drafts, forgetVisit);
  const clearData = useCallback(
    () => clearHelpData({ storage: store, storageNamespace, userId, sessionDrafts: !storage }),
    [store, storage, storageNamespace, userId],
  );
  return { progress, drafts, clearData };
}
