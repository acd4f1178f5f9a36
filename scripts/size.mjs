// `npm run size`: what a consumer ships for `<HelpPanel />`.
//
// Bundles `import { HelpProvider, HelpPanel } from 'help-panel'` against the
// built dist/ (as a consumer's bundler would, dependencies included, React
// left to the host), minifies it, gzips it, prints a table and fails when the
// total is over budget or when build-time code (the compiler, the Vite plugin,
// Node built-ins) reached the browser.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { localePacks, measureLocalePacks } from './locale-pack-sizes.mjs';

const BUDGET = 32 * 1024;
/** Each label pack alone (`import de from 'help-panel/locales/de'`): strings and a few small functions. */
const PACK_BUDGET = 4 * 1024;
/**
 * `--report-budget`: print the budget line but do not fail on it (build-time code
 * reaching the browser still fails). npm test runs this way while the page-load
 * bundle is over budget; see the README's size section for where it stands.
 */
const REPORT_BUDGET_ONLY = process.argv.includes('--report-budget');
/** Text that only build-time code contains: if it shows up, the split between entries leaked. */
const FORBIDDEN = ['remark-parse', 'unified()', 'micromark', 'node:fs', 'node:path', 'node:module'];
const HOST_PROVIDED = ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client'];

class SizeError extends Error {}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const entryFile = join(root, 'dist/index.js');
if (!existsSync(entryFile)) {
  console.error('size: dist/index.js is missing; run `npm run build` first.');
  process.exit(1);
}

