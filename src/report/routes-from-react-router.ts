import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';

/** The few facts of a Babel AST node this reader looks at. */
interface AstNode {
  type: string;
  [key: string]: unknown;
}

/** Keys of a node that are positions or comments, never code. */
const SKIP_KEYS = new Set(['loc', 'start', 'end', 'range', 'extra', 'comments', 'leadingComments', 'trailingComments', 'innerComments']);

/** React Router's `@react-router/dev/routes` helpers. */
const CONFIG_HELPERS = new Set(['route', 'index', 'layout', 'prefix']);

const isNode = (value: unknown): value is AstNode =>
  typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';

/**
 * The routes of a React Router app, as help-panel route patterns, read from its
 * source with a real JavaScript/TypeScript parser (Babel's), never by pattern
 * matching on the text. Understands the three ways apps declare routes:
 *
 * - route objects (`createBrowserRouter([{ path: 'settings', children: [...] }])`, `useRoutes`);
 * - JSX (`<Route path="settings"><Route path=":id" /></Route>`);
 * - the framework's `routes.ts` (`route('settings/:id', './file.tsx')`, `index`, `layout`, `prefix`).
 *
 * Nested paths are joined to their parent's; an index route is its parent's
 * path; a splat `*` becomes `**`. A file that does not parse rejects with
 * `file:line:column: error: message`.
 */
export async function routesFromReactRouter(file: string): Promise<string[]> {
  const source = await readFile(file, 'utf8').catch((cause: unknown) => {
    throw new Error(`could not read the React Router config ${file} (${cause instanceof Error ? cause.message : String(cause)}).`);
  });
  return routesFromReactRouterSource(source, file);
}

/** {@link routesFromReactRouter} on source text; `file` names it in errors and picks the syntax (`.ts` has no JSX). */
export async function routesFromReactRouterSource(source: string, file = 'routes.tsx'): Promise<string[]> {
  // Loaded here, not at the top: only a report with --react-router needs a parser.
  const { parse } = await import('@babel/parser');
  const extension = extname(file);
  const plugins: ('typescript' | 'jsx')[] =
    extension === '.ts' || extension === '.mts' || extension === '.cts' ? ['typescript'] : extension === '.tsx' ? ['typescript', 'jsx'] : ['jsx'];
  let program: unknown;
  try {
    program = parse(source, { sourceType: 'module', plugins, errorRecovery: false });
  } catch (cause) {
    const location = (cause as { loc?: { line: number; column: number } }).loc;
    const message = cause instanceof Error ? cause.message.replace(/\s*\(\d+:\d+\)$/, '') : String(cause);
    throw new Error(`${file}:${location?.line ?? 1}:${(location?.column ?? 0) + 1}: error: ${message}`);
  }
  const context: Context = { routes: new Set(), components: new Map(), visited: new Set() };
  collectComponents(program, context.components);
  const bodies = new Set(context.components.values());
  visit(program, '', context, bodies);
  // Components no route renders are read on their own, at the top level.
  for (const [name, body] of context.components) {
    if (!context.visited.has(name)) {
      context.visited.add(name);
      visit(body, '', context, new Set());
    }
  }
  return [...context.routes].sort();
}

interface Context {
  routes: Set<string>;
  /** Components declared in the file, by name: routes they render (descendant `<Routes>`) nest under the route that renders them. */
  components: Map<string, AstNode>;
  /** Components already read. */
  visited: Set<string>;
}

