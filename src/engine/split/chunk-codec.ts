import {
  HELP_INDEX_FORMAT,
  HELP_MANIFEST_VERSION,
  type Article,
  type BlockNode,
  type Check,
  type EarlyCheck,
  type EarlySymptom,
  type HelpChunk,
  type InlineNode,
  type LinkTarget,
  type ListItemNode,
  type Symptom,
} from '../../schema/help-index';
import { HelpIndexError } from '../base/index';
import { bodyText, inlineText, summaryOf } from '../base/index';
import { checkVersion, isRecord } from '../base/index';

/*
 * An article chunk repeats nothing its bodies already hold. In the compiled
 * index a check's content is the very list item (or paragraph, or heading)
 * of the body that carries its id, and an article's headings and links are
 * the body's own: written out again they cost about a third of a chunk's
 * gzip. The same goes for ids: a symptom's is its article's and its slug, a
 * check's is the next check id of the body, and the body names symptoms by
 * slug. The encoder leaves out each one the decoder can rebuild exactly
 * (it checks by rebuilding), and keeps the rest as it is.
 */

/** A check the decoder rebuilds from the body node that carries its id: only what the body does not hold. */
interface EncodedCheck {
  /** Absent when it is the body's next check id (see `EncodedSymptom.k`). */
  id?: string;
  /**
   * Where it is in the article's file: `[line, column]`, or, at column 1, the
   * number of lines after the symptom's or the previous check's line.
   */
  at: [number, number] | number;
  diagnostic?: string;
  revision?: string;
  /** Present when the body does not hold the check's content as it is. */
  content?: InlineNode[];
  /** Present when the plain text is not the content's text with whitespace collapsed. */
  text?: string;
}

type EncodedSymptom = Omit<Symptom, 'checks' | 'source' | 'id' | 'articleId' | 'description'> & {
  description?: string;
  /** Absent when it is `<articleId>#<slug>`. */
  id?: string;
  /** Absent when `a` names the article. */
  articleId?: string;
  /** The article's position in the chunk. */
  a?: number;
  /** Where this symptom's checks start in its body's check ids (document order), when their ids are left out. */
  k?: number;
  /** `[first, count]`: the top-level blocks whose text the description is, when it is left out. */
  d?: [number, number];
  checks: EncodedCheck[];
  at: [number, number];
};
type EncodedArticle = Omit<Article, 'headings' | 'links' | 'symptomIds' | 'summary' | 'source'> &
  Partial<Pick<Article, 'headings' | 'links' | 'symptomIds'>> & {
    /** The summary, or the position of the top-level paragraph it was derived from (see `summaryOf`). */
    summary: string | number;
    /** At line 1, column 1: the file's path, or only its folder (`dir/`) when the file is named `<id>.md`. */
    source: Article['source'] | string;
  };

/** An article chunk as it is stored: see {@link encodeChunk}. */
export interface EncodedChunk {
  format: typeof HELP_INDEX_FORMAT;
  version: typeof HELP_MANIFEST_VERSION;
  kind: 'chunk';
  articles: EncodedArticle[];
  symptoms: EncodedSymptom[];
  /** Bodies packed as arrays (see `packBlocks`). */
  bodies: Record<string, unknown[]>;
}

/** Whitespace runs as one space, trimmed; most texts have nothing to collapse, and are returned as they are. */
const collapse = (text: string) => (/[^\S ]| {2}|^ | $/.test(text) ? text.replace(/\s+/g, ' ').trim() : text);

/**
 * The id the compiler gives a heading or a check whose text is `nodes`, when that text is plain
 * ASCII: GitHub's anchor slug (the compiler's slugify.ts), lower case with punctuation dropped and
 * spaces as `-`. A split file leaves out every id that equals it (written `0`), which is most of
 * them, and about a seventh of a chunk. Undefined for other text: its ids are always written out, so no
 * rule here has to agree with the slugger on all of Unicode, in every browser.
 */
export function textSlug(nodes: readonly InlineNode[]): string | undefined {
  const text = inlineText(nodes);
  let slug = '';
  // Whitespace runs count as one space, and none at either end (the compiler collapses the text first).
  let seen = false;
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || (code >= 9 && code <= 13)) {
      space = seen;
      continue;
    }
    if (code < 32 || code > 126) return undefined;
    if (space) slug += '-';
    seen = true;
    space = false;
    // Letters (lower-cased), digits, `-` and `_` stay; other punctuation goes.
    if (code >= 65 && code <= 90) slug += String.fromCharCode(code + 32);
    else if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 45 || code === 95) slug += text[i];
  }
  return slug === '' ? undefined : slug;
}

