import { useEffect, useState } from 'react';
import { HOT_INDEX_EVENT, type HotIndexDetail } from '../schema/hot-index';

/**
 * `index`, or in development its newest edit: the Vite plugin announces each
 * recompiled index with the one it replaces, and this follows the chain from
 * `index`. A different `index` (another help center, a new prop) starts over.
 */
export function useHotIndex(index: unknown): unknown {
  const [hot, setHot] = useState<{ base: unknown; current: unknown } | null>(null);
  useEffect(() => {
    if (index == null || typeof window === 'undefined') return;
    const onIndex = (event: Event) => {
      const detail = (event as CustomEvent<HotIndexDetail | undefined>).detail;
      if (!detail || typeof detail !== 'object') return;
      setHot((previous) => {
        const now = previous && previous.base === index ? previous.current : index;
        return detail.previous === now ? { base: index, current: detail.next } : previous;
      });
    };
    window.addEventListener(HOT_INDEX_EVENT, onIndex);
    return () => window.removeEventListener(HOT_INDEX_EVENT, onIndex);
  }, [index]);
  return hot && hot.base === index ? hot.current : index;
}
