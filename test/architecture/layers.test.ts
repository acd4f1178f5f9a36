// The layering of shared/DESIGN.md, read from the imports themselves: a layer imports only the
// layers to its left, the engine's rooms only the rooms below them and only through their doors,
// and packages only where the design lets them in. A new import that breaks it fails here with the
// file, the line and the rule.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const src = join(root, 'src');

interface ImportLine {
  file: string;
  line: number;
  specifier: string;
  /** `import type`, or every name imported is a type: nothing of it runs. */
  typeOnly: boolean;
  /** `import()`: a chunk boundary. */
  dynamic: boolean;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function importsOf(file: string): ImportLine[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: ImportLine[] = [];
  const add = (node: ts.Node, specifier: string, typeOnly: boolean, dynamic: boolean) =>
    found.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, specifier, typeOnly, dynamic });
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : undefined;
      const typeOnly = !!clause && (clause.isTypeOnly || (!clause.name && !!named && named.length > 0 && named.every((element) => element.isTypeOnly)));
      add(node, node.moduleSpecifier.text, typeOnly, false);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const named = node.exportClause && ts.isNamedExports(node.exportClause) ? node.exportClause.elements : undefined;
      add(node, node.moduleSpecifier.text, node.isTypeOnly || (!!named && named.length > 0 && named.every((element) => element.isTypeOnly)), false);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteral(argument)) add(node, argument.text, false, true);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      add(node, node.argument.literal.text, true, false);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The layer a file of src/ belongs to (DESIGN.md's table), by its path. */
function layerOf(file: string): string {
  const path = relative(src, file).split(sep).join('/');
  const [first] = path.split('/');
  if (path === 'index.ts' || path === 'support.ts' || first === 'react') return 'react';
  if (path === 'engine.ts') return 'engine';
  if (path === 'compiler.ts' || path === 'vite.ts' || first === 'vite') return 'compiler';
  if (path === 'cli.ts') return 'cli';
  if (path === 'ask.ts') return 'ask';
  return first!.replace(/\.ts$/, '');
}

/** Which layers each layer may import at run time (types are free to cross, see below). */
const LAYERS: Record<string, readonly string[]> = {
  schema: ['schema'],
  engine: ['schema', 'engine'],
  compiler: ['schema', 'engine', 'compiler'],
  // The report reads the content folder it reports on, so it compiles it.
  report: ['schema', 'engine', 'compiler', 'report'],
  ask: ['schema', 'engine', 'ask'],
  import: ['schema', 'engine', 'compiler', 'import'],
  react: ['schema', 'engine', 'react', 'locales'],
  // Label packs are strings and Intl calls: at run time they share only their own helper.
  locales: ['locales'],
  // The command runs every Node-side layer.
  cli: ['schema', 'engine', 'compiler', 'report', 'import', 'cli'],
};

/** Packages each layer may import (besides Node built-ins for the Node-only layers). */
const PACKAGES: Record<string, RegExp> = {
  schema: /^$/,
  // Route patterns (regexparam), fuzzy search, and German stemming and stop words in search's chunk.
  engine: /^(regexparam|fuse\.js|@orama\/(stemmers|stopwords))(\/|$)/,
  react: /^(react|react-dom|@radix-ui\/react-dialog)(\/|$)/,
  locales: /^$/,
  // Server-sent events are read with eventsource-parser (no SDK: the protocol is the host's server's).
  ask: /^eventsource-parser$/,
  compiler: /^(unified|remark-|micromark|mdast-|github-slugger|yaml|smol-toml|regexparam|vite$)/,
  // Route configs are parsed with Babel; suggested patterns are written into YAML front matter.
  report: /^(@babel\/parser|yaml)$/,
  // HTML to Markdown (the unified family, parse5 under it), and JSON read with its positions for errors.
  import: /^(unified|rehype-|remark-|hast-|mdast-|unist-|parse5$|jsonc-parser$|github-slugger|yaml)/,
  cli: /^$/,
};
const NODE_LAYERS = new Set(['compiler', 'report', 'import', 'cli']);
/**
 * Files that may import more than their layer: the answer screen reads a model's Markdown with
 * micromark, in its own chunk, which only a panel with `ask` loads (checked below and by the size script).
 */
const PACKAGE_EXCEPTIONS: Record<string, RegExp> = {
  'src/react/answer-markdown.ts': /^(mdast-util-from-markdown|mdast-util-gfm-(table|strikethrough)|micromark-extension-gfm-(table|strikethrough))$/,
};

/**
 * The engine's rooms, lowest first, and which rooms each may import. The files at
 * src/engine/ itself (engine-core, create-help-engine, the entry) compose the rooms
 * and may import any of them; `types.ts` is the engine's vocabulary, which every room reads.
 */
const ROOMS: Record<string, readonly string[]> = {
  base: [],
  match: ['base'],
  search: ['base', 'match'],
  split: ['base', 'match', 'search'],
  support: ['base'],
  state: ['base', 'support'],
  events: ['base', 'support'],
};

interface Resolved {
  line: ImportLine;
  /** The file or folder imported, for relative imports. */
  target?: string;
}

const files = sourceFiles(src);
const imports: Resolved[] = files.flatMap((file) =>
  importsOf(file).map((line) => ({ line, target: line.specifier.startsWith('.') ? resolve(dirname(file), line.specifier.replace(/\?.*$/, '')) : undefined })),
);
const where = ({ line }: Resolved) => `${relative(root, line.file)}:${line.line}: ${line.specifier}`;
const engineDir = join(src, 'engine');
/** `match` for src/engine/match/… (or the door itself), `''` for the engine's top-level files, undefined outside. */
function roomOf(path: string): string | undefined {
  const inEngine = relative(engineDir, path);
  if (inEngine.startsWith('..')) return undefined;
  const parts = inEngine.split(sep);
  return parts.length > 1 || ROOMS[parts[0]!.replace(/\.tsx?$/, '')] !== undefined && !/\.tsx?$/.test(parts[0]!) ? parts[0] : '';
}
const isDoor = (target: string) => {
  const room = roomOf(target);
  return room !== undefined && room !== '' && (target === join(engineDir, room) || target === join(engineDir, room, 'index'));
};

describe('given the imports of every file in src/', () => {
  it('reads a reasonable number of them (the walk found the source)', () => {
    expect(files.length).toBeGreaterThan(150);
    expect(imports.filter(({ target }) => target !== undefined).length).toBeGreaterThan(500);
  });

  it('imports at run time only the layers to the left of its own', () => {
    const broken = imports.filter((each) => {
      if (!each.target || each.line.typeOnly) return false;
      const from = layerOf(each.line.file);
      const to = layerOf(each.target);
      return !(LAYERS[from] ?? []).includes(to);
    });
    expect(broken.map((each) => `${where(each)} (${layerOf(each.line.file)} → ${layerOf(each.target!)})`)).toEqual([]);
  });

  it('imports only the packages its layer may use', () => {
    const broken = imports.filter(({ line, target }) => {
      if (target || line.typeOnly) return false;
      const layer = layerOf(line.file);
      if (line.specifier.startsWith('node:')) return !NODE_LAYERS.has(layer);
      if (PACKAGE_EXCEPTIONS[relative(root, line.file)]?.test(line.specifier)) return false;
      return !(PACKAGES[layer] ?? /^$/).test(line.specifier);
    });
    expect(broken.map(where)).toEqual([]);
  });

  it('reaches the answer screen’s Markdown parser only through a lazy import()', () => {
    const parser = join(src, 'react/answer-markdown.ts');
    expect(shell.has(parser)).toBe(false);
    const staticImporters = (file: string): string[] =>
      imports.filter(({ line, target }) => !line.dynamic && !line.typeOnly && target !== undefined && [`${target}.ts`, `${target}.tsx`].includes(file)).map(({ line }) => line.file);
    // Whoever imports it statically is itself reached only through the answer screen's import().
    const reached = new Set<string>([parser]);
    for (let changed = true; changed; ) {
      changed = false;
      for (const file of [...reached]) for (const importer of staticImporters(file)) if (!reached.has(importer)) (reached.add(importer), (changed = true));
    }
    expect([...reached].map((file) => relative(root, file)).sort()).toEqual(['src/react/answer-markdown.ts', 'src/react/ask-view.tsx', 'src/react/use-ask.ts']);
    expect(imports.some(({ line, target }) => line.dynamic && target === join(src, 'react/ask-view'))).toBe(true);
  });

  it('keeps the engine free of React and the DOM, so it runs in Node and in tests', () => {
    const engineFiles = files.filter((file) => layerOf(file) === 'engine');
    const react = imports.filter(({ line }) => engineFiles.includes(line.file) && /^react(-dom)?(\/|$)/.test(line.specifier));
    expect(react.map(where)).toEqual([]);
    expect(engineFiles.filter((file) => file.endsWith('.tsx')).map((file) => relative(root, file))).toEqual([]);
  });
});

/** What every page of the host loads: the React entry and what it imports statically (types aside), as files. */
function staticClosure(entry: string): Set<string> {
  const resolveFile = (target: string) => [`${target}.ts`, `${target}.tsx`, join(target, 'index.ts')].find((file) => files.includes(file));
  const out = new Set<string>();
  const visit = (file: string) => {
    if (out.has(file)) return;
    out.add(file);
    for (const { line, target } of imports) {
      if (line.file !== file || !target || line.dynamic || line.typeOnly) continue;
      const next = resolveFile(target);
      if (next) visit(next);
    }
  };
  visit(entry);
  return out;
}
const shell = staticClosure(join(src, 'index.ts'));

describe('given the rooms of src/engine/', () => {
  const rooms = readdirSync(engineDir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);

  it('has exactly the rooms this test knows, each with an index.ts door that says what lives there and what it may import', () => {
    expect(rooms.sort()).toEqual(Object.keys(ROOMS).sort());
    for (const room of rooms) {
      const door = readFileSync(join(engineDir, room, 'index.ts'), 'utf8');
      expect(door, `src/engine/${room}/index.ts opens with a comment`).toMatch(/^\/\/ .+\n/);
      expect(door, `src/engine/${room}/index.ts names what it may import`).toMatch(/^\/\/ Imports: /m);
      const code = door.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('//'));
      expect(code.every((line) => /^export (type )?(\*|\{[^}]*\}) from '\.\/[\w-]+';$/.test(line)), `src/engine/${room}/index.ts only re-exports`).toBe(true);
    }
  });

  it('lets a room import only the rooms below it, and never the engine files that compose the rooms', () => {
    const broken = imports.filter(({ line, target }) => {
      if (!target) return false;
      const from = roomOf(line.file);
      const to = roomOf(target);
      if (from === undefined || from === '' || to === undefined || to === from) return false;
      if (to === '') return !(target === join(engineDir, 'types') && line.typeOnly);
      return !(ROOMS[from] ?? []).includes(to);
    });
    expect(broken.map(where)).toEqual([]);
  });

  it('is entered from another room or layer through its door; only a lazy import() and the page-load shell name a module inside', () => {
    const broken = imports.filter(({ line, target }) => {
      if (!target) return false;
      const to = roomOf(target);
      if (to === undefined || to === '' || roomOf(line.file) === to) return false;
      if (shell.has(line.file)) return false;
      return !line.dynamic && !isDoor(target);
    });
    expect(broken.map(where)).toEqual([]);
  });

  it('keeps doors out of what every page loads: the React entry reaches engine modules by name, so bundlers see only those', () => {
    // A door re-exports its whole room; bundlers that split by which modules a page can reach
    // (esbuild, Rolldown's groups) would count all of it as loaded with the page.
    const doors = imports.filter(({ line, target }) => shell.has(line.file) && !line.typeOnly && !line.dynamic && target !== undefined && isDoor(target));
    expect(doors.map(where)).toEqual([]);
    expect([...shell].map((file) => relative(root, file))).toEqual(expect.arrayContaining(['src/react/help-provider.tsx', 'src/react/help-panel.tsx']));
    expect([...shell].some((file) => /help-runtime|drawer|index-loader/.test(file))).toBe(false);
  });
});
