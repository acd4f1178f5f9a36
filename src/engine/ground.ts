import type { Article, BlockNode, ListItemNode, Symptom } from '../schema/help-index';
import { bodyText, inlineText } from './base/index';
import { engineSearch, indexLanguage, indexTerms, tokenize, type SearchFunction, type SearchLanguage } from './search/index';
import { createSplitSearch, type SplitSearchFunction } from './split/index';
import type { HelpEngineCore, Match, MatchContext, ReasonKind, SearchHit } from './types';

/**
 * Grounding: the passages of the help center that an answer to a question
 * typed in the user's own words may rest on, best first, each with the key it
 * is cited by (`[1]`, `[2]`, …). Pure and local: it reads the index (and, for
 * a split index, awaits the few files it needs) and never calls a model.
 */

export interface GroundOptions {
  /** The route the user is on; what it matches is weighed in. Default: none. */
  route?: string | null;
  /** The error the app has (anything `match` accepts); what it matches comes first. Default: none. */
  error?: unknown;
  /** At most this many passages. Default {@link DEFAULT_GROUND_LIMIT} (5); at most 20; `0` asks for none. */
  limit?: number;
  /**
   * Upper bound on the passages' text together (see {@link passageChars}): excerpts are cut first,
   * then causes and fixes, then the last passages' trailing checks. Default {@link DEFAULT_GROUND_MAX_CHARS} (6,000).
   */
  maxChars?: number;
}

/** A check of a passage, as the model reads it and the citation opens it. */
export interface GroundingCheck {
  /** The check's id within its symptom. */
  id: string;
  /** The check as plain text (long checks are cut at {@link MAX_CHECK_CHARS} with `…`). */
  text: string;
}

/** One piece of the help center an answer may cite. */
export interface GroundingPassage {
  /** The citation key, `'1'` for the first passage, `'2'` for the next, …; the model writes it as `[1]`. */
  key: string;
  /** What a citation opens: the symptom's id, or the article's for an article without symptoms. */
  id: string;
  /** The article the passage is from. */
  articleId: string;
  /** The symptom's title, or the article's. */
  title: string;
  /** The article's title (the same as `title` for an article passage). */
  articleTitle: string;
  /** The symptom's checks in order; `[]` for an article passage. Kept longest when `maxChars` cuts. */
  checks: GroundingCheck[];
  /** What the article says causes the problem (a Cause, Root cause or Reason section), when it has one. */
  cause?: string;
  /** What the article's fix section says besides its steps, when it has one. */
  fix?: string;
  /** A short excerpt: the symptom's description, or the article's text nearest the question. May be `''` once cut. */
  excerpt: string;
  /**
   * How well the passage covers the question, 0 to 1: the share of the question's words it holds,
   * raised for a symptom the app's error matched. A passage that holds fewer than {@link GROUNDING_FLOOR}
   * of the question's words (and that the error did not match) is never returned. A question of no letters or
   * digits (`'???'`) gets no passages; one of only stop words ("why does this keep happening?") gets what the
   * route and error matched, which is what "this" is.
   */
  score: number;
  /** Set when the current route or error matched this symptom: which one (the error when both did). */
  context?: 'error' | 'route';
}

/** `engine.ground`: the passages for `question`, best first; `[]` when nothing in the help center covers it. */
export type GroundFunction = (question: string, options?: GroundOptions) => Promise<GroundingPassage[]>;

export const DEFAULT_GROUND_LIMIT = 5;
export const DEFAULT_GROUND_MAX_CHARS = 6000;
const MAX_GROUND_LIMIT = 20;
/**
 * How many of a question's words a passage must hold to be offered (all of them when the question
 * has fewer): two. "people write back to us but their emails never arrive" meets "Not getting
 * replies" on two of its six (emails, arrive), "how do I bake a cake" meets no article of a support
 * inbox. A share would not do: a long question in the user's own words shares only a few of its
 * words with the right article, and a short one shares all of them with a wrong one.
 */
