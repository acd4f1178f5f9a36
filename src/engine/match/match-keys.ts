import type { ErrorPattern, HelpContext } from '../../schema/help-index';
import { messageKeyWord, messageKeyWords } from './message-text';
import { normalizeError } from './normalize-error';
import { normalizeRoute } from './normalize-route';
import type { MatchContext } from '../types';

// Match keys split a large help center's matching data so that a page
// fetches only the part its route and error can reach. A pattern is filed
// under the keys of what it could match; a context asks for every key that
// could hold a pattern matching it. Both sides are written here, together,
// because they must agree:
//
// | pattern                          | key              |
// | -------------------------------- | ---------------- |
// | `/settings/integrations/slack/…` | `r/settings/integrations/slack` |
// | `/projects/:id/volumes/…`        | `r/projects/*/volumes` |
// | `/settings/**`                   | `r/settings/**`  |
// | `/settings`                      | `r/settings`     |
// | `/**`                            | `r/**`           |
// | optional segments                | `r*`             |
// | `/`                              | `r/`             |
// | code `WEBHOOK_FAILED` (exact)     | `x/WEBHOOK_FAILED`: in an early file, named by the code (split/early-files.ts) |
// | code `WEBHOOK_*`                 | `c/WE`           |
// | code `W*`                        | `c/W`            |
// | code `*_FAILED`                  | `c*`             |
// | status `401`, class `5xx`        | `s/401`, `s/5xx` |
// | name                             | `n`              |
// | message `Email not confirmed`    | `m/con`: the first three letters of its longest word that starts after a space or punctuation (see `messageKeyWord`) |
// | message without such a word, a regular expression | `m` |
// | table `{ status, code, message }` | the keys of its code, message and name (an error may give one alone), or of its status when it gives nothing else |
// | anything else                    | `*`              |

/** The key prefix of an exact error code: a split index files these apart, where the code alone names the file. */
export const EXACT_CODE_KEY = 'x/';

const isDynamic = (segment: string) => segment.startsWith(':') || segment.includes('*') || segment.endsWith('?');

/** How many leading segments a route key holds. */
const ROUTE_KEY_DEPTH = 4;

/**
 * The key a route pattern is filed under: its first four segments, each a
 * lower-cased literal or `*` for a parameter, or up to a `**` that ends it
 * (`r/settings/**`); a pattern with optional segments goes under `r*`.
 */
export function routePatternKey(pattern: string): string {
  const segments = pattern.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment.endsWith('?'))) return 'r*';
  const parts: string[] = [];
  for (const segment of segments.slice(0, ROUTE_KEY_DEPTH)) {
    if (segment === '**') return `r/${[...parts, '**'].join('/')}`;
    parts.push(isDynamic(segment) ? '*' : segment.toLowerCase());
  }
  return `r/${parts.join('/')}`;
}

/** Every way the first `count` segments can be written in a key: each literal, or `*`. */
function shapes(segments: readonly string[], count: number): string[][] {
  let out: string[][] = [[]];
  for (const segment of segments.slice(0, count)) out = out.flatMap((shape) => [[...shape, segment], [...shape, '*']]);
  return out;
}

/** The key an error pattern is filed under. */
export function errorPatternKey(pattern: ErrorPattern): string {
  switch (pattern.kind) {
    case 'code': {
      const glob = pattern.glob;
      if (!glob.includes('*')) return `${EXACT_CODE_KEY}${glob}`;
      if (glob.length >= 2 && glob[0] !== '*' && glob[1] !== '*') return `c/${glob.slice(0, 2)}`;
      return glob.length >= 1 && glob[0] !== '*' ? `c/${glob[0]}` : 'c*';
    }
    case 'status':
      return `s/${pattern.status}`;
    case 'status-class':
      return `s/${pattern.status}xx`;
    case 'name':
      return 'n';
    case 'message': {
      const word = pattern.glob === undefined ? undefined : messageKeyWord(pattern.glob);
      return word === undefined ? 'm' : `m/${word}`;
    }
    case 'table':
      return errorPatternKeys(pattern)[0] ?? '*';
    default:
      return '*';
  }
}

/**
 * Every key an error pattern is filed under: one, except for a table, which
 * an error giving only its code, only its message or only its name must reach.
 */
export function errorPatternKeys(pattern: ErrorPattern): string[] {
  if (pattern.kind !== 'table') return [errorPatternKey(pattern)];
  const named = pattern.facets.filter((facet) => facet.kind === 'code' || facet.kind === 'message' || facet.kind === 'name');
  const keys = (named.length > 0 ? named : pattern.facets.slice(0, 1)).map(errorPatternKey);
  return keys.length > 0 ? [...new Set(keys)] : ['*'];
}

/** Every key a context's patterns are filed under. */
export function contextKeys(context: HelpContext): string[] {
  const keys = new Set<string>();
  for (const route of context.routes) if (typeof route === 'string') keys.add(routePatternKey(route));
  for (const pattern of context.errors) if (pattern && typeof pattern === 'object') for (const key of errorPatternKeys(pattern)) keys.add(key);
  return [...keys];
}

/** Every key that could hold a pattern matching this route and error: what a split index loads before it matches. */
export function matchKeys(context: MatchContext): string[] {
  const keys = new Set<string>(['*']);
  let route: string | null = null;
  let error: unknown;
  try {
    route = normalizeRoute(context?.route);
    error = context?.error;
  } catch {
    // A context whose getters throw reaches no key; matching reads it the same way.
  }
  if (route !== null) {
    const segments = route.split('/').filter((segment) => segment !== '').map((segment) => segment.toLowerCase());
    keys.add('r*');
    const depth = Math.min(ROUTE_KEY_DEPTH, segments.length);
    // Patterns as long as the route or longer: their first segments, literal or a parameter.
    for (const shape of shapes(segments, depth)) keys.add(`r/${shape.join('/')}`);
    // Patterns that end in `**` within the key's depth: any of the route's leading segments, then `**`.
    for (let i = 0; i <= depth; i++) for (const shape of shapes(segments, i)) keys.add(`r/${[...shape, '**'].join('/')}`);
  }
  const normalized = error == null ? null : normalizeError(error);
  if (normalized) {
    for (const facts of [normalized, ...normalized.causes]) {
      if (facts.code !== undefined) {
        keys.add(`${EXACT_CODE_KEY}${facts.code}`);
        keys.add('c*');
        keys.add(`c/${facts.code.slice(0, 1)}`);
        if (facts.code.length >= 2) keys.add(`c/${facts.code.slice(0, 2)}`);
      }
      if (facts.status !== undefined) {
        keys.add(`s/${facts.status}`);
        keys.add(`s/${Math.floor(facts.status / 100)}xx`);
      }
      if (facts.name !== undefined) keys.add('n');
      if (facts.message !== undefined) {
        keys.add('m');
        for (const word of messageKeyWords(facts.message)) keys.add(`m/${word}`);
      }
    }
  }
  return [...keys];
}
