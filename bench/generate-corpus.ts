import { isErrorPatternProblem, parseErrorPattern } from '../src/engine/match/error-pattern';
import { HELP_INDEX_FORMAT, HELP_INDEX_VERSION, type Article, type BlockNode, type HelpIndex, type Symptom } from '../src/schema/help-index';

/**
 * A seeded generator of realistic help centers: product areas with their own
 * screens and integrations, symptoms phrased the way support teams write them
 * ("Invoices not syncing after reconnect"), 4–8 checks each, aliases, tags,
 * routes and error codes. The vocabulary grows with the corpus (integration
 * and feature names are invented per area), as it does in real products.
 */

/** mulberry32: small, fast, and the same sequence on every machine. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AREAS = [
  ['inbox', 'conversations', 'messages', 'replies', 'threads', 'assignments'],
  ['billing', 'invoices', 'payments', 'subscriptions', 'refunds', 'receipts'],
  ['integrations', 'sync', 'connection', 'tokens', 'webhooks', 'imports'],
  ['auth', 'login', 'sso', 'mfa', 'passwords', 'sessions'],
  ['channels', 'email', 'widget', 'sms', 'slack', 'domains'],
  ['reports', 'dashboards', 'exports', 'charts', 'metrics', 'filters'],
  ['automation', 'rules', 'workflows', 'triggers', 'macros', 'schedules'],
  ['ai', 'drafts', 'suggestions', 'labels', 'summaries', 'autopilot'],
  ['storage', 'attachments', 'uploads', 'retention', 'quotas', 'backups'],
  ['team', 'roles', 'permissions', 'invites', 'seats', 'groups'],
  ['notifications', 'alerts', 'pings', 'digests', 'badges', 'sounds'],
  ['mobile', 'app', 'push', 'offline', 'camera', 'location'],
] as const;

const PROBLEMS = [
  ['not syncing', 'SYNC_FAILED'],
  ['not showing', 'NOT_VISIBLE'],
  ['missing after update', 'MISSING'],
  ['stuck in pending', 'STALLED'],
  ['failing with an error', 'FAILED'],
  ['not arriving', 'NOT_DELIVERED'],
  ['duplicated', 'DUPLICATE'],
  ['slow to load', 'TIMEOUT'],
  ['disconnecting', 'DISCONNECTED'],
  ['rejected', 'REJECTED'],
  ['out of date', 'STALE'],
  ['not saving', 'WRITE_FAILED'],
] as const;

const CHECKS = [
  'Confirm {thing} is enabled in Settings → {Area}.',
  'Verify the {feature} credentials are still valid.',
  'Reconnect {feature} from the integrations screen and try again.',
  'Check that your role has permission to manage {thing}.',
  'Send a controlled test and watch the {feature} activity log.',
  'Compare the {thing} settings with a workspace where it works.',
  'Look for a yellow or red banner on the {feature} card.',
  'Refresh the browser tab; a stale session can hide a fix that already landed.',
  'Confirm the account and workspace context is the one you expect.',
  'Review recent changes to {thing} rules in the audit log.',
  'Check the {feature} status page for an ongoing incident.',
  'Clear filters on the {thing} list and search again.',
];

const SYLLABLES = ['zen', 'tri', 'po', 'lar', 'vex', 'mo', 'qua', 'di', 'ren', 'sol', 'ka', 'bri', 'nu', 'fel', 'or', 'ix', 'ta', 'gon', 'lu', 'mer'];

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

function word(random: () => number, syllables: number): string {
  let out = '';
  for (let i = 0; i < syllables; i++) out += pick(random, SYLLABLES);
  return out;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface GeneratedCorpus {
  index: HelpIndex;
  /** The same content as Markdown files, for the compile benchmark. */
  markdown: { path: string; text: string }[];
  /** The same content as MDX files written for a docs site (TOML front matter, an import, an admonition, a directive), for the compile benchmark. */
  mdx: { path: string; text: string }[];
  /** Routes and errors seen in the corpus, for the match benchmark. */
  contexts: { route: string; error: unknown }[];
}