/** Top-level functions and `const X = () => …` of the file. */
function collectComponents(program: unknown, components: Map<string, AstNode>): void {
  const body = ((program as AstNode).program as AstNode | undefined)?.body as AstNode[] | undefined;
  for (let statement of body ?? []) {
    if ((statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration') && isNode(statement.declaration)) {
      statement = statement.declaration;
    }
    if (statement.type === 'FunctionDeclaration' && isNode(statement.id)) {
      components.set(statement.id.name as string, statement);
    } else if (statement.type === 'VariableDeclaration') {
      for (const declarator of statement.declarations as AstNode[]) {
        const init = declarator.init as AstNode | null;
        const id = declarator.id as AstNode;
        if (id.type === 'Identifier' && init && (init.type === 'ArrowFunctionExpression' || init.type === 'FunctionExpression')) {
          components.set(id.name as string, init);
        }
      }
    }
  }
}

/** Reads the local component `value` names (`<Settings />` or `Settings`) under `parent`, once. */
function renderComponent(value: unknown, parent: string, context: Context): void {
  if (!isNode(value)) return;
  let name: string | undefined;
  if (value.type === 'Identifier') name = value.name as string;
  else if (value.type === 'JSXElement') {
    const tag = (value.openingElement as AstNode).name as AstNode;
    if (tag.type === 'JSXIdentifier') name = tag.name as string;
  }
  const body = name === undefined ? undefined : context.components.get(name);
  if (!body || context.visited.has(name!)) return;
  context.visited.add(name!);
  // A splat route (`settings/*`) renders its descendants below `settings`.
  visit(body, parent.replace(/\/\*\*$/, '') || '', context, new Set());
}

function join(parent: string, path: string): string {
  if (path.startsWith('/')) return normalize(path);
  return normalize(`${parent}/${path}`);
}

/** One pattern in help-panel's grammar: no doubled or trailing slashes, a splat `*` as `**`. */
function normalize(path: string): string {
  const segments = path.split('/').filter((segment) => segment !== '');
  const splat = segments.indexOf('*');
  const kept = splat === -1 ? segments : [...segments.slice(0, splat), '**'];
  return `/${kept.join('/')}`;
}

function stringValue(node: unknown): string | undefined {
  if (!isNode(node)) return undefined;
  if (node.type === 'StringLiteral') return node.value as string;
  if (node.type === 'TemplateLiteral' && (node.expressions as unknown[]).length === 0) {
    const [quasi] = node.quasis as { value: { cooked: string } }[];
    return quasi?.value.cooked;
  }
  if (node.type === 'JSXExpressionContainer') return stringValue(node.expression);
  if (node.type === 'TSAsExpression' || node.type === 'TSSatisfiesExpression') return stringValue(node.expression);
  return undefined;
}

function propertyName(property: AstNode): string | undefined {
  const key = property.key as AstNode | undefined;
  if (!key || property.computed) return undefined;
  if (key.type === 'Identifier') return key.name as string;
  return stringValue(key);
}

/** Walks `node`; `skip` holds component bodies that are read where a route renders them instead. */
function visit(node: unknown, parent: string, context: Context, skip: ReadonlySet<AstNode>): void {
  if (Array.isArray(node)) {
    for (const item of node) visit(item, parent, context, skip);
    return;
  }
  if (!isNode(node) || skip.has(node)) return;
  if (node.type === 'ArrayExpression') {
    // Route objects live in arrays (`createBrowserRouter([...])`, `children: [...]`); a lone `{ path }` is not one.
    for (const element of node.elements as unknown[]) {
      if (isNode(element) && element.type === 'ObjectExpression' && routeObject(element, parent, context, skip)) continue;
      visit(element, parent, context, skip);
    }
    return;
  }
  if (node.type === 'JSXElement' && routeElement(node, parent, context, skip)) return;
  if (node.type === 'CallExpression' && configCall(node, parent, context, skip)) return;
  for (const [key, value] of Object.entries(node)) {
    if (!SKIP_KEYS.has(key) && typeof value === 'object') visit(value, parent, context, skip);
  }
}

/** `{ path, index, children, element, … }`: a route object. Returns false when the object is something else. */
function routeObject(node: AstNode, parent: string, context: Context, skip: ReadonlySet<AstNode>): boolean {
  const { routes } = context;
  const properties = (node.properties as AstNode[]).filter((property) => property.type === 'ObjectProperty');
  const byName = new Map(properties.map((property) => [propertyName(property), property.value]));
  const path = stringValue(byName.get('path'));
  const isIndex = isNode(byName.get('index')) && (byName.get('index') as AstNode).value === true;
  const children = byName.get('children');
  const hasChildRoutes = isNode(children) && children.type === 'ArrayExpression';
  if (path === undefined && !isIndex && !(hasChildRoutes && (byName.has('element') || byName.has('Component') || byName.has('lazy')))) {
    return false;
  }
  const here = path === undefined ? parent || '/' : join(parent, path);
  if (path !== undefined || isIndex) routes.add(here === '' ? '/' : here);
  const base = path === undefined ? parent : here;
  for (const [name, value] of byName) {
    // Descendant routes inside an element are relative to this route too.
    if (name === 'children') visit(value, base, context, skip);
    else if (name === 'element' || name === 'Component') {
      renderComponent(value, base, context);
      visit(value, base.replace(/\/\*\*$/, ''), context, skip);
    } else if (name !== 'path') visit(value, base, context, skip);
  }
  return true;
}

/** `<Route path=…>` with nested `<Route>`s. */
function routeElement(node: AstNode, parent: string, context: Context, skip: ReadonlySet<AstNode>): boolean {
  const { routes } = context;
  const opening = node.openingElement as AstNode;
  const name = opening.name as AstNode;
  if (name.type !== 'JSXIdentifier' || name.name !== 'Route') return false;
  let path: string | undefined;
  let isIndex = false;
  let element: unknown;
  for (const attribute of opening.attributes as AstNode[]) {
    if (attribute.type !== 'JSXAttribute') continue;
    const attributeName = (attribute.name as AstNode).name;
    if (attributeName === 'path') path = stringValue(attribute.value);
    if (attributeName === 'index') isIndex = attribute.value === null || (isNode(attribute.value) && stringValue(attribute.value) !== 'false');
    if ((attributeName === 'element' || attributeName === 'Component') && isNode(attribute.value)) element = attribute.value.expression;
  }
  const here = path === undefined ? parent : join(parent, path);
  if (path !== undefined || isIndex) routes.add(here === '' ? '/' : here);
  renderComponent(element, here, context);
  visit(opening.attributes, here.replace(/\/\*\*$/, ''), context, skip);
  visit(node.children, here, context, skip);
  return true;
}

/** `route(path, file, children?)`, `index(file)`, `layout(file, children)`, `prefix(path, children)`. */
function configCall(node: AstNode, parent: string, context: Context, skip: ReadonlySet<AstNode>): boolean {
  const { routes } = context;
  const callee = node.callee as AstNode;
  if (callee.type !== 'Identifier' || !CONFIG_HELPERS.has(callee.name as string)) return false;
  const args = node.arguments as AstNode[];
  const helper = callee.name as string;
  if (helper === 'index') {
    routes.add(parent || '/');
    return true;
  }
  if (helper === 'layout') {
    visit(args.slice(1), parent, context, skip);
    return true;
  }
  const path = stringValue(args[0]);
  if (path === undefined) return false;
  const here = join(parent, path);
  if (helper === 'route') {
    routes.add(here);
    visit(args.slice(2), here, context, skip);
  } else visit(args.slice(1), here, context, skip);
  return true;
}
