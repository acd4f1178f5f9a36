// The docs site's pages as the tests read them: every MDX file under docs/, its Storybook title
// and the files it imports.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface DocsPage {
  /** Absolute path of the `.mdx` file. */
  file: string;
  text: string;
  /** From `<Meta title="Docs/Search" />`. */
  title: string;
}

function mdxUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return entry.name === 'examples' || entry.name === 'help' ? [] : mdxUnder(join(dir, entry.name));
    return entry.name.endsWith('.mdx') ? [join(dir, entry.name)] : [];
  });
}

export function docsPages(root: string): DocsPage[] {
  return mdxUnder(join(root, 'docs')).map((file) => {
    const text = readFileSync(file, 'utf8');
    return { file, text, title: /<Meta\s+title="([^"]+)"/.exec(text)?.[1] ?? '' };
  });
}

/** The specifiers a page imports with `?raw` (the samples it shows), without the query. */
export function rawImports(text: string): string[] {
  return [...text.matchAll(/^import\s+\w+\s+from\s+['"]([^'"]+)\?raw['"]/gm)].map((match) => match[1]!);
}

/** Storybook's id for a title: `Docs/API reference/Engine and compiler` → `docs-api-reference-engine-and-compiler--docs`. */
export function entryIdOfTitle(title: string): string {
  const sanitize = (part: string) =>
    part
      .toLowerCase()
      .replace(/[ ’–—―′¿'`~!@#$%^&*()_|+\-=?;:'",.<>{}[\]\\/]/gi, '-')
      .replace(/-+/g, '-')
      .replace(/^-+/, '')
      .replace(/-+$/, '');
  return `${title.split('/').map(sanitize).join('-')}--docs`;
}
