import type { BlockNode, InlineNode, SymptomForm } from '../schema/help-index';
import type { LineColumn } from './line-index';
import type { ParsedFile } from './parse';
import type { RootContent } from 'mdast';
import { blocksText, collapseWhitespace, inlineText } from './plain-text';
import { createUniqueSlugger, slugify } from './slugify';
import { summaryOf } from '../engine/base/index';
import { toBody, type BodyEntry, type LinkRecord } from './to-body';

/** A check as found in the text, before front-matter bindings are applied. */
export interface ExtractedCheck {
  id: string;
  text: string;
  content: InlineNode[];
  at: LineColumn | undefined;
  /** The body node marked with this check's id (a list item, paragraph or heading), so a translation can re-mark it with its source's id. */
  node?: { checkId?: string };
}

export interface ExtractedSymptom {
  slug: string;
  title: string;
  group?: string;
  form: SymptomForm;
  description: string;
  checks: ExtractedCheck[];
  at: LineColumn | undefined;
}

/** One article after stage 2: its body tree and the symptoms recognised in it. */
export interface ExtractedArticle {
  file: ParsedFile;
  id: string;
  title: string;
  summary: string;
  body: BlockNode[];
  headings: { id: string; depth: number; text: string }[];
  links: LinkRecord[];
  symptoms: ExtractedSymptom[];
  /** Escalation details from front matter or a "When to escalate … Include:" list. */
  escalation?: string[];
  /** The bucket's id when it is not the slug of the front matter's `bucket`: a translation keeps its source's. */
  bucketId?: string;
  /** A translation whose headings took its source's ids: each heading's own id → the shared one, so links written either way resolve. */
  headingIds?: ReadonlyMap<string, string>;
}

// The recognisers below read the plain text of whole blocks (headings, paragraphs), never raw Markdown.
// Each knows the words of English and of the languages help centers are most often translated into
// (German, French, Spanish, Portuguese, Japanese, Chinese), so a translation, or an article written in
// one of them first, keeps the forms its author used. CJK words sit outside `\b` groups: JavaScript's
// `\b` only sees ASCII letters.

/** "Symptom" in each language the recognisers know. */
const SYMPTOM_WORD = String.raw`(?:symptoms?|symptome|sympt[ôo]mes?|s[íi]ntomas?|sintomas?|症状|症狀)`;

/** `Symptom: …` (also `Symptoms: …`, `Symptom – …`, `**Symptom:** …`, `Symptôme : …`, `症状：…`, once the emphasis is reduced to text). */
// A dash needs a space before it, so "Symptom-free replays …" stays prose.
const SYMPTOM_LINE = new RegExp(String.raw`^\s*${SYMPTOM_WORD}(?:\s*[:：]|\s+[–—-])\s*(\S.*)$`, 'i');
/** The line that introduces seed 000's checks list: `Checks:`, `Things to check:`, `Prüfungen:`, `À vérifier :`, `確認事項：`. */
const CHECKS_MARKER =
  /^\s*(?:checks?|things to check|what to check|check the following|prüfungen|zu prüfen|was sie prüfen (?:sollten|können)|checkliste|vérifications|à vérifier|points à vérifier|comprobaciones|qué comprobar|verificaciones|verificações|o que verificar|確認事項|確認すること|チェック項目|检查项|檢查項目)\s*[:：]?\s*$/i;
/** A knowledge-base `Symptoms` section heading (`Symptom`, `Symptoms`, `Symptom 1`, `Symptome`, `症状`). */
const KB_SYMPTOMS = new RegExp(String.raw`^\s*${SYMPTOM_WORD}(?:\s*#?\s*\d+)?\s*[:：]?\s*$`, 'i');
/**
 * Other names for the section that says what went wrong, as error pages write
 * them ("Why This Error Occurred", "Problem", "Cause"). Read only in an article
 * without a `Symptoms` section: beside one, a "Cause" section is its explanation, not a second problem.
 */
const KB_PROBLEM =
  /^\s*(?:(?:the\s+)?problems?|(?:the\s+)?(?:root\s+)?causes?|why this (?:error|warning|message) (?:occurred|occurs|happened|happens)|what happened|issue|ursachen?|problème|causa|problema|原因|問題|问题)\s*[:：]?\s*$/i;
