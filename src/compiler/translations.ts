import type { BlockNode } from '../schema/help-index';
import { didYouMeanHint } from './did-you-mean';
import type { ExtractedArticle, ExtractedSymptom } from './extract-symptoms';
import type { SymptomOverride } from './front-matter';
import { slugify } from './slugify';

/**
 * Gives a translated article its source's ids, so progress ticked in one language is the same progress in
 * another: its symptoms take the source's symptom slugs and its checks the source's check ids, by position
 * (within the article, within the symptom) unless its front matter maps them (`symptoms.<slug>.source`,
 * `symptoms.<slug>.checks`). The body's symptom and check marks are rewritten to match. Routes, errors and
 * diagnostic bindings the translation does not set are the source's; its aliases and tags stay its own.
 *
 * Reports `translation-structure` when the structures differ without a mapping, and when a mapping names
 * nothing. Mutates `translation` (its symptoms, body and front matter's overrides).
 */
export function alignTranslation(translation: ExtractedArticle, source: ExtractedArticle, sourceFile: string): void {
  const { reporter, frontMatter } = translation.file;
  const own = frontMatter.symptoms;
  const sources = source.symptoms;
  const sourceSlugs = sources.map((symptom) => symptom.slug);
  const counterpart = new Map<ExtractedSymptom, ExtractedSymptom>();
  const claimed = new Set<ExtractedSymptom>();

  // Explicit mappings first: `symptoms: { <own slug>: { source: <source slug> } }`.
  let explicit = false;
  for (const symptom of translation.symptoms) {
    const named = own[symptom.slug]?.source;
    if (named === undefined) continue;
    explicit = true;
    const slug = named.includes('#') ? named.slice(named.indexOf('#') + 1) : named;
    const target = sources.find((candidate) => candidate.slug === slug);
    const at = frontMatter.positions.get(`symptoms.${symptom.slug}.source`) ?? symptom.at;
    if (target === undefined) {
      reporter.warning(
        'translation-structure',
        `the symptom "${symptom.title}" is mapped to "${named}", but its source "${sourceFile}" has no symptom with that slug.${didYouMeanHint(slug, sourceSlugs)} ` +
          `Its symptoms are: ${sourceSlugs.join(', ') || '(none)'}.`,
        at,
      );
    } else if (claimed.has(target)) {
      reporter.warning(
        'translation-structure',
        `the symptom "${symptom.title}" is mapped to "${named}", which another symptom of this translation already translates; map each source symptom once.`,
        at,
      );
    } else {
      counterpart.set(symptom, target);
      claimed.add(target);
    }
  }
  // The rest by position: the source symptom at the same place, unless a mapping took it.
  translation.symptoms.forEach((symptom, index) => {
    const target = sources[index];
    if (counterpart.has(symptom) || target === undefined || claimed.has(target)) return;
    counterpart.set(symptom, target);
    claimed.add(target);
  });
  if (!explicit && translation.symptoms.length !== sources.length) {
    const extra = translation.symptoms.slice(sources.length);
    const untranslated = sources.slice(translation.symptoms.length);
    const which =
      extra.length > 0
        ? `so ${extra.map((symptom) => `"${symptom.title}"`).join(', ')} ${extra.length === 1 ? 'has' : 'have'} no counterpart and keep${extra.length === 1 ? 's' : ''} ${extra.length === 1 ? 'its' : 'their'} own id${extra.length === 1 ? '' : 's'}`
        : `so the source's ${untranslated.map((symptom) => `"${symptom.slug}"`).join(', ')} ${untranslated.length === 1 ? 'is' : 'are'} missing from this language`;
    reporter.warning(
      'translation-structure',
      `this translation has ${plural(translation.symptoms.length, 'symptom')} and its source "${sourceFile}" has ${sources.length}; symptoms are matched by position, ${which}. ` +
        `If they do not line up, map each one in the front matter: symptoms: { <this symptom's slug>: { source: <source symptom slug> } }.`,
      extra[0]?.at ?? { line: 1, column: 1 },
    );
  }

  // New slugs and check ids; a symptom or check with no counterpart keeps its own, made unique if it clashes.
  const usedSlugs = new Set([...counterpart.values()].map((symptom) => symptom.slug));
  const renamedSymptoms = new Map<string, string>();
  const merged: Record<string, SymptomOverride> = Object.create(null) as Record<string, SymptomOverride>;
  for (const symptom of translation.symptoms) {
    const target = counterpart.get(symptom);
    const ownSlug = symptom.slug;
    const checkIds = target ? alignChecks(translation, symptom, target, sourceFile) : new Map<string, string>();
    const finalSlug = target?.slug ?? unique(ownSlug, usedSlugs);
    usedSlugs.add(finalSlug);
    renamedSymptoms.set(`${translation.id}#${ownSlug}`, `${translation.id}#${finalSlug}`);
    symptom.slug = finalSlug;

    const ownOverride = own[ownSlug];
    const sourceOverride = target ? source.file.frontMatter.symptoms[target.slug] : undefined;
    const ownBindings = ownOverride ? Object.entries(ownOverride.diagnostics) : [];
    const diagnostics: Record<string, string> = Object.create(null) as Record<string, string>;
    if (ownBindings.length > 0) for (const [checkId, name] of ownBindings) diagnostics[checkIds.get(checkId) ?? checkId] = name;
    else Object.assign(diagnostics, sourceOverride?.diagnostics ?? {});
    const routes = ownOverride?.routes ?? sourceOverride?.routes;
    const errors = ownOverride?.errors ?? sourceOverride?.errors;
    if (ownOverride !== undefined || sourceOverride !== undefined) {
      merged[finalSlug] = {
        ...(routes !== undefined ? { routes } : {}),
        ...(errors !== undefined ? { errors } : {}),
        aliases: ownOverride?.aliases ?? [],
        tags: ownOverride?.tags ?? [],
        diagnostics,
      };
    }
  }
  frontMatter.symptoms = merged;
  remarkSymptoms(translation.body, renamedSymptoms);
  alignHeadings(translation, source);
}

