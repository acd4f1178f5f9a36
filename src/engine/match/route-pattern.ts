import { PARAM, routeRegex, WILDCARD_KEY } from './route-regex';

/** A route pattern compiled once, ready to test pathnames. */
export interface CompiledRoute {
  /** The pattern as the author wrote it. */
  pattern: string;
  /** Names of the `:params`, in order (one-segment `*` wildcards are unnamed and not listed). */
  keys: string[];
  /** Whether the pattern ends in `/**` (the path and everything below it). */
  prefix: boolean;
  /** Number of literal segments: more literal segments means a more specific pattern. */
  literalSegments: number;
  regex: RegExp;
}

/** Why a route pattern was rejected, as a sentence that says how to fix it. */
export interface RoutePatternProblem {
  error: string;
}


/**
 * Compiles a route pattern (see `HelpContext.routes`): `:name` matches one
 * segment, `*` matches exactly one segment, and `**` as the last segment
 * matches that path and everything below it. Built on `regexparam`: `*`
 * becomes an unnamed one-segment param and a trailing `/**` its optional
 * wildcard `/*?`. Pure and total: returns `{ error }` instead of throwing.
 */
export function compileRoutePattern(pattern: string): CompiledRoute | RoutePatternProblem {
  if (typeof pattern !== 'string' || pattern.trim() === '') {
    return { error: 'a route pattern is empty; write a path such as /settings/integrations' };
  }
  if (!pattern.startsWith('/')) return { error: `route "${pattern}" must start with "/", e.g. "/${pattern.replace(/^\/*/, '')}"` };
  if (/[\s?#]/.test(pattern)) {
    return { error: `route "${pattern}" contains a space, "?" or "#"; patterns match the pathname only, without query or hash` };
  }
  const trimmed = pattern.length > 1 ? pattern.replace(/\/+$/, '') : pattern;
  const segments = trimmed === '/' ? [] : trimmed.slice(1).split('/');
  const keys: string[] = [];
  let prefix = false;
  let literalSegments = 0;
  for (const [index, segment] of segments.entries()) {
    if (segment === '') return { error: `route "${pattern}" has an empty segment ("//"); remove the extra "/"` };
    if (segment === '**') {
      if (index !== segments.length - 1) {
        return { error: `route "${pattern}" uses "**" before the last segment; "**" may only end a pattern, e.g. /inbox/**` };
      }
      prefix = true;
    } else if (segment === '*') {
      // An unnamed one-segment wildcard.
    } else if (segment.startsWith(':')) {
      if (!PARAM.test(segment) || segment.startsWith(`:${WILDCARD_KEY}`)) {
        return { error: `route "${pattern}" has an invalid parameter "${segment}"; write :name with letters, digits or _` };
      }
      keys.push(segment.replace(/\?$/, '').slice(1));
    } else if (segment.includes('*') || segment.includes(':')) {
      return {
        error: `route "${pattern}" has "${segment}"; "*", "**" and ":name" must be whole segments, e.g. /files/* or /users/:id`,
      };
    } else {
      literalSegments++;
    }
  }
  // Valid by now, so `routeRegex` (the browser's half of this function) has a regular expression for it.
  const regex = routeRegex(pattern) as RegExp;
  return { pattern, keys, prefix, literalSegments, regex };
}

/** Narrows a {@link compileRoutePattern} result. */
export function isRoutePatternProblem(value: CompiledRoute | RoutePatternProblem): value is RoutePatternProblem {
  return 'error' in value;
}

/**
 * Tests a pathname against a compiled route. Query, hash and trailing slashes
 * are ignored. Returns the named params, or `null` when it does not match.
 */
export function matchRoute(route: CompiledRoute, pathname: string): Record<string, string> | null {
  const path = normalizePathname(pathname);
  const found = route.regex.exec(path);
  if (!found) return null;
  const params: Record<string, string> = {};
  // regexparam captures in order: every `:` segment (ours and the translated `*`), then the tail wildcard.
  let group = 1;
  const names = [...route.pattern.split('/')].filter((s) => s === '*' || s.startsWith(':'));
  for (const name of names) {
    const value = found[group++];
    if (name.startsWith(':') && value !== undefined) params[name.replace(/\?$/, '').slice(1)] = safeDecode(value);
  }
  return params;
}

function normalizePathname(pathname: string): string {
  const bare = pathname.split(/[?#]/, 1)[0] ?? '';
  const withSlash = bare.startsWith('/') ? bare : `/${bare}`;
  return withSlash.length > 1 ? withSlash.replace(/\/+$/, '') || '/' : withSlash;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
