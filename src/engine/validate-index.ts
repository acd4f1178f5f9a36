import { HELP_INDEX_FORMAT, HELP_INDEX_VERSION, type HelpIndex } from '../schema/help-index';
import { HelpIndexError } from './help-index-error';

const REBUILD = 'rebuild it with `help-panel build <content-dir> --out <file>`';

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string "${value.length > 40 ? `${value.slice(0, 37)}…` : value}"`;
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function shape(path: string, expected: string, value: unknown): HelpIndexError {
  return new HelpIndexError(
    'invalid-shape',
    `The help index is damaged: ${path} should be ${expected} but is ${describe(value)}; ${REBUILD} and load the file it writes unchanged.`,
    path,
  );
}

function expectString(value: unknown, path: string): void {
  if (typeof value !== 'string') throw shape(path, 'a string', value);
}

function expectArray(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw shape(path, 'an array', value);
  return value;
}

/** Paths are only spelled out on failure: an index holds tens of thousands of values to check. */
function expectStrings(value: unknown, path: string): void {
  const list = expectArray(value, path);
  for (let i = 0; i < list.length; i++) if (typeof list[i] !== 'string') throw shape(`${path}[${i}]`, 'a string', list[i]);
}

function expectContext(value: unknown, path: () => string): void {
  if (!isRecord(value)) throw shape(path(), 'an object with routes and errors', value);
  if (!Array.isArray(value.routes) || value.routes.some((route) => typeof route !== 'string')) expectStrings(value.routes, `${path()}.routes`);
  const errors = Array.isArray(value.errors) ? value.errors : expectArray(value.errors, `${path()}.errors`);
  for (let i = 0; i < errors.length; i++) {
    const pattern = errors[i];
    if (!isRecord(pattern) || typeof pattern.kind !== 'string' || typeof pattern.raw !== 'string') {
      throw shape(`${path()}.errors[${i}]`, 'a parsed error pattern ({ kind, raw, … })', pattern);
    }
  }
}

function isStringArray(value: unknown): boolean {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/**
 * Checks that `value` is an index this engine can read: the format marker,
 * the version, and the shape of everything matching and search rely on.
 * Throws a {@link HelpIndexError} whose message says how to fix it.
 * `bodies` may be missing (bodies can be loaded lazily).
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
  if (value.version !== HELP_INDEX_VERSION) {
    const built = typeof value.version === 'number' ? `format ${value.version}` : `an unknown format (${describe(value.version)})`;
    const fix =
      typeof value.version === 'number' && value.version > HELP_INDEX_VERSION
        ? 'upgrade help-panel in the app, or rebuild the index with the help-panel version the app uses'
        : 'rebuild it with `help-panel build`';
    throw new HelpIndexError(
      'unsupported-version',
      `This index was built by help-panel ${built}, this engine reads format ${HELP_INDEX_VERSION}: ${fix}.`,
    );
  }

  if (!isRecord(value.helpCenter)) throw shape('helpCenter', 'an object with id and title', value.helpCenter);
  expectString(value.helpCenter.id, 'helpCenter.id');
  if (value.bodies !== undefined && !isRecord(value.bodies)) throw shape('bodies', 'an object keyed by article id', value.bodies);
  if (value.buckets !== undefined) expectArray(value.buckets, 'buckets');

  const articleIds = new Set<string>();
  expectArray(value.articles, 'articles').forEach((article, i) => {
    const path = `articles[${i}]`;
    if (!isRecord(article)) throw shape(path, 'an article object', article);
    if (typeof article.id !== 'string' || typeof article.title !== 'string' || typeof article.summary !== 'string') {
      expectString(article.id, `${path}.id`);
      expectString(article.title, `${path}.title`);
      expectString(article.summary, `${path}.summary`);
    }
    for (const key of ['symptomIds', 'aliases', 'tags'] as const) {
      if (!isStringArray(article[key])) expectStrings(article[key], `${path}.${key}`);
    }
    expectContext(article.context, () => `${path}.context`);
    if (articleIds.has(article.id as string)) {
      throw new HelpIndexError('invalid-shape', `The help index has two articles with the id "${String(article.id)}"; ${REBUILD}.`, `${path}.id`);
    }
    articleIds.add(article.id as string);
  });

  const symptomIds = new Set<string>();
  expectArray(value.symptoms, 'symptoms').forEach((symptom, i) => {
    const path = () => `symptoms[${i}]`;
    if (!isRecord(symptom)) throw shape(path(), 'a symptom object', symptom);
    for (const key of ['id', 'title', 'articleId', 'description'] as const) {
      if (typeof symptom[key] !== 'string') expectString(symptom[key], `${path()}.${key}`);
    }
    if (symptom.group !== undefined) expectString(symptom.group, `${path()}.group`);
    for (const key of ['aliases', 'tags'] as const) {
      if (!isStringArray(symptom[key])) expectStrings(symptom[key], `${path()}.${key}`);
    }
    if (symptom.context !== null) expectContext(symptom.context, () => `${path()}.context`);
    const checks = Array.isArray(symptom.checks) ? symptom.checks : expectArray(symptom.checks, `${path()}.checks`);
    for (let j = 0; j < checks.length; j++) {
      const check = checks[j];
      if (!isRecord(check)) throw shape(`${path()}.checks[${j}]`, 'a check object', check);
      if (typeof check.id !== 'string') expectString(check.id, `${path()}.checks[${j}].id`);
      if (typeof check.text !== 'string') expectString(check.text, `${path()}.checks[${j}].text`);
    }
    if (!articleIds.has(symptom.articleId as string)) {
      throw new HelpIndexError(
        'invalid-shape',
        `The help index is damaged: symptom "${String(symptom.id)}" belongs to the article "${String(symptom.articleId)}", which is not in the index; ${REBUILD}.`,
        `${path()}.articleId`,
      );
    }
    if (symptomIds.has(symptom.id as string)) {
      throw new HelpIndexError('invalid-shape', `The help index has two symptoms with the id "${String(symptom.id)}"; ${REBUILD}.`, `${path()}.id`);
    }
    symptomIds.add(symptom.id as string);
  });

  return value as unknown as HelpIndex;
}