/**
 * Gives a translation's headings its source's ids, by position, when both have the same outline (as many
 * headings, at the same depths): a link to `other.md#roles-explained` then opens the same section in every
 * language, and a deep link keeps its place when the user switches. A translation with another outline keeps
 * its own ids. Links written with the translation's own ids still resolve (`headingIds`).
 */
function alignHeadings(translation: ExtractedArticle, source: ExtractedArticle): void {
  const own = translation.headings;
  const theirs = source.headings;
  if (own.length === 0 || own.length !== theirs.length || own.some((heading, i) => heading.depth !== theirs[i]!.depth)) return;
  const renamed = new Map<string, string>();
  own.forEach((heading, i) => {
    if (heading.id !== theirs[i]!.id) renamed.set(heading.id, theirs[i]!.id);
  });
  if (renamed.size === 0) return;
  for (const heading of own) heading.id = renamed.get(heading.id) ?? heading.id;
  const walk = (blocks: BlockNode[]) => {
    for (const block of blocks) {
      if (block.type === 'heading') block.id = renamed.get(block.id) ?? block.id;
      else if (block.type === 'list') for (const item of block.items) walk(item.children);
      else if (block.type === 'blockquote' || block.type === 'callout') walk(block.children);
    }
  };
  walk(translation.body);
  translation.headingIds = renamed;
}