/** An id as a split file stores it: `0` when {@link textSlug} gives it back from the text beside it. */
const packId = (id: string | undefined, nodes: readonly InlineNode[] | undefined) => (id !== undefined && nodes !== undefined && id === textSlug(nodes) ? 0 : id);
/** An id as {@link packId} stored it. */
const unpackId = (packed: unknown, nodes: readonly InlineNode[]) => (packed === 0 ? (textSlug(nodes) ?? '') : packed);

/** Whether two JSON values are equal, as their JSON texts would be (key order aside, which the codec keeps). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!same(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined);
  const keysB = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined);
  if (keysA.length !== keysB.length) return false;
  for (const key of keysA) if (!same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  return true;
}

/** The inline content each check id of an article's body carries, by `symptomId` (lists) and by check id. */
function carriers(body: readonly BlockNode[]): { inList: Map<string, InlineNode[]>; loose: Map<string, InlineNode[]> } {
  const inList = new Map<string, InlineNode[]>();
  const loose = new Map<string, InlineNode[]>();
  const walk = (nodes: readonly BlockNode[]) => {
    for (const node of Array.isArray(nodes) ? nodes : []) {
      if (typeof node !== 'object' || node === null) continue;
      switch (node.type) {
        case 'list':
          for (const item of Array.isArray(node.items) ? node.items : []) {
            const lead = item?.children?.[0];
            if (node.symptomId !== undefined && item?.checkId !== undefined && lead?.type === 'paragraph') {
              inList.set(`${node.symptomId}\n${item.checkId}`, lead.children);
            }
            walk(item?.children ?? []);
          }
          break;
        case 'paragraph':
        case 'heading':
          if (node.checkId !== undefined && !loose.has(node.checkId)) loose.set(node.checkId, node.children);
          break;
        case 'blockquote':
          walk(node.children);
          break;
      }
    }
  };
  walk(body);
  return { inList, loose };
}

/** Every check id of a body, in document order. */
function checkIdsOf(body: readonly BlockNode[]): string[] {
  const out: string[] = [];
  const walk = (nodes: readonly BlockNode[]) => {
    for (const node of Array.isArray(nodes) ? nodes : []) {
      if (typeof node !== 'object' || node === null) continue;
      if ((node.type === 'paragraph' || node.type === 'heading') && node.checkId !== undefined) out.push(node.checkId);
      else if (node.type === 'blockquote') walk(node.children);
      else if (node.type === 'list') {
        for (const item of Array.isArray(node.items) ? node.items : []) {
          if (item?.checkId !== undefined) out.push(item.checkId);
          walk(item?.children ?? []);
        }
      }
    }
  };
  walk(body);
  return out;
}


/** Each top-level block's text, whitespace collapsed, computed once. */
function blockTexts(body: readonly BlockNode[]): (i: number) => string {
  const texts: string[] = [];
  return (i) => (texts[i] ??= collapse(bodyText([body[i]!])));
}

/** Where a top-level paragraph whose derived summary is `summary` sits; -1 when none does. */
function summarySource(body: readonly BlockNode[], text: (i: number) => string, summary: string): number {
  for (let i = 0; i < body.length; i++) {
    const node = body[i]!;
    if (node?.type === 'paragraph' && node.checkId === undefined && summaryOf(text(i)) === summary) return i;
  }
  return -1;
}

/** The top-level blocks whose texts, joined by spaces, are `description`: `[first, count]`, or undefined. */
function descriptionSource(body: readonly BlockNode[], text: (i: number) => string, description: string): [number, number] | undefined {
  if (description === '') return undefined;
  for (let i = 0; i < body.length; i++) {
    let joined = text(i);
    if (joined === '' || !description.startsWith(joined)) continue;
    for (let n = 1; i + n <= body.length; n++) {
      if (n > 1) joined = `${joined} ${text(i + n - 1)}`;
      if (joined === description) return [i, n];
      if (joined.length >= description.length || !description.startsWith(joined)) break;
    }
  }
  return undefined;
}

