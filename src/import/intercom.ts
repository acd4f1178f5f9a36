import { onceEach, type ImportDiagnostic, type ImportedArticle, type ReadResult } from './imported-article';
import { describeJson, isRecord, readJsonFile, ShapeReader, type JsonFile } from './read-json';

/**
 * Intercom Articles API exports, as its API returns them:
 * - article lists, `GET /articles`: `{ "type": "list", "data": [...], "pages": … }`,
 *   one file per page; a single article (`{ "type": "article", … }`) is read too;
 * - with `--collections`: `GET /help_center/collections` (and sections), the same
 *   list shape, for each article's bucket.
 *
 * An article's other languages are in its `translated_content`, keyed by
 * locale; `state: "draft"` (of the article or of one language) is skipped.
 */
export interface IntercomFiles {
  articles: readonly string[];
  collections?: readonly string[];
}

const EXPECTED = 'an Intercom articles list as GET /articles returns it: { "type": "list", "data": [...] }, or one article { "type": "article", … }';

interface Collection {
  name: string;
  /** Names in other languages, from the collection's translated_content. */
  names: Map<string, string>;
}

export async function readIntercomFiles(files: IntercomFiles): Promise<ReadResult> {
  const pages: JsonFile[] = [];
  for (const file of files.articles) pages.push(await readJsonFile(file, EXPECTED));
  const collections: JsonFile[] = [];
  for (const file of files.collections ?? []) collections.push(await readJsonFile(file, 'an Intercom collections list as GET /help_center/collections returns it: { "type": "list", "data": [...] }'));
  return readIntercomJson(pages, collections);
}

/** Same as {@link readIntercomFiles} from JSON already read. */
export function readIntercomJson(pages: readonly JsonFile[], collectionFiles: readonly JsonFile[]): ReadResult {
  const diagnostics: ImportDiagnostic[] = [];
  const collections = new Map<string, Collection>();
  for (const json of collectionFiles) {
    const reader: ShapeReader = new ShapeReader(json, 'intercom');
    forEachItem(json, reader, 'a collection', (record, path) => {
      const id = reader.id(record, 'id', path);
      const names = new Map<string, string>();
      const translated = record.translated_content;
      if (isRecord(translated)) {
        for (const [locale, content] of Object.entries(translated)) {
          if (locale !== 'type' && isRecord(content) && typeof content.name === 'string' && content.name.trim() !== '') names.set(locale.toLowerCase(), content.name.trim());
        }
      }
      collections.set(id, { name: reader.text(record, 'name', path)?.trim() ?? '', names });
    });
  }

  const articles: ImportedArticle[] = [];
  const once = onceEach(diagnostics);
  const keep = (article: ImportedArticle) => {
    if (once(article, `${article.origin}|${(article.locale ?? '').toLowerCase()}`)) articles.push(article);
  };

  for (const json of pages) {
    const reader: ShapeReader = new ShapeReader(json, 'intercom');
    forEachItem(json, reader, 'an article', (record, path) => {
      if (record.type !== undefined && record.type !== 'article') {
        reader.fail([...path, 'type'], `intercom: ${describeJson(record.type)} is not an article; expected ${EXPECTED}. Pass collections with --collections.`);
      }
      const id = reader.id(record, 'id', path);
      const origin = `intercom:${id}`;
      const title = reader.text(record, 'title', path);
      if (title === undefined) reader.fail(path, `intercom: the article ${id} has no "title"; expected an article object with "id", "title" and "body".`);
      const defaultLocale = reader.text(record, 'default_locale', path);
      const parent = parentCollection(record);
      const collection = parent === undefined ? undefined : collections.get(parent);
      const tags = tagNames(record);
      const at = json.place(path);
      const description = reader.text(record, 'description', path);
      const url = reader.text(record, 'url', path);
      const updated = unixTime(record.updated_at);
      keep({
        origin,
        serviceId: id,
        title: title.trim() || `Article ${id}`,
        html: reader.text(record, 'body', path) ?? '',
        ...(defaultLocale !== undefined ? { locale: defaultLocale } : {}),
        ...(collection?.name ? { bucket: collection.name } : {}),
        tags,
        ...(description?.trim() ? { summary: description.trim() } : {}),
        ...(url ? { url } : {}),
        ...(updated ? { updated } : {}),
        ...(reader.text(record, 'state', path) === 'draft' ? { draft: true } : {}),
        at,
      });
      const translated = record.translated_content;
      if (translated === undefined || translated === null) return;
      if (!isRecord(translated)) reader.fail([...path, 'translated_content'], `intercom: "translated_content" of the article ${id} must be an object keyed by locale, but it is ${describeJson(translated)}.`);
      for (const [locale, content] of Object.entries(translated)) {
        if (locale === 'type' || content === null || content === undefined) continue;
        if (defaultLocale !== undefined && locale.toLowerCase() === defaultLocale.toLowerCase()) continue;
        const contentPath = [...path, 'translated_content', locale];
        const entry = reader.record(content, contentPath, `the article's ${locale} content`);
        const translatedTitle = reader.text(entry, 'title', contentPath);
        const body = reader.text(entry, 'body', contentPath);
        if ((translatedTitle === undefined || translatedTitle.trim() === '') && (body === undefined || body.trim() === '')) continue;
        const translatedUrl = reader.text(entry, 'url', contentPath);
        const translatedUpdated = unixTime(entry.updated_at);
        const translatedDescription = reader.text(entry, 'description', contentPath);
        const bucket = collection?.names.get(locale.toLowerCase()) ?? collection?.name;
        keep({
          origin,
          serviceId: id,
          title: translatedTitle?.trim() || title.trim(),
          html: body ?? '',
          locale,
          translationOf: origin,
          ...(bucket ? { bucket } : {}),
          tags,
          ...(translatedDescription?.trim() ? { summary: translatedDescription.trim() } : {}),
          ...(translatedUrl ? { url: translatedUrl } : {}),
          ...(translatedUpdated ? { updated: translatedUpdated } : {}),
          ...(reader.text(entry, 'state', contentPath) === 'draft' ? { draft: true } : {}),
          at: json.place(contentPath),
        });
      }
    });
  }
  return { articles, diagnostics };
}