/** Maps one translated symptom's checks to its source's; returns own check id → new id. */
function alignChecks(translation: ExtractedArticle, symptom: ExtractedSymptom, target: ExtractedSymptom, sourceFile: string): Map<string, string> {
  const { reporter, frontMatter } = translation.file;
  const mapping = frontMatter.symptoms[symptom.slug]?.checks;
  const sourceIds = target.checks.map((check) => check.id);
  const assigned: (string | undefined)[] = [];
  if (mapping !== undefined) {
    const taken = new Set<string>();
    mapping.forEach((entry, index) => {
      if (entry === null) return;
      const at = frontMatter.positions.get(`symptoms.${symptom.slug}.checks.${index}`) ?? symptom.at;
      const id = sourceIds.includes(entry) ? entry : sourceIds.find((candidate) => candidate === slugify(entry, 'check'));
      if (id === undefined) {
        reporter.warning(
          'translation-structure',
          `check ${index + 1} of symptom "${symptom.slug}" is mapped to "${entry}", but the source's symptom "${target.slug}" (${sourceFile}) has no such check.${didYouMeanHint(entry, sourceIds)} ` +
            `Its check ids are: ${sourceIds.join(', ') || '(none)'}.`,
          at,
        );
      } else if (taken.has(id)) {
        reporter.warning('translation-structure', `check ${index + 1} of symptom "${symptom.slug}" is mapped to "${entry}" a second time; map each source check once.`, at);
      } else {
        assigned[index] = id;
        taken.add(id);
      }
    });
    if (mapping.length !== symptom.checks.length) {
      reporter.warning(
        'translation-structure',
        `the check mapping of symptom "${symptom.slug}" lists ${mapping.length} ${mapping.length === 1 ? 'entry' : 'entries'}, but the symptom has ${plural(symptom.checks.length, 'check')}; ` +
          `list one source check id (or ~) per check, in order.`,
        frontMatter.positions.get(`symptoms.${symptom.slug}.checks`) ?? symptom.at,
      );
    }
  } else {
    symptom.checks.forEach((_check, index) => {
      assigned[index] = sourceIds[index];
    });
    if (symptom.checks.length !== target.checks.length) {
      const extra = symptom.checks.slice(target.checks.length);
      const which =
        extra.length > 0
          ? `so ${extra.map((check) => `"${check.text}"`).join(', ')} ${extra.length === 1 ? 'has' : 'have'} no counterpart`
          : `so the source's ${sourceIds.slice(symptom.checks.length).join(', ')} ${target.checks.length - symptom.checks.length === 1 ? 'is' : 'are'} not in this language`;
      reporter.warning(
        'translation-structure',
        `the symptom "${symptom.title}" has ${plural(symptom.checks.length, 'check')} and its source "${target.title}" (${sourceFile}) has ${target.checks.length}; checks are matched by position, ${which}. ` +
          `If they do not line up, list the source check each one translates, ~ for none: symptoms: { ${symptom.slug}: { checks: [${symptom.checks.map((_check, index) => sourceIds[index] ?? '~').join(', ')}] } }.`,
        symptom.at,
      );
    }
  }
  const renamed = new Map<string, string>();
  const used = new Set(assigned.filter((id): id is string => id !== undefined));
  symptom.checks.forEach((check, index) => {
    const id = assigned[index] ?? unique(check.id, used);
    used.add(id);
    renamed.set(check.id, id);
    check.id = id;
    if (check.node) check.node.checkId = id;
  });
  return renamed;
}

/** Rewrites the symptom marks (`symptomId`) of a body after its symptoms took new slugs. */
function remarkSymptoms(blocks: BlockNode[], renamed: ReadonlyMap<string, string>): void {
  for (const block of blocks) {
    if ((block.type === 'heading' || block.type === 'list' || block.type === 'symptom') && block.symptomId !== undefined) {
      block.symptomId = renamed.get(block.symptomId) ?? block.symptomId;
    }
    if (block.type === 'list') for (const item of block.items) remarkSymptoms(item.children, renamed);
    else if (block.type === 'blockquote' || block.type === 'callout') remarkSymptoms(block.children, renamed);
  }
}

function unique(base: string, used: ReadonlySet<string>): string {
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
