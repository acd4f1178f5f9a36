import type { Element, ElementContent, Root, RootContent } from 'hast';
import { classifyUrl } from '../compiler/to-body';

/** The callout kinds a GitHub alert (`> [!NOTE]`) can say, which the compiler reads back as callouts. */
export type AlertKind = 'note' | 'tip' | 'important' | 'warning' | 'caution';

/** What the sanitizer took out of one article, for its warnings. */
export interface SanitizeReport {
  /** Elements removed, by tag name (`script`, `style`, `object`, …), with how many. */
  droppedElements: Map<string, number>;
  /** Event-handler attributes removed (`onclick`, `onerror`). */
  eventHandlers: Set<string>;
  /** Addresses refused (`javascript:…`, `data:…`), as written. */
  unsafeUrls: string[];
  /** `<iframe>`s: replaced by a link to their `src`, or dropped when it is not http(s). */
  iframes: { src: string; linked: boolean }[];
  /** Whether nesting deeper than {@link MAX_HTML_DEPTH} was flattened before parsing. */
  flattened: boolean;
}

/**
 * What later stages need to know about elements of the cleaned tree. The tree
 * is copied on its way to Markdown, so what the sanitizer learnt travels as
 * properties of the elements themselves: {@link ANCHORS_PROPERTY} and {@link CALLOUT_PROPERTY}.
 */
export interface SanitizeResult {
  report: SanitizeReport;
  /** Anchors that came after the last heading: they name the end of the article, not a heading. */
  trailingAnchors: string[];
}

/** On a heading: the anchor names (`id`, `<a name>`) that pointed at it in the HTML, as a JSON list. */
export const ANCHORS_PROPERTY = 'dataHelpPanelAnchors';
/** On a callout element (a Help Scout `callout-yellow`, an Intercom callout, `class="alert alert-warning"`): its {@link AlertKind}. */
export const CALLOUT_PROPERTY = 'dataHelpPanelCallout';

/** The anchor names recorded on a heading by {@link sanitizeHtml}. */
export function anchorsOf(element: Element): string[] {
  const value = element.properties[ANCHORS_PROPERTY];
  if (typeof value !== 'string') return [];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed.filter((name): name is string => typeof name === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Nesting deeper than this is no article's: the HTML parser and the tree
 * converters recurse per level, so a hostile body of thousands of nested
 * `<div>`s would overflow the stack. Tags past this depth are removed before
 * parsing; their text stays.
 */
export const MAX_HTML_DEPTH = 100;

/** Removed with their content: they never show as text in a page, or they run code. */
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'object', 'embed', 'applet', 'frame', 'frameset', 'base', 'link', 'meta', 'svg', 'math', 'head', 'title', 'canvas', 'dialog', 'portal']);
/** Dropped quietly: parts of a page around the article, with nothing for a reader. */
const QUIET = new Set(['head', 'title', 'meta', 'link', 'base', 'noscript', 'template']);
/** Attributes that hold an address, by element. */
const URL_ATTRIBUTES: Record<string, string> = { a: 'href', img: 'src', image: 'src', video: 'src', audio: 'src', source: 'src', area: 'href', input: 'src' };
const HEADING = /^h[1-6]$/;
/** Blocks that may not stay inside a table cell: a GFM table's cell is one line of phrasing. */
const CELL_BLOCKS = new Set(['p', 'div', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'section', 'article', 'aside', 'figure', 'figcaption', 'header', 'footer', 'hr']);

/**
 * Cleans a parsed article in place, before it becomes Markdown: removes what
 * must never be imported (scripts, styles, embedded objects, event handlers,
 * addresses with other schemes than http(s) and mailto), turns iframes into
 * links, resolves relative addresses against the article's own URL, flattens
 * block content in table cells, and notes anchors and callouts for later stages.
 */