/** `{ type: 'list', data }`, a plain list, or one object: calls `each` per item with its path. */
function forEachItem(json: JsonFile, reader: ShapeReader, what: string, each: (record: Record<string, unknown>, path: (string | number)[]) => void): void {
  const value = json.value;
  if (Array.isArray(value)) {
    value.forEach((item, index) => each(reader.record(item, [index], what), [index]));
    return;
  }
  if (!isRecord(value)) reader.fail([], `intercom: expected ${EXPECTED}, but the file holds ${describeJson(value)}.`);
  if ('data' in value) {
    reader.list(value, 'data', [], what === 'a collection' ? 'collections' : 'articles').forEach((item, index) => each(reader.record(item, ['data', index], what), ['data', index]));
    return;
  }
  if (value.type === 'article' || value.type === 'collection' || value.type === 'section' || 'id' in value) {
    each(value, []);
    return;
  }
  reader.fail([], `intercom: expected ${what === 'a collection' ? 'an Intercom collections list: { "type": "list", "data": [...] }' : EXPECTED}, but the file holds ${describeJson(value)}.`);
}

/** The collection (or section) an article sits in: `parent_id`, else the last of `parent_ids`. */
function parentCollection(record: Record<string, unknown>): string | undefined {
  const parent = record.parent_id;
  if (typeof parent === 'string' || typeof parent === 'number') return String(parent);
  const parents = record.parent_ids;
  if (Array.isArray(parents) && parents.length > 0) {
    const last = parents[parents.length - 1];
    if (typeof last === 'string' || typeof last === 'number') return String(last);
  }
  return undefined;
}

/** `tags: { type: 'tag.list', tags: [{ name }] }` or a plain list of names. */
function tagNames(record: Record<string, unknown>): string[] {
  const tags = record.tags;
  const list = isRecord(tags) && Array.isArray(tags.tags) ? tags.tags : Array.isArray(tags) ? tags : [];
  return list.flatMap((tag) => (typeof tag === 'string' ? [tag] : isRecord(tag) && typeof tag.name === 'string' ? [tag.name] : [])).map((tag) => tag.trim()).filter((tag) => tag !== '');
}

/** Intercom's seconds since 1970 as an ISO date-time. */
function unixTime(value: unknown): string | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) return undefined;
  const date = new Date(value * 1000);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().replace('.000Z', 'Z');
}
