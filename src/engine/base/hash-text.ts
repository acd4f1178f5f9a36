/**
 * FNV-1a, 32 bit, in base 36: short and stable. It only has to notice that a
 * check's text changed (or keep a user id out of key names), not resist anyone.
 */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
