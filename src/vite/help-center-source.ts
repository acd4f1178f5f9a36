import { basename, isAbsolute, relative, resolve, sep } from 'node:path';

/** One help center the plugin serves: an id and the folder its Markdown lives in. */
export interface HelpCenterSource {
  /** The id in `virtual:help-panel/<id>`. */
  id: string;
  /** Absolute path of the content folder. */
  dir: string;
}

/** The `content` option: one folder, several folders (ids from their names), or ids mapped to folders. */
export type ContentOption = string | string[] | Record<string, string>;

/** Ids become part of an import specifier; keep them to what reads well there. */
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/**
 * Turns the `content` option into help centers, folders resolved against the
 * Vite root. Throws a sentence that says how to fix a bad option, since a
 * misconfigured plugin is a programming error caught when Vite starts.
 */
export function resolveHelpCenterSources(content: ContentOption, root: string): HelpCenterSource[] {
  const pairs: [string, string][] =
    typeof content === 'string'
      ? [[basename(resolve(root, content)), content]]
      : Array.isArray(content)
        ? content.map((dir) => [basename(resolve(root, dir)), dir])
        : content !== null && typeof content === 'object'
          ? Object.entries(content)
          : [];
  if (pairs.length === 0) {
    throw new Error(
      `help-panel: the \`content\` option needs at least one folder, e.g. helpPanel({ content: 'content/help' }); got ${JSON.stringify(content)}.`,
    );
  }
  const seen = new Map<string, string>();
  return pairs.map(([id, dir]) => {
    if (typeof dir !== 'string' || dir.trim() === '') {
      throw new Error(`help-panel: the folder for help center "${id}" must be a non-empty path; got ${JSON.stringify(dir)}.`);
    }
    if (!ID_PATTERN.test(id)) {
      throw new Error(
        `help-panel: "${id}" cannot be a help center id (letters, digits, "-" and "_" only). Name it: helpPanel({ content: { help: '${dir}' } }).`,
      );
    }
    const absolute = resolve(root, dir);
    const previous = seen.get(id);
    if (previous !== undefined) {
      throw new Error(
        `help-panel: two content folders would both be help center "${id}" (${previous} and ${dir}). Give them ids: helpPanel({ content: { ${id}: '${previous}', other: '${dir}' } }).`,
      );
    }
    seen.set(id, dir);
    return { id, dir: absolute };
  });
}

/** Whether `file` (absolute) is inside `dir` (absolute). */
export function isInside(dir: string, file: string): boolean {
  const rel = relative(dir, file);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}
