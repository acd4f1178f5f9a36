import { slugify } from '../compiler/slugify';
import { onceEach, type ImportDiagnostic, type ImportedArticle, type ReadResult } from './imported-article';
import { describeJson, isRecord, readJsonFile, ShapeReader, type JsonFile } from './read-json';

/**
 * Help Scout Docs API exports, as its API returns them:
 * - articles, `GET /v1/articles/<id>`: `{ "article": {…} }`, or pages of whole
 *   articles `{ "articles": { "page", "pages", "count", "items": [...] } }`;
 * - with `--collections` and `--categories`: `{ "collections": { "items" } }`
 *   and `{ "categories": { "items" } }`, for buckets and languages.
 *
 * Help Scout Docs has no languages of its own: a help center in several keeps
 * one collection per language. `collectionLocales` says which (by collection
 * id, slug or name), and a translation is paired with the article of the
 * default language that has the same slug. `status: "notpublished"` is skipped.
 */
export interface HelpScoutFiles {
  articles: readonly string[];
  collections?: readonly string[];
  categories?: readonly string[];
}

export interface HelpScoutOptions {
  /** Collection id, slug or name → locale of its articles. Default: every collection in `defaultLocale`. */
  collectionLocales?: ReadonlyMap<string, string>;
  /** The help center's language. Default: `en`. */
  defaultLocale?: string;
}

const EXPECTED =
  'a Help Scout Docs article as GET /v1/articles/{id} returns it ({ "article": {…} }), or a page of articles ({ "articles": { "items": [...] } }) whose items have their "text"';

interface Named {
  name: string;
  slug?: string;
}

export async function readHelpScoutFiles(files: HelpScoutFiles, options: HelpScoutOptions = {}): Promise<ReadResult> {
  const pages: JsonFile[] = [];
  for (const file of files.articles) pages.push(await readJsonFile(file, EXPECTED));
  const collections: JsonFile[] = [];
  for (const file of files.collections ?? []) collections.push(await readJsonFile(file, 'Help Scout Docs collections: { "collections": { "items": [...] } } as GET /v1/collections returns them'));
  const categories: JsonFile[] = [];
  for (const file of files.categories ?? []) categories.push(await readJsonFile(file, 'Help Scout Docs categories: { "categories": { "items": [...] } } as GET /v1/collections/{id}/categories returns them'));
  return readHelpScoutJson(pages, { collections, categories }, options);
}

