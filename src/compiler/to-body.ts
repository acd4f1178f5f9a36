import GithubSlugger from 'github-slugger';
import type { BlockContent, List, Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import type { BlockNode, CalloutKind, InlineNode, LinkTarget, ListItemNode } from '../schema/help-index';
import { didYouMeanHint } from './did-you-mean';
import type { LineColumn } from './line-index';
import { collapseWhitespace, inlineText } from './plain-text';
import type { Reporter } from './reporter';

/** A link in a body, remembered so the link stage can resolve it (or turn it back into text). */
export interface LinkRecord {
  node: Extract<InlineNode, { type: 'link' }>;
  /** The array that holds `node`, so an unresolvable link can be replaced by its text. */
  container: InlineNode[];
  /** The destination as written. */
  url: string;
  /** True for relative destinations, which only the link stage can resolve. */
  pending: boolean;
  at: LineColumn | undefined;
}

/** One top-level block: the mdast node it came from and what it became. */
export interface BodyEntry {
  source: RootContent;
  block: BlockNode;
}

export interface Body {
  entries: BodyEntry[];
  headings: { id: string; depth: number; text: string }[];
  links: LinkRecord[];
}

/**
 * Blockquotes and lists nested deeper than this become plain text: real
 * articles never come close, and it bounds recursion on hostile input.
 */
export const MAX_NESTING = 24;

const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);
/** Hugo/Jekyll-style shortcodes: `{{< figure src="…" >}}`, `{{% note %}}`. */
// The body is bounded so a text full of unclosed `{{<` stays linear instead of rescanning to the end from each one.
const SHORTCODE = /\{\{([<%])\s*\/?\s*([\w.-]*)([\s\S]{0,2000}?)[>%]\}\}/g;
const SHORTCODE_TEXT_ATTRIBUTE = /\b(?:alt|caption|title)\s*=\s*"([^"]*)"/;

/**
 * mdast to the body tree of allowed node types (`BlockNode`/`InlineNode`).
 * Raw HTML, unsafe URLs and shortcodes never pass through: each is dropped or
 * kept as text, with a warning at its position.
 */
export function toBody(tree: Root, reporter: Reporter, source?: BodySource): Body {
  return new BodyConverter(tree, reporter, source).convert();
}

/** What the body stage needs beyond the tree: the parsed text (directives are given back as written) and the help center's shared warnings. */
export interface BodySource {
  /** The text the tree was parsed from; node offsets point into it. */
  body: string;
  /** Unknown component and directive names already reported in this help center. */
  helpCenter: { warnedComponents: Set<string> };
}

/**
 * Every {@link CalloutKind}, in the order messages list them. Here rather than in the schema: a value
 * there would reach the browser's first load, and only the compiler needs the list.
 */
export const CALLOUT_KINDS: readonly CalloutKind[] = ['note', 'tip', 'info', 'important', 'warning', 'caution', 'danger'];

/** MDX components that are admonitions: `<Admonition type="tip">`, `<Callout type="warning">`, or named after the kind (`<Warning>`). */
const ADMONITION_COMPONENTS = new Set(['Admonition', 'Callout', 'Alert', 'Aside']);
/** GitHub alerts: `> [!NOTE]` on the quote's first line. */
const GITHUB_ALERT = /^\[!(note|tip|important|warning|caution)\][ \t]*(?:\r?\n|$)/i;
/** Docusaurus kinds that are other names for ours. */
const KIND_ALIASES: Record<string, CalloutKind> = { success: 'tip', secondary: 'note', error: 'danger', question: 'info', hint: 'tip', attention: 'warning' };


const position = (node: { position?: { start: { line: number; column: number } } | undefined }): LineColumn | undefined =>
  node.position ? { line: node.position.start.line, column: node.position.start.column } : undefined;

class BodyConverter {
  private readonly slugger = new GithubSlugger();
  private readonly headings: Body['headings'] = [];
  private readonly links: LinkRecord[] = [];
  private readonly definitions = new Map<string, { url: string; title: string | null | undefined }>();
  private readonly htmlWarnedLines = new Set<number>();
  private shortcodeWarned = false;
  private depthWarned = false;
  private readonly warnedComponents: Set<string>;

