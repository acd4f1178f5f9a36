import { describe, expect, it } from 'vitest';
import { isInside, resolveHelpCenterSources } from '../../src/vite/help-center-source';

describe('given the content option of the Vite plugin', () => {
  it('names one folder after itself and resolves it against the Vite root', () => {
    expect(resolveHelpCenterSources('content/ochre', '/app')).toEqual([{ id: 'ochre', dir: '/app/content/ochre' }]);
  });

  it('names a list of folders after each folder, keeping their order', () => {
    expect(resolveHelpCenterSources(['content/oxvo', '/abs/ochre'], '/app').map((source) => source.id)).toEqual(['oxvo', 'ochre']);
  });

  it('takes ids from an object', () => {
    expect(resolveHelpCenterSources({ billing: 'docs/billing' }, '/app')).toEqual([{ id: 'billing', dir: '/app/docs/billing' }]);
  });

  it('refuses two folders that would share an id, and says how to name them', () => {
    expect(() => resolveHelpCenterSources(['a/help', 'b/help'], '/app')).toThrow(/both be help center "help".*content: \{/);
  });

  it('refuses an empty option with an example of a good one', () => {
    expect(() => resolveHelpCenterSources([], '/app')).toThrow(/needs at least one folder, e\.g\. helpPanel/);
    expect(() => resolveHelpCenterSources({}, '/app')).toThrow(/needs at least one folder/);
  });

  it('refuses an id that cannot be part of an import path', () => {
    expect(() => resolveHelpCenterSources({ 'my help': 'docs' }, '/app')).toThrow(/"my help" cannot be a help center id/);
  });

  it('refuses a folder that is not a path', () => {
    expect(() => resolveHelpCenterSources({ help: '' }, '/app')).toThrow(/non-empty path/);
  });
});

describe('given a changed file', () => {
  it('tells files inside a content folder from files beside it', () => {
    expect(isInside('/app/help', '/app/help/a.md')).toBe(true);
    expect(isInside('/app/help', '/app/help/deep/a.md')).toBe(true);
    expect(isInside('/app/help', '/app/helpdesk/a.md')).toBe(false);
    expect(isInside('/app/help', '/app/help')).toBe(false);
    expect(isInside('/app/help', '/elsewhere/a.md')).toBe(false);
  });
});