export function sanitizeHtml(tree: Root, options: { baseUrl?: string } = {}): SanitizeResult {
  const report: SanitizeReport = { droppedElements: new Map(), eventHandlers: new Set(), unsafeUrls: [], iframes: [], flattened: false };
  const headingAnchors = new Map<Element, string[]>();
  /** Anchors met since the last heading, waiting for the next one. */
  let pending: string[] = [];
  let lastHeading: Element | undefined;

  const drop = (tag: string) => {
    if (!QUIET.has(tag)) report.droppedElements.set(tag, (report.droppedElements.get(tag) ?? 0) + 1);
  };

  const resolveUrl = (raw: string): { url: string } | { unsafe: string } => {
    const url = raw.trim();
    if (url.startsWith('#') && url.length > 1) return { url };
    const classified = classifyUrl(url);
    if (classified.kind === 'target') {
      if (classified.target.kind === 'app') return { unsafe: url };
      return { url };
    }
    // Relative (`/hc/en-us/articles/1`, `other.html`) and protocol-relative (`//cdn…`) addresses are the help center's own.
    if (options.baseUrl !== undefined && url !== '' && (classified.kind === 'relative' || url.startsWith('//'))) {
      try {
        const absolute = new URL(url, options.baseUrl);
        if (absolute.protocol === 'http:' || absolute.protocol === 'https:') return { url: absolute.href };
      } catch {
        return { unsafe: url };
      }
    }
    if (classified.kind === 'relative' && url !== '') return { url };
    return { unsafe: url };
  };

  const visit = (children: (RootContent | ElementContent)[], inCell: boolean, inHeading = false): (RootContent | ElementContent)[] => {
    const out: (RootContent | ElementContent)[] = [];
    for (const child of children) {
      if (child.type === 'comment' || child.type === 'doctype') continue;
      if (child.type !== 'element') {
        out.push(child);
        continue;
      }
      const tag = child.tagName.toLowerCase();
      if (DROPPED.has(tag)) {
        drop(tag);
        continue;
      }
      const properties = child.properties;
      for (const name of Object.keys(properties)) {
        // The sanitizer's own notes are never taken from the input.
        if (name === ANCHORS_PROPERTY || name === CALLOUT_PROPERTY) delete properties[name];
        if (/^on/i.test(name)) {
          report.eventHandlers.add(name.toLowerCase());
          delete properties[name];
        }
      }
      // A callout is read from its classes and colours before the style attribute goes.
      const callout = calloutKind(child);
      if (callout !== undefined) properties[CALLOUT_PROPERTY] = callout;
      delete properties.style;

      const anchorName = typeof properties.id === 'string' ? properties.id : undefined;
      const nameAttribute = tag === 'a' && typeof properties.name === 'string' ? properties.name : undefined;

      if (tag === 'iframe') {
        const src = typeof properties.src === 'string' ? resolveUrl(properties.src) : undefined;
        const linked = src !== undefined && 'url' in src && /^https?:/i.test(src.url);
        report.iframes.push({ src: typeof properties.src === 'string' ? properties.src : '', linked });
        if (src !== undefined && 'url' in src && linked) {
          const title = typeof properties.title === 'string' && properties.title.trim() !== '' ? properties.title.trim() : src.url;
          out.push({ type: 'element', tagName: 'a', properties: { href: src.url }, children: [{ type: 'text', value: title }] });
        }
        continue;
      }

      const urlKey = URL_ATTRIBUTES[tag];
      if (urlKey !== undefined && urlKey in properties) {
        const raw = properties[urlKey];
        const resolved = typeof raw === 'string' ? resolveUrl(raw) : { unsafe: String(raw) };
        if ('unsafe' in resolved) {
          report.unsafeUrls.push(resolved.unsafe);
          delete properties[urlKey];
          if (tag === 'img' || tag === 'image') {
            // The picture is gone; what it said stays.
            const alt = typeof properties.alt === 'string' ? properties.alt.trim() : '';
            if (alt !== '') out.push({ type: 'text', value: alt });
            continue;
          }
        } else properties[urlKey] = resolved.url;
      }
      // Media and their sources may hold a poster or srcset too; only `src` is read, so the rest goes.
      delete properties.srcSet;
      delete properties.poster;
      delete properties.formAction;
      delete properties.action;

      const heading = HEADING.test(tag);
      if (heading && !inHeading) {
        const names = [...pending, ...(anchorName ? [anchorName] : []), ...innerAnchors(child)];
        pending = [];
        headingAnchors.set(child, names);
        lastHeading = child;
      } else if (!inHeading && (anchorName !== undefined || nameAttribute !== undefined)) {
        const names = [anchorName, nameAttribute].filter((name): name is string => name !== undefined && name !== '');
        // An empty anchor names the heading after it; an element with content names the section it is in.
        if (isEmpty(child) || lastHeading === undefined) for (const name of names) pending.push(name);
        else {
          const before = headingAnchors.get(lastHeading) ?? [];
          for (const name of names) before.push(name);
          headingAnchors.set(lastHeading, before);
        }
      }

      if (tag === 'a' && typeof properties.href !== 'string') {
        // An anchor without an address (`<a name="x">`, or one whose address was refused) is its text.
        for (const node of visit(child.children, inCell, inHeading)) out.push(node);
        continue;
      }
      const cell = tag === 'td' || tag === 'th';
      child.children = visit(child.children, inCell || cell, inHeading || heading) as ElementContent[];
      // An empty ruby part shows nothing; thousands of them in a row (what is left of `<ruby><rt>` nested thousands deep) make the Markdown converter look ahead past each, in quadratic time.
      if (RUBY_PARTS.has(tag) && child.children.length === 0) continue;
      if (cell) child.children = flattenCell(child.children);
      out.push(child);
    }
    return out;
  };

  tree.children = visit(tree.children, false) as RootContent[];
  for (const [heading, names] of headingAnchors) if (names.length > 0) heading.properties[ANCHORS_PROPERTY] = JSON.stringify([...new Set(names)]);
  return { report, trailingAnchors: pending };
}

