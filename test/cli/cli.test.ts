import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli';
import { openHelpIndex } from '../../src/engine/split/index-loader';
import type { HelpIndex } from '../../src/schema/help-index';
import { capture } from './capture';

const fixtures = 'test/fixtures/compiler';
const good = `${fixtures}/good`;
const broken = `${fixtures}/broken`;
const warnings = `${fixtures}/warnings`;


let work: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'help-panel-cli-'));
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('help-panel build', () => {
  describe('given valid content', () => {
    it('writes the index as JSON and exits 0', async () => {
      const io = capture();
      const out = join(work, 'index.json');
      expect(await main(['build', good, '--out', out], io)).toBe(0);
      const index = JSON.parse(await readFile(out, 'utf8'));
      expect(index.format).toBe('help-panel-index');
      expect(index.helpCenter).toMatchObject({ id: 'good', title: 'Acme Help' });
      expect(index.articles.map((article: { id: string }) => article.id)).toEqual(['setup', 'webhooks']);
      expect(io.err).toMatch(/0 errors, 0 warnings; wrote .*index\.json \(2 articles, 1 symptom\)/);
    });

    it('indents the JSON only with --pretty', async () => {
      const compact = join(work, 'compact.json');
      const pretty = join(work, 'pretty.json');
      await main(['build', good, '--out', compact], capture());
      await main(['build', good, '--out', pretty, '--pretty'], capture());
      expect((await readFile(compact, 'utf8')).trimEnd()).not.toContain('\n');
      expect(await readFile(pretty, 'utf8')).toContain('\n  "format": "help-panel-index"');
    });

    it('creates the output folder and leaves no temporary file behind', async () => {
      const out = join(work, 'nested', 'dir', 'index.json');
      expect(await main(['build', good, '--out', out], capture())).toBe(0);
      expect(await readdir(join(work, 'nested', 'dir'))).toEqual(['index.json']);
    });
  });

  describe('given content with errors', () => {
    it('exits 1, prints path:line:column diagnostics and leaves the previous output untouched', async () => {
      const out = join(work, 'index.json');
      await writeFile(out, 'previous build', 'utf8');
      const io = capture();
      expect(await main(['build', broken, '--out', out], io)).toBe(1);
      expect(await readFile(out, 'utf8')).toBe('previous build');
      expect(await readdir(work)).toEqual(['index.json']);
      expect(io.err).toContain(`${broken}/bad.md:2:17: error: front matter is not valid YAML`);
      expect(io.err).toContain(`${broken}/links.md:3:5: error: the link to "./missing.md"`);
      expect(io.err).toMatch(/help-panel: 2 errors, 0 warnings; .*index\.json was not written\./);
    });

    it('exits 1 with a clear message when the output cannot be written, leaving no temporary file', async () => {
      const io = capture();
      const out = join(work, 'taken');
      await mkdir(join(out, 'child'), { recursive: true });
      expect(await main(['build', good, '--out', out], io)).toBe(1);
      expect(io.err).toMatch(/help-panel build: could not write .*taken \(E[A-Z]+\); the previous file, if any, is unchanged\./);
      expect(await readdir(work)).toEqual(['taken']);
    });

    it('writes nothing at all when there was no previous output', async () => {
      const out = join(work, 'index.json');
      expect(await main(['build', broken, '--out', out], capture())).toBe(1);
      expect(existsSync(out)).toBe(false);
    });
  });

  describe('given --out-dir', () => {
    const copyGood = async (dir: string) => {
      await mkdir(dir, { recursive: true });
      for (const name of await readdir(good, { recursive: true })) {
        if (!name.endsWith('.md')) continue;
        await mkdir(join(dir, name, '..'), { recursive: true });
        await writeFile(join(dir, name), await readFile(join(good, name), 'utf8'));
      }
    };
    const ownFiles = async (dir: string) => (await readdir(dir)).filter((name) => name !== 'keep.txt').sort();

    it('writes manifest.json and the content-named files it names, which open as the index they came from', async () => {
      const io = capture();
      const out = join(work, 'help');
      expect(await main(['build', good, '--out-dir', out], io)).toBe(0);
      const files = await readdir(out);
      expect(files).toContain('manifest.json');
      expect(files.filter((name) => name !== 'manifest.json').every((name) => /^(manifest|[csrmtkx]\d+)\.[0-9a-f]{8}\.json$/.test(name))).toBe(true);
      expect(io.err).toMatch(/wrote .*help \(\d+ files: manifest\.json, 1 chunk, \d+ search shards?; \d+ new, 0 old removed\)/);
      const engine = await openHelpIndex((name) => readFile(join(out, name), 'utf8').then(JSON.parse));
      expect(await main(['build', good, '--out', join(work, 'whole.json')], capture())).toBe(0);
      const whole = JSON.parse(await readFile(join(work, 'whole.json'), 'utf8')) as HelpIndex;
      for (const article of whole.articles) {
        await engine.lazy.load(article.id);
        expect(engine.article(article.id)).toEqual(article);
      }
    });

    it('keeps the previous build\'s files, removes older ones, and never touches other files', async () => {
      const content = join(work, 'content');
      await copyGood(content);
      const out = join(work, 'help');
      await mkdir(out);
      await writeFile(join(out, 'keep.txt'), 'not ours');
      // An exact code, so that the build has early files, which the next build keeps as it keeps the rest.
      await writeFile(join(content, 'payouts.md'), '---\nerrors: [PAYOUT_ACCOUNT_MISSING]\n---\n# Payouts\n\nSymptom: the payout never arrives\nChecks:\n- [ ] A bank account is connected\n');
      expect(await main(['build', content, '--out-dir', out], capture())).toBe(0);
      const first = await ownFiles(out);
      expect(first.some((name) => /^x\d+\./.test(name))).toBe(true);
      const webhooks = join(content, 'webhooks.md');
      await writeFile(webhooks, `${await readFile(webhooks, 'utf8')}\nA second build changes this line.\n`);
      expect(await main(['build', content, '--out-dir', out], capture())).toBe(0);
      const second = await ownFiles(out);
      expect(second).toEqual(expect.arrayContaining(first));
      await writeFile(webhooks, `${await readFile(webhooks, 'utf8')}\nAnd a third build this one.\n`);
      expect(await main(['build', content, '--out-dir', out], capture())).toBe(0);
      const third = await ownFiles(out);
      const onlyFirst = first.filter((name) => !second.includes(name) || name === 'manifest.json');
      const secondOnly = second.filter((name) => !first.includes(name));
      expect(third).toEqual(expect.arrayContaining(secondOnly));
      for (const name of onlyFirst.filter((name) => name !== 'manifest.json')) expect(third).not.toContain(name);
      expect(await readFile(join(out, 'keep.txt'), 'utf8')).toBe('not ours');
    });

    it('leaves the previous build in force when the content has errors', async () => {
      const out = join(work, 'help');
      expect(await main(['build', good, '--out-dir', out], capture())).toBe(0);
      const before = await readFile(join(out, 'manifest.json'), 'utf8');
      const files = await readdir(out);
      const io = capture();
      expect(await main(['build', broken, '--out-dir', out], io)).toBe(1);
      expect(io.err).toMatch(/help-panel: 2 errors, 0 warnings; .*help was not written\./);
      expect(await readFile(join(out, 'manifest.json'), 'utf8')).toBe(before);
      expect(await readdir(out)).toEqual(files);
    });

    it('exits 1 with a clear message when the folder cannot be written', async () => {
      const out = join(work, 'taken');
      await writeFile(out, 'a file, not a folder');
      const io = capture();
      expect(await main(['build', good, '--out-dir', out], io)).toBe(1);
      expect(io.err).toMatch(/help-panel build: could not write .*taken \(E[A-Z]+\); its manifest\.json, if any, still names the previous build\./);
    });

    it('asks for --out or --out-dir', async () => {
      const io = capture();
      expect(await main(['build', good], io)).toBe(2);
      expect(io.err).toContain('missing --out <file> (one JSON file) or --out-dir <dir> (the split index)');
    });
  });

  describe('given an article marked draft: true', () => {
    it('leaves it out and says so in the summary line', async () => {
      const content = join(work, 'content');
      await mkdir(content);
      await writeFile(join(content, 'ready.md'), '# Ready\n\nText.\n');
      await writeFile(join(content, 'later.md'), '+++\ntitle = "Later"\ndraft = true\n+++\n\nText.\n');
      const io = capture();
      const out = join(work, 'index.json');
      expect(await main(['build', content, '--out', out], io)).toBe(0);
      expect(JSON.parse(await readFile(out, 'utf8')).articles.map((article: { id: string }) => article.id)).toEqual(['ready']);
      expect(io.err).toMatch(/\(1 article, 0 symptoms, 1 draft skipped\)/);
    });
  });

  describe('given content with only warnings', () => {
    it('builds by default', async () => {
      const out = join(work, 'index.json');
      const io = capture();
      expect(await main(['build', warnings, '--out', out], io)).toBe(0);
      expect(io.err).toContain('warning: raw HTML "<b>" was dropped');
      expect(existsSync(out)).toBe(true);
    });

    it('fails with --strict and writes nothing', async () => {
      const out = join(work, 'index.json');
      expect(await main(['build', warnings, '--out', out, '--strict'], capture())).toBe(1);
      expect(existsSync(out)).toBe(false);
    });
  });

  describe('given --known-diagnostics', () => {
    it('warns when a check is bound to a name the host does not have, and fails with --strict', async () => {
      const io = capture();
      const out = join(work, 'index.json');
      const argv = ['build', good, '--out', out, '--known-diagnostics', 'channel-connected, webhook-endpoint-reachabel'];
      expect(await main(argv, capture())).toBe(0);
      expect(await main([...argv, '--strict'], io)).toBe(1);
      expect(io.err).toContain('"webhook-endpoint-reachable" is not one of the host\'s diagnostics. Did you mean "webhook-endpoint-reachabel"?');
    });

    it('passes when every bound name is known', async () => {
      const out = join(work, 'index.json');
      expect(await main(['build', good, '--out', out, '--known-diagnostics', 'webhook-endpoint-reachable'], capture())).toBe(0);
    });
  });

  describe('given wrong usage', () => {
    it.each([
      [['build', good], 'missing --out <file>'],
      [['build', '--out', 'x.json'], 'missing the content directory'],
      [['build', good, '--out', 'x.json', '--fast'], "Unknown option '--fast'. Allowed options: --out, --out-dir, --strict, --known-diagnostics, --pretty, --help."],
      [['build', 'a', 'b', '--out', 'x.json'], 'expected one content directory, got 2'],
      [['deploy'], 'unknown command "deploy". Allowed commands: build, check, stamp, report, import.'],
      [[], 'Usage: help-panel <command>'],
    ])('%j exits 2 with a one-line explanation', async (argv, message) => {
      const io = capture();
      expect(await main(argv, io)).toBe(2);
      expect(io.err).toContain(message);
      if (argv.length > 0) expect(io.err.trim().split('\n')).toHaveLength(1);
    });

    it('reports a missing directory clearly, without a stack trace', async () => {
      const io = capture();
      expect(await main(['build', join(work, 'nope'), '--out', join(work, 'x.json')], io)).toBe(1);
      expect(io.err).toMatch(/the directory ".*nope" does not exist/);
      expect(io.err).not.toMatch(/\n\s+at /);
    });
  });

  it('prints its help with --help and exits 0', async () => {
    const io = capture();
    expect(await main(['build', '--help'], io)).toBe(0);
    expect(io.out).toContain('Usage: help-panel build <dir> (--out <file> | --out-dir <dir>)');
    expect(io.out).toContain('--known-diagnostics');
  });
});