/** Generates `symptomCount` symptoms, five per article, deterministically from `seed`. */
export function generateCorpus(symptomCount: number, seed = 42): GeneratedCorpus {
  const random = createRandom(seed);
  // Each area gets invented features (integrations, screens); more symptoms, more of them.
  const featuresPerArea = Math.max(4, Math.round(Math.sqrt(symptomCount) / 2));
  const features = AREAS.map(() => Array.from({ length: featuresPerArea }, () => word(random, 2 + Math.floor(random() * 2))));

  const articles: Article[] = [];
  const symptoms: Symptom[] = [];
  const bodies: Record<string, BlockNode[]> = {};
  const markdown: { path: string; text: string }[] = [];
  const mdx: { path: string; text: string }[] = [];
  const contexts: { route: string; error: unknown }[] = [];
  const source = (file: string, line = 1) => ({ file, line, column: 1 });
  const errorPattern = (raw: string) => {
    const parsed = parseErrorPattern(raw);
    if (isErrorPatternProblem(parsed)) throw new Error(parsed.error);
    return parsed;
  };

  const articleCount = Math.ceil(symptomCount / 5);
  for (let a = 0; a < articleCount; a++) {
    const areaIndex = a % AREAS.length;
    const area = AREAS[areaIndex] ?? AREAS[0];
    const feature = pick(random, features[areaIndex] ?? ['thing']);
    const articleId = `${area[0]}-${feature}-${a}`;
    const file = `${area[0]}/${articleId}.md`;
    const title = `${capitalize(feature)} ${area[0]} troubleshooting`;
    const articleSymptoms: Symptom[] = [];
    const usedTitles = new Set<string>();
    const lines = [
      '---',
      `title: ${title}`,
      `tags: [${area[0]}, ${feature}]`,
      `routes: ['/${area[0]}/${feature}/**']`,
      '---',
      '',
      `# ${title}`,
      '',
      `Problems with ${feature} in ${area[0]}, and what to check first.`,
      '',
    ];
    for (let s = 0; s < 5 && symptoms.length + articleSymptoms.length < symptomCount; s++) {
      // Titles are unique within an article, as an author would write them.
      let thing = pick(random, area.slice(1));
      let [problem, codeSuffix] = pick(random, PROBLEMS);
      for (let attempt = 0; usedTitles.has(`${thing} ${problem}`) && attempt < 20; attempt++) {
        thing = pick(random, area.slice(1));
        [problem, codeSuffix] = pick(random, PROBLEMS);
      }
      usedTitles.add(`${thing} ${problem}`);
      const symptomTitle = `${capitalize(feature)} ${thing} ${problem}`;
      const slug = `${feature}-${thing}-${problem}`.replace(/[^a-z0-9]+/g, '-') + `-${s}`;
      const checkCount = 4 + Math.floor(random() * 5);
      const checkTexts = Array.from({ length: checkCount }, (_, i) =>
        (CHECKS[(Math.floor(random() * CHECKS.length) + i) % CHECKS.length] ?? '')
          .replace('{thing}', thing)
          .replace('{feature}', capitalize(feature))
          .replace('{Area}', capitalize(area[0])),
      );
      const code = `${feature.toUpperCase()}_${codeSuffix}`;
      const route = `/${area[0]}/${feature}/${thing}/:id`;
      const status = pick(random, [400, 401, 403, 404, 409, 422, 500, 502, 503]);
      const symptom: Symptom = {
        id: `${articleId}#${slug}`,
        slug,
        articleId,
        title: symptomTitle,
        group: capitalize(area[0]),
        form: 'symptom-checks',
        description: `The ${thing} of ${feature} are ${problem} for some users.`,
        checks: checkTexts.map((text, i) => ({
          id: `${text.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 60)}-${i}`,
          text,
          content: [{ type: 'text', value: text }],
          source: source(file),
        })),
        context: { routes: [route], errors: [errorPattern(code), errorPattern(String(status))] },
        aliases: [`${thing} ${pick(random, ['gone', 'broken', 'missing', 'empty'])}`],
        tags: [thing],
        source: source(file),
      };
      articleSymptoms.push(symptom);
      contexts.push({ route: `/${area[0]}/${feature}/${thing}/${Math.floor(random() * 10000)}?tab=2`, error: { code, status } });
      lines.push(`## ${symptomTitle}`, '', `The ${thing} of ${feature} are ${problem} for some users.`, '', ...checkTexts.map((t) => `- [ ] ${t}`), '');
    }
    const article: Article = {
      id: articleId,
      title,
      summary: `Problems with ${feature} in ${area[0]}, and what to check first.`,
      bucket: area[0],
      tags: [area[0], feature],
      aliases: [],
      context: { routes: [`/${area[0]}/${feature}/**`], errors: [] },
      related: [],
      symptomIds: articleSymptoms.map((s) => s.id),
      links: [],
      headings: [],
      source: source(file),
    };
    articles.push(article);
    symptoms.push(...articleSymptoms);
    bodies[articleId] = [
      { type: 'paragraph', children: [{ type: 'text', value: article.summary }] },
      ...articleSymptoms.map(
        (s): BlockNode => ({ type: 'heading', depth: 2, id: s.slug, symptomId: s.id, children: [{ type: 'text', value: s.title }] }),
      ),
    ];
    markdown.push({ path: file, text: lines.join('\n') });
    mdx.push({ path: file.replace(/\.md$/, '.mdx'), text: toMdx(lines, feature) });
  }

  const index: HelpIndex = {
    format: HELP_INDEX_FORMAT,
    version: HELP_INDEX_VERSION,
    helpCenter: { id: `generated-${symptomCount}`, title: `Generated ${symptomCount}` },
    hash: '0'.repeat(64),
    buckets: [],
    articles,
    symptoms,
    bodies,
  };
  return { index, markdown, mdx, contexts };
}

