/** How many leading letters make a term's key. */
export const KEY_LENGTH = 3;

/**
 * The key a term is filed under: its first three letters. A typed word only
 * ever needs the terms under its own key (its exact term, stems it runs past,
 * typo candidates) and, for a prefix shorter than a key, the keys that start
 * with it; this is what lets the split index fetch one small shard per word.
 */
export function termKey(term: string): string {
  const chars = Array.from(term);
  return chars.length <= KEY_LENGTH ? term : chars.slice(0, KEY_LENGTH).join('');
}
