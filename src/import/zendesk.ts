import { onceEach, type ImportDiagnostic, type ImportedArticle, type ReadResult } from './imported-article';
import { describeJson, isRecord, pathText, readJsonFile, ShapeReader, type JsonFile } from './read-json';

/**
 * Zendesk Help Center exports, as its API returns them:
 * - article pages, `GET /api/v2/help_center[/<locale>]/articles.json`:
 *   `{ articles: [...], next_page, … }`, one file per page (a page may also
 *   carry sideloaded `sections` and `categories`); a single article
 *   (`{ article }`) or a plain list of articles is read too;
 * - translations, `GET /api/v2/help_center/articles/<id>/translations.json`:
 *   `{ translations: [...] }`, each naming its article by `source_id`;
 * - with `--sections` and `--categories`: `{ sections: [...] }` and
 *   `{ categories: [...] }`, for each article's bucket.
 *
 * An article listed in a locale other than its `source_locale` is that
 * article's translation (Zendesk keeps one id for an article in every language).
 */
export interface ZendeskFiles {
  articles: readonly string[];
  sections?: readonly string[];
  categories?: readonly string[];
}

const EXPECTED =
  'a Zendesk Help Center articles page as GET /api/v2/help_center/articles.json returns it: an object with an "articles" list ({ "articles": [...], "next_page": … }), or { "translations": [...] }';

interface Section {
  name: string;
  categoryId?: string;
}

/** Reads Zendesk export files into articles; a file of another shape stops the import with its position. */
export async function readZendeskFiles(files: ZendeskFiles): Promise<ReadResult> {
  const pages: JsonFile[] = [];
  for (const file of files.articles) pages.push(await readJsonFile(file, EXPECTED));
  const extra: { sections: JsonFile[]; categories: JsonFile[] } = { sections: [], categories: [] };
  for (const file of files.sections ?? []) extra.sections.push(await readJsonFile(file, 'a Zendesk sections list: { "sections": [...] } as GET /api/v2/help_center/sections.json returns it'));
  for (const file of files.categories ?? []) extra.categories.push(await readJsonFile(file, 'a Zendesk categories list: { "categories": [...] } as GET /api/v2/help_center/categories.json returns it'));
  return readZendeskJson(pages, extra);
}

