// Early files: where a split index files the symptoms that name an exact error code. Their names
// follow from the code alone (a bucket of its hash, and a tag the build gives the page's module), so
// the panel's shell can fetch the one an error needs in the same moment it fetches the manifest and
// its own code, instead of a round trip later. Each carries the checklist of the first symptom
// that claims each of its codes, which the panel shows before that symptom's chunk has come, and
// names the chunk of the next one, which the shell starts before the loader has matched anything. The
// compiler, the loader and the shell all name them here, so the three agree. Kept small: the shell
// loads with the page.
import { CODE_LIKE } from '../base/code-like';

/** A code that exact-code files can hold: the matcher compares codes as they are, up to its 200 characters. */
const MAX_CODE = 200;

/** The file name of bucket `bucket` of a build whose early files carry `tag`. */
export const earlyFileName = (bucket: number, tag: string) => `x${bucket}.${tag}.json`;

/** The bucket of an exact code among `buckets` (FNV-1a over its UTF-16 code units). */
export function earlyBucket(code: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < code.length; i++) hash = Math.imul(hash ^ code.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % buckets;
}

/** Whether `value` describes a build's early files: `{ buckets, tag }`, as the manifest and the page's module have it. */
export function isEarlyFiles(value: unknown): value is { buckets: number; tag: string } {
  if (typeof value !== 'object' || value === null) return false;
  const { buckets, tag } = value as { buckets?: unknown; tag?: unknown };
  return typeof buckets === 'number' && Number.isInteger(buckets) && buckets >= 1 && typeof tag === 'string' && /^[0-9a-f]{8}$/.test(tag);
}

/**
 * The code an app's error most plainly gives, for the shell's head start: a code-like string, or a
 * string `code` on the error, on `error.error` or on an axios `response.data`. The loader reads the
 * error fully (normalize-error.ts) and fetches what this misses; a guess that is wrong costs one small file.
 */
export function plainErrorCode(error: unknown): string | undefined {
  try {
    if (typeof error === 'string') {
      const text = error.trim();
      return text.length <= MAX_CODE && CODE_LIKE.test(text) ? text : undefined;
    }
    if (typeof error !== 'object' || error === null) return undefined;
    const record = error as { code?: unknown; error?: { code?: unknown } | null; response?: { data?: { code?: unknown } | null } | null };
    for (const code of [record.code, record.error?.code, record.response?.data?.code]) {
      if (typeof code === 'string' && code.trim() !== '' && code.trim().length <= MAX_CODE) return code.trim();
    }
  } catch {
    // A getter that throws: no head start.
  }
  return undefined;
}
