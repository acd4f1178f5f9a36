import { useEffect, useRef } from 'react';

/**
 * A shortcut is a key as `KeyboardEvent.key` reports it, optionally prefixed
 * with `mod+` (Ctrl, or ⌘ on Apple keyboards), `ctrl+`, `alt+` or `meta+`:
 * `"?"`, `"mod+/"`, `"F1"`, `"alt+h"`.
 */
export type HelpShortcut = string;

interface ParsedShortcut {
  key: string;
  mod: boolean;
  ctrl: boolean;
  alt: boolean;
  meta: boolean;
}

export function parseShortcut(shortcut: HelpShortcut): ParsedShortcut {
  const parts = shortcut.split('+');
  // "mod++" ends in an empty part: the key is "+" itself.
  let key = parts.pop() ?? '';
  if (key === '' && parts.length > 0) {
    parts.pop();
    key = '+';
  }
  const mods = new Set(parts.map((p) => p.toLowerCase()));
  return { key, mod: mods.has('mod'), ctrl: mods.has('ctrl'), alt: mods.has('alt'), meta: mods.has('meta') };
}

/** Whether a key went to a field (an input, a text area, editable content), where it is text, not a command. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const element = target as HTMLElement;
  if (element.isContentEditable) return true;
  return element.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !== null;
}

/** Whether a keydown is this shortcut. Printable keys are compared case-insensitively. */
export function matchesShortcut(event: KeyboardEvent, shortcut: ParsedShortcut): boolean {
  const ctrlOrMeta = event.ctrlKey || event.metaKey;
  if (shortcut.mod ? !ctrlOrMeta : (shortcut.ctrl !== event.ctrlKey || shortcut.meta !== event.metaKey)) return false;
  if (shortcut.alt !== event.altKey) return false;
  return event.key.toLowerCase() === shortcut.key.toLowerCase();
}

const MODIFIERS = new Set(['Shift', 'Control', 'Meta', 'Alt']);

/**
 * Calls `onShortcut` when one of `shortcuts` is pressed anywhere on the page.
 * Keystrokes typed into fields (inputs, text areas, editable content) never
 * count unless the shortcut has a modifier, and neither do IME compositions,
 * auto-repeats or keys another handler already claimed. `onFirstKey` hears a
 * modifier going down outside a field (Shift before `?`, Ctrl or ⌘ before `/`):
 * the moment to fetch what the shortcut will open.
 */
export function useHelpShortcut(shortcuts: readonly HelpShortcut[] | false, onShortcut: () => void, onFirstKey?: () => void): void {
  const callback = useRef(onShortcut);
  callback.current = onShortcut;
  const first = useRef(onFirstKey);
  first.current = onFirstKey;
  const signature = shortcuts === false ? '' : shortcuts.join('\n');

  useEffect(() => {
    if (signature === '') return;
    const parsed = signature.split('\n').map(parseShortcut);
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || event.repeat || event.keyCode === 229) return;
      if (MODIFIERS.has(event.key)) {
        if (!isTypingTarget(event.target)) first.current?.();
        return;
      }
      const shortcut = parsed.find((s) => matchesShortcut(event, s));
      if (!shortcut) return;
      const hasModifier = shortcut.mod || shortcut.ctrl || shortcut.alt || shortcut.meta;
      if (!hasModifier && isTypingTarget(event.target)) return;
      event.preventDefault();
      callback.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [signature]);
}
