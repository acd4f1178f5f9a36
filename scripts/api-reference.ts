// The docs' API reference, read from the source: every export of a package entry with its
// signature and the TSDoc written above it, so the tables can never be retyped by hand or drift.
// `.storybook/api-reference-plugin.ts` serves the result to the docs site as a virtual module;
// test/docs/api-reference.test.ts checks it against the entries' real exports.
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';

/** One package entry point to document. */
export interface ApiEntry {
  /** The import a user writes: `help-panel/engine`. */
  module: string;
  /** The source file behind it, relative to `root`: `src/engine/index.ts`. */
  file: string;
}

/** A field of an exported interface or object type. */
export interface ApiMember {
  name: string;
  /** The type as written in the source (`string | null`). */
  type: string;
  optional: boolean;
  /** The TSDoc text, whole. Empty when there is none. */
  doc: string;
  /** The default the TSDoc names (`@default`, or a "Default …" sentence), when it names one. */
  default?: string;
}

export type ApiKind = 'function' | 'class' | 'constant' | 'interface' | 'type';

/** One export of an entry. */
export interface ApiItem {
  name: string;
  kind: ApiKind;
  /** `createHelpEngine(index: unknown): HelpEngine` for a function, the type for a constant or alias. */
  signature: string;
  /** The TSDoc text, whole (without its tags). Empty when there is none. */
  doc: string;
  /** The first sentence of `doc`, for a table cell. */
  summary: string;
  /** The default the TSDoc names, when it names one. */
  default?: string;
  /** `@param` lines, by parameter name. */
  params: { name: string; doc: string }[];
  /** Fields, for an interface or an object type. */
  members: ApiMember[];
  /** Where it is declared: `src/engine/create-help-engine.ts:26`. */
  source: string;
}

export interface ApiModule {
  module: string;
  file: string;
  items: ApiItem[];
}

const PRINT_FLAGS = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope;

/** The project's compiler options, so types print as the typecheck sees them. */
function projectOptions(root: string): ts.CompilerOptions {
  const configPath = resolve(root, 'tsconfig.json');
  const read = ts.readConfigFile(configPath, (path) => ts.sys.readFile(path));
  if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, dirname(configPath));
  return { ...parsed.options, noEmit: true };
}

/** `{@link name}` and `{@link name label}` as the code span or the label they stand for. */
export function plainLinks(text: string): string {
  return text.replace(/\{@link(?:code|plain)?\s+([^}\s|]+)(?:[\s|]+([^}]*))?\}/g, (_all, target: string, label?: string) =>
    label?.trim() ? label.trim() : `\`${target}\``,
  );
}

/** "Default `150`." or "Default: `localStorage`, in memory when that fails." or an `@default` tag. */
export function defaultOf(doc: string, tags: readonly ts.JSDocTagInfo[] = []): string | undefined {
  const tag = tags.find((t) => t.name === 'default' || t.name === 'defaultValue');
  if (tag) return plainLinks(ts.displayPartsToString(tag.text).trim()) || undefined;
  const sentence = /(?:^|[.;)]\s+|\n)Defaults?(?::| is|\s)\s*([^\n]+?)(?:\.(?:\s|$)|$)/.exec(doc);
  return sentence?.[1]?.trim() || undefined;
}