  constructor(
    private readonly tree: Root,
    private readonly reporter: Reporter,
    private readonly source: BodySource | undefined,
  ) {
    this.warnedComponents = source?.helpCenter.warnedComponents ?? new Set();
  }

  convert(): Body {
    this.collectDefinitions();
    const entries: BodyEntry[] = [];
    // Components that only wrap content (`<Tabs>`, `:::details`) are looked through, so symptoms inside them are found as anywhere else.
    const add = (children: readonly RootContent[], depth: number) => {
      for (const child of children) {
        const inner = depth < MAX_NESTING ? this.transparentChildren(child) : undefined;
        if (inner) {
          add(inner, depth + 1);
          continue;
        }
        if (depth >= MAX_NESTING && (child.type === 'mdxJsxFlowElement' || child.type === 'containerDirective')) {
          const flat = this.flatten(child);
          if (flat) entries.push({ source: child, block: flat });
          continue;
        }
        const block = this.block(child, 0);
        if (block) entries.push({ source: child, block });
      }
    };
    add(this.tree.children, 0);
    return { entries, headings: this.headings, links: this.links };
  }

  /** The children of a component or directive that stands for nothing of its own (reported once per name), or `undefined`. */
  private transparentChildren(node: RootContent): RootContent[] | undefined {
    if (node.type === 'mdxJsxFlowElement') {
      if (this.calloutKind(node) !== undefined) return undefined;
      this.unknownComponent(`<${node.name ?? ''}>`, componentKey(node.name ?? ''), position(node), 'component');
      return node.children as RootContent[];
    }
    if (node.type === 'containerDirective') {
      if (calloutKindOf(node.name) !== undefined) return undefined;
      this.unknownComponent(`:::${node.name}`, `:::${node.name}`, position(node), 'directive');
      return node.children.filter((child) => !(child.type === 'paragraph' && child.data?.directiveLabel)) as RootContent[];
    }
    return undefined;
  }

  private unknownComponent(shown: string, key: string, at: LineColumn | undefined, what: 'component' | 'directive'): void {
    // A fragment (`<>…</>`) is only a wrapper: nothing to report.
    if (key === 'fragment' || this.warnedComponents.has(key)) return;
    this.warnedComponents.add(key);
    const html = key === HTML_ELEMENTS;
    this.reporter.warning(
      'unknown-component',
      (html
        ? `the HTML element ${shown} and any other HTML element in MDX is shown as its text content (reported once per help center). `
        : `the ${what} ${shown} is not one the panel knows; its Markdown content is kept and the rest dropped (reported once per help center). `) +
        `Admonitions are ${what === 'component' ? '<Admonition type="note|tip|info|warning|danger">' : ':::note, :::tip, :::info, :::warning, :::danger'}.`,
      at,
    );
  }

  /** The callout kind of an admonition component, reporting an unknown `type`; `undefined` for any other component. */
  private calloutKind(node: Extract<RootContent | PhrasingContent, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>): CalloutKind | undefined {
    const name = node.name ?? '';
    const direct = /^[A-Z]/.test(name) ? calloutKindOf(name) : undefined;
    if (direct !== undefined) return direct;
    if (!ADMONITION_COMPONENTS.has(name)) return undefined;
    const type = attribute(node.attributes, 'type') ?? attribute(node.attributes, 'variant') ?? attribute(node.attributes, 'kind');
    if (type === undefined) return 'note';
    const kind = calloutKindOf(type);
    if (kind === undefined) {
      this.reporter.warning(
        'unknown-component',
        `the admonition type "${type}" is not one the panel knows, so it is shown as a note.${didYouMeanHint(type, CALLOUT_KINDS)} Allowed types: ${CALLOUT_KINDS.join(', ')}.`,
        position(node),
      );
      return 'note';
    }
    return kind;
  }

