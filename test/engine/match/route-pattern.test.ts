import { describe, expect, it } from 'vitest';
import { compileRoutePattern, matchRoute, type CompiledRoute } from '../../../src/engine/match/route-pattern';
import { routeRegex } from '../../../src/engine/match/route-regex';

function compile(pattern: string): CompiledRoute {
  const compiled = compileRoutePattern(pattern);
  if ('error' in compiled) throw new Error(compiled.error);
  return compiled;
}

describe('compileRoutePattern', () => {
  describe('given a pattern with a :param', () => {
    const route = compile('/inboxes/:inboxId');

    it('matches one segment and returns it by name', () => {
      expect(matchRoute(route, '/inboxes/42')).toEqual({ inboxId: '42' });
    });

    it('does not match a deeper path or the parent', () => {
      expect(matchRoute(route, '/inboxes/42/settings')).toBeNull();
      expect(matchRoute(route, '/inboxes')).toBeNull();
    });

    it('ignores query, hash and a trailing slash', () => {
      expect(matchRoute(route, '/inboxes/7/?tab=a#top')).toEqual({ inboxId: '7' });
    });

    it('lists its keys and counts its literal segments', () => {
      expect(route.keys).toEqual(['inboxId']);
      expect(route.literalSegments).toBe(1);
      expect(route.prefix).toBe(false);
    });
  });

  describe('given a pattern ending in /**', () => {
    const route = compile('/settings/developer/webhooks/**');

    it('matches the path itself and everything below it', () => {
      expect(matchRoute(route, '/settings/developer/webhooks')).toEqual({});
      expect(matchRoute(route, '/settings/developer/webhooks/12/deliveries')).toEqual({});
      expect(route.prefix).toBe(true);
    });

    it('does not match a sibling that only shares a prefix of characters', () => {
      expect(matchRoute(route, '/settings/developer/webhooksx')).toBeNull();
    });
  });

  describe('given a pattern with a * segment', () => {
    const route = compile('/customers/*/billing');

    it('matches exactly one segment of anything', () => {
      expect(matchRoute(route, '/customers/abc/billing')).toEqual({});
      expect(matchRoute(route, '/customers/a/b/billing')).toBeNull();
    });
  });

  describe('given a literal with characters that mean something in a regular expression', () => {
    it('matches them literally', () => {
      const route = compile('/files/v1.2');
      expect(matchRoute(route, '/files/v1.2')).toEqual({});
      expect(matchRoute(route, '/files/v1x2')).toBeNull();
    });
  });

  describe('given the root pattern', () => {
    it('matches only the root', () => {
      const route = compile('/');
      expect(matchRoute(route, '/')).toEqual({});
      expect(matchRoute(route, '/a')).toBeNull();
    });
  });

  describe('given invalid patterns', () => {
    it.each([
      ['', 'empty'],
      ['settings', 'must start with "/"'],
      ['/a//b', 'empty segment'],
      ['/**/a', 'may only end a pattern'],
      ['/a*', 'whole segments'],
      ['/a/:', 'invalid parameter'],
      ['/a/:1x', 'invalid parameter'],
      ['/a b', 'space'],
      ['/a?x=1', 'query'],
    ])('rejects %j with a message that says how to fix it', (pattern, fragment) => {
      const result = compileRoutePattern(pattern);
      expect(result).toHaveProperty('error');
      expect((result as { error: string }).error).toContain(fragment);
    });
  });
});

describe('given the browser half of route compilation (routeRegex)', () => {
  it.each([
    '/',
    '/settings/integrations',
    '/settings/integrations/',
    '/users/:id',
    '/users/:id?',
    '/files/*',
    '/inbox/**',
    '/a.b/(c)',
    '',
    'settings',
    '/a b',
    '/a?b',
    '//',
    '/a//b',
    '/a/**/b',
    '/a/:1x',
    '/a/:__wildcard0',
    '/a/b*',
    '/a/x:y',
  ])('agrees with compileRoutePattern on %j', (pattern) => {
    const compiled = compileRoutePattern(pattern);
    const regex = routeRegex(pattern);
    if ('error' in compiled) expect(regex).toBeNull();
    else expect(regex?.source).toBe(compiled.regex.source);
  });
});
