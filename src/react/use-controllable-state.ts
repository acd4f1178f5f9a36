import { useCallback, useRef, useState } from 'react';

interface ControllableStateOptions<T> {
  /** The controlled value; `undefined` means uncontrolled. */
  prop: T | undefined;
  /** The starting value when uncontrolled. */
  defaultProp: T;
  /** Called with every requested change, controlled or not. */
  onChange?: ((value: T) => void) | undefined;
}

/**
 * One state that is either owned by the parent (`prop` set) or by this
 * component (`prop` undefined), with the same setter either way.
 */
export function useControllableState<T>({ prop, defaultProp, onChange }: ControllableStateOptions<T>) {
  const [own, setOwn] = useState(defaultProp);
  const controlled = prop !== undefined;
  const value = controlled ? prop : own;
  // Read the latest value and callback in the setter without re-creating it.
  const latest = useRef({ value, onChange, controlled });
  latest.current = { value, onChange, controlled };

  const setValue = useCallback((next: T) => {
    const { value: current, onChange: notify, controlled: isControlled } = latest.current;
    if (Object.is(next, current)) return;
    if (!isControlled) setOwn(next);
    notify?.(next);
  }, []);

  return [value, setValue] as const;
}