/** Same as {@link readZendeskFiles} from JSON already read (the API reader hands its pages here). */
export function readZendeskJson(pages: readonly JsonFile[], extra: { sections: readonly JsonFile[]; categories: readonly JsonFile[] }): ReadResult {
  const diagnostics: ImportDiagnostic[] = [];
  const sections = new Map<string, Section>();
  const categories = new Map<string, string>();
  for (const json of extra.sections) readNamed(json, 'sections', (id, record, locale) => {
    const categoryId = record.category_id;
    sections.set(sectionKey(id, locale), { name: String(record.name ?? ''), ...(categoryId !== undefined && categoryId !== null ? { categoryId: String(categoryId) } : {}) });
  });
  for (const json of extra.categories) readNamed(json, 'categories', (id, record, locale) => categories.set(sectionKey(id, locale), String(record.name ?? '')));

  const raw: { record: Record<string, unknown>; path: (string | number)[]; json: JsonFile; translation?: boolean }[] = [];
  for (const json of pages) {
    const reader: ShapeReader = new ShapeReader(json, 'zendesk');
    const value = json.value;
    if (Array.isArray(value)) {
      value.forEach((item, index) => raw.push({ record: reader.record(item, [index], 'an article'), path: [index], json }));
      continue;
    }
    if (!isRecord(value)) reader.fail([], `zendesk: expected ${EXPECTED}, but the file holds ${describeJson(value)}.`);
    if ('articles' in value) {
      reader.list(value, 'articles', [], 'articles').forEach((item, index) => raw.push({ record: reader.record(item, ['articles', index], 'an article'), path: ['articles', index], json }));
      // Sideloads (`?include=sections,categories`) name the buckets too.
      if (Array.isArray(value.sections)) readNamed(json, 'sections', (id, record, locale) => {
        if (!sections.has(sectionKey(id, locale))) sections.set(sectionKey(id, locale), { name: String(record.name ?? ''), ...(record.category_id != null ? { categoryId: String(record.category_id) } : {}) });
      });
      if (Array.isArray(value.categories)) readNamed(json, 'categories', (id, record, locale) => {
        if (!categories.has(sectionKey(id, locale))) categories.set(sectionKey(id, locale), String(record.name ?? ''));
      });
    } else if ('article' in value) {
      raw.push({ record: reader.record(value.article, ['article'], 'an article'), path: ['article'], json });
    } else if ('translations' in value) {
      reader.list(value, 'translations', [], 'translations').forEach((item, index) => raw.push({ record: reader.record(item, ['translations', index], 'a translation'), path: ['translations', index], json, translation: true }));
    } else {
      reader.fail([], `zendesk: expected ${EXPECTED}, but the file holds ${describeJson(value)}.`);
    }
  }

  const articles: ImportedArticle[] = [];
  const once = onceEach(diagnostics);
  for (const { record, path, json, translation } of raw) {
    const reader: ShapeReader = new ShapeReader(json, 'zendesk');
    if (translation && record.source_type !== undefined && record.source_type !== 'article') continue;
    const id = reader.id(record, translation ? 'source_id' : 'id', path);
    const title = reader.text(record, 'title', path) ?? reader.text(record, 'name', path);
    if (title === undefined) reader.fail(path, `zendesk: ${pathText(path)} has no "title"; an article needs one. Expected an article object with "id", "title" and "body".`);
    const locale = reader.text(record, 'locale', path);
    const sourceLocale = translation ? undefined : reader.text(record, 'source_locale', path);
    const isTranslation = translation === true || (locale !== undefined && sourceLocale !== undefined && locale.toLowerCase() !== sourceLocale.toLowerCase());
    const sectionId = record.section_id === undefined || record.section_id === null ? undefined : String(record.section_id);
    const section = sectionId === undefined ? undefined : (sections.get(sectionKey(sectionId, locale)) ?? sections.get(sectionKey(sectionId, undefined)));
    const category = section?.categoryId === undefined ? undefined : (categories.get(sectionKey(section.categoryId, locale)) ?? categories.get(sectionKey(section.categoryId, undefined)));
    const labels = reader.texts(record, 'label_names', path) ?? [];
    const url = reader.text(record, 'html_url', path);
    const updated = reader.text(record, 'updated_at', path) ?? reader.text(record, 'edited_at', path);
    const origin = `zendesk:${id}`;
    const article: ImportedArticle = {
      origin,
      serviceId: id,
      title: title.trim() || `Article ${id}`,
      html: reader.text(record, 'body', path) ?? '',
      ...(locale !== undefined ? { locale } : sourceLocale !== undefined ? { locale: sourceLocale } : {}),
      ...(isTranslation ? { translationOf: origin } : {}),
      ...(section?.name ? { bucket: section.name } : {}),
      tags: [...new Set([...labels.map((label) => label.trim()).filter((label) => label !== ''), ...(category ? [category] : [])])],
      ...(url !== undefined ? { url } : {}),
      ...(updated !== undefined ? { updated } : {}),
      ...(reader.flag(record, 'draft', path) === true ? { draft: true } : {}),
      ...(reader.flag(record, 'outdated', path) === true && isTranslation ? { outdated: true } : {}),
      at: json.place(path),
    };
    if (once(article, `${origin}|${(article.locale ?? '').toLowerCase()}`)) articles.push(article);
  }
  return { articles, diagnostics };
}

function sectionKey(id: string, locale: string | undefined): string {
  return `${id}|${(locale ?? '').toLowerCase()}`;
}

/** `{ <key>: [{ id, name, locale }] }` or a plain list: calls `add` for each named item. */
function readNamed(json: JsonFile, key: 'sections' | 'categories', add: (id: string, record: Record<string, unknown>, locale: string | undefined) => void): void {
  const reader: ShapeReader = new ShapeReader(json, 'zendesk');
  const value = json.value;
  const [list, base] = Array.isArray(value) ? [value, [] as (string | number)[]] : isRecord(value) ? [reader.list(value, key, [], key), [key] as (string | number)[]] : reader.fail([], `zendesk: expected { "${key}": [...] }, but the file holds ${describeJson(value)}.`);
  list.forEach((item, index) => {
    const record = reader.record(item, [...base, index], `a ${key === 'sections' ? 'section' : 'category'}`);
    add(reader.id(record, 'id', [...base, index]), record, reader.text(record, 'locale', [...base, index]));
  });
}