export const GROUNDING_FLOOR = 2;
/** A symptom the app's own error opened covers the question the user asks about it, whatever its words. */
const ERROR_MATCH_SCORE = 0.9;
/** A route match alone says where the user is, not what they ask: it lifts a passage that shares a word. */
const ROUTE_MATCH_BONUS = 0.15;
/** Search hits looked at before the best `limit` are kept. */
const SEARCH_CANDIDATES = 10;
/**
 * Candidates read in full beyond `limit`: search ranks by titles first, a passage is judged by all it
 * says. Three more chunks at most on a split index; on the bench's paraphrased questions they bring
 * the right article into the passages for one question in eighty that search alone ranks sixth.
 */
const EXTRA_CANDIDATES = 3;
/** How much a passage's share of the question's words counts against where search ranked it. */
const COVERAGE_WEIGHT = 0.5;
/** Longest question read: a paragraph, not a pasted log. */
const MAX_QUESTION_CHARS = 500;
export const MAX_CHECK_CHARS = 400;
const MAX_SECTION_CHARS = 600;
const MAX_EXCERPT_CHARS = 600;
/** An excerpt is cut to this before any is dropped, so every passage keeps a line of context as long as it can. */
const SHORT_EXCERPT_CHARS = 160;

const ERROR_REASONS = new Set<ReasonKind>(['error-code', 'status', 'status-class', 'name', 'message']);

/** Characters of a passage's text that count against `maxChars`: its titles, checks, cause, fix and excerpt. */
export function passageChars(passage: Pick<GroundingPassage, 'title' | 'articleTitle' | 'checks' | 'cause' | 'fix' | 'excerpt'>): number {
  let total = passage.title.length + (passage.articleTitle === passage.title ? 0 : passage.articleTitle.length);
  for (const check of passage.checks) total += check.text.length;
  return total + (passage.cause?.length ?? 0) + (passage.fix?.length ?? 0) + passage.excerpt.length;
}

/** A text cut to `max` characters at a word, with `…` when cut. */
function cut(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  if (max <= 1) return '';
  const head = flat.slice(0, max - 1);
  const atWord = head.replace(/\s+\S*$/, '');
  return `${atWord.length > max / 2 ? atWord : head}…`;
}

// Section headings, as knowledge bases write them (the compiler reads the same forms for symptoms).
const CAUSE_HEADING =
  /^\s*(?:\d+[.)]\s*)?(?:the\s+)?(?:(?:root|potential|possible|likely)\s+)?(?:causes?|reasons?)\b|^\s*why (?:this|it) (?:happens|happened|occurs|occurred)|^\s*what this (?:message|error) means|^\s*(?:ursachen?|grund|raison|causa|motivo|原因)/iu;
const FIX_HEADING =
  /^\s*(?:\d+[.)]\s*)?(?:solutions?|resolutions?|workarounds?|mitigations?|fix(?:es)?|how to fix|what to do|possible ways to fix|recovery|remed(?:y|ies)|lösung(?:en)?|behebung|résolution|soluci[óo]n|solução|解決策|対処法|解决方法)\b/iu;

interface Section {
  heading: string;
  text: string;
  /** Text of the blocks that are not checks. */
  prose: string;
}

/** The part of an article's body that belongs to a symptom: from the block that starts it to the block that starts the next one. */
function regionOf(body: readonly BlockNode[], symptomId: string | undefined, article: Article): [from: number, to: number] {
  if (symptomId === undefined || article.symptomIds.length < 2) return [0, body.length];
  const starts = body.map((block) => (block && 'symptomId' in block && typeof block.symptomId === 'string' ? block.symptomId : undefined));
  const own = starts.indexOf(symptomId);
  if (own < 0) return [0, body.length];
  const next = starts.findIndex((id, i) => i > own && id !== undefined && id !== symptomId);
  return [own, next >= 0 ? next : body.length];
}