/** Headings of a knowledge-base fix section. `steps` only as the heading's first word: "Reproducing Steps" is not a fix. */
const KB_RESOLUTION =
  /\b(?:solutions?|resolutions?|resolve|resolving|workarounds?|fix|fixes|mitigations?|mitigate|recovery|remed(?:y|ies)|corrections?|what to do|lösung(?:en)?|behebung|abhilfe|problemumgehung|résolution|contournement|correctif|soluci[óo]n(?:es)?|resoluci[óo]n|soluç(?:ão|ões)|resolução|correção)(?![\p{L}\p{N}])|^\s*(?:steps\b|解決策|解決方法|対処法|対処方法|回避策|解决方案|解决方法|解決方案)/iu;
const KB_NOT_RESOLUTION = /\breproduc|\btesting\b/i;
/**
 * A standalone checklist heading: it names a checklist, a first pass or a set
 * of checks ("Five-minute first pass", "Quick checks", "Before you contact support").
 * The heading must say so: an ordinary bullet list under an ordinary heading is
 * content, not a checklist, and guessing from the items' grammar would turn
 * every list of features into one.
 */
const CHECKLIST_HEADING =
  /\b(?:check ?lists?|first pass|quick checks?|checks|things to (?:check|try)|what to check|before you\b|self[- ]checks?|pre-?flight|sanity checks?|troubleshooting steps|checkliste|schnelle prüfungen|erste prüfungen|liste de vérification|vérifications rapides|lista de (?:comprobación|verificación|verificação)|comprobaciones rápidas|verificações rápidas)|チェックリスト|確認事項|检查清单|檢查清單/i;
/** A section that says what support needs ("When to escalate", "Contacting support", "Support kontaktieren", "サポートへのお問い合わせ"). */
const ESCALATION_HEADING =
  /escalat|contact(?:ing)? support|eskalation|eskalieren|support kontaktieren|an den support|escalad|contacter le support|escalar|contactar (?:con )?(?:el )?soporte|contatar o suporte|エスカレーション|サポートへの(?:連絡|お問い合わせ)|サポートに(?:連絡|問い合わせ)|联系支持|聯絡支援/i;
const ESCALATION_INTRO = /(?:\binclude\b|\bangeben\b|\bmitschicken\b|\bbeifügen\b|\binclure\b|\bjoindre\b|\bincluya\b|\bincluir\b|\binclua\b|含めて|添えて|附上|包括)[^.。]*[:：]\s*$/i;

/**
 * Stage 2: the body tree, the article's title and summary, and its symptoms in
 * the four recognised forms (see `SymptomForm`). Marks symptom headings, lines,
 * lists and checks in the body with their ids.
 */
export function extractArticle(file: ParsedFile, articleId: string): ExtractedArticle {
  const { frontMatter } = file;
  const body = toBody(file.tree, file.reporter, file);
  const entries = body.entries;
  let headings = body.headings;

  // The first `#` heading is the title when front matter has none, or repeats it: the UI shows the title itself.
  let title = frontMatter.title;
  const first = entries[0]?.block;
  if (first?.type === 'heading' && first.depth === 1) {
    const text = collapseWhitespace(inlineText(first.children));
    if (title === undefined || text.toLowerCase() === title.toLowerCase()) {
      title ??= text;
      entries.shift();
      headings = headings.filter((heading) => heading !== body.headings[0]);
    }
  }
  title ??= articleId;

  const finder = new SymptomFinder(entries, articleId, title, file);
  const symptoms = finder.find();

  const summary = frontMatter.summary ?? deriveSummary(entries, finder.firstSymptomIndex());
  if (symptoms.length === 0 && (frontMatter.errors.length > 0 || frontMatter.routes.length > 0)) symptoms.push(finder.oneProblem(summary));

  const escalation = frontMatter.escalation ?? findEscalation(entries);
  return {
    file,
    id: articleId,
    title,
    summary,
    body: entries.map(({ block }) => block),
    headings,
    links: body.links,
    symptoms,
    ...(escalation ? { escalation } : {}),
  };
}

const position = (entry: BodyEntry | undefined): LineColumn | undefined =>
  entry?.source.position ? { line: entry.source.position.start.line, column: entry.source.position.start.column } : undefined;

const blockText = (block: BlockNode): string =>
  block.type === 'paragraph' || block.type === 'heading' || block.type === 'symptom' ? inlineText(block.children) : blocksText([block]);

class SymptomFinder {
  private readonly claimed = new Set<number>();
  private readonly found: { index: number; symptom: ExtractedSymptom }[] = [];
  private readonly uniqueSlug = createUniqueSlugger();

