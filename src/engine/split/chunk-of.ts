/**
 * The article chunk an article lives in, of `count`: FNV-1a of its id. The
 * compiler files articles with it and the loader finds them with it, so the
 * manifest never has to list every article id (at 10,000 articles the ids
 * alone would be most of its bytes).
 */
export function chunkOf(articleId: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < articleId.length; i++) {
    hash ^= articleId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return count > 0 ? hash % count : 0;
}

/** The article id of a symptom id (`article#slug`), or the id itself for an article. */
export function articleIdOf(id: string): string {
  const hash = id.indexOf('#');
  return hash === -1 ? id : id.slice(0, hash);
}