/** Where `ids` run in a row within `sequence`, at or after `from`; -1 when they do not. */
function runOf(sequence: readonly string[], ids: readonly string[], from: number): number {
  if (ids.length === 0) return -1;
  for (let start = from; start + ids.length <= sequence.length; start++) {
    if (ids.every((id, j) => sequence[start + j] === id)) return start;
  }
  return from > 0 ? runOf(sequence, ids, 0) : -1;
}

function headingsOf(body: readonly BlockNode[]): Article['headings'] {
  const out: Article['headings'] = [];
  const walk = (nodes: readonly BlockNode[]) => {
    for (const node of Array.isArray(nodes) ? nodes : []) {
      if (node?.type === 'heading') out.push({ id: node.id, depth: node.depth, text: collapse(inlineText(node.children)) });
      else if (node?.type === 'blockquote') walk(node.children);
      else if (node?.type === 'list') for (const item of node.items ?? []) walk(item?.children ?? []);
    }
  };
  walk(body);
  return out;
}

function linksOf(body: readonly BlockNode[]): Article['links'] {
  const out: { text: string; target: LinkTarget }[] = [];
  const inline = (nodes: readonly InlineNode[]) => {
    for (const node of Array.isArray(nodes) ? nodes : []) {
      if (node?.type === 'link') {
        out.push({ text: collapse(inlineText(node.children)), target: node.target });
        inline(node.children);
      } else if (node?.type === 'emphasis' || node?.type === 'strong') inline(node.children);
    }
  };
  const walk = (nodes: readonly BlockNode[]) => {
    for (const node of Array.isArray(nodes) ? nodes : []) {
      switch (node?.type) {
        case 'paragraph':
        case 'heading':
        case 'symptom':
          inline(node.children);
          break;
        case 'blockquote':
          walk(node.children);
          break;
        case 'list':
          for (const item of node.items ?? []) walk(item?.children ?? []);
          break;
        case 'table':
          for (const row of node.rows ?? []) for (const cell of row ?? []) inline(cell);
          break;
      }
    }
  };
  walk(body);
  return out;
}

function checkFrom(encoded: EncodedCheck & { id: string; at: [number, number] }, symptomId: string, found: ReturnType<typeof carriers>, file: string): Check {
  const content = encoded.content ?? found.inList.get(`${symptomId}\n${encoded.id}`) ?? found.loose.get(encoded.id) ?? [];
  return {
    id: encoded.id,
    text: encoded.text ?? collapse(inlineText(content)),
    content,
    ...(encoded.diagnostic !== undefined ? { diagnostic: encoded.diagnostic } : {}),
    ...(typeof encoded.revision === 'string' ? { revision: encoded.revision } : {}),
    source: { file, line: Array.isArray(encoded.at) ? encoded.at[0] : 1, column: Array.isArray(encoded.at) ? encoded.at[1] : 1 },
  };
}