  constructor(
    private readonly entries: BodyEntry[],
    private readonly articleId: string,
    private readonly title: string,
    private readonly file: ParsedFile,
  ) {}

  /** Where the first symptom starts in the body, once `find` has run. */
  firstSymptomIndex(): number | undefined {
    return this.found[0]?.index;
  }

  find(): ExtractedSymptom[] {
    this.symptomChecksForm();
    this.nestedSymptomLines();
    this.knowledgeBaseForm(KB_SYMPTOMS);
    this.headingListForms();
    // Only an article with no symptom of any form is read as one problem: beside task lists or
    // `Symptom:` blocks, a "Root cause" section explains them, it is not another symptom.
    if (this.found.length === 0) this.knowledgeBaseForm(KB_PROBLEM);
    return this.found.sort((a, b) => a.index - b.index).map(({ symptom }) => symptom);
  }

  /**
   * A one-problem article (front matter names errors or routes, but no symptom block was found):
   * the article itself becomes its one symptom, its checks the steps of its first fix section
   * (`Fix`, `Solution`, `How to fix`, `Steps`, …), none when it has no such section.
   */
  oneProblem(description: string): ExtractedSymptom {
    const start = this.entries.findIndex(({ block }, index) => !this.claimed.has(index) && isResolutionHeading(block));
    const symptom = this.addSymptom(start === -1 ? 0 : start, this.title, 'article', description, undefined);
    if (start !== -1) {
      const heading = (this.entries[start] as BodyEntry).block as Extract<BlockNode, { type: 'heading' }>;
      this.claimed.add(start);
      this.checksFromSection(start + 1, this.sectionEnd(start), heading.depth, symptom);
    }
    // Its position is the article's: the first line of the file.
    symptom.at = { line: 1, column: 1 };
    return symptom;
  }

  /** Form a (seed 000): `Symptom: …` as a paragraph or heading, optional text, `Checks:`, a list. */
  private symptomChecksForm(): void {
    const sections: { depth: number; text: string; symptom: boolean }[] = [];
    for (let index = 0; index < this.entries.length; index++) {
      const { block } = this.entries[index] as BodyEntry;
      if (block.type !== 'heading' && block.type !== 'paragraph') continue;
      const lines = inlineText(block.children).split('\n');
      const match = SYMPTOM_LINE.exec(lines[0] ?? '');
      if (block.type === 'heading') {
        while (sections.length > 0 && (sections[sections.length - 1]?.depth ?? 0) >= block.depth) sections.pop();
        const text = collapseWhitespace(lines.join(' '));
        if (!CHECKS_MARKER.test(text)) sections.push({ depth: block.depth, text, symptom: match !== null });
      }
      if (!match) continue;

      const group = [...sections].reverse().find((section) => !section.symptom)?.text;
      const title = collapseWhitespace(match[1] ?? '');
      // "Symptom: …" and "Checks:" on consecutive lines are one paragraph in Markdown.
      const inlineMarker = block.type === 'paragraph' && lines.length > 1 && CHECKS_MARKER.test(lines[lines.length - 1] ?? '');
      const description: string[] = [];
      if (block.type === 'paragraph') description.push(...lines.slice(1, inlineMarker ? -1 : undefined));
      let list: number | undefined;
      let next = index + 1;
      for (; next < this.entries.length; next++) {
        const candidate = (this.entries[next] as BodyEntry).block;
        const text = blockText(candidate);
        if (candidate.type === 'heading' || candidate.type === 'paragraph') {
          if (CHECKS_MARKER.test(collapseWhitespace(text))) {
            this.claimed.add(next);
            continue;
          }
          if (candidate.type === 'heading' || SYMPTOM_LINE.test(text.split('\n')[0] ?? '')) break;
        }
        if (candidate.type === 'list') {
          list = next;
          break;
        }
        description.push(text);
      }
      this.claimed.add(index);
      const symptom = this.addSymptom(index, title, 'symptom-checks', collapseWhitespace(description.join('\n')), group);
      if (block.type === 'heading') block.symptomId = this.symptomId(symptom);
      else (this.entries[index] as BodyEntry).block = { type: 'symptom', symptomId: this.symptomId(symptom), children: block.children };
      if (list !== undefined) this.checksFromList(list, symptom);
      index = Math.max(index, (list ?? next - 1));
    }
  }

