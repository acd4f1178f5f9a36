import { useEffect } from 'react';
import { isClearedBy, onHelpDataCleared, storageChange } from '../engine/state/index';
import type { ProgressStore } from '../engine/state/index';
import type { DraftsRef } from './help-context';

/**
 * Keeps this provider in step with what other tabs (their `storage` events)
 * and other code on this page (`clearHelpData`) do to the user's data:
 * progress and the draft are read again, and a clear also forgets the visit.
 */
export function useHelpDataSync(
  namespace: string,
  helpCenterId: string,
  progress: ProgressStore | null,
  drafts: DraftsRef,
  forgetVisit: () => void,
): void {
  useEffect(() => {
    const forgetAll = () => {
      forgetVisit();
      progress?.refresh(null);
      drafts.current?.refresh?.();
    };
    const onStorage = (event: StorageEvent) => {
      const change = storageChange(event.key, namespace, helpCenterId);
      if (change === 'all') forgetAll();
      else if (change === 'progress') progress?.refresh(event.key);
      else if (change === 'draft') drafts.current?.refresh?.();
    };
    const stopListening = onHelpDataCleared((cleared) => {
      if (isClearedBy(namespace, cleared)) forgetAll();
    });
    // Guarded: effects do not run on the server, but a test environment may lack `window`.
    if (typeof window !== 'undefined') window.addEventListener('storage', onStorage);
    return () => {
      stopListening();
      if (typeof window !== 'undefined') window.removeEventListener('storage', onStorage);
    };
  }, [namespace, helpCenterId, progress, drafts, forgetVisit]);
}
