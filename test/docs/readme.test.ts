// The README is one page: small, opening on the two commands that are true, every relative link
// and picture a file of the repository, and its usage the tested getting-started samples.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

/** Every `[text](target)` and `![alt](target)` outside code blocks, with its line. */
function links(markdown: string): { target: string; line: number }[] {
  const found: { target: string; line: number }[] = [];
  let inCode = false;
  markdown.split('\n').forEach((text, i) => {
    if (/^\s*(```|~~~)/.test(text)) inCode = !inCode;
    if (inCode) return;
    const prose = text.replace(/`[^`]*`/g, '');
    for (const match of prose.matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) found.push({ target: match[1]!, line: i + 1 });
  });
  return found;
}

describe('given the README', () => {
  it('is one page of at most 12 kB', () => {
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(12 * 1024);
  });

  it('starts with the two commands: the demo and the whole suite, each an npm script that exists', () => {
    const [title, ...rest] = readme.split('\n');
    expect(title).toBe('# help-panel');
    const firstBlock = /^```sh\n([\s\S]*?)\n```/m.exec(rest.join('\n').trimStart());
    expect(rest.join('\n').trimStart().startsWith('```sh')).toBe(true);
    const commands = firstBlock![1]!.split('\n').map((line) => line.replace(/\s+#.*$/, ''));
    expect(commands).toEqual(['npm ci && npm start', 'npm ci && npm test']);
    expect(packageJson.scripts.start).toBeTruthy();
    expect(packageJson.scripts.test).toBeTruthy();
  });

  it('links only to files and folders that exist, pictures included', () => {
    const relative = links(readme).filter(({ target }) => !/^[a-z]+:/i.test(target) && !target.startsWith('#'));
    expect(relative.length).toBeGreaterThan(15);
    const broken = relative.filter(({ target }) => !existsSync(join(root, decodeURIComponent(target.split('#')[0]!))));
    expect(broken.map(({ target, line }) => `README.md:${line}: ${target}`)).toEqual([]);
  });

  it('shows pictures that are real images', () => {
    const pictures = links(readme).filter(({ target }) => /\.(png|svg)$/.test(target));
    expect(pictures.length).toBeGreaterThan(0);
    for (const { target } of pictures) expect(statSync(join(root, target)).size).toBeGreaterThan(1000);
  });

  it('names a docs page for each page the docs site has', () => {
    const pages = links(readme).map(({ target }) => target).filter((target) => target.endsWith('.mdx'));
    expect(new Set(pages).size).toBeGreaterThanOrEqual(12);
  });

  it('shows usage whose every line is in the getting-started samples the tests typecheck', () => {
    const samples = ['vite.config.ts', 'help-root.tsx'].map((name) => readFileSync(join(root, 'docs/examples/getting-started', name), 'utf8'));
    const sampleLines = new Set(samples.flatMap((text) => text.split('\n').map((line) => line.trim())));
    const blocks = [...readme.matchAll(/^```(ts|tsx)\n([\s\S]*?)^```/gm)].map((match) => match[2]!);
    expect(blocks).toHaveLength(2);
    const drifted = blocks
      .flatMap((block) => block.split('\n'))
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('//') && !sampleLines.has(line));
    expect(drifted).toEqual([]);
  });
});