  /**
   * Form a written inside a blockquote or a list: `> Symptom: …` with its
   * `Checks:` list in the quote (or right after it), and list items that
   * start with `Symptom: …` and hold their checks as a nested list.
   */
  private nestedSymptomLines(): void {
    const sections: { depth: number; text: string }[] = [];
    for (let index = 0; index < this.entries.length; index++) {
      const entry = this.entries[index] as BodyEntry;
      const { block } = entry;
      if (block.type === 'heading') {
        while (sections.length > 0 && (sections[sections.length - 1]?.depth ?? 0) >= block.depth) sections.pop();
        sections.push({ depth: block.depth, text: collapseWhitespace(inlineText(block.children)) });
        continue;
      }
      if (this.claimed.has(index)) continue;
      const group = sections[sections.length - 1]?.text;
      if (block.type === 'blockquote') {
        const open = this.symptomLinesIn(index, block.children, sourceChildren(entry.source), group);
        if (open) {
          // Quoted symptom, checks after the quote: `> **Symptom:** …`, then `Checks:` and a list.
          const list = this.listAfter(index);
          if (list !== undefined) this.checksFromList(list, open);
        }
      } else if (block.type === 'list') {
        const items = sourceChildren(entry.source);
        let any = false;
        block.items.forEach((item, itemIndex) => {
          const lead = item.children[0];
          if (lead?.type !== 'paragraph' || !SYMPTOM_LINE.test(inlineText(lead.children).split('\n')[0] ?? '')) return;
          any = true;
          this.symptomLinesIn(index, item.children, sourceChildren(items?.[itemIndex]), group);
        });
        if (any) this.claimed.add(index);
      }
    }
  }

  /**
   * The `Symptom:` paragraphs among `blocks` (a quote's or a list item's), each with the text
   * after it and its list of checks. Returns the last symptom when no list followed it.
   */
  private symptomLinesIn(index: number, blocks: BlockNode[], sources: readonly SourceNode[] | undefined, group: string | undefined): ExtractedSymptom | undefined {
    const at = alignSources(blocks, sources);
    let open: ExtractedSymptom | undefined;
    for (let j = 0; j < blocks.length; j++) {
      const block = blocks[j] as BlockNode;
      if (block.type !== 'paragraph') continue;
      const lines = inlineText(block.children).split('\n');
      const match = SYMPTOM_LINE.exec(lines[0] ?? '');
      if (!match) continue;
      const inlineMarker = lines.length > 1 && CHECKS_MARKER.test(lines[lines.length - 1] ?? '');
      const description = lines.slice(1, inlineMarker ? -1 : undefined);
      let list: number | undefined;
      let next = j + 1;
      for (; next < blocks.length; next++) {
        const candidate = blocks[next] as BlockNode;
        const text = blockText(candidate);
        if (candidate.type === 'paragraph' && CHECKS_MARKER.test(collapseWhitespace(text))) continue;
        if (candidate.type === 'paragraph' && SYMPTOM_LINE.test(text.split('\n')[0] ?? '')) break;
        if (candidate.type === 'list') {
          list = next;
          break;
        }
        description.push(text);
      }
      const symptom = this.addSymptom(index, collapseWhitespace(match[1] ?? ''), 'symptom-checks', collapseWhitespace(description.join('\n')), group, startOf(at[j]));
      blocks[j] = { type: 'symptom', symptomId: this.symptomId(symptom), children: block.children };
      const listBlock = list === undefined ? undefined : blocks[list];
      if (listBlock?.type === 'list') {
        this.checksFromListBlock(listBlock, sourceChildren(at[list ?? -1]), startOf(at[list ?? -1]), symptom, seededSlugger(symptom));
        open = undefined;
        j = list ?? j;
      } else {
        open = symptom;
        j = next - 1;
      }
    }
    return open;
  }

  /** The list right after entry `index`, with only `Checks:` lines between (claimed with it). */
  private listAfter(index: number): number | undefined {
    const markers: number[] = [];
    for (let next = index + 1; next < this.entries.length; next++) {
      const block = (this.entries[next] as BodyEntry).block;
      if (block.type === 'paragraph' && CHECKS_MARKER.test(collapseWhitespace(inlineText(block.children)))) {
        markers.push(next);
        continue;
      }
      if (block.type !== 'list' || this.claimed.has(next)) return undefined;
      for (const marker of markers) this.claimed.add(marker);
      return next;
    }
    return undefined;
  }