/** Writes a chunk without what its bodies already hold (see the note above). Decoding it gives the chunk back, equal field for field. */
export function encodeChunk(chunk: HelpChunk): EncodedChunk {
  const files = new Map(chunk.articles.map((article) => [article.id, article.source.file]));
  const positions = new Map(chunk.articles.map((article, i) => [article.id, i]));
  const found = new Map<string, ReturnType<typeof carriers>>();
  const carriersOf = (articleId: string) => {
    let entry = found.get(articleId);
    if (!entry) found.set(articleId, (entry = carriers(chunk.bodies[articleId] ?? [])));
    return entry;
  };
  const sequences = new Map<string, { ids: string[]; next: number }>();
  const sequenceOf = (articleId: string) => {
    let entry = sequences.get(articleId);
    if (!entry) sequences.set(articleId, (entry = { ids: checkIdsOf(chunk.bodies[articleId] ?? []), next: 0 }));
    return entry;
  };
  const symptomIdsOf = new Map<string, string[]>();
  for (const symptom of chunk.symptoms) {
    const list = symptomIdsOf.get(symptom.articleId);
    if (list) list.push(symptom.id);
    else symptomIdsOf.set(symptom.articleId, [symptom.id]);
  }
  const texts = new Map<string, (i: number) => string>();
  const textsOf = (articleId: string) => {
    let entry = texts.get(articleId);
    if (!entry) texts.set(articleId, (entry = blockTexts(chunk.bodies[articleId] ?? [])));
    return entry;
  };
  const articles = chunk.articles.map((article): EncodedArticle => {
    const body = chunk.bodies[article.id] ?? [];
    const { headings, links, symptomIds, summary, ...rest } = article;
    const from = summary === '' ? -1 : summarySource(body, textsOf(article.id), summary);
    const { source } = article;
    const named = `${article.id}.md`;
    const folder = source.file === named ? '' : source.file.endsWith(`/${named}`) ? source.file.slice(0, -named.length) : undefined;
    return {
      ...rest,
      summary: from >= 0 ? from : summary,
      source: source.line !== 1 || source.column !== 1 ? source : folder !== undefined && folder !== '' ? folder : folder === '' ? '/' : source.file,
      ...(same(symptomIdsOf.get(article.id) ?? [], symptomIds) ? {} : { symptomIds }),
      ...(same(headingsOf(body), headings) ? {} : { headings }),
      ...(same(linksOf(body), links) ? {} : { links }),
    };
  });
  const symptoms = chunk.symptoms.map((symptom): EncodedSymptom => {
    const file = files.get(symptom.articleId) ?? symptom.source.file;
    const { checks, source, id, articleId, description, ...rest } = symptom;
    const position = positions.get(articleId);
    const described = descriptionSource(chunk.bodies[articleId] ?? [], textsOf(articleId), description);
    const sequence = sequenceOf(articleId);
    const ids = checks.map((check) => check.id);
    const start = position === undefined ? -1 : runOf(sequence.ids, ids, sequence.next);
    if (start >= 0) sequence.next = start + ids.length;
    return {
      ...(id === `${articleId}#${symptom.slug}` && position !== undefined ? {} : { id }),
      ...(position === undefined ? { articleId } : { a: position }),
      ...rest,
      ...(described ? { d: described } : { description }),
      ...(start >= 0 ? { k: start } : {}),
      at: [source.line, source.column],
      checks: checks.map((check, j) => {
        const previous = j === 0 ? source.line : checks[j - 1]!.source.line;
        const encoded: EncodedCheck = {
          id: check.id,
          at: check.source.column === 1 && check.source.line >= previous ? check.source.line - previous : [check.source.line, check.source.column],
          ...(check.diagnostic !== undefined ? { diagnostic: check.diagnostic } : {}),
          ...(check.revision !== undefined ? { revision: check.revision } : {}),
        };
        const rebuilt = checkFrom({ ...encoded, id: check.id, at: [check.source.line, check.source.column] }, symptom.id, carriersOf(articleId), file);
        if (!same(rebuilt.content, check.content)) encoded.content = check.content;
        if (collapse(inlineText(check.content)) !== check.text) encoded.text = check.text;
        if (start >= 0) delete encoded.id;
        return encoded;
      }),
    };
  });
  const bodies: Record<string, unknown[]> = {};
  for (const [id, body] of Object.entries(chunk.bodies)) bodies[id] = packBlocks(body, `${id}#`);
  return { format: chunk.format, version: chunk.version, kind: 'chunk', articles, symptoms, bodies };
}

const damaged = (file: string, message: string) =>
  new HelpIndexError('invalid-shape', `The help index file ${file} is damaged: ${message}; rebuild it with \`help-panel build\`.`);

