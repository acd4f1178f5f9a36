import { describe, expect, it } from 'vitest';
import { consumerLockfile, type Lockfile } from './consumer-lockfile';

const source: Lockfile = {
  lockfileVersion: 3,
  packages: {
    '': { name: 'help-panel' },
    'node_modules/react': { version: '19.0.0', integrity: 'sha512-r' },
    'node_modules/fuse.js': { version: '7.0.0', integrity: 'sha512-f', dev: true },
    'node_modules/vite': {
      version: '8.0.0',
      integrity: 'sha512-v',
      dev: true,
      dependencies: { rolldown: '1' },
      optionalDependencies: { fsevents: '2' },
      peerDependencies: { '@types/node': '*' },
      peerDependenciesMeta: { '@types/node': { optional: true } },
    },
    'node_modules/rolldown': { version: '1.0.0', integrity: 'sha512-rd', dev: true, dependencies: { tslib: '1' } },
    'node_modules/rolldown/node_modules/tslib': { version: '1.0.0', integrity: 'sha512-t1', dev: true },
    'node_modules/tslib': { version: '2.0.0', integrity: 'sha512-t2', dev: true },
    'node_modules/@types/node': { version: '20.0.0', integrity: 'sha512-n', dev: true },
    'node_modules/storybook': { version: '10.0.0', integrity: 'sha512-s', dev: true },
  },
};

const lockfileFor = (dependencies: Record<string, string>) =>
  consumerLockfile({
    source,
    name: 'app',
    dependencies,
    tarball: {
      fileName: 'help-panel-0.1.0.tgz',
      integrity: 'sha512-hp',
      manifest: { name: 'help-panel', version: '0.1.0', dependencies: { 'fuse.js': '^7' }, peerDependencies: { react: '^19' } },
    },
  });

describe('given the repository lockfile and the app’s dependencies', () => {
  it('keeps exactly what the app and the tarball need, at their original locations', () => {
    const { packages } = lockfileFor({ react: '19.0.0', vite: '8.0.0' });
    expect(Object.keys(packages).sort()).toEqual([
      '',
      'node_modules/fuse.js',
      'node_modules/help-panel',
      'node_modules/react',
      'node_modules/rolldown',
      'node_modules/rolldown/node_modules/tslib',
      'node_modules/vite',
    ]);
  });

  it('points the library at the tarball with its integrity and declares it in the root', () => {
    const { packages } = lockfileFor({ react: '19.0.0' });
    expect(packages['node_modules/help-panel']).toMatchObject({ resolved: 'file:help-panel-0.1.0.tgz', integrity: 'sha512-hp' });
    expect(packages['']?.dependencies).toEqual({ react: '19.0.0', 'help-panel': 'file:help-panel-0.1.0.tgz' });
  });

  it('marks nothing as a dev dependency, since everything is the app’s own', () => {
    const { packages } = lockfileFor({ react: '19.0.0', vite: '8.0.0' });
    expect(Object.values(packages).some((entry) => entry.dev)).toBe(false);
  });

  it('says which package is missing when the repository never installed it', () => {
    expect(() => lockfileFor({ 'left-pad': '1.0.0' })).toThrow(/left-pad \(needed by the consumer app\) is not in/);
  });
});
