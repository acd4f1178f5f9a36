import { didYouMeanHint } from './did-you-mean';
import type { ExtractedArticle } from './extract-symptoms';

export interface ValidateOptions {
  /** Names of the host's diagnostics; when given, a binding to any other name is reported. */
  knownDiagnostics?: readonly string[];
}

/**
 * Stage 4: checks that need the whole help center or the whole article —
 * duplicate ids, overrides and bindings that name nothing, symptoms without
 * checks, empty articles. Reports only; the build stage skips what is reported here.
 * Returns the articles that go into the index (the first of each id).
 */
export function validate(articles: readonly ExtractedArticle[], options: ValidateOptions = {}): ExtractedArticle[] {
  const byId = new Map<string, ExtractedArticle[]>();
  for (const article of articles) {
    const same = byId.get(article.id);
    if (same) same.push(article);
    else byId.set(article.id, [article]);
  }
  for (const [id, same] of byId) {
    if (same.length < 2) continue;
    const files = same.map((article) => article.file.path);
    for (const article of same) {
      const others = files.filter((file) => file !== article.file.path);
      article.file.reporter.error(
        'duplicate-id',
        `the article id "${id}" is also used by ${others.join(', ')}; ids must be unique. Set a different "id:" in the front matter or rename one file` +
          (article === same[0] ? '.' : ' (this one is left out of the index).'),
        article.file.frontMatter.positions.get('id') ?? { line: 1, column: 1 },
      );
    }
  }

  const known = options.knownDiagnostics ? new Set(options.knownDiagnostics) : undefined;
  for (const article of articles) validateArticle(article, known, options.knownDiagnostics ?? []);
  return [...byId.values()].map((same) => same[0] as ExtractedArticle);
}

function validateArticle(article: ExtractedArticle, known: Set<string> | undefined, knownList: readonly string[]): void {
  const { reporter, frontMatter } = article.file;
  if (article.body.length === 0) {
    reporter.warning(
      'empty-article',
      `the article "${article.title}" has no content after its front matter; write at least a paragraph, or delete the file.`,
      { line: 1, column: 1 },
    );
  }
  for (const symptom of article.symptoms) {
    // A one-problem article without fix steps is a plain article that its errors and routes open: nothing is missing.
    if (symptom.checks.length > 0 || symptom.form === 'article') continue;
    reporter.warning(
      'symptom-without-checks',
      `the symptom "${symptom.title}" has no checks; follow it with "Checks:" and a list` +
        (symptom.form === 'kb' ? ', or add a "Solution" or "Workaround" section with steps.' : '.'),
      symptom.at,
    );
  }

  const slugs = article.symptoms.map((symptom) => symptom.slug);
  for (const [slug, override] of Object.entries(frontMatter.symptoms)) {
    const at = frontMatter.positions.get(`symptoms.${slug}`);
    const symptom = article.symptoms.find((candidate) => candidate.slug === slug);
    if (symptom === undefined) {
      reporter.error(
        'unknown-symptom',
        `"symptoms" has overrides for "${slug}", but this article has no symptom with that slug.${didYouMeanHint(slug, slugs)} ` +
          (slugs.length > 0 ? `Its symptoms are: ${slugs.join(', ')}.` : 'It has no symptoms; see the authoring guide for the forms a symptom takes.'),
        at,
      );
      continue;
    }
    const checkIds = symptom.checks.map((check) => check.id);
    for (const [checkId, name] of Object.entries(override.diagnostics)) {
      const path = `symptoms.${slug}.diagnostics.${checkId}`;
      if (!checkIds.includes(checkId)) {
        reporter.error(
          'unknown-check',
          `the diagnostic "${name}" is bound to the check "${checkId}", but the symptom "${slug}" has no such check.${didYouMeanHint(checkId, checkIds)} ` +
            (checkIds.length > 0 ? `Its check ids are: ${checkIds.join(', ')}.` : 'It has no checks.'),
          frontMatter.positions.get(path) ?? at,
        );
      }
      if (known !== undefined && !known.has(name)) {
        reporter.warning(
          'unknown-diagnostic',
          `"${name}" is not one of the host's diagnostics.${didYouMeanHint(name, knownList)} Known diagnostics: ${knownList.length > 0 ? knownList.join(', ') : '(none)'}.`,
          frontMatter.positions.get(`${path}=`) ?? at,
        );
      }
    }
  }
}
