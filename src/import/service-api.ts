import { readHelpScoutJson } from './helpscout';
import { ImportInputError, type ImportKind, type ReadResult } from './imported-article';
import { readIntercomJson } from './intercom';
import { isRecord, parseJson, type JsonFile } from './read-json';
import { readZendeskJson } from './zendesk';

/** The environment variables each service's token is read from, as the help text names them. */
export const TOKEN_VARIABLES: Record<Exclude<ImportKind, 'html'>, string> = {
  zendesk: 'ZENDESK_EMAIL and ZENDESK_API_TOKEN, or ZENDESK_OAUTH_TOKEN; none for a public help center',
  intercom: 'INTERCOM_ACCESS_TOKEN',
  helpscout: 'HELPSCOUT_DOCS_API_KEY',
};

export interface ServiceOptions {
  env: Readonly<Record<string, string | undefined>>;
  defaultLocale?: string;
  collectionLocales?: ReadonlyMap<string, string>;
  /** One line per resource read, for the person waiting. */
  progress?: (message: string) => void;
  /** `fetch`, replaceable in tests. Default: the global one. */
  fetch?: typeof fetch;
  /** The most pages of one list that are read before the import stops (tests lower it). Default: {@link MAX_PAGES}. */
  maxPages?: number;
}

/** More pages than any help center has: a loop in `next` links stops here instead of running forever. */
const MAX_PAGES = 5_000;
/** Waits for a rate limit (429) longer than this are not made: the import stops and says so. */
const MAX_RETRY_SECONDS = 60;
const RETRIES = 5;
const TIMEOUT_MS = 30_000;

/**
 * Reads a help center straight from its service's API, following its pages,
 * and hands the pages to the same readers as exported files. The token comes
 * from an environment variable ({@link TOKEN_VARIABLES}) and is only ever
 * sent to the `--url` host: a `next` link to another host stops the import.
 */
export async function readFromService(kind: Exclude<ImportKind, 'html'>, url: string, options: ServiceOptions): Promise<ReadResult> {
  let base: URL;
  try {
    base = new URL(url);
    if (base.protocol !== 'https:' && base.protocol !== 'http:') throw new Error('not http(s)');
  } catch {
    throw apiError(url, `--url "${url}" is not an http(s) address; pass the service's address, such as ${kind === 'zendesk' ? 'https://acme.zendesk.com' : kind === 'intercom' ? 'https://api.intercom.io' : 'https://docsapi.helpscout.net'}.`);
  }
  const client = new ApiClient(base, headersFor(kind, options.env, url), options.fetch ?? fetch, options.maxPages ?? MAX_PAGES);
  if (kind === 'zendesk') return readZendeskApi(client, options);
  if (kind === 'intercom') return readIntercomApi(client, options);
  return readHelpScoutApi(client, options);
}

function headersFor(kind: Exclude<ImportKind, 'html'>, env: ServiceOptions['env'], url: string): Record<string, string> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (kind === 'zendesk') {
    const email = env.ZENDESK_EMAIL?.trim();
    const token = env.ZENDESK_API_TOKEN?.trim();
    const oauth = env.ZENDESK_OAUTH_TOKEN?.trim();
    if (oauth) headers.Authorization = `Bearer ${oauth}`;
    else if (email && token) headers.Authorization = `Basic ${Buffer.from(`${email}/token:${token}`).toString('base64')}`;
    else if (token) throw apiError(url, 'ZENDESK_API_TOKEN is set but ZENDESK_EMAIL is not: a Zendesk API token is sent with the email of its agent. Set ZENDESK_EMAIL too, or use ZENDESK_OAUTH_TOKEN.');
    return headers;
  }
  if (kind === 'intercom') {
    const token = env.INTERCOM_ACCESS_TOKEN?.trim();
    if (!token) throw apiError(url, 'set INTERCOM_ACCESS_TOKEN to an access token of your Intercom app (Developer Hub → your app → Authentication) that may read articles.');
    headers.Authorization = `Bearer ${token}`;
    headers['Intercom-Version'] = '2.11';
    return headers;
  }
  const key = env.HELPSCOUT_DOCS_API_KEY?.trim();
  if (!key) throw apiError(url, 'set HELPSCOUT_DOCS_API_KEY to a Docs API key (Help Scout → Your Profile → Authentication → API Keys).');
  headers.Authorization = `Basic ${Buffer.from(`${key}:X`).toString('base64')}`;
  return headers;
}

class ApiClient {
  constructor(
    readonly base: URL,
    private readonly headers: Record<string, string>,
    private readonly fetcher: typeof fetch,
    private readonly maxPages: number,
  ) {}