/** The sections of a body, between `from` and `to`, whose headings read as a cause or a fix: cut for the passage, and whole (`read`) for the question to be read against. */
function causeAndFix(body: readonly BlockNode[], [from, to]: [number, number]): { cause?: string; fix?: string; read: string } {
  const sections = (pattern: RegExp): Section[] => {
    const found: Section[] = [];
    for (let i = from; i < to; i++) {
      const block = body[i];
      if (block?.type !== 'heading' || block.symptomId !== undefined) continue;
      const heading = inlineText(block.children);
      if (!pattern.test(heading)) continue;
      const blocks: BlockNode[] = [];
      const prose: BlockNode[] = [];
      for (let j = i + 1; j < body.length; j++) {
        const next: BlockNode = body[j]!;
        if (next.type === 'heading' && next.depth <= block.depth) break;
        blocks.push(next);
        const isCheck =
          next.type === 'list' ? next.items.some((item: ListItemNode) => item.checkId !== undefined) : (next.type === 'paragraph' || next.type === 'heading') && next.checkId !== undefined;
        if (!isCheck && next.type !== 'heading') prose.push(next);
      }
      found.push({ heading, text: bodyText(blocks), prose: bodyText(prose) });
    }
    return found;
  };
  const cause = sections(CAUSE_HEADING).map((section) => section.text).filter((text) => text.trim() !== '').join('\n');
  const fix = sections(FIX_HEADING).map((section) => section.prose).filter((text) => text.trim() !== '').join('\n');
  return { ...(cause !== '' ? { cause: cut(cause, MAX_SECTION_CHARS) } : {}), ...(fix !== '' ? { fix: cut(fix, MAX_SECTION_CHARS) } : {}), read: `${cause}\n${fix}` };
}

/**
 * Words a stuck user wraps an English question in, which say nothing about which article is meant
 * ("why does this keep happening?"); search's stop words are dropped too. Other languages drop
 * their stop words only.
 */
const QUESTION_FILLER = new Set(
  'keep keeps kept happen happens happened happening anymore again thing things stuff something anything everything get gets got getting want need know think seem seems try tried trying work works worked working'.split(' '),
);

/** The question's distinct terms, stop words (and, in English, filler) dropped: `[]` when it names nothing. */
function questionTerms(question: string, language: SearchLanguage): string[] {
  const filler = language.name === 'en' ? QUESTION_FILLER : undefined;
  const content = tokenize(question, language).filter((token) => !language.isStopWord(token.word) && !filler?.has(token.word));
  return [...new Set(content.map((token) => token.term))];
}

/**
 * Whether the text's terms hold `term`: the term itself, or, for a word of four letters or more,
 * a longer word it begins (`configur` meets `configuration`, `accident` meets `accidentally`), or a
 * word it runs past by one or two letters (`rebuilt` meets `rebuil`d). Never a short word inside a
 * long one: `password` does not meet `pass`.
 */
function holdsTerm(terms: ReadonlySet<string>, term: string): boolean {
  if (terms.has(term)) return true;
  if (Array.from(term).length < 4) return false;
  for (let length = term.length - 1; length >= Math.max(4, term.length - 2); length--) if (terms.has(term.slice(0, length))) return true;
  for (const known of terms) if (known.length > term.length && known.startsWith(term)) return true;
  return false;
}

/**
 * The terms of each word already read, by language: a help center repeats the same few thousand
 * words, so each is folded and stemmed once. Dropped whole when it grows past a bound.
 */
const wordTerms = new Map<string, Map<string, readonly string[]>>();
const MAX_CACHED_WORDS = 100_000;

/** How many of the `wanted` terms `text` holds. */
function heldTerms(wanted: readonly string[], text: string, language: SearchLanguage): number {
  if (wanted.length === 0) return 0;
  const key = `${language.name}\u0000${language.locale ?? ''}`;
  let cache = wordTerms.get(key);
  if (!cache || cache.size > MAX_CACHED_WORDS) wordTerms.set(key, (cache = new Map()));
  const terms = new Set(indexTerms(text, cache, language));
  let held = 0;
  for (const term of wanted) if (holdsTerm(terms, term)) held++;
  return held;
}

