import { readFileSync } from 'node:fs';
import { readdir, readFile, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { MANIFEST_FILE } from '../engine/index-loader';
import { splitFileNames, type HelpManifest } from '../schema/help-index';
import { contentHash, type SplitIndex } from './split-index';

/** The files a split build writes, and only those: `manifest.<hash>.json`, `c3.<hash>.json`, … */
const OWN_FILE = /^(?:manifest|[csrmtk]\d+)\.[0-9a-f]{8}\.json$/;

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
