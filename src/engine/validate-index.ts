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

function expectStrings(value: unknown, path: string): void {
  expectArray(value, path).forEach((item, i) => expectString(item, `${path}[${i}]`));
}

function expectContext(value: unknown, path: string): void {
  if (!isRecord(value)) throw shape(path, 'an object with routes and errors', value);
  expectStrings(value.routes, `${path}.routes`);
  expectArray(value.errors, `${path}.errors`).forEach((pattern, i) => {
    if (!isRecord(pattern) || typeof pattern.kind !== 'string' || typeof pattern.raw !== 'string') {
      throw shape(`${path}.errors[${i}]`, 'a parsed error pattern ({ kind, raw, … })', pattern);
    }
  });
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
    expectString(article.id, `${path}.id`);
    expectString(article.title, `${path}.title`);
    expectString(article.summary, `${path}.summary`);
    expectStrings(article.symptomIds, `${path}.symptomIds`);
    expectStrings(article.aliases, `${path}.aliases`);
    expectStrings(article.tags, `${path}.tags`);
    expectContext(article.context, `${path}.context`);
    if (articleIds.has(article.id as string)) {
      throw new HelpIndexError('invalid-shape', `The help index has two articles with the id "${String(article.id)}"; ${REBUILD}.`, `${path}.id`);
    }
    articleIds.add(article.id as string);
  });

  const symptomIds = new Set<string>();
  expectArray(value.symptoms, 'symptoms').forEach((symptom, i) => {
    const path = `symptoms[${i}]`;
    if (!isRecord(symptom)) throw shape(path, 'a symptom object', symptom);
    expectString(symptom.id, `${path}.id`);
    expectString(symptom.title, `${path}.title`);
    expectString(symptom.articleId, `${path}.articleId`);
    expectString(symptom.description, `${path}.description`);
    if (symptom.group !== undefined) expectString(symptom.group, `${path}.group`);
    expectStrings(symptom.aliases, `${path}.aliases`);
    expectStrings(symptom.tags, `${path}.tags`);
    if (symptom.context !== null) expectContext(symptom.context, `${path}.context`);
    expectArray(symptom.checks, `${path}.checks`).forEach((check, j) => {
      if (!isRecord(check)) throw shape(`${path}.checks[${j}]`, 'a check object', check);
      expectString(check.id, `${path}.checks[${j}].id`);
      expectString(check.text, `${path}.checks[${j}].text`);
    });
    if (!articleIds.has(symptom.articleId as string)) {
      throw new HelpIndexError(
        'invalid-shape',
        `The help index is damaged: symptom "${String(symptom.id)}" belongs to the article "${String(symptom.articleId)}", which is not in the index; ${REBUILD}.`,
        `${path}.articleId`,
      );
    }
    if (symptomIds.has(symptom.id as string)) {
      throw new HelpIndexError('invalid-shape', `The help index has two symptoms with the id "${String(symptom.id)}"; ${REBUILD}.`, `${path}.id`);
    }
    symptomIds.add(symptom.id as string);
  });

  return value as unknown as HelpIndex;
}