describe('help-panel check', () => {
  it('exits 0 on valid content and prints a summary', async () => {
    const io = capture();
    expect(await main(['check', good], io)).toBe(0);
    expect(io.err).toContain('help-panel: 0 errors, 0 warnings in 2 articles, 1 symptom.');
  });

  it('exits 1 on errors', async () => {
    expect(await main(['check', broken], capture())).toBe(1);
  });

  it('exits 0 on warnings, and 1 with --strict', async () => {
    expect(await main(['check', warnings], capture())).toBe(0);
    expect(await main(['check', warnings, '--strict'], capture())).toBe(1);
  });

  it('prints machine-readable diagnostics with --format json', async () => {
    const io = capture();
    expect(await main(['check', broken, '--format', 'json'], io)).toBe(1);
    const report = JSON.parse(io.out);
    expect(report).toMatchObject({ ok: false, errors: 2, warnings: 0 });
    expect(report.diagnostics[0]).toMatchObject({ code: 'invalid-yaml', level: 'error', file: `${broken}/bad.md`, line: 2, column: 17 });
    expect(io.err).toBe('');
  });

  it('reports ok in JSON for valid content', async () => {
    const io = capture();
    expect(await main(['check', good, '--format', 'json'], io)).toBe(0);
    expect(JSON.parse(io.out)).toMatchObject({ ok: true, errors: 0, warnings: 0, articles: 2, symptoms: 1, diagnostics: [] });
  });

  it('rejects an unknown format, listing the allowed values', async () => {
    const io = capture();
    expect(await main(['check', good, '--format', 'xml'], io)).toBe(2);
    expect(io.err).toContain('unknown --format "xml". Allowed values: text, json.');
  });

  it('prints its help with --help', async () => {
    const io = capture();
    expect(await main(['check', '--help'], io)).toBe(0);
    expect(io.out).toContain('--format <text|json>');
  });

  it('prints the command list with --help at the top level', async () => {
    const io = capture();
    expect(await main(['--help'], io)).toBe(0);
    expect(io.out).toContain('build <dir> --out <file>');
  });

  it('prints the package version with --version and -v', async () => {
    const { version } = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    for (const flag of ['--version', '-v']) {
      const io = capture();
      expect(await main([flag], io)).toBe(0);
      expect(io.out).toBe(`${version}\n`);
      expect(io.err).toBe('');
    }
  });
});
