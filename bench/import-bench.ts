/**
 * `help-panel import` (issue 20) at 10,000 articles: a Zendesk export made
 * from the realistic knowledge-base generator (bench/generate-kb.ts, its
 * Markdown rendered as the HTML a help center stores), imported whole into
 * a new folder, then again over it with nothing changed. The baseline is the
 * bare unified pipeline (rehype-parse → rehype-remark → remark-stringify)
 * over the same bodies: what any HTML-to-Markdown conversion pays, with no
 * sanitising, front matter, links, checklists, re-import checks or files,
 * on one thread. The import converts on worker threads, one per core (two
 * here), as the CLI does.
 */
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { toHtml } from 'hast-util-to-html';
import type { Root as MdastRoot } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import { compileContent } from '../src/compiler/compile-content';
import { runImport } from '../src/import/run-import';
import { generateKnowledgeBase } from './generate-kb';

export interface ImportRow {
  measure: string;
  value: string;
  baseline: string;
  target?: string;
  pass?: boolean;
}

export const ARTICLES = 10_000;
const PER_PAGE = 100;
const HOST = 'https://northwind.zendesk.com';

interface BenchArticle {
  id: number;
  title: string;
  body: string;
  bucket: string;
  path: string;
}

/**
 * The generated knowledge base as a Zendesk export: each article's Markdown
 * rendered to HTML, links between articles turned into help-center
 * addresses, a third of the knowledge-base articles written as a Zendesk
 * article template writes them ("Problem", then "Resolution"), and the odd script,
 * event handler and callout a real export carries.
 */