/** The first sentence, so a table cell stays short; the whole text is in `doc`. */
export function firstSentence(doc: string): string {
  const flat = doc.replace(/\s+/g, ' ').trim();
  // A sentence ends at ". " followed by a capital or a backtick, not inside `e.g.` or a code span.
  let inCode = false;
  for (let i = 0; i < flat.length; i += 1) {
    const char = flat[i];
    if (char === '`') inCode = !inCode;
    if (!inCode && char === '.' && flat[i + 1] === ' ' && /[A-Z`(]/.test(flat[i + 2] ?? '') && !/\b(?:e\.g|i\.e|etc)$/.test(flat.slice(0, i))) {
      return flat.slice(0, i + 1);
    }
  }
  return flat;
}

function kindOf(symbol: ts.Symbol): ApiKind | undefined {
  const declaration = symbol.declarations?.[0];
  if (!declaration) return undefined;
  if (ts.isFunctionDeclaration(declaration)) return 'function';
  if (ts.isClassDeclaration(declaration)) return 'class';
  if (ts.isInterfaceDeclaration(declaration)) return 'interface';
  if (ts.isTypeAliasDeclaration(declaration)) return 'type';
  if (ts.isVariableDeclaration(declaration)) return 'constant';
  return undefined;
}

function sourceOf(declaration: ts.Declaration, root: string): string {
  const file = declaration.getSourceFile();
  const { line } = file.getLineAndCharacterOfPosition(declaration.getStart());
  return `${relative(root, file.fileName)}:${line + 1}`;
}

function membersOf(symbol: ts.Symbol, checker: ts.TypeChecker): ApiMember[] {
  const declaration = symbol.declarations?.[0];
  if (!declaration) return [];
  const type = checker.getDeclaredTypeOfSymbol(symbol);
  // Only object shapes have fields to list: an interface, or an alias of an object type.
  if (!ts.isInterfaceDeclaration(declaration) && !(ts.isTypeAliasDeclaration(declaration) && ts.isTypeLiteralNode(declaration.type))) return [];
  return checker.getPropertiesOfType(type).map((property) => {
    const doc = plainLinks(ts.displayPartsToString(property.getDocumentationComment(checker)).trim());
    const tags = property.getJsDocTags(checker);
    const member = property.valueDeclaration ?? property.declarations?.[0];
    const written = member && (ts.isPropertySignature(member) || ts.isPropertyDeclaration(member)) && member.type ? member.type.getText() : undefined;
    const typeText = written ?? checker.typeToString(checker.getTypeOfSymbol(property), declaration, PRINT_FLAGS);
    const fallback = defaultOf(doc, tags);
    return {
      name: property.getName(),
      type: typeText.replace(/\s+/g, ' '),
      optional: (property.flags & ts.SymbolFlags.Optional) !== 0,
      doc,
      ...(fallback ? { default: fallback } : {}),
    };
  });
}

function signatureOf(name: string, kind: ApiKind, symbol: ts.Symbol, checker: ts.TypeChecker): string {
  const declaration = symbol.declarations![0]!;
  if (kind === 'function' || kind === 'constant') {
    const type = checker.getTypeOfSymbolAtLocation(symbol, declaration);
    const calls = type.getCallSignatures();
    if (calls.length > 0) return calls.map((call) => `${name}${checker.signatureToString(call, declaration, PRINT_FLAGS)}`).join('\n');
    return `${name}: ${checker.typeToString(type, declaration, PRINT_FLAGS)}`;
  }
  if (kind === 'class') return `class ${name}`;
  if (kind === 'type' && ts.isTypeAliasDeclaration(declaration)) return `type ${name} = ${declaration.type.getText().replace(/\s+/g, ' ')}`;
  return `interface ${name}`;
}

function itemOf(exported: ts.Symbol, checker: ts.TypeChecker, root: string): ApiItem | undefined {
  const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
  const kind = kindOf(symbol);
  if (!kind) return undefined;
  const name = exported.getName();
  // `export { helpPanel as default }` is the same function again, documented under its name.
  if (name === 'default') return undefined;
  const doc = plainLinks(ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim());
  const tags = symbol.getJsDocTags(checker);
  const params = tags
    .filter((tag) => tag.name === 'param')
    .map((tag) => {
      const text = ts.displayPartsToString(tag.text).trim();
      const [, param = '', rest = ''] = /^(\S+)\s*([\s\S]*)$/.exec(text) ?? [];
      return { name: param, doc: plainLinks(rest.trim()) };
    });
  const fallback = defaultOf(doc, tags);
  return {
    name,
    kind,
    signature: signatureOf(name, kind, symbol, checker),
    doc,
    summary: firstSentence(doc),
    ...(fallback ? { default: fallback } : {}),
    params,
    members: kind === 'interface' || kind === 'type' ? membersOf(symbol, checker) : [],
    source: sourceOf(symbol.declarations![0]!, root),
  };
}

const ORDER: Record<ApiKind, number> = { function: 0, class: 1, constant: 2, interface: 3, type: 4 };

/**
 * Reads every export of each entry with the TypeScript compiler, as the typecheck sees it.
 * Throws when an entry does not exist; an export TypeScript cannot classify (a namespace
 * re-export) is left out.
 */
export function buildApiReference(entries: readonly ApiEntry[], root: string): ApiModule[] {
  const files = entries.map((entry) => resolve(root, entry.file));
  const program = ts.createProgram(files, projectOptions(root));
  const checker = program.getTypeChecker();
  return entries.map((entry, i) => {
    const sourceFile = program.getSourceFile(files[i]!);
    if (!sourceFile) throw new Error(`${entry.file}: no such entry file (for ${entry.module})`);
    const moduleSymbol = checker.getSymbolAtLocation(sourceFile);
    const items = (moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : [])
      .map((symbol) => itemOf(symbol, checker, root))
      .filter((item): item is ApiItem => item !== undefined)
      .sort((a, b) => ORDER[a.kind] - ORDER[b.kind] || a.name.localeCompare(b.name));
    return { module: entry.module, file: entry.file, items };
  });
}

/** The entries the docs document, as package.json exports them. */
export const DOCUMENTED_ENTRIES: readonly ApiEntry[] = [
  { module: 'help-panel/engine', file: 'src/engine.ts' },
  { module: 'help-panel/ask', file: 'src/ask.ts' },
  { module: 'help-panel/compiler', file: 'src/compiler.ts' },
  { module: 'help-panel/vite', file: 'src/vite.ts' },
  // The React entry's hooks and types; its components' props come from react-docgen (autodocs).
  { module: 'help-panel', file: 'src/index.ts' },
];