  private callout(kind: CalloutKind, title: InlineNode[] | undefined, children: readonly RootContent[], depth: number): BlockNode {
    const blocks = this.blocks(children, depth + 1);
    return { type: 'callout', kind, ...(title && title.length > 0 ? { title } : {}), children: blocks };
  }

  /** Text and leaf directives (`:abbr[x]`, `::name`) are not ours: they are given back as the text they were written as. */
  private writtenAs(node: { position?: { start: { offset?: number | undefined }; end: { offset?: number | undefined } } | undefined }): string {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    return this.source && start !== undefined && end !== undefined ? this.source.body.slice(start, end) : '';
  }

  private dropped(what: string, value: string, at: LineColumn | undefined): void {
    this.reporter.warning(
      'mdx-dropped',
      `the MDX ${what} "${truncate(value)}" was dropped: help articles never run code. Write its result as Markdown instead.`,
      at,
    );
  }

  /** Definitions may come after their use, so they are gathered first (containers only: they are never inline). */
  private collectDefinitions(): void {
    const stack: Nodes[] = [this.tree];
    while (stack.length > 0) {
      const node = stack.pop() as Nodes;
      if (node.type === 'definition') {
        const key = node.identifier.toLowerCase();
        if (!this.definitions.has(key)) this.definitions.set(key, { url: node.url, title: node.title });
      } else if (node.type === 'root' || node.type === 'blockquote' || node.type === 'list' || node.type === 'listItem' || node.type === 'footnoteDefinition') {
        // Pushed last to first, so definitions are met in document order and the first of a label wins, as CommonMark says.
        for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Nodes);
      }
    }
  }

  private blocks(nodes: readonly RootContent[], depth: number): BlockNode[] {
    const out: BlockNode[] = [];
    for (const node of nodes) {
      const inner = depth <= MAX_NESTING ? this.transparentChildren(node) : undefined;
      if (inner) {
        out.push(...this.blocks(inner, depth + 1));
        continue;
      }
      const block = this.block(node, depth);
      if (block) out.push(block);
    }
    return out;
  }

  private block(node: RootContent, depth: number): BlockNode | null {
    if (depth > MAX_NESTING) return this.flatten(node);
    switch (node.type) {
      case 'paragraph': {
        // `<Note>Short text</Note>` on one line is MDX text inside a paragraph; alone there it is still a callout.
        const only = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
        const lone = only.length === 1 && only[0]?.type === 'mdxJsxTextElement' ? only[0] : undefined;
        const loneKind = lone ? this.calloutKind(lone) : undefined;
        if (lone && loneKind !== undefined) {
          const title = attribute(lone.attributes, 'title');
          const inner = this.inlines(lone.children, 0);
          return { type: 'callout', kind: loneKind, ...(title ? { title: [{ type: 'text', value: title }] } : {}), children: isBlank(inner) ? [] : [{ type: 'paragraph', children: inner }] };
        }
        const children = this.inlines(node.children, 0);
        return isBlank(children) ? null : { type: 'paragraph', children };
      }
      case 'heading': {
        const children = this.inlines(node.children, 0);
        const text = collapseWhitespace(inlineText(children));
        const id = this.slugger.slug(text);
        this.headings.push({ id, depth: node.depth, text });
        return { type: 'heading', depth: node.depth, id, children };
      }
      case 'list':
        return {
          type: 'list',
          ordered: node.ordered === true,
          ...(node.ordered ? { start: node.start ?? 1 } : {}),
          ...(isLoose(node) ? { loose: true } : {}),
          items: node.children.map((item): ListItemNode => ({
            ...(typeof item.checked === 'boolean' ? { checked: item.checked } : {}),
            children: this.blocks(item.children, depth + 1),
          })),
        };
      case 'code':
        return { type: 'code', ...(node.lang ? { lang: node.lang } : {}), value: node.value };
      case 'blockquote': {
        const alert = githubAlert(node.children);
        if (alert) return this.callout(alert.kind, undefined, alert.children, depth);
        // An empty quote is kept, as written (CommonMark renders it).
        return { type: 'blockquote', children: this.blocks(node.children, depth + 1) };
      }
      case 'thematicBreak':
        return { type: 'thematicBreak' };
      case 'containerDirective': {
        const kind = calloutKindOf(node.name);
        if (kind === undefined) return null;
        const label = node.children[0];
        const titled = label?.type === 'paragraph' && label.data?.directiveLabel === true;
        const title = titled ? this.inlines((label as Paragraph).children, 0) : undefined;
        return this.callout(kind, title, (titled ? node.children.slice(1) : node.children) as RootContent[], depth);
      }
      case 'leafDirective': {
        const value = this.writtenAs(node);
        return value === '' ? null : { type: 'paragraph', children: [{ type: 'text', value }] };
      }
      case 'mdxJsxFlowElement': {
        const kind = this.calloutKind(node);
        if (kind === undefined) return null;
        const title = attribute(node.attributes, 'title');
        return this.callout(kind, title ? [{ type: 'text', value: title }] : undefined, node.children as RootContent[], depth);
      }
      case 'mdxjsEsm':
        this.dropped(node.value.trimStart().startsWith('export') ? 'export' : 'import', node.value, position(node));
        return null;
      case 'mdxFlowExpression':
        if (!isComment(node.value)) this.dropped('expression', `{${node.value}}`, position(node));
        return null;
      case 'table':
        return {
          type: 'table',
          align: node.children[0]?.children.map((_, index) => node.align?.[index] ?? null) ?? [],
          rows: node.children.map((row) => row.children.map((cell) => this.inlines(cell.children, 0))),
        };
      case 'html':
        this.rawHtml(node.value, position(node));
        return null;
      case 'footnoteDefinition': {
        // No footnote node in the body tree: keep the note's text, labelled, where it was written.
        const children = this.blocks(node.children, depth + 1);
        const first = children[0];
        const label: InlineNode = { type: 'text', value: `[^${node.label ?? node.identifier}]: ` };
        if (first?.type === 'paragraph') first.children.unshift(label);
        else children.unshift({ type: 'paragraph', children: [label] });
        return { type: 'blockquote', children };
      }
      // Front matter is read by the parse stage; definitions were collected; a rule has no node type.
      default:
        return null;
    }
  }

  private inlines(nodes: readonly PhrasingContent[], depth: number): InlineNode[] {
    const out: InlineNode[] = [];
    for (const node of nodes) this.inline(node, depth, out);
    return mergeText(out);
  }

  private inline(node: PhrasingContent, depth: number, out: InlineNode[]): void {
    if (depth > MAX_NESTING) {
      out.push({ type: 'text', value: this.flatText(node) });
      this.warnDepth(position(node));
      return;
    }
    switch (node.type) {
      case 'text':
        this.text(node.value, position(node), out);
        return;
      case 'emphasis':
      case 'strong': {
        const children = this.inlines(node.children, depth + 1);
        if (children.length > 0) out.push({ type: node.type, children });
        return;
      }
      case 'delete':
        // Strikethrough has no node type; its words stay readable.
        for (const child of node.children) this.inline(child, depth + 1, out);
        return;
      case 'inlineCode':
        out.push({ type: 'inlineCode', value: node.value });
        return;
      case 'break':
        out.push({ type: 'break' });
        return;
      case 'html':
        if (/^<br\s*\/?>$/i.test(node.value.trim())) out.push({ type: 'break' });
        else this.rawHtml(node.value, position(node));
        return;
      case 'link':
        this.link(node.url, node.title, node.children, position(node), depth, out);
        return;
      case 'linkReference': {
        const definition = this.definitions.get(node.identifier.toLowerCase());
        if (definition) this.link(definition.url, definition.title, node.children, position(node), depth, out);
        else for (const child of node.children) this.inline(child, depth + 1, out);
        return;
      }
      case 'image':
        this.image(node.url, node.alt, node.title, position(node), out);
        return;
      case 'imageReference': {
        const definition = this.definitions.get(node.identifier.toLowerCase());
        if (definition) this.image(definition.url, node.alt, definition.title, position(node), out);
        else if (node.alt) out.push({ type: 'text', value: node.alt });
        return;
      }
      case 'footnoteReference':
        out.push({ type: 'text', value: `[^${node.label ?? node.identifier}]` });
        return;
      case 'textDirective': {
        const value = this.writtenAs(node);
        if (value !== '') out.push({ type: 'text', value });
        return;
      }
      case 'mdxTextExpression':
        if (!isComment(node.value)) this.dropped('expression', `{${node.value}}`, position(node));
        return;
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        if (name === 'br') {
          out.push({ type: 'break' });
          return;
        }
        if (name === 'a' || name === 'Link') {
          const href = attribute(node.attributes, 'href') ?? attribute(node.attributes, 'to');
          if (href !== undefined) {
            this.link(href, attribute(node.attributes, 'title'), node.children, position(node), depth, out);
            return;
          }
        }
        if (name === 'img') {
          const src = attribute(node.attributes, 'src');
          if (src !== undefined) {
            this.image(src, attribute(node.attributes, 'alt'), attribute(node.attributes, 'title'), position(node), out);
            return;
          }
        }
        if (name === 'code') {
          out.push({ type: 'inlineCode', value: this.flatText(node as unknown as Nodes) });
          return;
        }
        if (!/^(?:strong|em|b|i|span|kbd|abbr|sub|sup|u|mark|small)$/.test(name)) this.unknownComponent(`<${name}>`, componentKey(name), position(node), 'component');
        for (const child of node.children) this.inline(child, depth + 1, out);
        return;
      }
      default:
        return;
    }
  }

  private text(value: string, at: LineColumn | undefined, out: InlineNode[]): void {
    if (!value.includes('{{') || !value.includes('}}')) {
      out.push({ type: 'text', value });
      return;
    }
    const replaced = value.replace(SHORTCODE, (whole, _open: string, _name: string, attributes: string, offset: number) => {
      if (!this.shortcodeWarned) {
        this.shortcodeWarned = true;
        const before = value.slice(0, offset);
        const lineBreaks = before.split('\n').length - 1;
        const where = at && {
          line: at.line + lineBreaks,
          column: lineBreaks === 0 ? at.column + offset : offset - before.lastIndexOf('\n'),
        };
        this.reporter.warning(
          'shortcode',
          `the shortcode "${truncate(whole)}" is not Markdown and was ${SHORTCODE_TEXT_ATTRIBUTE.test(attributes) ? 'replaced by its text' : 'dropped'}` +
            ` (reported once per file); use a Markdown image ![alt](src) or plain text instead.`,
          where,
        );
      }
      return SHORTCODE_TEXT_ATTRIBUTE.exec(attributes)?.[1] ?? '';
    });
    if (replaced !== '') out.push({ type: 'text', value: replaced });
  }

  private link(
    url: string,
    title: string | null | undefined,
    children: readonly PhrasingContent[],
    at: LineColumn | undefined,
    depth: number,
    out: InlineNode[],
  ): void {
    const content = this.inlines(children, depth + 1);
    const classified = classifyUrl(url);
    if (classified.kind === 'unsafe') {
      this.reporter.warning(
        'unsafe-url',
        `the link to "${truncate(url)}" was kept as text: ${classified.reason}. Links may point to other articles (./other.md), ` +
          `headings (#anchor), the app (app:/path), or http(s) and mailto addresses.`,
        at,
      );
      out.push(...content);
      return;
    }
    const target: LinkTarget = classified.kind === 'relative' ? { kind: 'external', href: url } : classified.target;
    const node: Extract<InlineNode, { type: 'link' }> = { type: 'link', target, ...(title ? { title } : {}), children: content };
    out.push(node);
    this.links.push({ node, container: out, url, pending: classified.kind === 'relative', at });
  }

  private image(url: string, alt: string | null | undefined, title: string | null | undefined, at: LineColumn | undefined, out: InlineNode[]): void {
    const classified = classifyUrl(url);
    const safe =
      (classified.kind === 'target' && classified.target.kind === 'external' && !url.toLowerCase().startsWith('mailto:')) ||
      (classified.kind === 'relative' && url.trim() !== '');
    if (!safe) {
      this.reporter.warning(
        'unsafe-url',
        `the image "${truncate(url)}" was dropped${alt ? ' (its alt text is kept)' : ''}; image sources must be http(s) addresses or relative paths.`,
        at,
      );
      if (alt) out.push({ type: 'text', value: alt });
      return;
    }
    out.push({ type: 'image', src: url.trim(), alt: alt ?? '', ...(title ? { title } : {}) });
  }

  private rawHtml(value: string, at: LineColumn | undefined): void {
    const trimmed = value.trim();
    // Comments are notes to other authors, not content: dropping them loses nothing a reader would see.
    if (trimmed.startsWith('<!--')) return;
    const line = at?.line ?? 0;
    if (this.htmlWarnedLines.has(line)) return;
    this.htmlWarnedLines.add(line);
    this.reporter.warning(
      'raw-html',
      `raw HTML "${truncate(trimmed)}" was dropped: article bodies never run or render HTML. Write it in Markdown instead.`,
      at,
    );
  }

  private flatten(node: RootContent): BlockNode | null {
    this.warnDepth(position(node));
    const value = this.flatText(node);
    return value === '' ? null : { type: 'paragraph', children: [{ type: 'text', value }] };
  }

  /** Plain text of any subtree without recursion, so no nesting depth can overflow the stack. */
  private flatText(node: Nodes): string {
    const parts: string[] = [];
    const stack: Nodes[] = [node];
    while (stack.length > 0) {
      const current = stack.pop() as Nodes;
      if (current.type === 'text' || current.type === 'inlineCode' || current.type === 'code') parts.push(current.value);
      else if (current.type === 'image') parts.push(current.alt ?? '');
      else if ('children' in current) for (let index = current.children.length - 1; index >= 0; index--) stack.push(current.children[index] as Nodes);
    }
    return collapseWhitespace(parts.join(' '));
  }

  private warnDepth(at: LineColumn | undefined): void {
    if (this.depthWarned) return;
    this.depthWarned = true;
    this.reporter.warning(
      'deep-nesting',
      `lists, quotes or emphasis are nested more than ${MAX_NESTING} levels deep; the deeper part is kept as plain text. Flatten the structure.`,
      at,
    );
  }
}