  /** GETs JSON from `url` (relative to the base), retrying on rate limits; a failure stops the import. */
  async get(url: string, expected: string): Promise<JsonFile> {
    const target = new URL(url, this.base);
    if (target.origin !== this.base.origin) {
      throw apiError(target.href, `the API pointed to another host (${target.origin}) than --url (${this.base.origin}); the token is only sent to --url, so the import stops here.`);
    }
    for (let attempt = 0; ; attempt++) {
      let response: Response;
      try {
        response = await this.fetcher(target, { headers: this.headers, signal: AbortSignal.timeout(TIMEOUT_MS), redirect: 'error' });
      } catch (cause) {
        const reason = cause instanceof Error && cause.name === 'TimeoutError' ? `no answer in ${TIMEOUT_MS / 1000} s` : cause instanceof Error ? (cause.cause instanceof Error ? cause.cause.message : cause.message) : String(cause);
        throw apiError(target.href, `could not reach the API (${reason}); check --url and the network.`);
      }
      if (response.status === 429 && attempt < RETRIES) {
        const wait = retryAfter(response.headers.get('retry-after'));
        await response.body?.cancel().catch(() => undefined);
        if (wait > MAX_RETRY_SECONDS) throw apiError(target.href, `the API asks to wait ${wait} s before the next request (rate limit); run the import again later.`);
        await new Promise((done) => setTimeout(done, wait * 1000));
        continue;
      }
      const text = await response.text();
      if (!response.ok) {
        const hint =
          response.status === 401 || response.status === 403
            ? ' The token was refused: check it and what it may read.'
            : response.status === 404
              ? ' Check --url: it should be the service\'s address, not a page of the help center.'
              : '';
        throw apiError(target.href, `the API answered ${response.status} ${response.statusText}.${hint}`);
      }
      return parseJson(target.href, text, expected);
    }
  }

  /**
   * Every page of a list, following `next` (what `next` finds in a page decides).
   * A list that does not end (a `next` page already read, or more than
   * `maxPages`) stops the import: a partial list read as whole would let
   * `--prune` remove the articles it left out.
   */
  async pages(first: string, expected: string, next: (page: JsonFile, url: string) => string | undefined): Promise<JsonFile[]> {
    const pages: JsonFile[] = [];
    const seen = new Set<string>();
    for (let url: string | undefined = first; url !== undefined; ) {
      const absolute = new URL(url, this.base).href;
      if (seen.has(absolute)) {
        throw apiError(absolute, `stopped after ${pages.length} ${pages.length === 1 ? 'page' : 'pages'}: the service kept giving a next page, and this one was already read (a loop in its paging). Nothing was imported from a partial list; run the import again later, or report it to the service.`);
      }
      if (pages.length >= this.maxPages) {
        throw apiError(absolute, `stopped after ${pages.length} pages: the service kept giving a next page, more than any help center has. Nothing was imported from a partial list; check --url, or report it to the service.`);
      }
      seen.add(absolute);
      const page = await this.get(absolute, expected);
      pages.push(page);
      url = next(page, absolute);
    }
    return pages;
  }
}

async function readZendeskApi(client: ApiClient, options: ServiceOptions): Promise<ReadResult> {
  const localesFile = await client.get('/api/v2/help_center/locales.json', 'the help center\'s locales: { "locales": [...], "default_locale": … }');
  const value = localesFile.value;
  const locales = isRecord(value) && Array.isArray(value.locales) ? value.locales.filter((locale): locale is string => typeof locale === 'string') : [];
  const defaultLocale = isRecord(value) && typeof value.default_locale === 'string' ? value.default_locale : (options.defaultLocale ?? 'en-us');
  const ordered = [defaultLocale, ...locales.filter((locale) => locale !== defaultLocale)];
  const pages: JsonFile[] = [];
  for (const locale of ordered) {
    const found = await client.pages(
      `/api/v2/help_center/${encodeURIComponent(locale)}/articles.json?per_page=100&include=sections,categories`,
      'a Zendesk articles page: { "articles": [...], "next_page": … }',
      (page) => {
        const body = page.value;
        if (!isRecord(body)) return undefined;
        if (typeof body.next_page === 'string' && body.next_page !== '') return body.next_page;
        // Cursor pagination: { meta: { has_more }, links: { next } }.
        if (isRecord(body.meta) && body.meta.has_more === true && isRecord(body.links) && typeof body.links.next === 'string') return body.links.next;
        return undefined;
      },
    );
    options.progress?.(`zendesk: ${locale}: ${count(found, 'articles')} articles in ${found.length} ${found.length === 1 ? 'page' : 'pages'}`);
    for (const page of found) pages.push(page);
  }
  return readZendeskJson(pages, { sections: [], categories: [] });
}

