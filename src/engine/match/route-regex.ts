import { parse } from 'regexparam';

/** `:name` or `:name?`. */
export const PARAM = /^:[A-Za-z_$][\w$]*\??$/;
/** Prefix of the names given to `*` segments; `:` params may not use it. */
export const WILDCARD_KEY = '__wildcard';

/**
 * The regular expression of a route pattern, or `null` for a pattern that
 * `compileRoutePattern` rejects. This is all the browser needs: the compiler
 * has already reported bad patterns with their reasons (see `route-pattern.ts`),
 * so the engine only skips them. Built on `regexparam`: `*` becomes an unnamed
 * one-segment param and a trailing `/**` its optional wildcard `/*?`.
 */
export function routeRegex(pattern: string): RegExp | null {
  if (typeof pattern !== 'string' || !/^\/[^\s?#]*$/.test(pattern)) return null;
  const trimmed = pattern.length > 1 ? pattern.replace(/\/+$/, '') : pattern;
  const segments = trimmed === '/' ? [] : trimmed.slice(1).split('/');
  let wildcards = 0;
  const translated = segments.map((segment, index) =>
    segment === '**' && index === segments.length - 1
      ? '*?'
      : segment === '*'
        ? `:${WILDCARD_KEY}${wildcards++}`
        : segment.startsWith(':')
          ? PARAM.test(segment) && !segment.startsWith(`:${WILDCARD_KEY}`)
            ? segment
            : ''
          : /[*:]/.test(segment)
            ? ''
            : // regexparam copies literal segments into its regular expression; escape what would change its meaning.
              segment.replace(/[.+^${}()|[\]\\]/g, '\\$&'),
  );
  return translated.includes('') ? null : parse(`/${translated.join('/')}`).pattern;
}
