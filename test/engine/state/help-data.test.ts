import { describe, expect, it } from 'vitest';
import { clearHelpData, clearedAtKey, draftKey, onHelpDataCleared, storageChange, userNamespace } from '../../../src/engine/state/help-data';
import { createMemoryStorage } from '../../../src/engine/state/progress-storage';

describe('given a browser shared by several users', () => {
  it('gives each user a namespace of their own that does not spell out who they are', () => {
    const alice = userNamespace('help-panel', 'alice@example.com');
    expect(alice).toMatch(/^help-panel:u[0-9a-z]+$/);
    expect(alice).not.toContain('alice');
    expect(userNamespace('help-panel', 'bob@example.com')).not.toBe(alice);
    expect(userNamespace('help-panel', 'alice@example.com')).toBe(alice);
    expect(userNamespace('help-panel')).toBe('help-panel');
    expect(userNamespace('help-panel', null)).toBe('help-panel');
  });

  it('clears one user’s keys, leaves the others’ and the host’s, and remembers when', () => {
    const storage = createMemoryStorage();
    const alice = userNamespace('help-panel', 'alice');
    const bob = userNamespace('help-panel', 'bob');
    storage.setItem(`${alice}:acme:billing#card-declined`, '{}');
    storage.setItem(draftKey(alice, 'acme'), '{}');
    storage.setItem(`${bob}:acme:billing#card-declined`, '{}');
    storage.setItem('host-app:token', 'keep me');
    clearHelpData({ storage, userId: 'alice', now: () => 42 });
    expect(storage.getItem(`${alice}:acme:billing#card-declined`)).toBeNull();
    expect(storage.getItem(draftKey(alice, 'acme'))).toBeNull();
    expect(storage.getItem(`${bob}:acme:billing#card-declined`)).toBe('{}');
    expect(storage.getItem('host-app:token')).toBe('keep me');
    expect(storage.getItem(clearedAtKey(alice))).toBe('42');
  });

  it('tells the providers of this page which namespace was cleared, and never throws on a refusing storage', () => {
    const heard: string[] = [];
    const stop = onHelpDataCleared((namespace) => heard.push(namespace));
    const refusing = {
      getItem: () => null,
      setItem: () => { throw new DOMException('full', 'QuotaExceededError'); },
      removeItem: () => { throw new DOMException('denied', 'SecurityError'); },
      length: 1,
      key: () => 'ns:acme:x#y',
    };
    expect(() => clearHelpData({ storage: refusing, storageNamespace: 'ns' })).not.toThrow();
    stop();
    clearHelpData({ storage: createMemoryStorage(), storageNamespace: 'other' });
    expect(heard).toEqual(['ns']);
  });
});

describe('given a storage event from another tab', () => {
  it.each([
    [null, 'all'],
    ['ns:cleared-at', 'all'],
    ['ns:acme:escalation-draft', 'draft'],
    ['ns:acme:billing#card-declined', 'progress'],
    ['ns:other:billing#card-declined', null],
    ['host-app:token', null],
  ] as const)('sorts the key %s as %s', (key, change) => {
    expect(storageChange(key, 'ns', 'acme')).toBe(change);
  });
});
