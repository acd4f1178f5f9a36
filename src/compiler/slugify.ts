import { slug } from 'github-slugger';

/**
 * The one slug rule for ids authors type: article ids, symptom slugs, check
 * ids, bucket ids. It is GitHub's heading-anchor rule (lower case, punctuation
 * dropped, spaces to `-`), so an author can predict an id by looking at the
 * text, and ids match the anchors a code host shows for the same heading.
 * `fallback` covers text made only of punctuation ("→" has no slug).
 */
export function slugify(text: string, fallback: string): string {
  const value = slug(text.trim());
  return value === '' ? fallback : value;
}

/** Appends `-2`, `-3`, … to repeats, so equal texts still get distinct, stable ids. */
export function createUniqueSlugger(): (base: string) => string {
  const seen = new Map<string, number>();
  return (base) => {
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    if (count === 1) return base;
    let candidate = `${base}-${count}`;
    // "a", "a", "a-2" must not collide: skip suffixes that are taken by a literal text.
    while (seen.has(candidate)) candidate = `${candidate}-${count}`;
    seen.set(candidate, 1);
    return candidate;
  };
}