/** Reads an article chunk as the compiler wrote it; throws a {@link HelpIndexError} for anything else. */
export function decodeChunk(value: unknown, file: string): HelpChunk {
  if (!isRecord(value) || value.format !== HELP_INDEX_FORMAT) throw damaged(file, 'it is not a help-panel file');
  checkVersion(value.version, HELP_MANIFEST_VERSION);
  if (value.kind !== 'chunk' || !Array.isArray(value.articles) || !Array.isArray(value.symptoms) || !isRecord(value.bodies)) {
    throw damaged(file, 'it is not an article chunk');
  }
  const bodies: Record<string, BlockNode[]> = {};
  for (const [id, packed] of Object.entries(value.bodies)) bodies[id] = unpackBlocks(packed, `${id}#`);
  const bodyOf = (articleId: string) => (Array.isArray(bodies[articleId]) ? bodies[articleId]! : []);
  const articleIds = value.articles.map((article) => (isRecord(article) ? article.id : undefined));
  const found = new Map<string, ReturnType<typeof carriers>>();
  const sequences = new Map<string, string[]>();
  const symptomIdsOf = new Map<string, string[]>();
  const encodedSymptoms = value.symptoms;
  const symptomParts = encodedSymptoms.map((symptom, i) => {
    if (!isRecord(symptom) || !Array.isArray(symptom.checks) || typeof symptom.slug !== 'string') throw damaged(file, `symptoms[${i}] is not a symptom`);
    const articleId = typeof symptom.articleId === 'string' ? symptom.articleId : typeof symptom.a === 'number' ? articleIds[symptom.a] : undefined;
    if (typeof articleId !== 'string') throw damaged(file, `symptoms[${i}] names no article`);
    const id = typeof symptom.id === 'string' ? symptom.id : `${articleId}#${symptom.slug}`;
    const list = symptomIdsOf.get(articleId);
    if (list) list.push(id);
    else symptomIdsOf.set(articleId, [id]);
    return { symptom, articleId, id };
  });
  const files = new Map<string, string>();
  const articles = value.articles.map((article, i): Article => {
    if (!isRecord(article) || typeof article.id !== 'string' || typeof article.title !== 'string') {
      throw damaged(file, `articles[${i}] is not an article`);
    }
    const body = bodyOf(article.id);
    const packed = article.source;
    const path = typeof packed !== 'string' ? '' : packed === '/' ? `${article.id}.md` : packed.endsWith('/') ? `${packed}${article.id}.md` : packed;
    const source = isRecord(packed) ? (packed as unknown as Article['source']) : { file: path, line: 1, column: 1 };
    files.set(article.id, source.file);
    const { headings, links, symptomIds, summary, source: _source, ...rest } = article as unknown as EncodedArticle;
    return {
      ...(rest as Omit<Article, 'headings' | 'links' | 'symptomIds' | 'summary' | 'source'>),
      summary: typeof summary === 'number' ? (body[summary]?.type === 'paragraph' ? summaryOf(collapse(bodyText([body[summary]!]))) : '') : String(summary ?? ''),
      symptomIds: Array.isArray(symptomIds) ? symptomIds : (symptomIdsOf.get(article.id) ?? []),
      links: Array.isArray(links) ? links : linksOf(body),
      headings: Array.isArray(headings) ? headings : headingsOf(body),
      source,
    };
  });
  const symptoms = symptomParts.map(({ symptom, articleId, id }): Symptom => {
    let entry = found.get(articleId);
    if (!entry) found.set(articleId, (entry = carriers(bodyOf(articleId))));
    let sequence = sequences.get(articleId);
    if (!sequence) sequences.set(articleId, (sequence = checkIdsOf(bodyOf(articleId))));
    const articleFile = files.get(articleId) ?? '';
    const { at, checks, k, d, description, a: _position, id: _id, articleId: _articleId, ...rest } = symptom as unknown as EncodedSymptom;
    const body = bodyOf(articleId);
    const line = Array.isArray(at) ? (at[0] ?? 1) : 1;
    let previous = line;
    return {
      id,
      slug: rest.slug,
      articleId,
      ...(rest as Omit<Symptom, 'checks' | 'source' | 'id' | 'articleId' | 'slug' | 'description'>),
      description: Array.isArray(d) ? body.slice(d[0], d[0] + d[1]).map((node) => collapse(bodyText([node]))).join(' ') : String(description ?? ''),
      checks: checks.map((check, j) => {
        if (!isRecord(check)) return check as unknown as Check;
        const checkId = typeof check.id === 'string' ? check.id : typeof k === 'number' ? sequence![k + j] : undefined;
        if (typeof check.at === 'number') previous += check.at;
        else if (Array.isArray(check.at)) previous = Number(check.at[0]) || 1;
        const at: [number, number] = typeof check.at === 'number' ? [previous, 1] : Array.isArray(check.at) ? [previous, Number(check.at[1]) || 1] : [1, 1];
        return typeof checkId === 'string' ? checkFrom({ ...check, id: checkId, at }, id, entry!, articleFile) : (check as unknown as Check);
      }),
      source: { file: articleFile, line, column: Array.isArray(at) ? (at[1] ?? 1) : 1 },
    };
  });
  return { format: HELP_INDEX_FORMAT, version: HELP_MANIFEST_VERSION, kind: 'chunk', articles, symptoms, bodies };
}

