import { posix } from 'node:path';
import type { ImportedArticle, ImportKind } from './imported-article';

/** Where a link of an imported article points, when it is another article of the export. */
export interface LinkedArticle {
  /** The target's origin (`zendesk:360002`). */
  origin: string;
  /** The `#anchor` the link named, decoded; undefined for none. */
  fragment?: string;
}

/**
 * Finds which article of the export a link names, the ways help centers
 * write them: the article's own address (any language's), the service's
 * article paths with the id (`/hc/en-us/articles/360001-Title`,
 * `/en/articles/123-title`, Help Scout's `/article/12-slug` by number), and,
 * for a folder of HTML pages, a relative path to another page. Links to
 * other hosts never match, nor do addresses of articles not in the export.
 */
export function createLinkResolver(kind: ImportKind, articles: readonly ImportedArticle[]): (url: string, from: ImportedArticle) => LinkedArticle | undefined {
  const byAddress = new Map<string, string>();
  const byAlias = new Map<string, string>();
  const byId = new Map<string, string>();
  const hosts = new Set<string>();
  for (const article of articles) {
    if (article.url !== undefined) {
      const key = addressKey(article.url);
      if (key !== undefined && !byAddress.has(key)) byAddress.set(key, article.origin);
      const host = hostOf(article.url);
      if (host !== undefined) hosts.add(host);
    }
    for (const alias of article.aliases ?? []) if (!byAlias.has(alias)) byAlias.set(alias, article.origin);
    if (!byId.has(article.serviceId)) byId.set(article.serviceId, article.origin);
  }

  return (raw, from) => {
    const url = raw.trim();
    const hash = url.indexOf('#');
    const fragment = hash === -1 ? undefined : decode(url.slice(hash + 1));
    const address = hash === -1 ? url : url.slice(0, hash);
    if (address === '') return undefined;
    const found = (origin: string | undefined): LinkedArticle | undefined => (origin === undefined ? undefined : { origin, ...(fragment ? { fragment } : {}) });

    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(address)?.[1]?.toLowerCase();
    if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') return undefined;
    if (scheme === undefined && kind === 'html' && !address.startsWith('//')) {
      // A page of the folder, relative to the page that links to it (or, written /guides/x.html, to the folder itself).
      const base = from.aliases?.find((alias) => alias.startsWith('path:'))?.slice(5) ?? from.serviceId;
      const path = decode(address.split('?')[0] ?? '');
      const target = posix.normalize(path.startsWith('/') ? path.slice(1) : posix.join(posix.dirname(base), path));
      return found(byAlias.get(`path:${target}`) ?? byAlias.get(`path:${target.replace(/\/$/, '')}/index.html`));
    }
    const exact = addressKey(address);
    if (exact !== undefined && byAddress.has(exact)) return found(byAddress.get(exact));
    const host = scheme === undefined ? undefined : hostOf(address);
    // An address on another host is another site's, whatever its path looks like.
    if (host !== undefined && hosts.size > 0 && !hosts.has(host)) return undefined;
    const path = scheme === undefined ? address : safePath(address);
    if (path === undefined) return undefined;
    if (kind === 'zendesk') {
      const id = /\/hc\/(?:[^/]+\/)?articles\/(\d+)(?=[-/]|$)/i.exec(path)?.[1];
      return found(id === undefined ? undefined : byId.get(id));
    }
    if (kind === 'intercom') {
      const id = /\/articles\/(\d+)(?=[-/]|$)/i.exec(path)?.[1];
      return found(id === undefined ? undefined : byId.get(id));
    }
    if (kind === 'helpscout') {
      const number = /\/article\/(\d+)(?=[-/]|$)/i.exec(path)?.[1];
      if (number !== undefined) return found(byAlias.get(`number:${number}`));
      const id = /\/article\/([0-9a-f]{24})(?=[-/]|$)/i.exec(path)?.[1];
      return found(id === undefined ? undefined : byAlias.get(`id:${id}`));
    }
    return undefined;
  };
}

/** An address compared as a reader would: scheme and host in lower case, no query, no trailing slash. */
function addressKey(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    return `${parsed.host.toLowerCase()}${decode(parsed.pathname).replace(/\/+$/, '')}`;
  } catch {
    return undefined;
  }
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return undefined;
  }
}

function safePath(url: string): string | undefined {
  try {
    return new URL(url).pathname;
  } catch {
    return undefined;
  }
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