type ClassifiedUrl =
  | { kind: 'target'; target: LinkTarget }
  | { kind: 'relative' }
  | { kind: 'unsafe'; reason: string };

/**
 * Decides what a destination may become. Only an allow-list of schemes makes a
 * link; everything with another scheme (javascript:, data:, vbscript:, file:)
 * or protocol-relative (`//host`) is refused, and relative paths wait for the
 * link stage, which only ever turns them into article links.
 */
export function classifyUrl(raw: string): ClassifiedUrl {
  const url = raw.trim();
  if (url === '') return { kind: 'unsafe', reason: 'it is empty' };
  if (url.startsWith('#')) {
    return url.length === 1 ? { kind: 'unsafe', reason: 'it names no heading' } : { kind: 'target', target: { kind: 'anchor', anchor: decode(url.slice(1)) } };
  }
  if (url.startsWith('//') || url.startsWith('\\\\') || url.startsWith('/\\')) {
    return { kind: 'unsafe', reason: 'protocol-relative addresses are not allowed' };
  }
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url)?.[1]?.toLowerCase();
  if (scheme === 'app') {
    const to = url.slice(4);
    if (!to.startsWith('/') || to.startsWith('//') || /[\s\\]/.test(to)) {
      return { kind: 'unsafe', reason: 'app links are written app:/path, e.g. app:/settings/integrations' };
    }
    return { kind: 'target', target: { kind: 'app', to } };
  }
  if (scheme !== undefined) {
    if (!ALLOWED_SCHEMES.has(scheme)) return { kind: 'unsafe', reason: `the "${scheme}:" scheme is not allowed` };
    if (scheme !== 'mailto') {
      try {
        new URL(url);
      } catch {
        return { kind: 'unsafe', reason: 'it is not a valid address' };
      }
    }
    return { kind: 'target', target: { kind: 'external', href: url } };
  }
  // A colon before any slash with no valid scheme (e.g. "java\tscript:") is refused rather than guessed at.
  const firstColon = url.indexOf(':');
  const firstSlash = url.indexOf('/');
  if (firstColon !== -1 && (firstSlash === -1 || firstColon < firstSlash)) {
    return { kind: 'unsafe', reason: 'it looks like an address with an unknown scheme' };
  }
  return { kind: 'relative' };
}