/** `id`s and `name`s of anchors inside a heading (`<h2><a name="x"></a>Title</h2>`). */
function innerAnchors(heading: Element): string[] {
  const names: string[] = [];
  const stack: ElementContent[] = [...heading.children];
  while (stack.length > 0) {
    const node = stack.pop() as ElementContent;
    if (node.type !== 'element') continue;
    for (const key of ['id', 'name'] as const) {
      const value = node.properties[key];
      if (typeof value === 'string' && value !== '') names.push(value);
    }
    // One at a time: spreading a long list of children as arguments overflows the stack.
    for (const child of node.children) stack.push(child);
  }
  return names;
}

function isEmpty(element: Element): boolean {
  return element.children.every((child) => child.type === 'text' && child.value.trim() === '');
}

/**
 * A table cell's block content as one line: paragraphs, list items and other
 * blocks become their inline content, one after another with line breaks
 * between them, so every word stays and the table stays a table.
 */
function flattenCell(children: ElementContent[]): ElementContent[] {
  const out: ElementContent[] = [];
  const add = (nodes: ElementContent[]) => {
    for (const node of nodes) {
      if (node.type === 'element' && CELL_BLOCKS.has(node.tagName)) {
        if (node.tagName === 'hr') continue;
        if (out.length > 0 && !(out[out.length - 1]?.type === 'element' && (out[out.length - 1] as Element).tagName === 'br')) {
          out.push({ type: 'element', tagName: 'br', properties: {}, children: [] });
        }
        if (node.tagName === 'pre') out.push({ type: 'element', tagName: 'code', properties: {}, children: node.children });
        else add(node.children);
        out.push({ type: 'element', tagName: 'br', properties: {}, children: [] });
      } else out.push(node);
    }
  };
  add(children);
  while (out.length > 0 && out[out.length - 1]?.type === 'element' && (out[out.length - 1] as Element).tagName === 'br') out.pop();
  return out;
}

/** Class words that name a callout's kind, and the kind each stands for. */
const CALLOUT_WORDS: Record<string, AlertKind> = {
  note: 'note',
  info: 'note',
  information: 'note',
  notice: 'note',
  primary: 'note',
  secondary: 'note',
  blue: 'note',
  purple: 'note',
  gray: 'note',
  grey: 'note',
  tip: 'tip',
  hint: 'tip',
  success: 'tip',
  green: 'tip',
  important: 'important',
  warning: 'warning',
  warn: 'warning',
  attention: 'warning',
  yellow: 'warning',
  orange: 'warning',
  caution: 'caution',
  danger: 'caution',
  error: 'caution',
  red: 'caution',
};

/**
 * The callout an element stands for, if any: classes that say so (`callout`,
 * `callout-yellow`, `alert alert-warning`, `note`, `wysiwyg-callout`, Intercom's
 * `intercom-interblocks-callout` coloured by its style), kind from the words
 * in them; `note` when no word says.
 */
export function calloutKind(element: Element): AlertKind | undefined {
  if (!/^(?:div|aside|section|p|blockquote)$/.test(element.tagName)) return undefined;
  const classes = classList(element);
  const words = classes.flatMap((name) => name.toLowerCase().split(/[-_\s]+/));
  const marked = words.some((word) => word === 'callout' || word === 'alert' || word === 'admonition' || word === 'notice' || word === 'note' || word === 'tip' || word === 'warning' || word === 'important' || word === 'caution' || word === 'danger');
  if (!marked) return undefined;
  for (const word of words) {
    const kind = CALLOUT_WORDS[word];
    if (kind !== undefined) return kind;
  }
  const style = typeof element.properties.style === 'string' ? element.properties.style : '';
  return kindOfColour(style) ?? 'note';
}

function classList(element: Element): string[] {
  const value: unknown = element.properties.className;
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? value.split(/\s+/) : [];
}

/** Intercom colours its callouts with a background colour and no class for the kind: read the hue. */
function kindOfColour(style: string): AlertKind | undefined {
  const hex = /background(?:-color)?\s*:\s*#([0-9a-f]{6})/i.exec(style)?.[1];
  if (hex === undefined) return undefined;
  const [r, g, b] = [0, 2, 4].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  if (max - min < 0.08) return 'note';
  let hue: number;
  if (max === r) hue = ((g - b) / (max - min) + 6) % 6;
  else if (max === g) hue = (b - r) / (max - min) + 2;
  else hue = (r - g) / (max - min) + 4;
  hue *= 60;
  if (hue < 20 || hue >= 330) return 'caution';
  if (hue < 70) return 'warning';
  if (hue < 170) return 'tip';
  return 'note';
}