/** Whether a passage that holds `held` of a question's `total` terms is worth offering (see {@link GROUNDING_FLOOR}). */
function aboveFloor(held: number, total: number): boolean {
  return held >= Math.min(GROUNDING_FLOOR, total);
}

/** The window of `text` (about {@link MAX_EXCERPT_CHARS}) that holds most of the question's terms, from the start of a line or sentence where it can. */
function bestWindow(text: string, wanted: readonly string[], language: SearchLanguage): string {
  // Blocks stay on lines of their own, so a window can start at one.
  const lines = text.replace(/[^\S\n]+/g, ' ').replace(/ ?\n[\s]*/g, '\n').trim();
  if (lines.length <= MAX_EXCERPT_CHARS) return cut(lines.replace(/([^.!?:;,])\n/g, '$1. '), MAX_EXCERPT_CHARS);
  const want = new Set(wanted);
  const hits = tokenize(lines, language).filter((token) => want.has(token.term));
  if (hits.length === 0) return cut(lines.replace(/([^.!?:;,])\n/g, '$1. '), MAX_EXCERPT_CHARS);
  let bestStart = 0;
  let bestCount = -1;
  let end = 0;
  for (let start = 0; start < hits.length; start++) {
    while (end < hits.length && hits[end]!.end - hits[start]!.start <= MAX_EXCERPT_CHARS) end++;
    const count = new Set(hits.slice(start, end).map((token) => token.term)).size;
    if (count > bestCount) {
      bestCount = count;
      bestStart = hits[start]!.start;
    }
  }
  // Back to the line or sentence the first hit is in, when it begins close enough before it.
  const before = lines.slice(Math.max(0, bestStart - 160), bestStart);
  const boundary = Math.max(before.lastIndexOf('\n'), before.search(/[.!?] [^.!?]*$/) + 1);
  const start = boundary > 0 ? bestStart - before.length + boundary + 1 : bestStart === 0 ? 0 : Math.max(0, bestStart - 40);
  // A heading and the line after it read as two sentences, not one.
  const window = cut(lines.slice(start).replace(/^\s+/, '').replace(/([^.!?:;,])\n/g, '$1. '), MAX_EXCERPT_CHARS);
  return start > 0 && !/[.!?\n]\s*$/.test(lines.slice(0, start)) ? `…${window}` : window;
}

interface Candidate {
  id: string;
  articleId: string;
  /** Where the candidate stands before the texts are read: search's score relative to the best hit, or the match's. */
  rank: number;
  context?: 'error' | 'route';
}

function contextOf(match: Match): 'error' | 'route' | undefined {
  if (match.related === 'weak') return undefined;
  if (match.reasons.some((reason) => ERROR_REASONS.has(reason.kind) || (reason.kind === 'related-search' && match.related === 'strong'))) return 'error';
  return match.reasons.some((reason) => reason.kind === 'route') ? 'route' : undefined;
}

