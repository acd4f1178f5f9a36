import { readFileSync } from 'node:fs';
import { readdir, readFile, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { MANIFEST_FILE } from '../engine/split/index';
import { HELP_INDEX_FORMAT, HELP_MANIFEST_VERSION, splitFileNames, type HelpIndexSet, type HelpLocalesManifest, type HelpManifest } from '../schema/help-index';
import { contentHash, splitIndex, type SplitIndex, type SplitOptions } from './split-index';

/** The files a split build writes, and only those: `manifest.<hash>.json`, `c3.<hash>.json`, … */
const OWN_FILE = /^(?:manifest|[csrmtkx]\d+)\.[0-9a-f]{8}\.json$/;

export interface WriteSplitResult {
  /** Files written by this build (names already on disk, same content by their hash, are not rewritten). */
  written: string[];
  /** Files of builds before the previous one, removed. */
  removed: string[];
}

/** Temp file in the same folder, then rename: readers see the old file or the new one, never half of one. */
export async function writeFileAtomically(file: string, contents: string): Promise<void> {
  const target = resolve(file);
  const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(temporary, contents, 'utf8');
    await rename(temporary, target);
  } catch (cause) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw cause;
  }
}

/** The files the manifest in `dir` names (the previous build), or none when there is no readable one. */
async function previousBuild(dir: string): Promise<Set<string>> {
  try {
    const text = await readFile(join(dir, MANIFEST_FILE), 'utf8');
    const names = [
      // manifest.json is a copy of the build's hashed manifest, so the hash of its text names that.
      `manifest.${contentHash(text)}.json`,
      ...splitFileNames(JSON.parse(text) as HelpManifest, (name) => {
        // The previous build's chunk tables and key pages name its chunks and match files.
        try {
          return JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown;
        } catch {
          return undefined;
        }
      }),
    ];
    return new Set(names.filter((name): name is string => typeof name === 'string'));
  } catch {
    return new Set();
  }
}

/**
 * Writes a split index into `dir` the way a CDN needs it:
 * - every file but `manifest.json` is named by its content hash and written
 *   before the manifest, so a reader never sees a manifest whose files are
 *   not there yet; `manifest.json` is replaced last, atomically, so a build
 *   that fails half-way leaves the previous one in force;
 * - the files of the previous build stay (a page that loaded its manifest
 *   just before the deploy can still fetch them); older ones are removed.
 *   Only files named the way a build names them are ever removed.
 */
export async function writeSplitIndex(dir: string, split: SplitIndex): Promise<WriteSplitResult> {
  const target = resolve(dir);
  await mkdir(target, { recursive: true });
  const previous = await previousBuild(target);
  const written: string[] = [];
  for (const file of [...split.files, { name: split.manifestName, text: split.manifestText }]) {
    const path = join(target, file.name);
    const existing = await stat(path).catch(() => null);
    if (existing?.isFile() && existing.size === Buffer.byteLength(file.text)) continue;
    await writeFileAtomically(path, file.text);
    written.push(file.name);
  }
  await writeFileAtomically(join(target, MANIFEST_FILE), split.manifestText);

  const current = new Set([split.manifestName, ...split.files.map((file) => file.name)]);
  const removed: string[] = [];
  for (const name of await readdir(target)) {
    if (!OWN_FILE.test(name) || current.has(name) || previous.has(name)) continue;
    await rm(join(target, name), { force: true });
    removed.push(name);
  }
  return { written, removed };
}

/** What {@link writeLocalesSplitIndex} wrote: each locale's split index, and the root manifest that names them. */
export interface WriteLocalesResult {
  /** Per locale tag: its split index and what writing its folder did. */
  locales: Record<string, WriteSplitResult & { split: SplitIndex }>;
  manifest: HelpLocalesManifest;
  /** Files of older builds removed from the root folder (a one-language build's files, once a build has replaced them). */
  removed: string[];
}

/**
 * Writes a help center in several languages in split form: each locale's split index in `dir/<tag>/` (as
 * {@link writeSplitIndex} writes one), then `dir/manifest.json`, a `HelpLocalesManifest` naming each locale's
 * hashed manifest, written last and atomically, so a reader sees the previous build until every locale is
 * in place. Files of a one-language build in `dir` itself are kept while it is the previous build, then removed.
 */
export async function writeLocalesSplitIndex(dir: string, set: HelpIndexSet, options: SplitOptions = {}): Promise<WriteLocalesResult> {
  const target = resolve(dir);
  await mkdir(target, { recursive: true });
  const previous = await previousBuild(target);
  const locales: WriteLocalesResult['locales'] = {};
  const names: Record<string, string> = {};
  const hash = createHash('sha256');
  for (const [tag, index] of Object.entries(set.locales)) {
    const split = splitIndex(index, options);
    locales[tag] = { ...(await writeSplitIndex(join(target, tag), split)), split };
    names[tag] = `${tag}/${split.manifestName}`;
    hash.update(`${tag}:${index.hash}\n`);
  }
  const manifest: HelpLocalesManifest = {
    format: HELP_INDEX_FORMAT,
    version: HELP_MANIFEST_VERSION,
    kind: 'locales',
    helpCenter: set.helpCenter,
    hash: hash.digest('hex'),
    defaultLocale: set.defaultLocale,
    locales: names,
  };
  await writeFileAtomically(join(target, MANIFEST_FILE), `${JSON.stringify(manifest)}\n`);
  const removed: string[] = [];
  for (const name of await readdir(target)) {
    if (!OWN_FILE.test(name) || previous.has(name)) continue;
    await rm(join(target, name), { force: true });
    removed.push(name);
  }
  return { locales, manifest, removed };
}