// Inside the repository so that the entry resolves packages from our node_modules.
mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
const work = mkdtempSync(join(root, 'node_modules/.cache/help-panel-size-'));
try {
  const consumer = join(work, 'consumer.js');
  writeFileSync(consumer, "import { HelpProvider, HelpPanel } from 'help-panel';\nexport { HelpProvider, HelpPanel };\n");
  const output = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    // The package's own name, resolved the way a consumer resolves it (dist/, not src/).
    resolve: { alias: [{ find: /^help-panel$/, replacement: entryFile }] },
    build: {
      write: false,
      minify: true,
      sourcemap: false,
      target: 'es2022',
      // An app build, not library mode: library mode keeps whitespace in ES
      // output, which a consumer's production build would strip.
      rollupOptions: {
        input: consumer,
        preserveEntrySignatures: 'strict',
        external: (id) => HOST_PROVIDED.some((name) => id === name || id.startsWith(`${name}/`)),
      },
    },
  }).catch((error) => {
    // A missing export or an unresolved import: one readable line, no stack.
    throw new SizeError(`could not bundle the consumer entry: ${String(error?.message ?? error).split('\n').slice(0, 3).join(' ')}`);
  });
  const allChunks = (Array.isArray(output) ? output : [output]).flatMap((result) => result.output).filter((item) => item.type === 'chunk');
  // What loads with the page: the entry and what it imports statically. Parts
  // the panel imports dynamically (loaded when a host feature is first used)
  // are reported apart; each is its own request, so each is gzipped alone.
  const byName = new Map(allChunks.map((chunk) => [chunk.fileName, chunk]));
  const initialNames = new Set();
  const visit = (name) => {
    if (initialNames.has(name) || !byName.has(name)) return;
    initialNames.add(name);
    for (const imported of byName.get(name).imports) visit(imported);
  };
  for (const chunk of allChunks) if (chunk.isEntry) visit(chunk.fileName);
  const chunks = allChunks.filter((chunk) => initialNames.has(chunk.fileName));
  const lazy = allChunks.filter((chunk) => !initialNames.has(chunk.fileName));
  const code = chunks.map((chunk) => chunk.code).join('\n');
  const total = gzipSync(code, { level: 9 }).length;
  const gzip = (chunk) => gzipSync(chunk.code, { level: 9 }).length;

  // Per package: each module's share of the (unminified, tree-shaken) output,
  // applied to the gzip total. Exact per-package gzip would need one build per
  // package; the share is enough to see who spends the budget.
  const byPackage = new Map();
  for (const chunk of chunks) {
    for (const [id, info] of Object.entries(chunk.modules)) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id.replaceAll('\\', '/'));
      const name = match ? match[1] : id.includes('/dist/') ? 'help-panel' : 'other';
      byPackage.set(name, (byPackage.get(name) ?? 0) + info.renderedLength);
    }
  }
  const rendered = [...byPackage.values()].reduce((sum, n) => sum + n, 0) || 1;
  const share = (n) => (total * n) / rendered;
  const sorted = [...byPackage.entries()].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  // Packages under half a kilobyte are summed into one line to keep the table readable.
  const large = sorted.filter(([, n]) => share(n) >= 512);
  const small = sorted.filter(([, n]) => share(n) < 512);
  if (small.length > 0) large.push([`(${small.length} smaller packages)`, small.reduce((sum, [, n]) => sum + n, 0)]);
  const rows = large.map(([name, n]) => [name, `${(n / 1024).toFixed(1)} kB`, `~${(share(n) / 1024).toFixed(1)} kB`]);
  const kb = (n) => `${(n / 1024).toFixed(2)} kB`;
  const table = [
    ['package', 'tree-shaken', 'gzip share'],
    ...rows,
    ['loads with the page, minified + gzip', `${kb(Buffer.byteLength(code))} min`, kb(total)],
    ['budget', '', kb(BUDGET)],
  ];
  const widths = table[0].map((_, col) => Math.max(...table.map((row) => row[col].length)));
  for (const [i, row] of table.entries()) {
    console.log(row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]) : cell.padStart(widths[col]))).join('  '));
    if (i === 0 || i === rows.length) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
  if (lazy.length > 0) {
    console.log('\nloaded on first use (each its own request):');
    for (const chunk of lazy) {
      const from = Object.keys(chunk.modules).map((id) => id.replace(`${root}/`, '')).filter((id) => !id.includes('node_modules'));
      console.log(`  ${kb(gzip(chunk)).padStart(9)} gzip  ${from.join(', ') || chunk.fileName}`);
    }
    const everything = lazy.reduce((sum, chunk) => sum + gzip(chunk), total);
    console.log(`  ${kb(everything).padStart(9)} gzip  in all, once every part has loaded`);
  }

  // Label packs: each costs only the apps that import it, so each is bundled and gzipped alone.
  const packs = await measureLocalePacks(root, localePacks(join(root, 'dist/locales'), '.js'));
  const failures = [];
  if (packs.length > 0) {
    console.log('\nlabel packs (help-panel/locales/<tag>), each only in the apps that import it:');
    const tagWidth = Math.max(...packs.map((pack) => pack.tag.length));
    for (const pack of packs) {
      console.log(`  ${kb(pack.gzip).padStart(9)} gzip  ${pack.tag.padEnd(tagWidth)}  (${kb(pack.minified)} min)`);
      if (pack.gzip > PACK_BUDGET) failures.push(`the ${pack.tag} label pack is ${kb(pack.gzip)} gzip, over its ${kb(PACK_BUDGET)} budget`);
      // A pack is strings and Intl calls: the panel, React or any package must not come along.
      const foreign = pack.modules.filter((id) => !/^dist\/(locales\/[^/]+|pack-intl-[\w-]+)\.js$/.test(id));
      if (foreign.length > 0) failures.push(`the ${pack.tag} label pack pulls in ${foreign.join(', ')}`);
    }
  }
  const packsOnPage = allChunks.flatMap((chunk) => Object.keys(chunk.modules)).filter((id) => /\/dist\/(locales\/|pack-intl-)/.test(id.replaceAll('\\', '/')));
  if (packsOnPage.length > 0) failures.push(`label packs reached the bundle of an app that imports none: ${packsOnPage.join(', ')}`);
  if (total > BUDGET) {
    const over = `the bundle is ${kb(total)} gzip, over the ${kb(BUDGET)} budget`;
    if (REPORT_BUDGET_ONLY) console.warn(`size: ${over} (reported, not failing: --report-budget)`);
    else failures.push(over);
  }
  const leakedModules = allChunks.flatMap((chunk) => Object.keys(chunk.modules)).filter((id) =>
    /\/(compiler|vite)(\.js|\/)|node_modules\/(unified|remark-|micromark|mdast-|yaml)/.test(id.replaceAll('\\', '/')),
  );
  if (leakedModules.length > 0) failures.push(`build-time modules reached the browser bundle: ${leakedModules.join(', ')}`);
  const everything = allChunks.map((chunk) => chunk.code).join('\n');
  for (const word of FORBIDDEN) {
    if (everything.includes(word)) failures.push(`the browser bundle contains "${word}", which only build-time code should`);
  }
  if (failures.length > 0) {
    for (const failure of failures) console.error(`size: ${failure}`);
    process.exitCode = 1;
  } else {
    console.log(`size: ${kb(total)} of ${kb(BUDGET)} used`);
  }
} catch (error) {
  if (!(error instanceof SizeError)) throw error;
  console.error(`size: ${error.message}`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