  /** Form c: a `Symptoms` section, then `Solution`/`Resolution`/`Workaround`/`Fix` sections whose steps are the checks. */
  private knowledgeBaseForm(sectionHeading: RegExp): void {
    const starts: number[] = [];
    this.entries.forEach(({ block }, index) => {
      if (block.type === 'heading' && !this.claimed.has(index) && sectionHeading.test(inlineText(block.children))) starts.push(index);
    });
    starts.forEach((start, order) => {
      const heading = (this.entries[start] as BodyEntry).block as Extract<BlockNode, { type: 'heading' }>;
      // The description stops at the first fix heading, even one nested in the section ("## Symptom 1" → "### Solution").
      const sectionEnd = this.sectionEnd(start, (block) => isResolutionHeading(block));
      const sectionBlocks = this.entries.slice(start + 1, sectionEnd).map(({ block }) => block);
      const description = blocksText(sectionBlocks);
      const title = starts.length === 1 ? this.title : this.multiTitle(sectionBlocks, inlineText(heading.children));
      this.claimed.add(start);
      const symptom = this.addSymptom(start, title, 'kb', description, undefined);
      heading.symptomId = this.symptomId(symptom);

      const regionEnd = starts[order + 1] ?? this.entries.length;
      let coveredUntil = sectionEnd;
      for (let index = sectionEnd; index < regionEnd; index++) {
        const block = (this.entries[index] as BodyEntry).block;
        if (block.type !== 'heading' || index < coveredUntil || this.claimed.has(index) || !isResolutionHeading(block)) continue;
        this.claimed.add(index);
        const end = Math.min(this.sectionEnd(index), regionEnd);
        this.checksFromSection(index + 1, end, block.depth, symptom);
        coveredUntil = end;
      }
    });
  }

  /** Forms b and d: a heading followed by a task list, or a checklist heading followed by a list. */
  private headingListForms(): void {
    // Text before the first heading counts as a section titled by the article (-1 stands for that virtual heading).
    for (let index = -1; index < this.entries.length; index++) {
      const block = this.entries[index]?.block;
      if (index >= 0 && (block?.type !== 'heading' || this.claimed.has(index))) continue;
      const headingText = block?.type === 'heading' ? collapseWhitespace(inlineText(block.children)) : this.title;
      const description: string[] = [];
      let list: number | undefined;
      for (let next = index + 1; next < this.entries.length; next++) {
        const candidate = (this.entries[next] as BodyEntry).block;
        if (candidate.type === 'heading') break;
        if (candidate.type === 'list') {
          if (!this.claimed.has(next)) list = next;
          break;
        }
        description.push(blockText(candidate));
      }
      if (list === undefined) continue;
      const listBlock = (this.entries[list] as BodyEntry).block as Extract<BlockNode, { type: 'list' }>;
      const isTaskList = listBlock.items.some((item) => item.checked !== undefined);
      const form: SymptomForm | undefined = isTaskList ? 'task-list' : index >= 0 && CHECKLIST_HEADING.test(headingText) ? 'checklist' : undefined;
      if (form === undefined) continue;
      const at = index >= 0 ? index : list;
      if (index >= 0) this.claimed.add(index);
      const symptom = this.addSymptom(at, headingText, form, collapseWhitespace(description.join('\n')), undefined);
      if (block?.type === 'heading') block.symptomId = this.symptomId(symptom);
      this.checksFromList(list, symptom);
    }
  }

  private addSymptom(
    index: number,
    title: string,
    form: SymptomForm,
    description: string,
    group: string | undefined,
    written: LineColumn | undefined = undefined,
  ): ExtractedSymptom {
    const base = slugify(title, 'symptom');
    const slug = this.uniqueSlug(base);
    const at = written ?? position(this.entries[index]);
    if (slug !== base) {
      this.file.reporter.error(
        'duplicate-id',
        `the symptom "${title}" has the same slug "${base}" as an earlier symptom in this article, so it was renamed "${slug}"; give it a different title.`,
        at,
      );
    }
    const symptom: ExtractedSymptom = { slug, title, ...(group ? { group } : {}), form, description, checks: [], at };
    this.found.push({ index, symptom });
    return symptom;
  }

  private symptomId(symptom: ExtractedSymptom): string {
    return `${this.articleId}#${symptom.slug}`;
  }