/**
 * The same article as a docs site would write it in MDX: TOML front matter
 * between `+++`, an import, an `<Admonition>` after the lead paragraph and a
 * `:::tip` directive at the end. Same words, same symptoms.
 */
function toMdx(lines: readonly string[], feature: string): string {
  const end = lines.indexOf('---', 1);
  const yaml = lines.slice(1, end);
  const value = (key: string) => yaml.find((line) => line.startsWith(`${key}: `))?.slice(key.length + 2) ?? '';
  const list = (key: string) =>
    value(key)
      .replace(/^\[|\]$/g, '')
      .split(',')
      .map((item) => JSON.stringify(item.trim().replace(/^'|'$/g, '')))
      .join(', ');
  const body = lines.slice(end + 1);
  const lead = body.findIndex((line) => line.startsWith('Problems with'));
  return [
    '+++',
    `title = ${JSON.stringify(value('title'))}`,
    `tags = [${list('tags')}]`,
    `routes = [${list('routes')}]`,
    'weight = 10',
    '+++',
    '',
    "import { Admonition } from '@site/components';",
    ...body.slice(0, lead + 1),
    '',
    '<Admonition type="note" title="Before you start">',
    `Check that ${feature} is enabled for the workspace.`,
    '</Admonition>',
    ...body.slice(lead + 1),
    ':::tip',
    'Most of these checks take a minute.',
    ':::',
    '',
  ].join('\n');
}

/**
 * Queries a stuck user types, fixed for every run: whole phrases, typos,
 * half-typed words, questions. They use the generator's shared vocabulary,
 * so every corpus size has answers for them.
 */
export const BENCH_QUERIES = [
  'invoices not syncing',
  'payments missing after update',
  'webhok failing',
  'sso login',
  'cant log in mfa',
  'email not arriving',
  'widget slow to load',
  'slack pings',
  'exports stuck in pending',
  'why are my reports out of date',
  'notificaitons not arriving',
  'permisions',
  'roles',
  'subscr',
  'attachments not saving',
  'uploads rejected',
  'refunds duplicated',
  'drafts not showing',
  'autopilot disconnecting',
  'workflow triggers failing with an error',
  'push notifications',
  'reconnect integration',
  'quota',
  'backups',
  'dashboard charts slow',
  'sms rejected',
  'seat invites',
  'macros not saving',
  'data missing',
  'the inbox threads are duplicated',
];