/** A symptom's checklist as an early file carries it (see `MatchShard.full`): its checks and description, beside stub `stub`. */
export function packEarlySymptom(symptom: Symptom, stub: number): EarlySymptom {
  const checks = symptom.checks.map((check): EarlyCheck => {
    const text = collapse(inlineText(check.content)) === check.text ? undefined : check.text;
    const packed = trim([packId(check.id, check.content), check.content.map(packInline), check.diagnostic, check.revision, text]);
    // Holes a JSON array cannot have: `0` stands for an absent field before a present one.
    return packed.map((field) => field ?? 0) as EarlyCheck;
  });
  return trim([stub, checks, symptom.description === '' ? undefined : symptom.description, symptom.form === 'checklist' ? undefined : symptom.form]).map((field) => field ?? '') as EarlySymptom;
}

/**
 * A symptom's stub with the checklist an early file gave it (see {@link packEarlySymptom}), or
 * undefined for an entry that does not read. Sources stay unknown until the article's chunk comes.
 */
export function unpackEarlySymptom(stub: Symptom, packed: unknown): Symptom | undefined {
  if (!Array.isArray(packed) || !Array.isArray(packed[1])) return undefined;
  const [, list, description, form] = packed as unknown[];
  const checks: Check[] = [];
  for (const entry of list as unknown[]) {
    if (!Array.isArray(entry) || (typeof entry[0] !== 'string' && entry[0] !== 0) || !Array.isArray(entry[1])) return undefined;
    const [packedId, packedContent, diagnostic, revision, text] = entry as unknown[];
    const content = (packedContent as unknown[]).map(unpackInline);
    const id = unpackId(packedId, content);
    if (typeof id !== 'string' || id === '') return undefined;
    checks.push({
      id,
      text: typeof text === 'string' ? text : collapse(inlineText(content)),
      content,
      ...(typeof diagnostic === 'string' ? { diagnostic } : {}),
      ...(typeof revision === 'string' ? { revision } : {}),
      source: stub.source,
    });
  }
  return {
    ...stub,
    description: typeof description === 'string' ? description : '',
    ...(typeof form === 'string' && form !== '' ? { form: form as Symptom['form'] } : {}),
    checks,
  };
}

/*
 * Bodies as arrays: `["p", children]` instead of
 * `{"type":"paragraph","children":[…]}`, and text nodes as plain strings.
 * Node types this codec does not know are kept as the objects they are, so
 * a newer compiler's nodes still reach a renderer that knows them.
 */
type Packed = unknown;

/** Drops trailing `undefined`s, so optional fields cost nothing when absent. */
function trim(list: unknown[]): unknown[] {
  let end = list.length;
  while (end > 0 && list[end - 1] === undefined) end--;
  return list.slice(0, end);
}

function packInline(node: InlineNode): Packed {
  switch (node.type) {
    case 'text':
      return node.value;
    case 'emphasis':
      return ['e', node.children.map(packInline)];
    case 'strong':
      return ['s', node.children.map(packInline)];
    case 'inlineCode':
      return ['c', node.value];
    case 'break':
      return ['b'];
    case 'link':
      return trim(['a', node.target, node.children.map(packInline), node.title]);
    case 'image':
      return trim(['i', node.src, node.alt, node.title]);
    default:
      return node;
  }
}

function unpackInline(packed: Packed): InlineNode {
  if (typeof packed === 'string') return { type: 'text', value: packed };
  if (!Array.isArray(packed)) return packed as InlineNode;
  const [tag, a, b, c] = packed as [string, unknown, unknown, unknown];
  const kids = (list: unknown) => (Array.isArray(list) ? list.map(unpackInline) : []);
  switch (tag) {
    case 'e':
      return { type: 'emphasis', children: kids(a) };
    case 's':
      return { type: 'strong', children: kids(a) };
    case 'c':
      return { type: 'inlineCode', value: String(a) };
    case 'b':
      return { type: 'break' };
    case 'a':
      return { type: 'link', target: a as LinkTarget, ...(c !== undefined ? { title: String(c) } : {}), children: kids(b) };
    case 'i':
      return { type: 'image', src: String(a), alt: String(b), ...(c !== undefined ? { title: String(c) } : {}) };
    default:
      return { type: 'text', value: '' };
  }
}