  private checksFromList(index: number, symptom: ExtractedSymptom, uniqueCheck = seededSlugger(symptom)): void {
    const entry = this.entries[index] as BodyEntry;
    const list = entry.block as Extract<BlockNode, { type: 'list' }>;
    this.claimed.add(index);
    this.checksFromListBlock(list, entry.source.type === 'list' ? entry.source.children : [], position(entry), symptom, uniqueCheck);
  }

  /** Each item of `list` becomes a check of `symptom`; `sourceItems` say where each was written. */
  private checksFromListBlock(
    list: Extract<BlockNode, { type: 'list' }>,
    sourceItems: readonly SourceNode[] | undefined,
    fallback: LineColumn | undefined,
    symptom: ExtractedSymptom,
    uniqueCheck: (base: string) => string,
  ): void {
    list.symptomId = this.symptomId(symptom);
    list.items.forEach((item, itemIndex) => {
      const lead = item.children[0];
      const text = collapseWhitespace(lead?.type === 'paragraph' ? inlineText(lead.children) : blocksText(item.children));
      if (text === '') return;
      const content: InlineNode[] = lead?.type === 'paragraph' ? lead.children : [{ type: 'text', value: text }];
      const id = uniqueCheck(slugify(text, 'check'));
      item.checkId = id;
      const start = sourceItems?.[itemIndex]?.position?.start;
      symptom.checks.push({ id, text, content, at: start ? { line: start.line, column: start.column } : fallback, node: item });
    });
  }

  /** A fix section's steps: its lists' items; without a list, its sub-headings; without those, its paragraphs. */
  private checksFromSection(from: number, to: number, depth: number, symptom: ExtractedSymptom): void {
    // Seeded with the checks of an earlier fix section, so ids stay unique within the symptom.
    const uniqueCheck = seededSlugger(symptom);
    const lists: number[] = [];
    const subheadings: number[] = [];
    const paragraphs: number[] = [];
    let subDepth = 7;
    for (let index = from; index < to; index++) {
      if (this.claimed.has(index)) continue;
      const block = (this.entries[index] as BodyEntry).block;
      if (block.type === 'list') lists.push(index);
      else if (block.type === 'paragraph') paragraphs.push(index);
      else if (block.type === 'heading' && block.depth > depth) {
        subheadings.push(index);
        subDepth = Math.min(subDepth, block.depth);
      }
    }
    if (lists.length > 0) {
      for (const index of lists) this.checksFromList(index, symptom, uniqueCheck);
      return;
    }
    // "Before", "After", "Or", "Via npm" only label the code block that follows them: they are not steps (unless nothing else is).
    const steps =
      subheadings.length > 0
        ? subheadings.filter((index) => ((this.entries[index] as BodyEntry).block as { depth: number }).depth === subDepth)
        : withoutCodeLabels(this.entries, paragraphs);
    for (const index of steps) {
      const block = (this.entries[index] as BodyEntry).block as Extract<BlockNode, { type: 'heading' | 'paragraph' }>;
      const text = collapseWhitespace(inlineText(block.children));
      if (text === '') continue;
      const id = uniqueCheck(slugify(text, 'check'));
      block.checkId = id;
      this.claimed.add(index);
      symptom.checks.push({ id, text, content: block.children, at: position(this.entries[index]), node: block });
    }
  }

  /** Index of the next heading at the same or a higher level (the end of this heading's section), or of the first heading `stop` accepts. */
  private sectionEnd(index: number, stop?: (block: Extract<BlockNode, { type: 'heading' }>) => boolean): number {
    const start = (this.entries[index] as BodyEntry).block;
    const depth = start.type === 'heading' ? start.depth : 7;
    for (let next = index + 1; next < this.entries.length; next++) {
      const block = (this.entries[next] as BodyEntry).block;
      if (block.type === 'heading' && (block.depth <= depth || stop?.(block))) return next;
    }
    return this.entries.length;
  }

  /** With several `Symptom 1`, `Symptom 2` sections, the first sentence of each says what it is about. */
  private multiTitle(blocks: BlockNode[], headingText: string): string {
    const firstParagraph = blocks.find((block) => block.type === 'paragraph');
    const sentence = firstParagraph ? collapseWhitespace(inlineText(firstParagraph.children)).split(/(?<=[.!?])\s/, 1)[0] ?? '' : '';
    if (sentence === '') return `${this.title} (${collapseWhitespace(headingText)})`;
    return sentence.length > 120 ? `${sentence.slice(0, 119).replace(/\s+\S*$/, '')}…` : sentence.replace(/[\s.:,;]+$/, '');
  }
}