/** The passage of a record, before keys and cuts. */
function passageOf(
  engine: HelpEngineCore,
  candidate: Candidate,
  wanted: readonly string[],
  language: SearchLanguage,
): Omit<GroundingPassage, 'key'> | null {
  const symptom: Symptom | undefined = candidate.id !== candidate.articleId ? engine.symptom(candidate.id) : undefined;
  const article = engine.article(candidate.articleId);
  if (!article || (candidate.id !== candidate.articleId && !symptom)) return null;
  const stored = engine.index.bodies?.[article.id];
  const body: readonly BlockNode[] = Array.isArray(stored) ? stored : [];
  const region = regionOf(body, symptom?.id, article);
  // An article without symptoms is all body; a symptom is its description, checks, cause and fix.
  const articleText = symptom ? '' : bodyText(body);
  const checks = (symptom?.checks ?? []).map((check) => ({ id: check.id, text: cut(check.text, MAX_CHECK_CHARS) }));
  const { read: sectionText, ...sections } = causeAndFix(body, region);
  const excerpt = symptom
    ? cut(symptom.description !== '' ? symptom.description : article.summary, MAX_EXCERPT_CHARS)
    : bestWindow(articleText !== '' ? articleText : article.summary, wanted, language);
  const title = cut(symptom?.title ?? article.title, 200);
  const articleTitle = cut(article.title, 200);
  // What the question is read against: all the passage says (the whole body of an article passage,
  // uncut), and the words authors gave it to be found by.
  const said = [
    title,
    articleTitle,
    symptom?.group ?? '',
    symptom?.description ?? '',
    ...(symptom?.checks ?? []).map((check) => check.text),
    symptom ? sectionText : articleText,
    ...(symptom?.aliases ?? []),
    ...article.aliases,
    ...(symptom?.tags ?? []),
    ...article.tags,
    article.summary,
  ].join('\n');
  const held = heldTerms(wanted, said, language);
  if (candidate.context !== 'error' && !aboveFloor(held, wanted.length)) return null;
  const covered = wanted.length > 0 ? held / wanted.length : 0;
  const score =
    candidate.context === 'error' ? Math.max(ERROR_MATCH_SCORE, covered) : candidate.context === 'route' ? Math.min(1, covered + ROUTE_MATCH_BONUS) : covered;
  return {
    id: candidate.id,
    articleId: article.id,
    title,
    articleTitle,
    checks,
    ...sections,
    excerpt,
    score: Math.round(score * 1000) / 1000,
    ...(candidate.context ? { context: candidate.context } : {}),
  };
}

/** Cuts the passages' text to `maxChars`: excerpts first, then causes and fixes, then trailing checks, last passages first. */
function fit(passages: Omit<GroundingPassage, 'key'>[], maxChars: number): Omit<GroundingPassage, 'key'>[] {
  let total = passages.reduce((sum, passage) => sum + passageChars(passage), 0);
  const over = () => total > maxChars;
  const shrink = (passage: Omit<GroundingPassage, 'key'>, change: () => void) => {
    const before = passageChars(passage);
    change();
    total += passageChars(passage) - before;
  };
  for (const max of [SHORT_EXCERPT_CHARS, 0]) {
    for (let i = passages.length - 1; i >= 0 && over(); i--) {
      const passage = passages[i]!;
      if (passage.excerpt.length > max) shrink(passage, () => (passage.excerpt = cut(passage.excerpt, max)));
    }
  }
  for (const field of ['fix', 'cause'] as const) {
    for (let i = passages.length - 1; i >= 0 && over(); i--) {
      const passage = passages[i]!;
      if (passage[field] !== undefined) shrink(passage, () => delete passage[field]);
    }
  }
  // Checks go from the end of the last passages; each passage keeps its first check while another passage has more.
  for (const keep of [1, 0]) {
    for (let i = passages.length - 1; i >= 0 && over(); i--) {
      const passage = passages[i]!;
      while (over() && passage.checks.length > keep) shrink(passage, () => passage.checks.pop());
    }
  }
  while (over() && passages.length > 0) total -= passageChars(passages.pop()!);
  return passages;
}

const isSplitSearch = (search: SearchFunction): search is SplitSearchFunction =>
  typeof (search as Partial<SplitSearchFunction>).prepare === 'function' && typeof (search as Partial<SplitSearchFunction>).ready === 'function';

/**
 * Makes `ground` for an engine: `createHelpEngine(index).ground` is this over
 * the whole index. For a split index (`openHelpIndex`), call it with the
 * engine (and, when the app already has one, its split search): `ground`
 * then awaits the match files of the route and error, the search shards of
 * the question's words, the record groups of the hits it ranks and the
 * chunks of the candidates it reads in full (at most `limit` + 3), and
 * fetches nothing else.
 *
 * @example
 * const ground = createGround(await openHelpIndex('/help/'));
 * const passages = await ground('customers write but nothing arrives', { route: '/inbox' });
 */
