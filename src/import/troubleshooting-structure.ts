import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { slugify } from '../compiler/slugify';

/**
 * Headings that say "here is the problem", in the languages of the label
 * packs and of the compiler's forms: the whole heading, a colon allowed.
 * (Arabic is read here though the compiler knows no Arabic keywords: the
 * labels written for it are English ones, which it does know.)
 */
const PROBLEM_HEADING =
  /^(?:(?:the\s+)?(?:symptoms?|problems?|issues?)|symptome?|fehlerbild|problembeschreibung|sympt[ôo]mes?|probl[èe]mes?|s[íi]ntomas?|problemas?|sintomas?|症状|問題|问题|現象|症狀|المشكلة|الأعراض|العرض)$/iu;

/**
 * Headings over the steps that fix it: steps, checks, troubleshooting,
 * resolution, solution, fix (and the usual phrasings of them), in the same
 * languages. A heading that only mentions one of them in passing
 * ("Troubleshooting webhooks") is not one: it has to say that this is the fix.
 */
const STEPS_HEADING = new RegExp(
  [
    String.raw`(?:troubleshooting|resolution|solutions?|fix(?:es)?|steps?|checks?|workaround)(?:\s+steps?)?`,
    String.raw`(?:steps|how)\s+to\s+(?:resolve|fix|troubleshoot|solve)(?:\s+(?:it|this|the\s+(?:problem|issue)))?`,
    String.raw`(?:things|what)\s+to\s+(?:check|try)`,
    String.raw`try\s+these\s+steps`,
    String.raw`schritte|lösung(?:en|sschritte)?|fehlerbehebung|behebung|abhilfe|prüfungen|was\s+sie\s+(?:prüfen|tun)\s+(?:können|sollten)`,
    String.raw`[ée]tapes(?:\s+de\s+d[ée]pannage)?|r[ée]solution|d[ée]pannage|v[ée]rifications|[àa]\s+v[ée]rifier|solution`,
    String.raw`pasos(?:\s+a\s+seguir)?|soluci[óo]n(?:\s+de\s+problemas)?|resoluci[óo]n|comprobaciones`,
    String.raw`passos|etapas|solu[çc][ãa]o(?:\s+de\s+problemas)?|resolu[çc][ãa]o|verifica[çc][õo]es`,
    String.raw`手順|解決策|解決方法|対処法|対処方法|トラブルシューティング|確認事項|確認手順`,
    String.raw`步骤|解决方案|解决方法|故障排除|疑难解答|检查项`,
    String.raw`الخطوات|الحل|خطوات\s+الحل|استكشاف\s+الأخطاء\s+وإصلاحها|خطوات\s+استكشاف\s+الأخطاء\s+وإصلاحها`,
  ]
    .map((part) => `(?:${part})`)
    .join('|')
    .replace(/^/, '^(?:')
    .concat(')$'),
  'iu',
);

/**
 * The two labels of the compiler's `Symptom:` … `Checks:` form, in each
 * language the compiler reads it in; any other language gets the English
 * ones (the compiler reads those in every article).
 */
const LABELS: Record<string, { symptom: string; checks: string }> = {
  en: { symptom: 'Symptom:', checks: 'Checks:' },
  de: { symptom: 'Symptom:', checks: 'Prüfungen:' },
  fr: { symptom: 'Symptôme :', checks: 'Vérifications :' },
  es: { symptom: 'Síntoma:', checks: 'Comprobaciones:' },
  pt: { symptom: 'Sintoma:', checks: 'Verificações:' },
  ja: { symptom: '症状：', checks: '確認事項：' },
  zh: { symptom: '症状：', checks: '检查项：' },
};