/**
 * Cuts nesting deeper than {@link MAX_HTML_DEPTH} out of HTML text before it is
 * parsed: tags past that depth are removed (their text stays). Elements whose
 * end tag HTML lets authors leave out (`<li>`, `<p>`, `<td>`, …) do not count,
 * as a parser closes them by itself — except the parts of a ruby (`<rt>`,
 * `<rp>`, `<rb>`, `<rtc>`), which a parser closes only inside a `<ruby>`:
 * outside one, `'<rt>'.repeat(3000)` nests 3000 deep. Returns the text
 * unchanged when no cut was needed. Linear in the text: each open element is
 * pushed and popped once.
 */
export function capHtmlNesting(html: string): { html: string; flattened: boolean } {
  // Cheap test first: a body with fewer tags than the limit cannot be too deep.
  let tags = 0;
  for (let index = html.indexOf('<'); index !== -1 && tags <= MAX_HTML_DEPTH; index = html.indexOf('<', index + 1)) tags++;
  if (tags <= MAX_HTML_DEPTH) return { html, flattened: false };
  const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>/g;
  // Measured first, without building a string: nearly every article is within the limit.
  const measure = new OpenElements();
  let deepest = 0;
  for (let match = TAG.exec(html); match !== null; match = TAG.exec(html)) {
    const tag = (match[2] as string).toLowerCase();
    if (VOID.has(tag) || OPTIONAL_END.has(tag) || match[3] === '/') continue;
    if (match[1] === '/') measure.close(tag);
    else deepest = Math.max(deepest, measure.open(tag));
  }
  if (deepest <= MAX_HTML_DEPTH) return { html, flattened: false };
  const kept = new OpenElements();
  /** End tags still to remove, by name: those of the start tags removed. */
  const suppressed = new Map<string, number>();
  const result = html.replace(TAG, (whole, closing: string, name: string, selfClosing: string) => {
    const tag = name.toLowerCase();
    if (VOID.has(tag) || OPTIONAL_END.has(tag) || selfClosing === '/') return whole;
    if (closing === '/') {
      const waiting = suppressed.get(tag) ?? 0;
      if (waiting > 0) {
        suppressed.set(tag, waiting - 1);
        return '';
      }
      kept.close(tag);
      return whole;
    }
    if (kept.depthAfterOpening(tag) > MAX_HTML_DEPTH) {
      suppressed.set(tag, (suppressed.get(tag) ?? 0) + 1);
      return '';
    }
    kept.open(tag);
    return whole;
  });
  return { html: result, flattened: true };
}

/** Ruby parts: closed by the next part only inside a `<ruby>` (HTML's "generate implied end tags"). */
const RUBY_PARTS = new Set(['rb', 'rt', 'rp', 'rtc']);

/**
 * The elements a parser would hold open, as far as the nesting cap needs:
 * an end tag closes up to its element, and a ruby part inside a `<ruby>`
 * closes the part before it.
 */
class OpenElements {
  private readonly stack: string[] = [];
  private readonly counts = new Map<string, number>();

  /** How deep `tag` would be if opened now, without opening it. */
  depthAfterOpening(tag: string): number {
    if (!RUBY_PARTS.has(tag) || (this.counts.get('ruby') ?? 0) === 0) return this.stack.length + 1;
    let top = this.stack.length;
    while (top > 0 && this.closesBefore(tag, this.stack[top - 1] as string)) top--;
    return top + 1;
  }

  /** Opens `tag`; returns the depth it is at. */
  open(tag: string): number {
    if (RUBY_PARTS.has(tag) && (this.counts.get('ruby') ?? 0) > 0) {
      while (this.stack.length > 0 && this.closesBefore(tag, this.stack[this.stack.length - 1] as string)) this.pop();
    }
    this.stack.push(tag);
    this.counts.set(tag, (this.counts.get(tag) ?? 0) + 1);
    return this.stack.length;
  }

  /** Closes up to and including the innermost `tag`; a stray end tag closes nothing, as in a parser. */
  close(tag: string): void {
    if ((this.counts.get(tag) ?? 0) === 0) return;
    while (this.pop() !== tag);
  }

  /** `<rt>` and `<rp>` close an open `<rb>`, `<rt>`, `<rp>` but not an `<rtc>`; `<rb>` and `<rtc>` close all four. */
  private closesBefore(tag: string, open: string): boolean {
    return RUBY_PARTS.has(open) && !(open === 'rtc' && (tag === 'rt' || tag === 'rp'));
  }

  private pop(): string | undefined {
    const tag = this.stack.pop();
    if (tag !== undefined) this.counts.set(tag, (this.counts.get(tag) ?? 1) - 1);
    return tag;
  }
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen']);
const OPTIONAL_END = new Set(['li', 'p', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption', 'html', 'head', 'body']);