async function readIntercomApi(client: ApiClient, options: ServiceOptions): Promise<ReadResult> {
  const next = (path: string) => (page: JsonFile) => {
    const body = page.value;
    if (!isRecord(body) || !isRecord(body.pages)) return undefined;
    const pages = body.pages;
    if (typeof pages.next === 'string' && pages.next !== '') return pages.next;
    // Newer API versions page by cursor: { next: { starting_after } }.
    if (isRecord(pages.next) && typeof pages.next.starting_after === 'string') return `${path}&starting_after=${encodeURIComponent(pages.next.starting_after)}`;
    return undefined;
  };
  const articles = await client.pages('/articles?per_page=50', 'an Intercom articles list: { "type": "list", "data": [...] }', next('/articles?per_page=50'));
  const collections = await client.pages('/help_center/collections?per_page=50', 'an Intercom collections list: { "type": "list", "data": [...] }', next('/help_center/collections?per_page=50'));
  options.progress?.(`intercom: ${count(articles, 'data')} articles in ${articles.length} ${articles.length === 1 ? 'page' : 'pages'}, ${count(collections, 'data')} collections`);
  return readIntercomJson(articles, collections);
}

async function readHelpScoutApi(client: ApiClient, options: ServiceOptions): Promise<ReadResult> {
  const paged = (key: string) => (page: JsonFile, url: string) => {
    const body = page.value;
    const list = isRecord(body) ? body[key] : undefined;
    if (!isRecord(list) || typeof list.page !== 'number' || typeof list.pages !== 'number' || list.page >= list.pages) return undefined;
    const nextUrl = new URL(url);
    nextUrl.searchParams.set('page', String(list.page + 1));
    return nextUrl.href;
  };
  const collections = await client.pages('/v1/collections?page=1', 'Help Scout Docs collections: { "collections": { "items": [...] } }', paged('collections'));
  const categories: JsonFile[] = [];
  const articles: JsonFile[] = [];
  const ids: string[] = [];
  for (const page of collections) {
    const items = isRecord(page.value) && isRecord(page.value.collections) && Array.isArray(page.value.collections.items) ? page.value.collections.items : [];
    for (const collection of items) {
      if (!isRecord(collection) || (typeof collection.id !== 'string' && typeof collection.id !== 'number')) continue;
      const id = encodeURIComponent(String(collection.id));
      for (const page of await client.pages(`/v1/collections/${id}/categories?page=1`, 'Help Scout Docs categories: { "categories": { "items": [...] } }', paged('categories'))) categories.push(page);
      const refs = await client.pages(`/v1/collections/${id}/articles?page=1&status=all&pageSize=100`, 'Help Scout Docs articles: { "articles": { "items": [...] } }', paged('articles'));
      for (const ref of refs) {
        const list = isRecord(ref.value) && isRecord(ref.value.articles) && Array.isArray(ref.value.articles.items) ? ref.value.articles.items : [];
        for (const item of list) if (isRecord(item) && (typeof item.id === 'string' || typeof item.id === 'number')) ids.push(String(item.id));
      }
    }
  }
  // The lists leave the text out: each article is asked for, a few at a time.
  const queue = [...ids];
  const workers = Array.from({ length: Math.min(4, queue.length) }, async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      articles.push(await client.get(`/v1/articles/${encodeURIComponent(id)}`, 'a Help Scout Docs article: { "article": {…} }'));
    }
  });
  await Promise.all(workers);
  articles.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  options.progress?.(`helpscout: ${articles.length} articles in ${collections.length === 0 ? 0 : count(collections, 'collections')} collections`);
  return readHelpScoutJson(articles, { collections, categories }, { ...(options.defaultLocale ? { defaultLocale: options.defaultLocale } : {}), ...(options.collectionLocales ? { collectionLocales: options.collectionLocales } : {}) });
}

/** How many items the pages hold under `key` (or `key.items`). */
function count(pages: readonly JsonFile[], key: string): number {
  let total = 0;
  for (const page of pages) {
    const value = isRecord(page.value) ? page.value[key] : undefined;
    if (Array.isArray(value)) total += value.length;
    else if (isRecord(value) && Array.isArray(value.items)) total += value.items.length;
  }
  return total;
}

/** Seconds to wait from a Retry-After header (seconds or an HTTP date); 1 when it says nothing usable. */
function retryAfter(header: string | null): number {
  if (header === null) return 1;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? 1 : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

function apiError(url: string, message: string): ImportInputError {
  return new ImportInputError({ code: 'api-error', level: 'error', message: redactUrls(message), file: redactUrls(url), line: 1, column: 1 });
}

/** Text with the user and password of every address in it (`https://user:pass@host`) replaced by `***`: nothing printed shows a credential. */
export function redactUrls(text: string): string {
  return text.replace(/(\b[a-z][a-z0-9+.-]*:\/\/)[^\s/?#@"']*@/gi, '$1***@');
}