export function createGround(engine: HelpEngineCore, search?: SearchFunction): GroundFunction {
  let searchFunction = search;
  const searchOf = (): SearchFunction =>
    (searchFunction ??= engine.lazy ? createSplitSearch(engine as Parameters<typeof createSplitSearch>[0]) : engineSearch(engine));

  return async function ground(question: string, given?: GroundOptions): Promise<GroundingPassage[]> {
    if (typeof question !== 'string') return [];
    // `null` (or anything not an object) is no options; a default parameter covers `undefined` only.
    const options: GroundOptions = typeof given === 'object' && given !== null ? given : {};
    const text = question.trim().slice(0, MAX_QUESTION_CHARS);
    // Nothing to ask about ('???'): not even the page's own symptom may stand for it.
    if (!/[\p{L}\p{N}]/u.test(text)) return [];
    const limit = readCount(options.limit, DEFAULT_GROUND_LIMIT, 0, MAX_GROUND_LIMIT);
    const maxChars = readCount(options.maxChars, DEFAULT_GROUND_MAX_CHARS, 0, Number.MAX_SAFE_INTEGER);
    if (limit === 0) return [];
    const context: MatchContext = { route: typeof options.route === 'string' ? options.route : null, error: options.error };
    const language = indexLanguage(engine.index);
    const wanted = questionTerms(text, language);
    const search = searchOf();
    const searchOptions = { limit: SEARCH_CANDIDATES, context };

    if (engine.lazy) {
      // Without its match files a context matches nothing, which only costs the boost: go on without them.
      await engine.lazy.prepareMatch(context).catch(() => undefined);
      if (wanted.length > 0 && isSplitSearch(search)) await search.prepare(text, searchOptions);
    }

    const candidates = new Map<string, Candidate>();
    const add = (candidate: Candidate) => {
      const known = candidates.get(candidate.id);
      if (!known) candidates.set(candidate.id, candidate);
      else {
        known.rank = Math.max(known.rank, candidate.rank);
        known.context ??= candidate.context;
      }
    };
    let matches: Match[] = [];
    try {
      matches = engine.match(context);
    } catch {
      // Matching never throws on odd input; a damaged index still leaves search.
    }
    for (const match of matches.slice(0, 3)) {
      const kind = contextOf(match);
      // The app's error comes first; a route alone stands among search's good hits.
      if (kind) add({ id: match.symptom.id, articleId: match.article.id, rank: kind === 'error' ? 2 : 0.5, context: kind });
    }
    const hits: SearchHit[] = wanted.length > 0 ? search(text, searchOptions) : [];
    const best = hits[0]?.score ?? 0;
    for (const hit of hits) {
      const id = hit.symptom?.id ?? hit.article.id;
      add({ id, articleId: hit.article.id, rank: best > 0 ? hit.score / best : 0 });
    }
    const chosen = [...candidates.values()].sort((a, b) => b.rank - a.rank).slice(0, limit + EXTRA_CANDIDATES);

    if (engine.lazy) {
      const lazy = engine.lazy;
      await Promise.all(chosen.map((candidate) => lazy.load(candidate.id)));
    }
    const read: { passage: Omit<GroundingPassage, 'key'>; order: number }[] = [];
    for (const candidate of chosen) {
      const passage = passageOf(engine, candidate, wanted, language);
      if (passage) read.push({ passage, order: COVERAGE_WEIGHT * passage.score + (1 - COVERAGE_WEIGHT) * Math.min(1, candidate.rank) });
    }
    // What the app's own error matched comes first; equal orders keep search's.
    const first = (entry: (typeof read)[number]) => (entry.passage.context === 'error' ? 1 : 0);
    const passages = read
      .sort((a, b) => first(b) - first(a) || b.order - a.order)
      .slice(0, limit)
      .map((entry) => entry.passage);
    return fit(passages, maxChars).map((passage, i) => ({ key: String(i + 1), ...passage }));
  };
}

function readCount(value: unknown, fallback: number, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.max(min, Math.min(max, Math.floor(value)));
}

