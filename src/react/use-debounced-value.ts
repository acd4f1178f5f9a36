import { useEffect, useState } from 'react';

/** `value`, but only once it has stopped changing for `delay` ms. An empty string settles at once. */
export function useDebouncedValue(value: string, delay: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    // Clearing the box should clear the results without waiting.
    if (value.trim() === '' || delay <= 0) {
      setSettled(value);
      return;
    }
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}