/** Same as {@link readHelpScoutFiles} from JSON already read. */
export function readHelpScoutJson(
  pages: readonly JsonFile[],
  extra: { collections: readonly JsonFile[]; categories: readonly JsonFile[] },
  options: HelpScoutOptions = {},
): ReadResult {
  const diagnostics: ImportDiagnostic[] = [];
  const defaultLocale = options.defaultLocale ?? 'en';
  const collections = new Map<string, Named>();
  const categories = new Map<string, Named>();
  for (const json of extra.collections) readItems(json, 'collections', (id, record) => collections.set(id, named(record)));
  for (const json of extra.categories) readItems(json, 'categories', (id, record) => categories.set(id, named(record)));
  const localeOf = (collectionId: string | undefined): string => {
    if (collectionId === undefined || options.collectionLocales === undefined) return defaultLocale;
    const collection = collections.get(collectionId);
    for (const key of [collectionId, collection?.slug, collection?.name]) {
      if (key === undefined) continue;
      const locale = options.collectionLocales.get(key) ?? options.collectionLocales.get(key.toLowerCase());
      if (locale !== undefined) return locale;
    }
    return defaultLocale;
  };

  const found: { article: ImportedArticle; slug: string }[] = [];
  const once = onceEach(diagnostics);
  for (const json of pages) {
    const reader: ShapeReader = new ShapeReader(json, 'helpscout');
    const value = json.value;
    const items: { record: Record<string, unknown>; path: (string | number)[] }[] = [];
    if (Array.isArray(value)) value.forEach((item, index) => items.push({ record: reader.record(item, [index], 'an article'), path: [index] }));
    else if (isRecord(value) && 'article' in value) items.push({ record: reader.record(value.article, ['article'], 'an article'), path: ['article'] });
    else if (isRecord(value) && 'articles' in value) {
      const list = isRecord(value.articles) ? reader.list(value.articles, 'items', ['articles'], 'articles') : Array.isArray(value.articles) ? value.articles : reader.fail(['articles'], `helpscout: "articles" must be a page ({ "page", "pages", "items": [...] }), but it is ${describeJson(value.articles)}.`);
      const base = isRecord(value.articles) ? ['articles', 'items'] : ['articles'];
      list.forEach((item, index) => items.push({ record: reader.record(item, [...base, index], 'an article'), path: [...base, index] }));
    } else reader.fail([], `helpscout: expected ${EXPECTED}, but the file holds ${describeJson(value)}.`);

    for (const { record, path } of items) {
      const id = reader.id(record, 'id', path);
      const title = reader.text(record, 'name', path);
      if (title === undefined) reader.fail(path, `helpscout: the article ${id} has no "name"; expected an article object with "id", "name" and "text".`);
      if (!('text' in record)) {
        reader.fail(path, `helpscout: the article ${id} ("${title}") has no "text": this is a list of article references (GET /v1/collections/{id}/articles), which leaves the text out. Export each article with GET /v1/articles/{id}, or import with --url.`);
      }
      const collectionId = reader.text(record, 'collectionId', path);
      const categoryIds = reader.texts(record, 'categories', path) ?? [];
      const category = categoryIds.map((categoryId) => categories.get(categoryId)).find((item) => item !== undefined && item.name !== '');
      const collection = collectionId === undefined ? undefined : collections.get(collectionId);
      const url = reader.text(record, 'publicUrl', path);
      const updated = reader.text(record, 'updatedAt', path) ?? reader.text(record, 'lastPublishedAt', path);
      const number = record.number;
      const slug = reader.text(record, 'slug', path)?.trim() || slugify(title, id);
      const article: ImportedArticle = {
        origin: `helpscout:${id}`,
        serviceId: id,
        title: title.trim() || `Article ${id}`,
        html: reader.text(record, 'text', path) ?? '',
        locale: localeOf(collectionId),
        ...(category?.name ? { bucket: category.name } : collection?.name ? { bucket: collection.name } : {}),
        tags: (reader.texts(record, 'keywords', path) ?? []).map((tag) => tag.trim()).filter((tag) => tag !== ''),
        ...(url !== undefined ? { url } : {}),
        ...(updated !== undefined ? { updated } : {}),
        ...(reader.text(record, 'status', path) === 'notpublished' ? { draft: true } : {}),
        at: json.place(path),
        // Help Scout links between articles by number: /article/12-reset-your-password.
        aliases: [...(typeof number === 'number' || typeof number === 'string' ? [`number:${String(number)}`] : []), `id:${id}`],
      };
      if (once(article, article.origin)) found.push({ article, slug });
    }
  }

  // Pair each article of another language with the default language's article of the same slug.
  const sources = new Map<string, ImportedArticle>();
  for (const { article, slug } of found) if (sameLanguage(article.locale, defaultLocale) && !sources.has(slug)) sources.set(slug, article);
  for (const { article, slug } of found) {
    if (sameLanguage(article.locale, defaultLocale)) continue;
    const source = sources.get(slug);
    if (source !== undefined) article.translationOf = source.origin;
    else article.translationOf = '';
  }
  return { articles: found.map(({ article }) => article), diagnostics };
}

function sameLanguage(a: string | undefined, b: string): boolean {
  return (a ?? '').toLowerCase() === b.toLowerCase();
}

function named(record: Record<string, unknown>): Named {
  const name = typeof record.name === 'string' ? record.name.trim() : '';
  return { name, ...(typeof record.slug === 'string' ? { slug: record.slug } : {}) };
}

/** `{ <key>: { items: [...] } }`, `{ <key>: [...] }`, `{ items }` or a plain list. */
function readItems(json: JsonFile, key: 'collections' | 'categories', add: (id: string, record: Record<string, unknown>) => void): void {
  const reader: ShapeReader = new ShapeReader(json, 'helpscout');
  const value = json.value;
  let list: unknown[];
  let base: (string | number)[];
  if (Array.isArray(value)) [list, base] = [value, []];
  else if (isRecord(value) && isRecord(value[key])) [list, base] = [reader.list(value[key] as Record<string, unknown>, 'items', [key], key), [key, 'items']];
  else if (isRecord(value) && Array.isArray(value[key])) [list, base] = [value[key] as unknown[], [key]];
  else if (isRecord(value) && Array.isArray(value.items)) [list, base] = [value.items, ['items']];
  else reader.fail([], `helpscout: expected { "${key}": { "items": [...] } }, but the file holds ${describeJson(value)}.`);
  list.forEach((item, index) => {
    const record = reader.record(item, [...base, index], key === 'collections' ? 'a collection' : 'a category');
    add(reader.id(record, 'id', [...base, index]), record);
  });
}
