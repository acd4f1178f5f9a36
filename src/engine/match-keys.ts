import type { ErrorPattern, HelpContext } from '../schema/help-index';
import { normalizeError } from './normalize-error';
import { normalizeRoute } from './normalize-route';
import type { MatchContext } from './types';

/*
 * Match keys split a large help center's matching data so that a page
 * fetches only the part its route and error can reach. A pattern is filed
 * under the keys of what it could match; a context asks for every key that
 * could hold a pattern matching it. Both sides are written here, together,
 * because they must agree:
 *
 * | pattern                          | key              |
 * | -------------------------------- | ---------------- |
 * | `/settings/integrations/slack/…` | `r/settings/integrations/slack` |
 * | `/settings/integrations/:p`      | `r/settings/integrations/*` |
 * | `/settings/:tab`, `/settings/**` | `r/settings/*`   |
 * | `/settings`                      | `r/settings`     |
 * | `/:id/…`, `/**`, optional parts  | `r*`             |
 * | `/`                              | `r/`             |
 * | code `WEBHOOK_*`                 | `c/WE`           |
 * | code `W*`                        | `c/W`            |
 * | code `*_FAILED`                  | `c*`             |
 * | status, status class             | `s`              |
 * | name                             | `n`              |
 * | message                          | `m`              |
 * | anything else                    | `*`              |
 */

const isDynamic = (segment: string) => segment.startsWith(':') || segment.includes('*') || segment.endsWith('?');

/** How many leading literal segments a route key holds. */
const ROUTE_KEY_DEPTH = 3;

/** The key a route pattern is filed under: its leading literal segments (up to three), then `/*` if a parameter follows. */
export function routePatternKey(pattern: string): string {
  const segments = pattern.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment.endsWith('?'))) return 'r*';
  const literal: string[] = [];
  for (const segment of segments.slice(0, ROUTE_KEY_DEPTH)) {
    if (isDynamic(segment)) return literal.length === 0 ? 'r*' : `r/${literal.join('/')}/*`;
    literal.push(segment.toLowerCase());
  }
  return `r/${literal.join('/')}`;
}

/** The key an error pattern is filed under. */
export function errorPatternKey(pattern: ErrorPattern): string {
  switch (pattern.kind) {
    case 'code': {
      const glob = pattern.glob;
      if (glob.length >= 2 && glob[0] !== '*' && glob[1] !== '*') return `c/${glob.slice(0, 2)}`;
      return glob.length >= 1 && glob[0] !== '*' ? `c/${glob[0]}` : 'c*';
    }
    case 'status':
    case 'status-class':
      return 's';
    case 'name':
      return 'n';
    case 'message':
      return 'm';
    default:
      return '*';
  }
}

/** Every key a context's patterns are filed under. */
export function contextKeys(context: HelpContext): string[] {
  const keys = new Set<string>();
  for (const route of context.routes) if (typeof route === 'string') keys.add(routePatternKey(route));
  for (const pattern of context.errors) if (pattern && typeof pattern === 'object') keys.add(errorPatternKey(pattern));
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
    for (let i = 1; i <= depth; i++) keys.add(`r/${segments.slice(0, i).join('/')}/*`);
    keys.add(`r/${segments.slice(0, depth).join('/')}`);
  }
  const normalized = error == null ? null : normalizeError(error);
  if (normalized) {
    for (const facts of [normalized, ...normalized.causes]) {
      if (facts.code !== undefined) {
        keys.add('c*');
        keys.add(`c/${facts.code.slice(0, 1)}`);
        if (facts.code.length >= 2) keys.add(`c/${facts.code.slice(0, 2)}`);
      }
      if (facts.status !== undefined) keys.add('s');
      if (facts.name !== undefined) keys.add('n');
      if (facts.message !== undefined) keys.add('m');
    }
  }
  return [...keys];
}
