import { HELP_INDEX_FORMAT, HELP_INDEX_VERSION, HELP_MANIFEST_VERSION, READABLE_INDEX_VERSIONS, type HelpIndex } from '../../schema/help-index';
import { HelpIndexError } from './help-index-error';

export const REBUILD = 'rebuild it with `help-panel build <content-dir> --out <file>`';

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string "${value.length > 40 ? `${value.slice(0, 37)}…` : value}"`;
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const damaged = (message: string, path?: string): HelpIndexError =>
  new HelpIndexError('invalid-shape', `The help index ${message}; ${REBUILD}.`, path);

const shape = (path: string, expected: string, value: unknown) =>
  damaged(`is damaged: ${path} should be ${expected} but is ${describe(value)}`, path);

/**
 * The fields each record must have, by type, so a record of the wrong shape
 * is named by its path. Only the top level of each record is checked: a deep
 * walk costs bytes and start-up time, and the engine reads everything below
 * defensively (a bad value there is skipped, never a crash).
 */
function fields(record: unknown, path: string, strings: string, arrays: string, context: boolean): Record<string, unknown> {
  if (!isRecord(record)) throw shape(path, 'an object', record);
  for (const key of strings.split(' ')) if (typeof record[key] !== 'string') throw shape(`${path}.${key}`, 'a string', record[key]);
  for (const key of arrays.split(' ')) if (!Array.isArray(record[key])) throw shape(`${path}.${key}`, 'an array', record[key]);
  const value = record.context;
  if ((context || value !== null) && !(isRecord(value) && Array.isArray(value.routes) && Array.isArray(value.errors))) {
    throw shape(`${path}.context`, 'an object with routes and errors', value);
  }
  return record;
}

/**
 * Throws the `unsupported-version` error for a file whose `version` is not
 * `expected`, naming the versions this engine reads.
 */
export function checkVersion(version: unknown, expected: number): void {
  if (version === expected) return;
  const numeric = typeof version === 'number';
  const newest = Math.max(...READABLE_INDEX_VERSIONS);
  throw new HelpIndexError(
    'unsupported-version',
    `This index was built by help-panel ${numeric ? `format ${version}` : `an unknown format (${describe(version)})`}, and this engine reads formats ${READABLE_INDEX_VERSIONS.join(' and ')} (here ${expected}): ${
      numeric && version > newest
        ? 'upgrade help-panel in the app, or rebuild the index with the help-panel version the app uses'
        : 'rebuild it with `help-panel build`'
    }.`,
  );
}

/**
 * Checks that `value` is an index this engine can read: the format marker,
 * the version, and the shape of each article and symptom record. Throws a
 * {@link HelpIndexError} whose message says how to fix it. `bodies` may be
 * missing (bodies can be loaded lazily).
 */
export function validateIndex(value: unknown): HelpIndex {
  if (!isRecord(value)) {
    throw new HelpIndexError(
      'not-an-object',
      `The help index is ${describe(value)}, not an index object: pass the parsed JSON that \`help-panel build\` wrote (or \`import index from 'virtual:help-panel'\`).`,
    );
  }
  if (value.format !== HELP_INDEX_FORMAT) {
    throw new HelpIndexError(
      'wrong-format',
      `This is not a help-panel index (its "format" is ${describe(value.format)}, expected "${HELP_INDEX_FORMAT}"): ${REBUILD}.`,
    );
  }
  if (value.version === HELP_MANIFEST_VERSION && (value.kind === 'manifest' || value.kind === 'reference')) {
    throw new HelpIndexError(
      'unsupported-version',
      `This is the manifest of a split help index (format ${HELP_MANIFEST_VERSION}), not a whole index: pass it to \`<HelpProvider index>\` as the Vite plugin's module, or open it with \`openHelpIndex(url)\` from help-panel/engine.`,
    );
  }
  if (value.kind === 'locales') {
    const tags = isRecord(value.locales) ? Object.keys(value.locales) : [];
    const fallback = String(value.defaultLocale);
    throw new HelpIndexError(
      'invalid-shape',
      tags.includes(fallback)
        ? `This is a help center in several locales (${tags.join(', ')}), one whole index each: pass the set to \`<HelpProvider index>\`, or one of its indexes to createHelpEngine (\`set.locales['${fallback}']\`).`
        : `The help index is a set of locales without an index for its default locale "${fallback}": ${REBUILD}.`,
    );
  }
  checkVersion(value.version, HELP_INDEX_VERSION);
  const center = value.helpCenter;
  if (!isRecord(center) || typeof center.id !== 'string') throw shape('helpCenter', 'an object with an id', center);
  if (value.bodies != null && !isRecord(value.bodies)) throw shape('bodies', 'an object', value.bodies);
  const articleIds = new Set<unknown>();
  for (const [key, strings, arrays] of [
    ['articles', 'id title summary', 'symptomIds aliases tags'],
    ['symptoms', 'id title articleId description', 'checks aliases tags'],
  ] as const) {
    const list = value[key];
    if (!Array.isArray(list)) throw shape(key, 'an array', list);
    const ids = new Set<unknown>();
    list.forEach((record, i) => {
      const path = `${key}[${i}]`;
      const { id, articleId } = fields(record, path, strings, arrays, key === 'articles');
      if (key === 'symptoms' && !articleIds.has(articleId)) {
        throw damaged(`is damaged: symptom "${id}" belongs to the article "${articleId}", which is not in the index`, `${path}.articleId`);
      }
      if (ids.has(id)) throw damaged(`has two ${key} with the id "${id}"`, `${path}.id`);
      ids.add(id);
      if (key === 'articles') articleIds.add(id);
    });
  }
  return value as unknown as HelpIndex;
}
