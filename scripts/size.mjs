// `npm run size`: what a consumer ships for the panel, measured the way apps build it.
//
// Bundles `import { HelpProvider, HelpPanel, useHelp } from 'help-panel'` against the built
// dist/ twice, with Vite and with esbuild, each as an app's production build with code splitting
// (dependencies included, React left to the host), then gzips each chunk. It prints, for each
// bundler, what loads with the page (and which modules it holds) and every chunk loaded later
// (with its modules), and fails when the page load is over budget, when a label pack reaches an app
// that does not need it, or when build-time code (the compiler, the Vite plugin, Node built-ins)
// reaches the browser.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';
import { build as vite } from 'vite';
import { localePacks, measureLocalePacks } from './locale-pack-sizes.mjs';

/** What every page view of the host pays, per bundler: the shell (trigger, context, route and error, prefetch). */
const BUDGET = 12 * 1024;
/** Each label pack alone (`import de from 'help-panel/locales/de'`): strings and a few small functions. */
const PACK_BUDGET = 4 * 1024;
/** Text that only build-time code contains: if it shows up, the split between entries leaked. */
const FORBIDDEN = ['remark-parse', 'unified()', 'micromark', 'node:fs', 'node:path', 'node:module'];
const HOST_PROVIDED = ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client'];
const isHostProvided = (id) => HOST_PROVIDED.some((name) => id === name || id.startsWith(`${name}/`));
const CONSUMER = "import { HelpProvider, HelpPanel, useHelp } from 'help-panel';\nexport { HelpProvider, HelpPanel, useHelp };\n";

class SizeError extends Error {}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const entryFile = join(root, 'dist/index.js');
if (!existsSync(entryFile)) {
  console.error('size: dist/index.js is missing; run `npm run build` first.');
  process.exit(1);
}

const kb = (n) => `${(n / 1024).toFixed(2)} kB`;
const gzip = (code) => gzipSync(code, { level: 9 }).length;
/** A module id as the tables print it: `react/help-provider`, or a package's name. */
function moduleName(id) {
  const path = id.replaceAll('\\', '/');
  const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (dependency) return dependency[1];
  const inDist = /\/dist\/(.+)\.js$/.exec(path);
  return inDist ? inDist[1] : relative(root, path);
}

/**
 * One bundler's output as `{ chunks: [{ name, code, modules, imports, dynamicImports, entry }] }`:
 * `modules` are source module ids with their rendered (minified) length where the bundler says it.
 */
async function bundleWithVite(consumer) {
  const output = await vite({
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
      // An app build, not library mode: library mode keeps whitespace in ES output, which a
      // consumer's production build would strip.
      rollupOptions: { input: consumer, preserveEntrySignatures: 'strict', external: isHostProvided },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) => result.output).filter((item) => item.type === 'chunk');
  return chunks.map((chunk) => ({
    name: chunk.fileName,
    code: chunk.code,
    entry: chunk.isEntry,
    imports: chunk.imports,
    modules: Object.entries(chunk.modules).map(([id, info]) => ({ id, length: info.renderedLength })),
  }));
}

async function bundleWithEsbuild(consumer, outdir) {
  const result = await esbuild({
    entryPoints: [consumer],
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    write: false,
    outdir,
    metafile: true,
    logLevel: 'silent',
    alias: { 'help-panel': entryFile },
    external: HOST_PROVIDED.flatMap((name) => [name, `${name}/*`]),
    define: { 'process.env.NODE_ENV': '"production"' },
    absWorkingDir: root,
  });
  const files = new Map(result.outputFiles.map((file) => [relative(root, file.path), file.text]));
  return Object.entries(result.metafile.outputs)
    .filter(([name]) => name.endsWith('.js'))
    .map(([name, info]) => ({
      name: relative(outdir, join(root, name)),
      code: files.get(name) ?? '',
      // Every dynamically imported module is an entry point to esbuild; the page's is the consumer's.
      entry: info.entryPoint === relative(root, consumer),
      imports: info.imports.filter((each) => each.kind === 'import-statement' && !each.external).map((each) => relative(outdir, join(root, each.path))),
      modules: Object.entries(info.inputs).map(([id, input]) => ({ id: join(root, id), length: input.bytesInOutput })),
    }));
}

/** The chunks that load with the page (the entry and what it imports statically), and the rest. */
function splitByLoad(chunks) {
  const byName = new Map(chunks.map((chunk) => [chunk.name, chunk]));
  const initial = new Set();
  const visit = (name) => {
    if (initial.has(name) || !byName.has(name)) return;
    initial.add(name);
    for (const imported of byName.get(name).imports) visit(imported);
  };
  for (const chunk of chunks) if (chunk.entry) visit(chunk.name);
  return { page: chunks.filter((chunk) => initial.has(chunk.name)), lazy: chunks.filter((chunk) => !initial.has(chunk.name)) };
}

/** `react/help-provider 3.7, react/use-open-state 2.0, …`: a chunk's modules, largest first (minified kB where known). */
function holds(chunk) {
  const ours = chunk.modules.filter((module) => !module.id.endsWith('consumer.js') && module.length > 0);
  return ours
    .sort((a, b) => b.length - a.length)
    .map((module) => `${moduleName(module.id)} ${(module.length / 1024).toFixed(1)}`)
    .join(', ');
}

