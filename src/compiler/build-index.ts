import {
  HELP_INDEX_FORMAT,
  HELP_INDEX_VERSION,
  type Article,
  type BlockNode,
  type Bucket,
  type HelpCenterInfo,
  type HelpContext,
  type HelpIndex,
  type Symptom,
} from '../schema/help-index';
import { buildSearchData } from '../engine/search/index';
import type { ExtractedArticle } from './extract-symptoms';
import type { ResolvedLinks } from './resolve-links';
import { createUniqueSlugger, slugify } from './slugify';

export interface BuildIndexInput {
  helpCenter: HelpCenterInfo;
  hash: string;
  /** The articles that survived validation (one per id), in file order. */
  articles: readonly ExtractedArticle[];
  links: ReadonlyMap<ExtractedArticle, ResolvedLinks>;
  /**
   * In a locale's index, the language of each article written in another one (included from a fallback
   * locale), set as `Article.locale`. Default: none, every article is in the index's language.
   */
  articleLocales?: ReadonlyMap<ExtractedArticle, string>;
}

/**
 * Stage 5: the versioned `HelpIndex`. Front-matter overrides and diagnostic
 * bindings are applied here; bodies are kept in their own record so a host can
 * ship them apart from the search data.
 */
export function buildIndex({ helpCenter, hash, articles, links, articleLocales }: BuildIndexInput): HelpIndex {
  const buckets = new Map<string, Bucket>();
  /** Buckets titled by an article in another language: an article in the index's own language renames them. */
  const foreignTitles = new Set<string>();
  const outArticles: Article[] = [];
  const symptoms: Symptom[] = [];
  const bodies: Record<string, BlockNode[]> = {};

  for (const extracted of articles) {
    const { frontMatter, path } = extracted.file;
    const locale = articleLocales?.get(extracted);
    const bucketId = frontMatter.bucket === undefined ? undefined : (extracted.bucketId ?? slugify(frontMatter.bucket, 'bucket'));
    if (bucketId !== undefined && frontMatter.bucket !== undefined) {
      const bucket = buckets.get(bucketId) ?? { id: bucketId, title: frontMatter.bucket, articleIds: [] };
      if (!buckets.has(bucketId) && locale !== undefined) foreignTitles.add(bucketId);
      else if (foreignTitles.has(bucketId) && locale === undefined) {
        bucket.title = frontMatter.bucket;
        foreignTitles.delete(bucketId);
      }
      bucket.articleIds.push(extracted.id);
      buckets.set(bucketId, bucket);
    }
    const context: HelpContext = { routes: frontMatter.routes, errors: frontMatter.errors };
    const resolved = links.get(extracted) ?? { links: [], related: [] };

    const articleSymptoms = extracted.symptoms.map((found): Symptom => {
      const override = frontMatter.symptoms[found.slug];
      const bindings = override?.diagnostics ?? {};
      const ownContext =
        override && (override.routes !== undefined || override.errors !== undefined)
          ? { routes: override.routes ?? context.routes, errors: override.errors ?? context.errors }
          : null;
      return {
        id: `${extracted.id}#${found.slug}`,
        slug: found.slug,
        articleId: extracted.id,
        title: found.title,
        ...(found.group !== undefined ? { group: found.group } : {}),
        form: found.form,
        description: found.description,
        checks: found.checks.map((check) => ({
          id: check.id,
          text: check.text,
          content: check.content,
          ...(bindings[check.id] !== undefined ? { diagnostic: bindings[check.id] } : {}),
          source: { file: path, line: check.at?.line ?? 1, column: check.at?.column ?? 1 },
        })),
        context: ownContext,
        aliases: override?.aliases ?? [],
        tags: override?.tags ?? [],
        source: { file: path, line: found.at?.line ?? 1, column: found.at?.column ?? 1 },
      };
    });
    symptoms.push(...articleSymptoms);

    const escalationId = createUniqueSlugger();
    outArticles.push({
      id: extracted.id,
      title: extracted.title,
      summary: extracted.summary,
      ...(bucketId !== undefined ? { bucket: bucketId } : {}),
      tags: frontMatter.tags,
      aliases: frontMatter.aliases,
      context,
      related: resolved.related,
      symptomIds: articleSymptoms.map((symptom) => symptom.id),
      links: resolved.links,
      headings: extracted.headings,
      ...(extracted.escalation
        ? { escalation: { details: extracted.escalation.map((label) => ({ id: escalationId(slugify(label, 'detail')), label })) } }
        : {}),
      ...(locale !== undefined ? { locale } : {}),
      source: { file: path, line: 1, column: 1 },
    });
    bodies[extracted.id] = extracted.body;
  }

  const index: HelpIndex = {
    format: HELP_INDEX_FORMAT,
    version: HELP_INDEX_VERSION,
    helpCenter,
    hash,
    buckets: [...buckets.values()],
    articles: outArticles,
    symptoms,
    bodies,
  };
  // Search data is precomputed here, once, so an engine never re-indexes at start.
  index.search = buildSearchData(index);
  return index;
}