/** The labels the importer writes for a locale (`de-AT` → German, `ar` → English). */
export function structureLabels(locale: string | undefined): { symptom: string; checks: string } {
  const language = (locale ?? 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
  return LABELS[language] ?? (LABELS.en as { symptom: string; checks: string });
}

/** Whether a heading's text says "problem" ({@link PROBLEM_HEADING}) or "steps" ({@link STEPS_HEADING}). */
export function headingRole(text: string): 'problem' | 'steps' | undefined {
  const cleaned = text.replace(/\s+/g, ' ').trim().replace(/[\s:：.。!?]+$/u, '');
  if (PROBLEM_HEADING.test(cleaned)) return 'problem';
  if (STEPS_HEADING.test(cleaned)) return 'steps';
  return undefined;
}

/**
 * Rewrites an article's troubleshooting sections into the compiler's
 * `Symptom:` / `Checks:` form, in place, and returns how many symptoms it made.
 *
 * - A heading that says symptom, problem or issue, whose section opens with a
 *   paragraph and holds no list, followed directly by a heading that says
 *   steps, checks, troubleshooting or resolution whose section holds a list:
 *   the first heading goes, its paragraph becomes `Symptom: …` (its first
 *   sentence the symptom's title, the rest its description), the second
 *   heading becomes `Checks:`, and its list the checks.
 * - In an article with no such pair, the first steps heading with a list
 *   becomes `Symptom: <the article's title>` and `Checks:`: the article is the problem.
 * - Every other list stays prose. A pair whose symptom would have the same
 *   title as an earlier one of the article is left as it is (two symptoms may
 *   not share a slug).
 */
export function addTroubleshootingStructure(tree: Root, options: { title: string; locale?: string }): number {
  const labels = structureLabels(options.locale);
  const blocks = tree.children;
  const headingAt = (index: number) => {
    const block = blocks[index];
    return block?.type === 'heading' ? block : undefined;
  };
  /** Index of the next heading after `index`, or the end. */
  const nextHeading = (index: number) => {
    for (let next = index + 1; next < blocks.length; next++) if (blocks[next]?.type === 'heading') return next;
    return blocks.length;
  };
  const hasList = (from: number, to: number) => blocks.slice(from, to).some((block) => block.type === 'list');

  const pairs: { problem: number; steps: number }[] = [];
  const titles = new Set<string>();
  for (let index = 0; index < blocks.length; index++) {
    const heading = headingAt(index);
    if (heading === undefined || headingRole(headingText(heading)) !== 'problem') continue;
    const end = nextHeading(index);
    const steps = headingAt(end);
    if (blocks[index + 1]?.type !== 'paragraph' || hasList(index + 1, end) || steps === undefined) continue;
    if (headingRole(headingText(steps)) !== 'steps' || !hasList(end + 1, nextHeading(end))) continue;
    const title = slugify(firstSentence(blocks[index + 1] as Paragraph).titleText, '');
    if (title === '' || titles.has(title)) continue;
    titles.add(title);
    pairs.push({ problem: index, steps: end });
    index = end;
  }

  if (pairs.length === 0) {
    if (hasOwnStructure(tree, options.title)) return 0;
    const steps = blocks.findIndex((block, index) => block.type === 'heading' && headingRole(headingText(block)) === 'steps' && hasList(index + 1, nextHeading(index)));
    if (steps === -1) return 0;
    blocks.splice(steps, 1, labelParagraph(`${labels.symptom} ${options.title}`), labelParagraph(labels.checks));
    return 1;
  }

  // From the last pair back, so earlier indexes stay right.
  for (const { problem, steps } of [...pairs].reverse()) {
    blocks.splice(steps, 1, labelParagraph(labels.checks));
    const paragraph = blocks[problem + 1] as Paragraph;
    const { title, rest } = firstSentence(paragraph);
    const replacement: RootContent[] = [{ type: 'paragraph', children: [{ type: 'text', value: `${labels.symptom} ` }, ...title] }];
    if (rest.length > 0) replacement.push({ type: 'paragraph', children: rest });
    blocks.splice(problem, 2, ...replacement);
  }
  return pairs.length;
}

/**
 * Whether the compiler will find symptoms in the article by itself: a
 * heading about symptoms, a problem, an issue or a cause (its knowledge-base
 * form), a `Symptom:` line, a task list, or a heading with the article's
 * title. The article-wide fallback then stays out of the way: it would break
 * those forms up, or give a second symptom the same title.
 */
function hasOwnStructure(tree: Root, title: string): boolean {
  const titleSlug = slugify(title, '');
  const stack: RootContent[] = [...tree.children];
  while (stack.length > 0) {
    const node = stack.pop() as RootContent;
    if (node.type === 'heading') {
      const text = headingText(node);
      if (SECTION_OF_A_PROBLEM.test(text) || slugify(text, '') === titleSlug) return true;
    } else if (node.type === 'paragraph') {
      if (SYMPTOM_LINE.test(phrasingText(node.children))) return true;
    } else if (node.type === 'listItem' && typeof node.checked === 'boolean') return true;
    if ('children' in node) for (const child of node.children as RootContent[]) stack.push(child);
  }
  return false;
}

/** Headings the compiler reads as a knowledge-base symptom or problem section (`Symptom 2`, `Cause`, `Why this error occurred`). */
const SECTION_OF_A_PROBLEM = /sympt|probl|issue|cause|ursache|causa|why this|what happened|症状|問題|问题|原因|現象/iu;
/** A paragraph the compiler reads as a `Symptom:` line, in any of its languages. */
const SYMPTOM_LINE = /^\s*(?:symptoms?|symptome|sympt[ôo]mes?|s[íi]ntomas?|sintomas?|症状|症狀)(?:\s*[:：]|\s+[–—-])/iu;

function labelParagraph(text: string): Paragraph {
  return { type: 'paragraph', children: [{ type: 'text', value: text }] };
}

/**
 * A paragraph cut after its first sentence, when more follows: the symptom
 * line is the symptom's title, so it should read as one. Only a sentence end
 * in plain text at the paragraph's top level counts (never inside a link or
 * emphasis), and a first sentence under 12 characters is kept whole.
 */
function firstSentence(paragraph: Paragraph): { title: PhrasingContent[]; rest: PhrasingContent[]; titleText: string } {
  const children = paragraph.children;
  let before = '';
  for (let index = 0; index < children.length; index++) {
    const child = children[index] as PhrasingContent;
    if (child.type === 'text') {
      const end = /[.!?](?=\s+\S)|[。！？](?=\S)/u.exec(child.value);
      if (end !== null && (before + child.value.slice(0, end.index)).trim().length >= 12) {
        const cut = end.index + end[0].length;
        const head = child.value.slice(0, cut);
        const tail = child.value.slice(cut).replace(/^\s+/, '');
        const title = [...children.slice(0, index), { type: 'text', value: head } as PhrasingContent];
        const rest = [...(tail === '' ? [] : [{ type: 'text', value: tail } as PhrasingContent]), ...children.slice(index + 1)];
        return { title, rest, titleText: before + head };
      }
      before += child.value;
    } else before += phrasingText([child]);
  }
  return { title: children, rest: [], titleText: before };
}

/** A heading's text as the compiler reads it (code, image alt text and link text included). */
export function headingText(heading: Heading): string {
  return phrasingText(heading.children).replace(/\s+/g, ' ').trim();
}

function phrasingText(nodes: readonly PhrasingContent[]): string {
  let text = '';
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'inlineCode') text += node.value;
    else if (node.type === 'image') text += node.alt ?? '';
    else if (node.type === 'break') text += '\n';
    else if ('children' in node) text += phrasingText(node.children as PhrasingContent[]);
  }
  return text;
}