function report(bundler, chunks, failures) {
  const { page, lazy } = splitByLoad(chunks);
  const pageGzip = page.reduce((sum, chunk) => sum + gzip(chunk.code), 0);
  const pageMin = page.reduce((sum, chunk) => sum + Buffer.byteLength(chunk.code), 0);
  console.log(`\n${bundler}: loads with the page, ${kb(pageGzip)} gzip (${kb(pageMin)} min) in ${page.length} file(s), budget ${kb(BUDGET)}`);
  for (const chunk of page) console.log(`  ${kb(gzip(chunk.code)).padStart(9)} gzip  ${chunk.name}: ${holds(chunk)}`);
  console.log(`${bundler}: loaded when needed, each chunk its own request (module kB minified):`);
  for (const chunk of [...lazy].sort((a, b) => gzip(b.code) - gzip(a.code))) console.log(`  ${kb(gzip(chunk.code)).padStart(9)} gzip  ${holds(chunk) || chunk.name}`);
  const everything = chunks.reduce((sum, chunk) => sum + gzip(chunk.code), 0);
  console.log(`  ${kb(everything).padStart(9)} gzip  in all, once every part has loaded`);

  if (pageGzip > BUDGET) failures.push(`${bundler}: the page load is ${kb(pageGzip)} gzip, over the ${kb(BUDGET)} budget`);
  const isPack = (id) => /\/dist\/locales\//.test(id.replaceAll('\\', '/'));
  const packsOnPage = page.flatMap((chunk) => chunk.modules.map((module) => module.id)).filter(isPack);
  if (packsOnPage.length > 0) failures.push(`${bundler}: label packs load with the page: ${packsOnPage.map(moduleName).join(', ')}`);
  // The panel loads the user's pack on demand: each pack is a chunk of its own (its shared helper aside).
  for (const chunk of lazy) {
    const packs = chunk.modules.map((module) => module.id).filter((id) => isPack(id) && !/pack-intl/.test(id));
    const others = chunk.modules.map((module) => module.id).filter((id) => !isPack(id));
    if (packs.length > 1 || (packs.length === 1 && others.length > 0)) failures.push(`${bundler}: a label pack shares its chunk: ${chunk.modules.map((module) => moduleName(module.id)).join(', ')}`);
  }
  // The answer screen reads a model's Markdown with micromark: allowed in its own chunk (only a panel with
  // `ask` loads it), nowhere else.
  const isAnswerChunk = (chunk) => chunk.modules.some((module) => /\/dist\/react\/answer-markdown\.js$/.test(module.id.replaceAll('\\', '/')));
  const answer = chunks.filter(isAnswerChunk);
  if (answer.some((chunk) => page.includes(chunk))) failures.push(`${bundler}: the answer screen's Markdown parser loads with the page`);
  const leaked = chunks
    .flatMap((chunk) => chunk.modules.map((module) => ({ id: module.id.replaceAll('\\', '/'), answer: isAnswerChunk(chunk) })))
    .filter(({ id, answer: inAnswer }) =>
      /\/dist\/(compiler|vite|report|import)(\.js|\/)|node_modules\/(unified|remark-|rehype-|hast-|yaml)/.test(id) ||
      (!inAnswer && /node_modules\/(micromark|mdast-)/.test(id)),
    )
    .map(({ id }) => id);
  if (leaked.length > 0) failures.push(`${bundler}: build-time modules reached the browser bundle: ${[...new Set(leaked.map(moduleName))].join(', ')}`);
  const code = chunks.filter((chunk) => !isAnswerChunk(chunk)).map((chunk) => chunk.code).join('\n');
  for (const word of FORBIDDEN) if (code.includes(word)) failures.push(`${bundler}: the browser bundle contains "${word}", which only build-time code should`);
  return pageGzip;
}

// Inside the repository so that the entry resolves packages from our node_modules.
mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
const work = mkdtempSync(join(root, 'node_modules/.cache/help-panel-size-'));
try {
  const consumer = join(work, 'consumer.js');
  writeFileSync(consumer, CONSUMER);
  const failures = [];
  const bundles = [];
  for (const [bundler, bundle] of [
    ['vite', () => bundleWithVite(consumer)],
    ['esbuild', () => bundleWithEsbuild(consumer, join(work, 'esbuild'))],
  ]) {
    const chunks = await bundle().catch((error) => {
      // A missing export or an unresolved import: one readable line, no stack.
      throw new SizeError(`${bundler} could not bundle the consumer entry: ${String(error?.message ?? error).split('\n').slice(0, 3).join(' ')}`);
    });
    bundles.push([bundler, report(bundler, chunks, failures)]);
  }

  // Label packs: each costs only the apps that import it (or whose users read it), so each is bundled and gzipped alone.
  const packs = await measureLocalePacks(root, localePacks(join(root, 'dist/locales'), '.js'));
  if (packs.length > 0) {
    console.log('\nlabel packs (help-panel/locales/<tag>), each alone:');
    const width = Math.max(...packs.map((pack) => pack.tag.length));
    for (const pack of packs) {
      console.log(`  ${kb(pack.gzip).padStart(9)} gzip  ${pack.tag.padEnd(width)} (${kb(pack.minified)} min)`);
      if (pack.gzip > PACK_BUDGET) failures.push(`the ${pack.tag} label pack is ${kb(pack.gzip)} gzip, over its ${kb(PACK_BUDGET)} budget`);
      // A pack is strings and Intl calls: the panel, React or any package must not come along.
      const foreign = pack.modules.filter((id) => !/^dist\/locales\/[^/]+\.js$/.test(id));
      if (foreign.length > 0) failures.push(`the ${pack.tag} label pack pulls in ${foreign.join(', ')}`);
    }
  }

  if (failures.length > 0) {
    for (const failure of failures) console.error(`size: ${failure}`);
    process.exitCode = 1;
  } else {
    console.log(`\nsize: page load ${bundles.map(([bundler, total]) => `${kb(total)} (${bundler})`).join(', ')} of ${kb(BUDGET)} each`);
  }
} catch (error) {
  if (!(error instanceof SizeError)) throw error;
  console.error(`size: ${error.message}`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
