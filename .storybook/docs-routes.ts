// The docs site's pages as routes of a product, so its own help center can name them in
// `routes:` front matter (docs/help/*.md) and link to them as app links.
//
// A page titled `Docs/Search` is the Storybook entry `docs-search--docs`, the route `/docs/search`.

const DOCS_ENTRY = /^docs-(.+)--docs$/;

/** The route a docs entry stands for: `docs-search--docs` → `/docs/search`; `null` for any other entry. */
export function routeOfDocsEntry(entryId: string): string | null {
  const page = DOCS_ENTRY.exec(entryId)?.[1];
  return page ? `/docs/${page}` : null;
}

/** The Storybook entry of a docs route: `/docs/search` → `docs-search--docs`; `null` for a route outside the docs. */
export function docsEntryOfRoute(route: string): string | null {
  const page = /^\/docs\/([a-z0-9-]+)\/?$/.exec(route)?.[1];
  return page ? `docs-${page}--docs` : null;
}

/** What the manager navigates to for a docs route (`?path=/docs/docs-search--docs`), or `null` outside the docs. */
export function docsPageUrl(route: string): string | null {
  const entry = docsEntryOfRoute(route);
  return entry ? `?path=/docs/${entry}` : null;
}