function mergeText(nodes: InlineNode[]): InlineNode[] {
  const out: InlineNode[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (node.type === 'text' && last?.type === 'text') last.value += node.value;
    else out.push(node.type === 'text' ? { ...node } : node);
  }
  // mergeText runs while links are registered with their container: keep the same array object.
  nodes.length = 0;
  nodes.push(...out);
  return nodes;
}

function isBlank(nodes: readonly InlineNode[]): boolean {
  return nodes.every((node) => (node.type === 'text' && node.value.trim() === '') || node.type === 'break');
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function truncate(value: string): string {
  const single = value.replace(/\s+/g, ' ');
  return single.length > 60 ? `${single.slice(0, 57)}…` : single;
}

/** CommonMark's looseness: items apart by blank lines, or an item with blank lines between its blocks. */
function isLoose(list: List): boolean {
  return list.spread === true || list.children.some((item) => item.spread === true);
}

/** `note` for `note`, `NOTE`, `Note`, and for Docusaurus's other names (`success` → tip); `undefined` for any other name. */
function calloutKindOf(name: string): CalloutKind | undefined {
  const lower = name.toLowerCase();
  return (CALLOUT_KINDS as readonly string[]).includes(lower) ? (lower as CalloutKind) : KIND_ALIASES[lower];
}

/** A GitHub alert: the quote's first paragraph opens with `[!NOTE]` on its own line. Returns the kind and the quote's content without the marker. */
function githubAlert(children: readonly BlockContent[] | readonly RootContent[]): { kind: CalloutKind; children: RootContent[] } | undefined {
  const first = children[0];
  if (first?.type !== 'paragraph') return undefined;
  const lead = first.children[0];
  if (lead?.type !== 'text') return undefined;
  const match = GITHUB_ALERT.exec(lead.value);
  if (!match) return undefined;
  const rest = lead.value.slice(match[0].length);
  const restChildren = [...(rest === '' ? [] : [{ ...lead, value: rest }]), ...first.children.slice(1)];
  // A hard break right after the marker is only the marker's line end.
  if (restChildren[0]?.type === 'break') restChildren.shift();
  const paragraph: Paragraph = { ...first, children: restChildren };
  return {
    kind: (match[1] ?? 'note').toLowerCase() as CalloutKind,
    children: [...(restChildren.length > 0 ? [paragraph] : []), ...children.slice(1)] as RootContent[],
  };
}

/** A JSX attribute's literal string value; expressions are never evaluated, so they give `undefined`. */
function attribute(attributes: readonly (MdxJsxAttribute | MdxJsxExpressionAttribute)[], name: string): string | undefined {
  for (const item of attributes) {
    if (item.type === 'mdxJsxAttribute' && item.name === name && typeof item.value === 'string') return item.value;
  }
  return undefined;
}

/** An MDX comment (a block comment in braces): a note to other authors, dropped quietly like an HTML comment. */
function isComment(value: string): boolean {
  return /^\s*\/\*[\s\S]*\*\/\s*$/.test(value);
}

/** Lowercase JSX names are HTML elements: one warning covers them all. */
const HTML_ELEMENTS = 'html elements';

function componentKey(name: string): string {
  if (name === '') return 'fragment';
  return /^[a-z]/.test(name) && !name.includes('.') ? HTML_ELEMENTS : name;
}
