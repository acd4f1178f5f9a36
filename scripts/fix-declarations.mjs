// Runs after `tsc -p tsconfig.build.json`. TypeScript copies import specifiers
// into .d.ts files as written (`./react/index`), which resolves under the
// "bundler" setting but not under Node's ESM resolution ("node16"/"nodenext"),
// where a consumer would see `any` for our types. This rewrites every relative
// specifier to the exact file it points to (`./react/index.js`) and then ships
// the ambient `virtual:help-panel` declarations as `dist/client.d.ts`.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

function* declarationFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* declarationFiles(path);
    else if (name.endsWith('.d.ts')) yield path;
  }
}

/** `./react/index` → `./react/index.js`, `./schema` → `./schema/index.js`; anything else as is. */
function withExtension(fromFile, specifier) {
  if (!specifier.startsWith('./') && !specifier.startsWith('../')) return specifier;
  if (/\.(js|mjs|cjs|json|css)$/.test(specifier)) return specifier;
  const base = resolve(dirname(fromFile), specifier);
  if (existsSync(`${base}.d.ts`)) return `${specifier}.js`;
  if (existsSync(join(base, 'index.d.ts'))) return `${specifier}/index.js`;
  throw new Error(
    `${relative(root, fromFile)}: cannot find the declaration for "${specifier}"; was it excluded from tsconfig.build.json?`,
  );
}

/**
 * Every module specifier in a declaration file, with the range of its text
 * (inside the quotes). The TypeScript scanner finds them (import, export,
 * import() types, ambient module names), so no pattern guesses at the syntax;
 * its `pos` points at the opening quote.
 */
function specifiers(text) {
  return ts
    .preProcessFile(text, true, true)
    .importedFiles.map(({ fileName, pos }) => ({ fileName, start: pos + 1, end: pos + 1 + fileName.length }))
    .filter(({ fileName, start, end }) => text.slice(start, end) === fileName)
    .sort((a, b) => a.start - b.start);
}

let rewritten = 0;
for (const file of declarationFiles(dist)) {
  const text = readFileSync(file, 'utf8');
  let out = '';
  let last = 0;
  for (const { fileName, start, end } of specifiers(text)) {
    const next = withExtension(file, fileName);
    if (next === fileName) continue;
    out += text.slice(last, start) + next;
    last = end;
    rewritten += 1;
  }
  if (last > 0) writeFileSync(file, out + text.slice(last));
}

// The ambient declarations are written by hand (tsc does not emit .d.ts
// inputs); their relative type imports are re-pointed from src/vite/ to dist/.
const clientSource = join(root, 'src/vite/client.d.ts');
const clientTarget = join(dist, 'client.d.ts');
const clientText = readFileSync(clientSource, 'utf8');
let client = '';
let clientLast = 0;
for (const { fileName, start, end } of specifiers(clientText)) {
  if (!fileName.startsWith('.')) continue;
  const inDist = join(dist, relative(join(root, 'src'), resolve(dirname(clientSource), fileName)));
  const specifier = `./${relative(dist, inDist).split('\\').join('/')}`;
  client += clientText.slice(clientLast, start) + withExtension(clientTarget, specifier);
  clientLast = end;
}
writeFileSync(clientTarget, client + clientText.slice(clientLast));
console.log(`fix-declarations: ${rewritten} relative specifiers made explicit; wrote dist/client.d.ts`);
