import { compileSources, type CompileOptions, type CompileResult } from '../../src/compiler/index';
import type { Article, BlockNode, Symptom } from '../../src/schema/help-index';

/** Compiles one article written inline; `path` defaults to `article.md`. */
export function compileOne(text: string, options: CompileOptions & { path?: string; root?: string } = {}): CompileResult & {
  article: Article;
  body: BlockNode[];
  symptoms: Symptom[];
} {
  const { path = 'article.md', ...rest } = options;
  const result = compileSources([{ path, text }], rest);
  const article = result.index.articles[0];
  if (!article) throw new Error(`no article compiled; diagnostics: ${JSON.stringify(result.diagnostics)}`);
  return { ...result, article, body: result.index.bodies[article.id] ?? [], symptoms: result.index.symptoms };
}

export function codes(result: CompileResult): string[] {
  return result.diagnostics.map((diagnostic) => diagnostic.code);
}

/** Front matter + body, so tests read like the files authors write. */
export function md(frontMatter: string, body: string): string {
  return `---\n${frontMatter.trim()}\n---\n\n${body.trim()}\n`;
}