/** An mdast node as far as nested symptoms need it: its type, where it starts, its children. */
type SourceNode = { type: string; position?: { start: { line: number; column: number } } | undefined; children?: unknown };

function startOf(node: SourceNode | undefined): LineColumn | undefined {
  const start = node?.position?.start;
  return start ? { line: start.line, column: start.column } : undefined;
}

function sourceChildren(node: SourceNode | RootContent | undefined): SourceNode[] | undefined {
  const children = (node as SourceNode | undefined)?.children;
  return Array.isArray(children) ? (children as SourceNode[]) : undefined;
}

/**
 * The source node of each block, in order. Conversion drops some nodes (HTML,
 * definitions), so blocks are matched to the next source node of their kind.
 */
function alignSources(blocks: readonly BlockNode[], sources: readonly SourceNode[] | undefined): (SourceNode | undefined)[] {
  if (!sources) return blocks.map(() => undefined);
  let at = 0;
  return blocks.map((block) => {
    const kind = block.type === 'symptom' ? 'paragraph' : block.type;
    for (let k = at; k < sources.length; k++) {
      if (sources[k]?.type !== kind) continue;
      at = k + 1;
      return sources[k];
    }
    return undefined;
  });
}

function isResolutionHeading(block: BlockNode): boolean {
  if (block.type !== 'heading') return false;
  const text = inlineText(block.children);
  return KB_RESOLUTION.test(text) && !KB_NOT_RESOLUTION.test(text);
}


/**
 * The summary when front matter has none: the lead paragraph (before any
 * heading); else the first paragraph of the first symptom, which says what
 * the article is about better than a preamble such as "Applicable versions";
 * else the first paragraph anywhere.
 */
function deriveSummary(entries: readonly BodyEntry[], firstSymptom: number | undefined): string {
  const isSummaryParagraph = (entry: BodyEntry | undefined) => entry?.block.type === 'paragraph' && entry.block.checkId === undefined;
  const firstHeading = entries.findIndex(({ block }) => block.type === 'heading');
  const lead = entries.slice(0, firstHeading === -1 ? entries.length : firstHeading).find(isSummaryParagraph);
  const fromSymptom = firstSymptom === undefined ? undefined : entries.slice(firstSymptom).find(isSummaryParagraph);
  const chosen = lead ?? fromSymptom ?? entries.find(isSummaryParagraph);
  if (chosen?.block.type !== 'paragraph') return '';
  const text = collapseWhitespace(inlineText(chosen.block.children));
  return summaryOf(text);
}

/** A check slugger that already knows the symptom's checks, so a second fix section continues without clashes. */
function seededSlugger(symptom: ExtractedSymptom): (base: string) => string {
  const unique = createUniqueSlugger();
  for (const check of symptom.checks) unique(check.id);
  return unique;
}

/** "When to escalate … Include:" followed by a list: the details support needs. */
function findEscalation(entries: BodyEntry[]): string[] | undefined {
  let inSection = false;
  let sectionDepth = 7;
  for (let index = 0; index < entries.length; index++) {
    const block = (entries[index] as BodyEntry).block;
    if (block.type === 'heading') {
      if (inSection && block.depth <= sectionDepth) inSection = false;
      if (!inSection && ESCALATION_HEADING.test(inlineText(block.children))) {
        inSection = true;
        sectionDepth = block.depth;
      }
      continue;
    }
    const next = entries[index + 1]?.block;
    if (inSection && block.type === 'paragraph' && next?.type === 'list' && ESCALATION_INTRO.test(collapseWhitespace(inlineText(block.children)))) {
      const details = next.items
        .map((item) => collapseWhitespace(blocksText(item.children)))
        .filter((label) => label !== '');
      if (details.length > 0) return details;
    }
  }
  return undefined;
}

/** Paragraphs of at most two words right before a code block are labels of that code, not steps; kept when they are all there is. */
function withoutCodeLabels(entries: readonly BodyEntry[], paragraphs: number[]): number[] {
  const steps = paragraphs.filter((index) => {
    const block = entries[index]?.block;
    const next = entries[index + 1]?.block;
    if (block?.type !== 'paragraph' || next?.type !== 'code') return true;
    return collapseWhitespace(inlineText(block.children)).split(' ').length > 2;
  });
  return steps.length > 0 ? steps : paragraphs;
}
