/**
 * Writes a package-lock.json for the throwaway consumer app, taken from the
 * repository's own lockfile, so that `npm ci --offline` can install it from
 * the npm cache alone.
 *
 * Why not `npm install --offline`: that resolves version ranges from cached
 * registry metadata, which a CI machine that just ran `npm ci` does not have
 * (`npm ci` fetches tarballs straight from the lockfile). With a lockfile,
 * npm reads every tarball from the cache by its integrity hash and never
 * needs the metadata.
 */

/** The parts of a lockfile v3 package entry this helper reads. */
interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  link?: boolean;
  dev?: boolean;
  devOptional?: boolean;
  optional?: boolean;
  peer?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  [key: string]: unknown;
}

export interface Lockfile {
  name?: string;
  version?: string;
  lockfileVersion: number;
  requires?: boolean;
  packages: Record<string, LockEntry>;
}

export interface ConsumerLockfileInput {
  /** The repository's parsed package-lock.json. */
  source: Lockfile;
  /** Name of the consumer app. */
  name: string;
  /** The app's dependencies: name → exact version (each must be in `source`). */
  dependencies: Record<string, string>;
  /** The packed library: its file name next to the app's package.json, integrity and manifest. */
  tarball: {
    fileName: string;
    integrity: string;
    manifest: {
      name: string;
      version: string;
      dependencies?: Record<string, string>;
      peerDependencies?: Record<string, string>;
      peerDependenciesMeta?: Record<string, { optional?: boolean }>;
      bin?: Record<string, string>;
      engines?: Record<string, string>;
      license?: string;
    };
  };
}

/** Where Node would find `name` when required from the package installed at `from` ("" is the root). */
function resolveLocation(packages: Record<string, LockEntry>, from: string, name: string): string | undefined {
  let location = from;
  for (;;) {
    const candidate = `${location ? `${location}/` : ''}node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (!location) return undefined;
    const parent = location.lastIndexOf('node_modules/');
    location = location.slice(0, parent).replace(/\/$/, '');
  }
}

export function consumerLockfile({ source, name, dependencies, tarball }: ConsumerLockfileInput): Lockfile {
  const { manifest } = tarball;
  const libraryLocation = `node_modules/${manifest.name}`;
  const library: LockEntry = {
    version: manifest.version,
    resolved: `file:${tarball.fileName}`,
    integrity: tarball.integrity,
    license: manifest.license,
    dependencies: manifest.dependencies,
    peerDependencies: manifest.peerDependencies,
    peerDependenciesMeta: manifest.peerDependenciesMeta,
    bin: manifest.bin,
    engines: manifest.engines,
  };
  // The source tree with the library added where the consumer will have it.
  // A subset of a valid node_modules layout that is closed under resolution
  // is itself valid, so entries are copied with their locations unchanged.
  const packages: Record<string, LockEntry> = { ...source.packages, [libraryLocation]: library };
  const picked = new Map<string, LockEntry>([[libraryLocation, library]]);
  const queue: { from: string; deps: Record<string, string>; optional: Set<string> }[] = [
    { from: '', deps: dependencies, optional: new Set() },
    libraryDeps(libraryLocation, library),
  ];
  while (queue.length > 0) {
    const { from, deps, optional } = queue.pop()!;
    for (const dep of Object.keys(deps)) {
      const location = resolveLocation(packages, from, dep);
      if (!location) {
        if (optional.has(dep)) continue;
        throw new Error(`${dep} (needed by ${from || 'the consumer app'}) is not in the repository's package-lock.json`);
      }
      if (picked.has(location)) continue;
      const entry = packages[location]!;
      picked.set(location, entry);
      queue.push(libraryDeps(location, entry));
    }
  }

  const out: Record<string, LockEntry> = {
    '': { name, version: '0.0.0', dependencies: { ...dependencies, [manifest.name]: `file:${tarball.fileName}` } },
  };
  for (const [location, entry] of [...picked.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    // In the app everything is a production dependency.
    const { dev: _dev, devOptional: _devOptional, peer: _peer, ...rest } = entry;
    out[location] = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined)) as LockEntry;
  }
  return { name, version: '0.0.0', lockfileVersion: 3, requires: true, packages: out };
}

/**
 * What npm installs for a package: its dependencies, its optional ones (absent
 * from the lockfile when they are for another platform), and its peers except
 * the optional peers, which npm only installs when something else needs them.
 */
function libraryDeps(location: string, entry: LockEntry) {
  const requiredPeers = Object.fromEntries(
    Object.entries(entry.peerDependencies ?? {}).filter(([dep]) => !entry.peerDependenciesMeta?.[dep]?.optional),
  );
  return {
    from: location,
    deps: { ...requiredPeers, ...entry.dependencies, ...entry.optionalDependencies },
    optional: new Set(Object.keys(entry.optionalDependencies ?? {})),
  };
}
