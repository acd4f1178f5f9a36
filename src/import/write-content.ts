import { createHash } from 'node:crypto';
import { lstat, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, posix, resolve } from 'node:path';
import { Document, isMap, parse as parseYaml, type Scalar, YAMLSeq } from 'yaml';

/** The front matter the importer writes for one article. */
export interface ImportedFrontMatter {
  title: string;
  id: string;
  summary?: string;
  bucket?: string;
  tags: string[];
  /** In a translation: the hash of its source's text (as `help-panel stamp` writes it). */
  sourceHash?: string;
  /** Where it came from: what a re-import matches the file on. */
  imported: { from: string; url?: string; updated?: string };
}

/** A Markdown file of the content folder as the last import (or a person) left it. */
export interface ExistingFile {
  /** Relative to the content folder, `/` separators. */
  path: string;
  text: string;
  /** `imported.from`, for a file an import wrote. */
  from?: string;
  /** The hash the import recorded in the file. */
  recordedHash?: string;
  /** The hash of the file as it is now, computed the way the import computes it. */
  currentHash: string;
  /** A symlink (to a file or a folder, any name) rather than a file: never written to nor through. Default: false. */
  symlink?: boolean;
}

/** The key a re-import matches files on: the origin and the locale folder (`''` for the default locale). */
export function fileKey(from: string, folder: string): string {
  return `${from}|${folder}`;
}

/** The line that carries the import's hash, always written this way (so it can be left out when hashing). */
const HASH_LINE = /^ {2}hash: "([0-9a-f]{16})"\r?\n(?=---)/m;

/**
 * The hash a file records of itself: of its whole text less the hash line.
 * A file whose text no longer has its recorded hash was edited since the import.
 */
export function importHash(text: string): string {
  return createHash('sha256').update(normalizeText(text).replace(HASH_LINE, '')).digest('hex').slice(0, 16);
}

/**
 * A file's text as the import compares it: without a byte-order mark and with `\n` line ends, so a checkout
 * that turns line ends into `\r\n` (git's autocrlf) or an editor that adds a BOM does not make every file look edited.
 */