/** A list item's lead paragraph, whose text names its check. */
const leadOf = (item: ListItemNode) => (item.children[0]?.type === 'paragraph' ? item.children[0].children : undefined);

/** A symptom id as a body stores it: its slug when it is one of the article's (`prefix` is `<articleId>#`). */
const packSymptomId = (id: string | undefined, prefix: string) => (id !== undefined && prefix !== '' && id.startsWith(prefix) && !id.includes('#', prefix.length) ? id.slice(prefix.length) : id);
const unpackSymptomId = (id: unknown, prefix: string) => (typeof id === 'string' && !id.includes('#') ? `${prefix}${id}` : id);

export function packBlocks(blocks: readonly BlockNode[], prefix = ''): Packed[] {
  return blocks.map((node): Packed => {
    switch (node.type) {
      case 'paragraph':
        return trim(['p', node.children.map(packInline), packId(node.checkId, node.children)]);
      case 'heading':
        return trim(['h', node.depth, packId(node.id, node.children), node.children.map(packInline), packSymptomId(node.symptomId, prefix), packId(node.checkId, node.children)]);
      case 'list':
        return trim([
          'l',
          node.ordered ? 1 : 0,
          node.items.map((item) => trim([packBlocks(item.children, prefix), item.checked, packId(item.checkId, leadOf(item))])),
          node.start,
          packSymptomId(node.symptomId, prefix),
          node.loose ? 1 : undefined,
        ]);
      case 'code':
        return trim(['k', node.value, node.lang]);
      case 'blockquote':
        return ['q', packBlocks(node.children, prefix)];
      case 'table':
        return ['t', node.align, node.rows.map((row) => row.map((cell) => cell.map(packInline)))];
      case 'symptom':
        return ['y', packSymptomId(node.symptomId, prefix), node.children.map(packInline)];
      default:
        return node;
    }
  });
}

export function unpackBlocks(packed: unknown, prefix = ''): BlockNode[] {
  if (!Array.isArray(packed)) return [];
  const inline = (list: unknown) => (Array.isArray(list) ? list.map(unpackInline) : []);
  return packed.map((entry): BlockNode => {
    if (!Array.isArray(entry)) return entry as BlockNode;
    const [tag, a, b, c, d, e] = entry as [string, ...unknown[]];
    const optional = (key: string, value: unknown) => (value === undefined || value === null ? {} : { [key]: value });
    switch (tag) {
      case 'p': {
        const children = inline(a);
        return { type: 'paragraph', ...optional('checkId', unpackId(b, children)), children };
      }
      case 'h': {
        const children = inline(c);
        return { type: 'heading', depth: a as 1, id: String(unpackId(b, children)), ...optional('symptomId', unpackSymptomId(d, prefix)), ...optional('checkId', unpackId(e, children)), children };
      }
      case 'l':
        return {
          type: 'list',
          ordered: a === 1,
          ...optional('start', c),
          ...(e === 1 ? { loose: true } : {}),
          ...optional('symptomId', unpackSymptomId(d, prefix)),
          items: (Array.isArray(b) ? b : []).map((item: unknown) => {
            const [packedChildren, checked, checkId] = Array.isArray(item) ? item : [];
            const children = unpackBlocks(packedChildren, prefix);
            const lead = children[0]?.type === 'paragraph' ? children[0].children : [];
            return { ...optional('checked', checked), ...optional('checkId', unpackId(checkId, lead)), children };
          }),
        };
      case 'k':
        return { type: 'code', ...optional('lang', b), value: String(a) };
      case 'q':
        return { type: 'blockquote', children: unpackBlocks(a, prefix) };
      case 't':
        return { type: 'table', align: Array.isArray(a) ? (a as ('left' | 'right' | 'center' | null)[]) : [], rows: (Array.isArray(b) ? b : []).map((row: unknown) => (Array.isArray(row) ? row.map(inline) : [])) };
      case 'y':
        return { type: 'symptom', symptomId: String(unpackSymptomId(a, prefix)), children: inline(b) };
      default:
        return { type: 'paragraph', children: [] };
    }
  });
}