export function zendeskExport(): { articles: BenchArticle[]; sections: Map<string, number> } {
  const kb = generateKnowledgeBase(ARTICLES, 20);
  const files = kb.files.filter((file) => file.path !== '_index.md');
  const ids = new Map<string, number>();
  files.forEach((file, index) => ids.set(file.path, 360_000_000 + index));
  const sections = new Map<string, number>();
  const articles = files.map((file, index): BenchArticle => {
    const match = /^---\n([\s\S]*?)\n---\n/.exec(file.text);
    const front = (match ? parseYaml(match[1] as string) : {}) as { title?: string; bucket?: string };
    const markdown = match ? file.text.slice(match[0].length) : file.text;
    const tree = markdownParser.parse(markdown) as MdastRoot;
    let html = toHtml(toHast(tree));
    html = html.replace(/href="\.?\/?([^"#]+\.md)(#[^"]*)?"/g, (whole, path: string, hash: string | undefined) => {
      const id = ids.get(path.replace(/^\.\//, ''));
      return id === undefined ? whole : `href="${HOST}/hc/en-us/articles/${id}${hash ?? ''}"`;
    });
    // A third are written as a Zendesk article template writes them: Problem (with its cause), then Resolution.
    if (index % 3 === 0) {
      html = html.replace(
        /<h2>Symptoms<\/h2>((?:(?!<h[1-6]>|<[uo]l>)[\s\S])*?)<h2>(?:Reason|Root cause|Cause)<\/h2>((?:(?!<h[1-6]>|<[uo]l>)[\s\S])*?)<h2>(?:Solution|Workaround|Resolution)<\/h2>/,
        '<h2>Problem</h2>$1$2<h2>Resolution</h2>',
      );
    }
    if (index % 17 === 0) html += '<script>trackView()</script>';
    if (index % 11 === 0) html = html.replace('<p>', '<p onclick="expand(this)">');
    if (index % 7 === 0) html += '<div class="callout callout-warning"><p>Changes take a few minutes to reach every region.</p></div>';
    const bucket = front.bucket ?? 'General';
    if (!sections.has(bucket)) sections.set(bucket, 900 + sections.size);
    const title = front.title ?? file.path.replace(/\.md$/, '');
    return { id: ids.get(file.path) as number, title, body: html, bucket, path: file.path };
  });
  return { articles, sections };
}

export function writeExport(dir: string, articles: readonly BenchArticle[], sections: Map<string, number>): { pages: string[]; sectionsFile: string } {
  const pages: string[] = [];
  const pageCount = Math.ceil(articles.length / PER_PAGE);
  for (let page = 0; page < pageCount; page++) {
    const slice = articles.slice(page * PER_PAGE, (page + 1) * PER_PAGE).map((article) => ({
      id: article.id,
      url: `${HOST}/api/v2/help_center/en-us/articles/${article.id}.json`,
      html_url: `${HOST}/hc/en-us/articles/${article.id}-${article.path.replace(/\.md$/, '')}`,
      title: article.title,
      body: article.body,
      locale: 'en-us',
      source_locale: 'en-us',
      section_id: sections.get(article.bucket),
      label_names: [],
      draft: false,
      outdated: false,
      updated_at: '2026-01-15T09:30:00Z',
    }));
    const file = join(dir, `articles-${String(page + 1).padStart(3, '0')}.json`);
    writeFileSync(
      file,
      JSON.stringify({
        articles: slice,
        next_page: page + 1 < pageCount ? `${HOST}/api/v2/help_center/en-us/articles.json?page=${page + 2}&per_page=${PER_PAGE}` : null,
        previous_page: page > 0 ? `${HOST}/api/v2/help_center/en-us/articles.json?page=${page}&per_page=${PER_PAGE}` : null,
        count: articles.length,
        page: page + 1,
        page_count: pageCount,
        per_page: PER_PAGE,
      }),
    );
    pages.push(file);
  }
  const sectionsFile = join(dir, 'sections.json');
  writeFileSync(sectionsFile, JSON.stringify({ sections: [...sections].map(([name, id]) => ({ id, name, locale: 'en-us', category_id: 1 })) }));
  return { pages, sectionsFile };
}

const markdownParser = unified().use(remarkParse).use(remarkGfm).freeze();

/** The plain conversion any importer needs, and nothing else. */
const bare = unified().use(rehypeParse, { fragment: true }).use(rehypeRemark).use(remarkGfm).use(remarkStringify).freeze();

export async function benchImport(rows: ImportRow[]): Promise<boolean> {
  const work = mkdtempSync(join(tmpdir(), 'help-panel-bench-import-'));
  try {
    const { articles, sections } = zendeskExport();
    const { pages, sectionsFile } = writeExport(work, articles, sections);
    const exportBytes = pages.reduce((sum, page) => sum + statSync(page).size, 0);

    const bareStart = performance.now();
    for (const article of articles) bare.processSync(article.body);
    const bareMs = performance.now() - bareStart;

    const out = join(work, 'content');
    const quiet = { stdout: () => undefined, stderr: () => undefined };
    const args = ['zendesk', ...pages, '--sections', sectionsFile, '--out', out];
    const firstStart = performance.now();
    const firstStatus = await runImport(args, quiet);
    const firstMs = performance.now() - firstStart;
    const written = readdirSync(out).filter((name) => name.endsWith('.md')).length;

    const mtimes = new Map(readdirSync(out).map((name) => [name, statSync(join(out, name)).mtimeMs]));
    let summary = '';
    const againStart = performance.now();
    const againStatus = await runImport(args, { stdout: (text) => (summary += text), stderr: () => undefined });
    const againMs = performance.now() - againStart;
    const touched = readdirSync(out).filter((name) => statSync(join(out, name)).mtimeMs !== mtimes.get(name)).length;
    const checklists = /(\d+) of \d+ articles got a checklist/.exec(summary)?.[1] ?? '?';

    const compiled = await compileContent(out);
    const errors = compiled.diagnostics.filter((diagnostic) => diagnostic.level === 'error').length;

    const label = ARTICLES.toLocaleString('en-US');
    rows.push({
      measure: `import ${label} Zendesk articles into a new folder (s)`,
      value: `${(firstMs / 1000).toFixed(1)} (${(firstMs / bareMs).toFixed(1)}× bare)`,
      baseline: `bare HTML → Markdown, one thread: ${(bareMs / 1000).toFixed(1)} s`,
      target: '≤ 30 s',
      pass: firstStatus === 0 && written === ARTICLES && firstMs <= 30_000,
    });
    rows.push({ measure: '  per article (ms)', value: (firstMs / ARTICLES).toFixed(2), baseline: (bareMs / ARTICLES).toFixed(2) });
    rows.push({ measure: '  export read / files written', value: `${(exportBytes / 1024 / 1024).toFixed(0)} MB in ${pages.length} pages / ${written.toLocaleString('en-US')} .md`, baseline: '' });
    rows.push({ measure: '  articles with a checklist made from their headings', value: checklists, baseline: '' });
    rows.push({
      measure: 're-import, nothing changed upstream (s)',
      value: (againMs / 1000).toFixed(1),
      baseline: '',
      target: '0 files touched',
      pass: againStatus === 0 && touched === 0,
    });
    rows.push({ measure: '  files rewritten by the re-import', value: String(touched), baseline: '' });
    rows.push({ measure: 'compile of the imported folder: errors', value: String(errors), baseline: '', target: '0', pass: errors === 0 });
    return rows.every((row) => row.pass !== false);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export function printImportTable(rows: readonly ImportRow[]): void {
  const header = ['measure', 'help-panel import', 'plain baseline', 'target', 'result'];
  const body = rows.map((row) => [row.measure, row.value, row.baseline, row.target ?? '', row.pass === undefined ? '' : row.pass ? 'pass' : 'FAIL']);
  const widths = header.map((cell, index) => Math.max(cell.length, ...body.map((row) => (row[index] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join(' | ')} |`;
  console.log(line(header));
  console.log(`| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`);
  for (const row of body) console.log(line(row));
}