export function normalizeText(text: string): string {
  return (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n');
}

/**
 * One article's file: YAML front matter (title, id, summary, bucket, tags,
 * sourceHash, then `imported: { from, url, updated, hash }` last), a blank
 * line, and the Markdown body.
 */
export function renderArticleFile(front: ImportedFrontMatter, body: string): string {
  const data: Record<string, unknown> = { title: front.title, id: front.id };
  if (front.summary) data.summary = front.summary;
  if (front.bucket) data.bucket = front.bucket;
  if (front.tags.length > 0) data.tags = front.tags;
  if (front.sourceHash) data.sourceHash = front.sourceHash;
  const imported: Record<string, string> = { from: front.imported.from };
  if (front.imported.url) imported.url = front.imported.url;
  if (front.imported.updated) imported.updated = front.imported.updated;
  data.imported = imported;
  const document = new Document(data);
  const tags = document.get('tags', true);
  if (tags instanceof YAMLSeq) tags.flow = true;
  if (front.sourceHash) (document.get('sourceHash', true) as Scalar).type = 'QUOTE_DOUBLE';
  const yaml = document.toString({ lineWidth: 0, flowCollectionPadding: false });
  const unhashed = `---\n${yaml}---\n\n${body}`;
  const hash = importHash(unhashed);
  return `---\n${yaml}  hash: "${hash}"\n---\n\n${body}`;
}

/**
 * Every `.md` file under `dir` (skipping dot folders and node_modules), read, with what its front matter says
 * of an import; its text without a BOM and with `\n` line ends. Symlinks are listed too (`symlink: true`, no
 * text), never followed.
 */
export async function scanContent(dir: string): Promise<ExistingFile[]> {
  const root = resolve(dir);
  try {
    if (!(await stat(root)).isDirectory()) return [];
  } catch {
    return [];
  }
  const files: ExistingFile[] = [];
  const symlinks: string[] = [];
  for (const path of await listMarkdown(root, '', symlinks)) {
    const text = normalizeText(await readFile(join(root, ...path.split('/')), 'utf8'));
    files.push({ path, text, ...readImported(text), currentHash: importHash(text) });
  }
  for (const path of symlinks) files.push({ path, text: '', currentHash: '', symlink: true });
  return files;
}

/** `imported.from` and `imported.hash` of a file's front matter; nothing for a file no import wrote. */
export function readImported(text: string): { from?: string; recordedHash?: string } {
  const block = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text)?.[1];
  if (block === undefined || !block.includes('imported:')) return {};
  let from: string | undefined;
  let hash: string | undefined;
  try {
    const data: unknown = parseYaml(block);
    const imported = typeof data === 'object' && data !== null ? (data as Record<string, unknown>).imported : undefined;
    if (typeof imported === 'object' && imported !== null) {
      const record = imported as Record<string, unknown>;
      if (typeof record.from === 'string') from = record.from;
      if (typeof record.hash === 'string') hash = record.hash;
    }
  } catch {
    // Front matter a person broke while editing: the lines still say which article this is.
    from = /^ {2}from: ['"]?([^'"\r\n]+)['"]?\r?$/m.exec(block)?.[1]?.trim();
    hash = /^ {2}hash: ['"]?([0-9a-f]+)['"]?\r?$/m.exec(block)?.[1];
  }
  return { ...(from !== undefined ? { from } : {}), ...(hash !== undefined ? { recordedHash: hash } : {}) };
}

/** What one import does to one file. */
export type FileChange =
  | { kind: 'write'; path: string; text: string }
  | { kind: 'remove'; path: string };

/**
 * Applies the changes to `dir`. Into a folder that does not exist yet, every
 * file is written into a new folder beside it, which is then renamed into
 * place: a failure leaves no folder behind. Into an existing folder, every
 * file is first written to a temporary file beside its place; only once all
 * are written are they renamed over the old ones, so a failed write leaves
 * the folder as it was (its temporary files and new folders removed). No file
 * is ever half-written; removals come last. Files not named are never
 * touched, and nothing is written to or through a symlink.
 */
export async function applyChanges(dir: string, changes: readonly FileChange[]): Promise<void> {
  const root = resolve(dir);
  const exists = await stat(root).then(
    (info) => info.isDirectory(),
    () => false,
  );
  if (!exists) {
    const parent = dirname(root);
    await makeFolder(parent, root);
    const staging = join(parent, `.${posix.basename(root)}.import-${process.pid}-${Date.now()}`);
    try {
      // The folder is renamed into place whole, so its files need no temporary names of their own.
      const folders = new Set<string>();
      for (const change of changes) {
        if (change.kind !== 'write') continue;
        const file = join(staging, ...change.path.split('/'));
        const folder = dirname(file);
        if (!folders.has(folder)) {
          await mkdir(folder, { recursive: true });
          folders.add(folder);
        }
        await writeFile(file, change.text, 'utf8');
      }
      await mkdir(staging, { recursive: true });
      await rename(staging, root);
    } catch (cause) {
      await rm(staging, { recursive: true, force: true }).catch(() => undefined);
      throw cause;
    }
    return;
  }
  const writes = changes.filter((change): change is Extract<FileChange, { kind: 'write' }> => change.kind === 'write');
  // The plan leaves symlinks out; one made since the scan stops the import before anything is written.
  for (const change of writes) await refuseSymlinks(root, change.path);
  const staged: { temporary: string; file: string }[] = [];
  const createdFolders: string[] = [];
  const suffix = `.${process.pid}.${Date.now()}.import.tmp`;
  try {
    for (const change of writes) {
      const file = join(root, ...change.path.split('/'));
      const created = await makeFolder(dirname(file), join(root, change.path));
      if (created !== undefined) createdFolders.push(created);
      const temporary = `${file}${suffix}`;
      staged.push({ temporary, file });
      await writeFile(temporary, change.text, 'utf8');
    }
  } catch (cause) {
    for (const { temporary } of staged) await rm(temporary, { force: true }).catch(() => undefined);
    for (const folder of createdFolders.reverse()) await rm(folder, { recursive: true, force: true }).catch(() => undefined);
    throw cause;
  }
  for (const [index, { temporary, file }] of staged.entries()) {
    try {
      await rename(temporary, file);
    } catch (cause) {
      // Best effort: the files renamed so far are whole and in place; the rest are not left behind as temporaries.
      for (const rest of staged.slice(index)) await rm(rest.temporary, { force: true }).catch(() => undefined);
      throw cause;
    }
  }
  for (const change of changes) {
    if (change.kind === 'remove') await rm(join(root, ...change.path.split('/')), { force: true });
  }
}

/**
 * `mkdir -p folder`, resolving to the first folder it created. A file where a folder should be fails with a
 * message naming that file (not the bare `EEXIST` or `ENOTDIR` of the system), for writing `target`.
 */
async function makeFolder(folder: string, target: string): Promise<string | undefined> {
  try {
    return await mkdir(folder, { recursive: true });
  } catch (cause) {
    const code = cause && typeof cause === 'object' && 'code' in cause ? (cause as { code: unknown }).code : undefined;
    if (code !== 'EEXIST' && code !== 'ENOTDIR') throw cause;
    let blocker = folder;
    for (let at = folder; dirname(at) !== at; at = dirname(at)) {
      const info = await stat(at).catch(() => undefined);
      if (info !== undefined) {
        if (!info.isDirectory()) blocker = at;
        break;
      }
    }
    throw new Error(`${blocker} is a file, not a folder, so ${target} cannot be written there; move the file away or pass another --out`, { cause });
  }
}

/** Fails when `path` (relative to `root`), or a folder of it under `root`, is a symlink. */
async function refuseSymlinks(root: string, path: string): Promise<void> {
  const parts = path.split('/');
  for (let length = 1; length <= parts.length; length++) {
    const at = join(root, ...parts.slice(0, length));
    const info = await lstat(at).catch(() => undefined);
    if (info === undefined) return;
    if (info.isSymbolicLink()) throw new Error(`${at} is a symlink, and the import never writes to or through one; replace it with a file or folder, then run the import again`);
  }
}

/** Whether a `_index.md` is already there, and the locale it declares. */
export function helpCenterLocale(files: readonly ExistingFile[]): { exists: boolean; locale?: string } {
  const file = files.find((candidate) => candidate.path === '_index.md' || candidate.path === '_index.mdx');
  if (file === undefined) return { exists: false };
  const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(file.text)?.[1];
  try {
    const data: unknown = block === undefined ? undefined : parseYaml(block);
    const locale = isMapLike(data) ? data.locale : undefined;
    return { exists: true, ...(typeof locale === 'string' ? { locale } : {}) };
  } catch {
    return { exists: true };
  }
}

function isMapLike(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isMap(value);
}

async function listMarkdown(root: string, prefix: string, symlinks: string[]): Promise<string[]> {
  const entries = await readdir(prefix === '' ? root : join(root, ...prefix.split('/')), { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isSymbolicLink()) symlinks.push(path);
    else if (entry.isDirectory()) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      files.push(...(await listMarkdown(root, path, symlinks)));
    } else if (entry.isFile() && /\.mdx?$/i.test(entry.name)) files.push(path);
  }
  return files.sort();
}
