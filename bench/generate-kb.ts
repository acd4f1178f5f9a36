import { gzipSync } from 'node:zlib';
import { slugify } from '../src/compiler/slugify';
import { createRandom } from './generate-corpus';
import { DESCRIPTIVE_PROSE, STEP_PROSE } from './kb-prose';

/**
 * A seeded generator of help-center Markdown that reads like a real
 * knowledge base: article lengths drawn from the distribution of the shared
 * Longhorn knowledge base (median about 3 kB, p90 about 6.5 kB), prose from
 * order-2 word chains trained on original troubleshooting text
 * (bench/kb-prose.ts), and per-article invented terms (feature names, config
 * keys, CLI flags, paths, hosts, versions, error codes) so the vocabulary
 * grows with the corpus as a real one does. Articles mix the symptom forms
 * the compiler recognises: knowledge-base `Symptoms` / `Solution` sections
 * (single and numbered), `Symptom:` / `Checks:` lines and headings with task
 * lists. About a fifth declare routes and error patterns, some per symptom.
 */
export interface GeneratedKb {
  /** Markdown files as the compiler reads them (paths relative to the content dir, `/` separators), including a root `_index.md` (title and summary; the compiler has no bucket list there, buckets come from each article's `bucket`). */
  files: { path: string; text: string }[];
  /** Route/error contexts that some article declares, each with the symptom id or article id it should open (for match benchmarks and the "open on a route-matched symptom" measure). `route` is a concrete pathname; `error` is `{ code }`, `{ code, status, message }` or an `Error` carrying a `code`. An `expectId` with `#` is a symptom id (the symptom declares the context itself); without, an article id (its symptoms inherit the article's context, and the best match is one of them). */
  contexts: { route?: string; error?: unknown; expectId: string }[];
  /** Realistic user queries (1–4 words, some half-typed, some with one typo, some three-word questions), distinct, at least 200. */
  queries: string[];
}


type Random = () => number;

const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const between = (random: Random, min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
const chance = (random: Random, p: number): boolean => random() < p;
const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** A standard normal sample (Box–Muller). */
function normal(random: Random): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

// ---------------------------------------------------------------------------
// Word chains

const START = 0;
const END = 1;

/** An order-2 word chain with an order-1 fallback, over interned words. */
export class WordChain {
  private readonly words: string[] = ['^', '$'];
  private readonly ids = new Map<string, number>();
  private readonly order2 = new Map<number, number[]>();
  private readonly order1 = new Map<number, number[]>();

  constructor(sentences: readonly string[]) {
    for (const sentence of sentences) {
      const tokens = sentence.split(/\s+/).filter((token) => token !== '');
      if (tokens.length < 3) continue;
      let a = START;
      let b = START;
      for (const token of [...tokens.map((word) => this.intern(word)), END]) {
        push(this.order2, a * 65536 + b, token);
        if (b !== START) push(this.order1, b, token);
        a = b;
        b = token;
      }
    }
  }

  private intern(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.words.push(word);
      this.ids.set(word, id);
    }
    return id;
  }

  /**
   * One sentence between `min` and `max` words. `mix` is the chance of taking
   * an order-1 step, which recombines the source more freely.
   */
  sentence(random: Random, min: number, max: number, mix: number): string {
    for (let attempt = 0; ; attempt++) {
      const out: number[] = [];
      let a = START;
      let b = START;
      while (out.length <= max) {
        const table = b !== START && random() < mix ? this.order1.get(b) : this.order2.get(a * 65536 + b);
        const next = table === undefined ? END : (table[Math.floor(random() * table.length)] as number);
        if (next === END) break;
        out.push(next);
        a = b;
        b = next;
      }
      if ((out.length >= min && out.length <= max) || attempt > 20) {
        const text = out.slice(0, max).map((id) => this.words[id]).join(' ');
        return /[.!?]$/.test(text) ? text : `${text.replace(/[,;:]$/, '')}.`;
      }
    }
  }
}

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const splitSentences = (prose: string): string[] =>
  prose
    .split('\n')
    .flatMap((line) => line.split(/(?<=[.!?])\s+(?=[A-Z{`])/))
    .map((line) => line.trim())
    .filter((line) => line !== '');

let chains: { prose: WordChain; steps: WordChain } | undefined;
const getChains = () => (chains ??= { prose: new WordChain(splitSentences(DESCRIPTIVE_PROSE)), steps: new WordChain(splitSentences(STEP_PROSE)) });

// ---------------------------------------------------------------------------
// Vocabulary pools

const PRODUCT = 'Corvid';
const CLI = 'corvidctl';

const SYLLABLES = [
  'ar', 'bel', 'cor', 'dra', 'en', 'fal', 'gri', 'hal', 'is', 'jor', 'kel', 'lum', 'mar', 'nov', 'or', 'pel', 'quin', 'ras',
  'sel', 'tor', 'ul', 'vay', 'wen', 'xi', 'yor', 'zan', 'tha', 'bri', 'cae', 'dun', 'el', 'fen', 'gal', 'ho', 'ir', 'ka', 'lo', 'mi',
];

const BUCKETS = [
  'Sync and replication', 'Webhooks', 'Authentication and SSO', 'Storage and volumes', 'Billing and usage', 'Nodes and clusters',
  'Networking', 'Integrations', 'Backups and snapshots', 'API and SDKs', 'Notifications', 'Upgrades', 'Imports and exports',
  'Members and permissions', 'Domains and certificates', 'Desktop client',
];

/** Per bucket: subjects a title names, the error-code stem, and the route section. */
const AREAS: { subjects: string[]; stem: string; routes: string[] }[] = [
  { subjects: ['sync job', 'sync queue', 'two-way sync', 'replication stream', 'sync batch', 'conflict resolution'], stem: 'SYNC', routes: ['sync', 'sync/jobs/:jobId', 'sync/conflicts', 'replication'] },
  { subjects: ['webhook delivery', 'webhook endpoint', 'event subscription', 'delivery retry', 'signing secret', 'webhook log'], stem: 'WEBHOOK', routes: ['webhooks', 'webhooks/:hookId', 'webhooks/:hookId/deliveries', 'events'] },
  { subjects: ['single sign-on', 'SAML login', 'personal token', 'session', 'two-factor prompt', 'SCIM provisioning'], stem: 'AUTH', routes: ['security', 'security/sso', 'tokens', 'sessions/:sessionId'] },
  { subjects: ['volume attach', 'volume mount', 'replica rebuild', 'storage class', 'volume expansion', 'shared volume'], stem: 'VOLUME', routes: ['volumes', 'volumes/:volumeId', 'volumes/:volumeId/replicas', 'storage-classes'] },
  { subjects: ['invoice', 'usage report', 'payment method', 'plan change', 'storage charge', 'credit balance'], stem: 'BILLING', routes: ['billing', 'billing/invoices/:invoiceId', 'usage', 'plan'] },
  { subjects: ['node agent', 'node heartbeat', 'cluster join', 'node drain', 'agent memory', 'node eviction'], stem: 'NODE', routes: ['nodes', 'nodes/:nodeId', 'nodes/:nodeId/logs', 'clusters/:clusterId'] },
  { subjects: ['network policy', 'proxy connection', 'private link', 'DNS lookup', 'control plane connection', 'firewall rule'], stem: 'NETWORK', routes: ['network', 'network/policies/:policyId', 'network/endpoints', 'firewall'] },
  { subjects: ['connector', 'OAuth connection', 'field mapping', 'connector poll', 'remote schema', 'integration token'], stem: 'CONNECTOR', routes: ['integrations', 'integrations/:provider', 'integrations/:provider/mappings', 'connectors/:connectorId'] },
  { subjects: ['backup job', 'snapshot', 'restore', 'backup target', 'retention policy', 'backup schedule'], stem: 'BACKUP', routes: ['backups', 'backups/:backupId', 'snapshots', 'restores/:restoreId'] },
  { subjects: ['API request', 'SDK client', 'rate limit', 'pagination cursor', 'API key', 'batch endpoint'], stem: 'API', routes: ['developers', 'developers/api-keys', 'developers/logs', 'developers/apps/:appId'] },
  { subjects: ['email notification', 'alert rule', 'digest', 'push notification', 'notification channel', 'mute setting'], stem: 'NOTIFY', routes: ['notifications', 'alerts', 'alerts/:alertId', 'channels/:channelId'] },
  { subjects: ['agent upgrade', 'cluster upgrade', 'release channel', 'upgrade window', 'version pin', 'rollback'], stem: 'UPGRADE', routes: ['upgrades', 'upgrades/:upgradeId', 'releases', 'maintenance'] },
  { subjects: ['CSV import', 'bulk export', 'import mapping', 'export link', 'migration job', 'import preview'], stem: 'IMPORT', routes: ['imports', 'imports/:importId', 'exports', 'migrations/:migrationId'] },
  { subjects: ['role assignment', 'group sync', 'member invite', 'project access', 'audit trail', 'seat limit'], stem: 'MEMBER', routes: ['members', 'members/:memberId', 'roles', 'groups/:groupId'] },
  { subjects: ['custom domain', 'TLS certificate', 'domain verification', 'certificate renewal', 'DNS record', 'redirect rule'], stem: 'DOMAIN', routes: ['domains', 'domains/:domainId', 'certificates', 'redirects'] },
  { subjects: ['desktop client', 'selective sync', 'sync folder', 'file lock', 'offline cache', 'client update'], stem: 'CLIENT', routes: ['devices', 'devices/:deviceId', 'downloads', 'clients'] },
];

/** Problem phrases for titles, the error-code suffix, and the word a user would type for it. */
const PROBLEMS: { phrase: string; code: string; word: string }[] = [
  { phrase: 'stuck in pending', code: 'STALLED', word: 'stuck' }, { phrase: 'times out', code: 'TIMEOUT', word: 'timeout' },
  { phrase: 'fails with a permission error', code: 'FORBIDDEN', word: 'permission' }, { phrase: 'is not visible', code: 'NOT_FOUND', word: 'missing' },
  { phrase: 'keeps retrying', code: 'RETRY_EXHAUSTED', word: 'retrying' }, { phrase: 'returns 502', code: 'BAD_GATEWAY', word: '502' },
  { phrase: 'is slow', code: 'SLOW', word: 'slow' }, { phrase: 'shows the wrong totals', code: 'MISMATCH', word: 'wrong' },
  { phrase: 'disconnects every hour', code: 'DISCONNECTED', word: 'disconnects' }, { phrase: 'is rejected', code: 'REJECTED', word: 'rejected' },
  { phrase: 'runs twice', code: 'DUPLICATE', word: 'twice' }, { phrase: 'never finishes', code: 'INCOMPLETE', word: 'hangs' },
  { phrase: 'loses recent changes', code: 'DATA_LOSS', word: 'lost' }, { phrase: 'reports a conflict', code: 'CONFLICT', word: 'conflict' },
  { phrase: 'hits the rate limit', code: 'RATE_LIMITED', word: 'limit' }, { phrase: 'stays degraded', code: 'DEGRADED', word: 'degraded' },
  { phrase: 'fails after an upgrade', code: 'UPGRADE_FAILED', word: 'upgrade' }, { phrase: 'cannot be deleted', code: 'DELETE_FAILED', word: 'delete' },
  { phrase: 'is out of date', code: 'STALE', word: 'outdated' }, { phrase: 'fails with a certificate error', code: 'TLS_FAILED', word: 'certificate' },
  { phrase: 'uses too much memory', code: 'OOM', word: 'memory' }, { phrase: 'is missing after a restore', code: 'MISSING', word: 'missing' },
  { phrase: 'fails to start', code: 'START_FAILED', word: 'failing' }, { phrase: 'loops back to the login page', code: 'LOOP', word: 'loop' },
];

const QUALIFIERS = [
  'after a node drain', 'behind a proxy', 'on shared volumes', 'after rotating the workspace key', 'during an import', 'in the secondary region',
  'after upgrading the agent', 'for new members', 'with a custom domain', 'on large folders', 'when the clock drifts', 'after a failover',
  'on self-managed nodes', 'with many parallel requests', 'after changing the storage class', 'when the disk is nearly full', 'for one project only',
  'after a password reset', 'during the upgrade window', 'on the hosted plan',
];

const KEY_NAMESPACES = ['sync', 'webhook', 'auth', 'storage', 'billing', 'node', 'volume', 'network', 'backup', 'replica', 'scheduler', 'agent', 'proxy', 'import', 'notify', 'client', 'api', 'tls'];
const KEY_WORDS = [
  'retry', 'limit', 'timeout', 'interval', 'batch', 'size', 'max', 'min', 'concurrency', 'window', 'ttl', 'buffer', 'threshold', 'grace', 'period',
  'poll', 'queue', 'depth', 'backoff', 'jitter', 'idle', 'keepalive', 'rebuild', 'speed', 'reserved', 'percent', 'cache', 'lease', 'drift', 'skew',
  'region', 'zone', 'mode', 'strict', 'verify', 'chunk', 'parallel', 'workers', 'priority', 'eviction',
];
const SERVICES = ['sync worker', 'replica scheduler', 'delivery service', 'identity service', 'node agent', 'control plane', 'import runner', 'backup controller', 'usage meter', 'notification relay', 'upgrade controller', 'edge proxy'];
const REGIONS = ['eu-west-1', 'eu-central-2', 'us-east-1', 'us-west-2', 'ap-south-1', 'ap-northeast-1', 'sa-east-1', 'ca-central-1'];
const DURATIONS = ['30 seconds', 'two minutes', 'five minutes', 'ten minutes', '15 minutes', 'half an hour', 'an hour', 'six hours', 'a day', '90 seconds'];
const STATUSES = [400, 401, 403, 404, 408, 409, 413, 422, 429, 500, 502, 503, 504];
const MESSAGE_GLOBS = ['*timed out*', '*quota exceeded*', '*connection refused*', '*certificate has expired*', '*no space left*', '*token expired*', '*lock held by*', '*too many requests*', '*not yet valid*', '*read-only file system*'];

const ROUTE_ROOTS = ['/projects/:projectId', '/workspaces/:workspaceId', '/settings', '/admin'];
const PROVIDERS_ROUTES = ['/settings/integrations/:provider', '/projects/:projectId/integrations/:provider', '/projects/:projectId/connectors/:provider/logs', '/admin/integrations/:provider/health'];

/** The app's route patterns: a few hundred, as in a real product. */
const ROUTE_POOL: string[] = (() => {
  const routes = new Set<string>();
  for (const area of AREAS) {
    for (const section of area.routes) {
      for (const root of ROUTE_ROOTS) {
        routes.add(`${root}/${section}`);
        if (!section.includes(':')) routes.add(`${root}/${section}/**`);
      }
    }
  }
  for (const route of PROVIDERS_ROUTES) routes.add(route);
  return [...routes];
})();

// ---------------------------------------------------------------------------
// Per-article terms

interface Terms {
  random: Random;
  /** The article's own feature: a name no other article has. */
  feature: string;
  features: string[];
  keys: string[];
  flags: string[];
  paths: string[];
  hosts: string[];
  codes: string[];
  versions: string[];
  nodes: string[];
  volumes: string[];
  service: string;
}

function inventWord(random: Random, syllables: number): string {
  let word = '';
  for (let i = 0; i < syllables; i++) word += pick(random, SYLLABLES);
  return word;
}

const hex = (random: Random, length: number): string => {
  let out = '';
  for (let i = 0; i < length; i++) out += '0123456789abcdef'[Math.floor(random() * 16)];
  return out;
};

function camel(words: string[]): string {
  return words.map((word, i) => (i === 0 ? word : capitalize(word))).join('');
}

function newTerms(random: Random, feature: string, shared: readonly string[], area: (typeof AREAS)[number]): Terms {
  const lower = feature.toLowerCase();
  const keys = Array.from({ length: 3 }, (_, i) => {
    const namespace = i === 0 ? lower : pick(random, KEY_NAMESPACES);
    return `${namespace}.${camel([pick(random, KEY_WORDS), pick(random, KEY_WORDS)])}`;
  });
  const flags = Array.from({ length: 2 }, () => `--${pick(random, KEY_WORDS)}-${pick(random, KEY_WORDS)}`);
  const nodes = Array.from({ length: 2 }, () => `node-${inventWord(random, 1)}-${between(random, 1, 48)}`);
  const volumes = Array.from({ length: 2 }, () => `pvc-${hex(random, 8)}-${hex(random, 4)}`);
  const region = pick(random, REGIONS);
  const hosts = [`${inventWord(random, 2)}-${between(random, 1, 9)}.${region}.corvid.internal`, `api.${region}.corvid.example`];
  const paths = [
    `/etc/corvid/${lower}.yaml`,
    `/var/lib/corvid/${pick(random, KEY_NAMESPACES)}/${volumes[0]}`,
    `/var/log/corvid/${pick(random, SERVICES).replace(' ', '-')}.log`,
    `~/.config/corvid/${pick(random, ['credentials', 'profiles', 'cli', 'state'])}.toml`,
  ];
  const upper = feature.toUpperCase();
  const codes = [`${upper}_${pick(random, PROBLEMS).code}`, `${area.stem}_${pick(random, PROBLEMS).code}`, `${upper}_${pick(random, PROBLEMS).code}_${between(random, 10, 99)}`];
  const versions = [`v${between(random, 1, 4)}.${between(random, 0, 24)}.${between(random, 0, 9)}`, `v${between(random, 1, 4)}.${between(random, 0, 24)}`];
  const features = [feature, ...Array.from({ length: 2 }, () => pick(random, shared))];
  return { random, feature, features, keys, flags, paths, hosts, codes, versions, nodes, volumes, service: pick(random, SERVICES) };
}

function fill(text: string, terms: Terms): string {
  const { random } = terms;
  return text.replace(/\{(\w+)\}/g, (_, slot: string) => {
    switch (slot) {
      case 'feature': return pick(random, terms.features);
      case 'key': return `\`${pick(random, terms.keys)}\``;
      case 'flag': return `\`${pick(random, terms.flags)}\``;
      case 'path': return `\`${pick(random, terms.paths)}\``;
      case 'host': return `\`${pick(random, terms.hosts)}\``;
      case 'code': return `\`${pick(random, terms.codes)}\``;
      case 'version': return pick(random, terms.versions);
      case 'num': return String(pick(random, [3, 5, 10, 20, 50, 100, 250, 500, 1000, between(random, 2, 9000)]));
      case 'service': return chance(random, 0.3) ? `${terms.feature} ${pick(random, ['gateway', 'worker', 'bridge', 'relay'])}` : terms.service;
      case 'duration': return pick(random, DURATIONS);
      case 'node': return `\`${pick(random, terms.nodes)}\``;
      case 'volume': return `\`${pick(random, terms.volumes)}\``;
      default: return slot;
    }
  });
}


/**
 * Interchangeable words: authors of one knowledge base do not all write the
 * same words, and a chain trained on one author would. Applied per word.
 */
const SYNONYMS: Record<string, string[]> = Object.fromEntries(
  [
    'node host machine server worker instance',
    'nodes hosts machines servers workers instances',
    'fails breaks aborts errors crashes',
    'failed broken aborted errored crashed',
    'shows displays reports lists indicates',
    'show display report list indicate',
    'usually typically generally normally commonly',
    'often frequently regularly routinely',
    'large big sizeable heavy bulky',
    'small tiny little modest minor',
    'quickly promptly rapidly swiftly',
    'slow sluggish delayed laggy',
    'error failure fault exception',
    'errors failures faults exceptions',
    'check inspect examine review verify',
    'confirm ensure verify validate',
    'restart reboot relaunch cycle',
    'remove delete drop purge discard',
    'changes modifications alterations adjustments updates',
    'setting option parameter preference',
    'settings options parameters preferences',
    'workspace account organisation tenant',
    'project environment space',
    'data content payload information',
    'page screen view panel',
    'user member person operator administrator',
    'users members people operators administrators',
    'requests calls queries invocations',
    'connection link session channel',
    'minutes mins',
    'waits pauses stalls idles',
    'keeps continues carries',
    'needs requires expects',
    'uses consumes occupies',
    'avoids prevents sidesteps',
    'case situation scenario',
    'first initial earliest',
    'last final latest',
    'whole entire complete full',
    'copies replicas duplicates clones',
    'runs executes operates',
    'missing absent lost unavailable',
    'healthy working functional operational',
    'common frequent typical usual',
    'exact precise specific',
    'because since as',
    'however although though',
    'shortly soon',
    'disk drive volume device',
    'log journal trace',
    'logs journals traces',
    'problem fault defect glitch',
    'problems faults defects glitches',
    'cause reason origin trigger',
    'entries items objects rows',
    'requests calls queries invocations',
    'configured defined specified declared',
    'interval period cadence',
    'starts begins launches kicks',
    'stops halts ceases freezes',
    'returns yields gives produces',
    'moves migrates shifts relocates transfers',
    'writes stores persists saves commits',
    'reads loads fetches retrieves',
    'sends dispatches emits posts delivers',
    'receives gets obtains collects',
    'creates provisions allocates spawns',
    'deleted removed purged erased discarded',
    'enabled activated switched',
    'disabled deactivated turned',
    'expected anticipated intended planned',
    'rejected refused declined denied',
    'allowed permitted accepted granted',
    'stale outdated obsolete old',
    'recent latest newest fresh',
    'space capacity room storage',
    'memory RAM heap',
    'network fabric link uplink',
    'traffic bandwidth throughput load',
    'busy loaded saturated congested',
    'failover switchover cutover takeover',
    'region zone site datacentre',
    'address endpoint destination target',
    'message notice notification alert',
    'email mail message',
    'job task run operation',
    'jobs tasks runs operations',
    'folder directory location',
    'file document artifact',
    'files documents artifacts',
    'value setting figure number',
    'limit cap ceiling maximum quota',
    'usually mostly largely',
    'immediately instantly right away',
    'eventually ultimately finally',
    'rarely seldom occasionally',
    'several multiple various numerous',
    'many lots plenty numerous',
    'important crucial essential vital',
    'safe harmless benign',
    'unexpected surprising unusual odd strange',
    'important significant notable',
    'quietly silently invisibly',
    'again anew afresh once more',
    'happens occurs arises surfaces',
    'depends relies hinges',
    'means implies indicates signals',
    'affects impacts touches hits',
    'contains holds includes carries',
    'ignores skips bypasses overlooks',
    'tries attempts tests',
    'retries reattempts repeats',
    'works functions behaves operates',
    'support helpdesk escalation',
    'customers clients tenants subscribers',
    'invoice bill statement',
    'token credential key secret',
    'tokens credentials keys secrets',
    'cluster fleet pool estate',
    'dashboard console portal overview',
    'agent daemon process service',
  ].flatMap((line) => {
    const words = line.split(' ');
    return words.map((word) => [word, words] as const);
  }),
);

function vary(random: Random, text: string): string {
  return text.replace(/\{\w+\}|[A-Za-z]+/g, (word) => {
    if (word.startsWith('{')) return word;
    const lower = word.toLowerCase();
    const options = SYNONYMS[lower];
    if (options === undefined || random() < 0.4) return word;
    const chosen = pick(random, options);
    return word === lower ? chosen : capitalize(chosen);
  });
}

// ---------------------------------------------------------------------------
// Blocks

/** Clauses that tie a sentence to the article's own objects, as real articles name the exact node, key or release. */
const CLAUSES = [
  ' on {node}', ' for volume {volume}', ' (see {key})', ' in {feature} {version}', ' as logged in {path}', ' when {key} is below {num}',
  ' with {code}', ' on {host}', ' since {version}', ' unless {flag} is set', ' for the {feature} connector', ' after {num} retries',
];

function sentenceWithTerms(terms: Terms, text: string): string {
  const { random } = terms;
  if (random() < 0.28) text = text.replace(/([.!?])$/, `${pick(random, CLAUSES)}$1`);
  return fill(vary(random, text), terms);
}

function paragraph(terms: Terms, sentences: number): string {
  const { prose } = getChains();
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) out.push(sentenceWithTerms(terms, prose.sentence(terms.random, 6, 40, 0.22)));
  return out.join(' ');
}

function step(terms: Terms): string {
  return sentenceWithTerms(terms, getChains().steps.sentence(terms.random, 5, 30, 0.18));
}

function timestamp(random: Random): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `2026-${pad(between(random, 1, 12))}-${pad(between(random, 1, 28))}T${pad(between(random, 0, 23))}:${pad(between(random, 0, 59))}:${pad(between(random, 0, 59))}.${String(between(random, 0, 999)).padStart(3, '0')}Z`;
}

function codeBlock(terms: Terms): string {
  const { random } = terms;
  const kind = random();
  if (kind < 0.3) {
    const lines: string[] = [];
    const count = between(random, 2, 7);
    for (let i = 0; i < count; i++) {
      const level = pick(random, ['error', 'warn', 'info', 'error']);
      const message = getChains().prose.sentence(random, 4, 12, 0.3).replace(/[.!?]$/, '').replace(/[{}`"]/g, '');
      lines.push(
        `${timestamp(random)} level=${level} component=${terms.service.replace(' ', '-')} node=${pick(random, terms.nodes)} ` +
          `${chance(random, 0.5) ? `volume=${pick(random, terms.volumes)} ` : ''}code=${pick(random, terms.codes)} msg="${message}" req=${hex(random, 12)}`,
      );
    }
    return '```\n' + lines.join('\n') + '\n```';
  }
  if (kind < 0.55) {
    const commands = [
      () => `${CLI} ${pick(random, ['volume', 'node', 'sync', 'webhook', 'backup', 'token'])} ${pick(random, ['status', 'describe', 'list', 'retry', 'attach', 'detach', 'logs'])} ${pick(random, [...terms.volumes, ...terms.nodes])} ${pick(random, terms.flags)} ${between(random, 1, 600)}`,
      () => `${CLI} config get ${pick(random, terms.keys)}`,
      () => `${CLI} config set ${pick(random, terms.keys)} ${between(random, 1, 500)}`,
      () => `curl -sS -H "Authorization: Bearer $CORVID_TOKEN" https://${terms.hosts[1]}/v2/projects/${between(random, 100, 99999)}/${pick(random, ['webhooks', 'volumes', 'sync/jobs', 'nodes', 'backups'])}?status=${pick(random, ['failed', 'pending', 'degraded'])}`,
      () => `journalctl -u corvid-agent --since "${between(random, 1, 12)} hours ago" | grep ${pick(random, terms.codes)}`,
      () => `ls -la ${pick(random, terms.paths)}`,
      () => `sudo systemctl restart corvid-agent && ${CLI} node status ${pick(random, terms.nodes)}`,
    ];
    const lines = Array.from({ length: between(random, 1, 3) }, () => pick(random, commands)());
    return '```shell\n' + lines.join('\n') + '\n```';
  }
  if (kind < 0.75) {
    const header = 'NAME                          STATE       NODE              IP             AGE';
    const rows = Array.from({ length: between(random, 2, 6) }, () =>
      [
        `${pick(random, ['pvc', 'snap', 'bkp', 'rep'])}-${hex(random, 8)}-${hex(random, 4)}`.padEnd(30),
        pick(random, ['attached', 'detached', 'degraded', 'healthy', 'faulted', 'rebuilding', 'pending']).padEnd(12),
        pick(random, terms.nodes).padEnd(18),
        `10.${between(random, 0, 255)}.${between(random, 0, 255)}.${between(random, 1, 254)}`.padEnd(15),
        `${between(random, 1, 90)}${pick(random, ['m', 'h', 'd'])}`,
      ].join(''),
    );
    return '```\n$ ' + `${CLI} ${pick(random, ['volume', 'replica', 'snapshot', 'backup'])} list ${pick(random, terms.flags)}` + '\n' + [header, ...rows].join('\n') + '\n```';
  }
  if (kind < 0.88) {
    const [namespace, name] = (pick(random, terms.keys)).split('.') as [string, string];
    const lines = [`${namespace}:`, `  ${name}: ${between(random, 1, 300)}`];
    for (let i = between(random, 1, 4); i > 0; i--) lines.push(`  ${camel([pick(random, KEY_WORDS), pick(random, KEY_WORDS)])}: ${pick(random, ['true', 'false', String(between(random, 1, 9999)), `"${pick(random, DURATIONS).replace(/ /g, '')}"`, `"${pick(random, REGIONS)}"`])}`);
    return '```yaml\n' + lines.join('\n') + '\n```';
  }
  const body = {
    code: pick(random, terms.codes),
    message: getChains().prose.sentence(random, 5, 14, 0.3).replace(/[{}`"]/g, ''),
    requestId: `req_${hex(random, 20)}`,
    status: pick(random, STATUSES),
  };
  return '```json\n' + JSON.stringify(body, null, 2) + '\n```';
}

function table(terms: Terms): string {
  const { random } = terms;
  const rows = ['| Setting | Default | Recommended |', '| --- | --- | --- |'];
  for (let i = between(random, 2, 5); i > 0; i--) rows.push(`| \`${pick(random, terms.keys)}\` | ${between(random, 1, 60)} | ${between(random, 1, 600)} |`);
  return rows.join('\n');
}

function bulletList(terms: Terms, count: number): string {
  return Array.from({ length: count }, () => `- ${paragraph(terms, 1)}`).join('\n');
}

/** Distinct steps: the compiler would rename a repeated check, an author would not write one twice. */
function steps(terms: Terms, count: number): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (let attempt = 0; out.length < count && attempt < count * 10; attempt++) {
    const text = step(terms);
    const id = slugify(text, 'check');
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(text);
  }
  return out;
}

function numberedSteps(terms: Terms, count: number, codeChance: number): string {
  return steps(terms, count)
    .map((text, i) => {
      const item = `${i + 1}. ${text}`;
      return chance(terms.random, codeChance) ? `${item}\n\n${indent(codeBlock(terms), '   ')}\n` : item;
    })
    .join('\n');
}

const indent = (text: string, prefix: string): string => text.split('\n').map((line) => (line === '' ? line : prefix + line)).join('\n');

/** Background sections that make up the rest of the article's length; none of their headings reads as a symptom or a fix. */
const FILLER_HEADINGS = ['Background', 'Root cause', 'Why this happens', 'Impact', 'How to confirm', 'Known limitations', 'Additional information', 'Details', 'Notes', 'How it works', 'Scope'];

function filler(terms: Terms, parts: string[], target: number, used: number): void {
  const { random } = terms;
  let length = used;
  let headings = 0;
  while (length < target) {
    const block: string[] = [];
    if (headings === 0 || chance(random, 0.45)) {
      block.push(`## ${pick(random, FILLER_HEADINGS)}`);
      headings++;
    }
    const roll = random();
    if (roll < 0.62) block.push(paragraph(terms, between(random, 2, 5)));
    else if (roll < 0.88) block.push(codeBlock(terms));
    else if (roll < 0.99) block.push(`${paragraph(terms, 1)}\n\n${bulletList(terms, between(random, 2, 4))}`);
    else block.push(table(terms));
    const text = block.join('\n\n');
    parts.push(text);
    length += text.length + 2;
  }
}

// ---------------------------------------------------------------------------
// Articles

interface PlannedSymptom {
  title: string;
  slug: string;
}

interface Plan {
  id: string;
  path: string;
  title: string;
  bucket: string;
  terms: Terms;
  /** The article's own invented feature name. */
  feature: string;
  symptoms: PlannedSymptom[];
  area: (typeof AREAS)[number];
  /** A lower-case subject phrase, for queries. */
  subject: string;
  problem: string;
}

function symptomTitle(random: Random, area: (typeof AREAS)[number], feature: string, used: Set<string>): { title: string; subject: string; problem: string } {
  for (let attempt = 0; ; attempt++) {
    const subject = pick(random, area.subjects);
    const problem = pick(random, PROBLEMS).phrase;
    const named = chance(random, 0.35) || attempt > 3 ? `${feature} ${subject}` : subject;
    const qualifier = chance(random, 0.55) || attempt > 1 ? ` ${pick(random, QUALIFIERS)}` : '';
    // Never two symptoms with one slug in an article: the compiler would report a duplicate id.
    const title = capitalize(`${named} ${problem}${qualifier}${attempt > 8 ? ` (${attempt})` : ''}`);
    const slug = slugify(title, 'symptom');
    if (!used.has(slug)) {
      used.add(slug);
      return { title, subject, problem };
    }
  }
}

function frontMatter(plan: Plan, extra: { summary?: string; routes?: string[]; errors?: (string | number)[]; symptoms?: Record<string, { routes?: string[]; errors?: string[] }>; aliases?: string[] }): string {
  const { random } = plan.terms;
  const lines = ['---', `title: ${JSON.stringify(plan.title)}`];
  if (extra.summary) lines.push(`summary: ${JSON.stringify(extra.summary)}`);
  lines.push(`bucket: ${JSON.stringify(plan.bucket)}`);
  const tags = new Set([plan.area.stem.toLowerCase(), plan.feature.toLowerCase(), ...plan.subject.split(' ').filter((word) => word.length > 3).map((word) => word.toLowerCase())]);
  if (chance(random, 0.4)) tags.add(pick(random, ['troubleshooting', 'how-to', 'known-issue', 'performance', 'security']));
  lines.push(`tags: [${[...tags].map((tag) => JSON.stringify(tag)).join(', ')}]`);
  if (extra.aliases && extra.aliases.length > 0) lines.push(`aliases: [${extra.aliases.map((alias) => JSON.stringify(alias)).join(', ')}]`);
  const list = (key: string, values: readonly (string | number)[], pad: string) => {
    lines.push(`${pad}${key}:`);
    for (const value of values) lines.push(`${pad}  - ${typeof value === 'number' ? value : JSON.stringify(value)}`);
  };
  if (extra.routes && extra.routes.length > 0) list('routes', extra.routes, '');
  if (extra.errors && extra.errors.length > 0) list('errors', extra.errors, '');
  if (extra.symptoms && Object.keys(extra.symptoms).length > 0) {
    lines.push('symptoms:');
    for (const [slug, override] of Object.entries(extra.symptoms)) {
      lines.push(`  ${JSON.stringify(slug)}:`);
      if (override.routes) list('routes', override.routes, '    ');
      if (override.errors) list('errors', override.errors, '    ');
    }
  }
  lines.push('---');
  return lines.join('\n');
}

/**
 * Generates `articleCount` articles (plus `_index.md`) for `seed`: the same
 * files, contexts and queries on every machine for the same arguments.
 */
export function generateKnowledgeBase(articleCount: number, seed = 1): GeneratedKb {
  const random = createRandom(seed);
  const usedFeatures = new Set<string>();
  const usedIds = new Set<string>();
  const invent = (): string => {
    for (let syllables = 2; ; syllables = Math.min(4, syllables + (chance(random, 0.3) ? 1 : 0))) {
      const word = capitalize(inventWord(random, syllables));
      if (!usedFeatures.has(word)) {
        usedFeatures.add(word);
        return word;
      }
    }
  };
  // Shared feature names grow with the corpus, as a product's do.
  const shared = Array.from({ length: Math.max(20, Math.round(Math.sqrt(articleCount) * 6)) }, invent);

  const files: { path: string; text: string }[] = [
    {
      path: '_index.md',
      text: `---\ntitle: ${PRODUCT} Help Center\nsummary: Troubleshooting for ${PRODUCT} storage, sync and integrations.\n---\n\n# ${PRODUCT} Help Center\n\nArticles written by the ${PRODUCT} support team about problems customers report most.\n`,
    },
  ];
  const contexts: GeneratedKb['contexts'] = [];
  const plans: Plan[] = [];

  for (let n = 0; n < articleCount; n++) {
    const areaIndex = Math.floor(random() * AREAS.length);
    const area = AREAS[areaIndex] as (typeof AREAS)[number];
    const bucket = BUCKETS[areaIndex] as string;
    const feature = invent();
    const terms = newTerms(random, feature, shared, area);
    const used = new Set<string>();
    const first = symptomTitle(random, area, feature, used);
    let title = first.title;
    let id = slugify(title, 'article');
    if (usedIds.has(id)) {
      title = `${title} (${feature})`;
      id = slugify(title, 'article');
    }
    usedIds.add(id);
    const symptomCount = pickSymptomCount(random);
    const symptoms: PlannedSymptom[] = [{ title: first.title, slug: slugify(first.title, 'symptom') }];
    for (let i = 1; i < symptomCount; i++) {
      const next = symptomTitle(random, area, feature, used);
      symptoms.push({ title: next.title, slug: slugify(next.title, 'symptom') });
    }
    const plan: Plan = {
      id,
      path: `${slugify(bucket, 'bucket')}/${id}.md`,
      title,
      bucket,
      terms,
      symptoms,
      area,
      subject: first.subject,
      problem: first.problem,
      feature,
    };
    plans.push(plan);
    files.push({ path: plan.path, text: writeArticle(plan, contexts) });
  }
  return { files, contexts, queries: makeQueries(createRandom(seed ^ 0x5eed), plans) };
}

function pickSymptomCount(random: Random): number {
  const roll = random();
  return roll < 0.6 ? 1 : roll < 0.85 ? 2 : 3;
}

/** Body length in characters: log-normal, median 3,100 and p90 6,600, as measured on the Longhorn knowledge base. */
function targetLength(random: Random): number {
  return Math.round(Math.min(40_000, Math.max(600, 3100 * Math.exp(0.59 * normal(random)))));
}

function writeArticle(plan: Plan, contexts: GeneratedKb['contexts']): string {
  const { terms } = plan;
  const { random } = terms;
  const target = targetLength(random);
  const multi = plan.symptoms.length > 1;
  const formRoll = random();
  const form = formRoll < 0.6 ? 'kb' : formRoll < 0.8 ? 'symptom-checks' : 'task-list';

  // In the single-symptom knowledge-base form the symptom takes the article's title.
  const symptoms = form === 'kb' && !multi ? [{ title: plan.title, slug: slugify(plan.title, 'symptom') }] : plan.symptoms;

  const parts: string[] = [];
  if (form === 'kb') {
    parts.push('## Applicable versions', chance(random, 0.4) ? `All ${PRODUCT} versions.` : `${PRODUCT} ${terms.versions[1]} and later.`);
    if (!multi) {
      parts.push('## Symptoms', paragraph(terms, between(random, 1, 3)));
      if (chance(random, 0.6)) parts.push(codeBlock(terms));
      parts.push(`## ${pick(random, ['Reason', 'Root cause', 'Cause'])}`, paragraph(terms, between(random, 2, 4)));
      parts.push(`## ${pick(random, ['Solution', 'Workaround', 'Resolution'])}`);
      if (chance(random, 0.5)) parts.push(paragraph(terms, 1));
      parts.push(numberedSteps(terms, between(random, 3, 8), 0.2));
    } else {
      symptoms.forEach((symptom, i) => {
        parts.push(`## Symptom ${i + 1}`, `${symptom.title}. ${paragraph(terms, between(random, 1, 2))}`);
        if (chance(random, 0.5)) parts.push(codeBlock(terms));
        parts.push(`### ${pick(random, ['Solution', 'Workaround'])}`, numberedSteps(terms, between(random, 3, 8), 0.15));
      });
    }
  } else if (form === 'symptom-checks') {
    parts.push(paragraph(terms, between(random, 1, 3)));
    for (const symptom of symptoms) {
      parts.push(`## ${capitalize(pick(random, plan.area.subjects))} ${pick(random, ['problems', 'issues', 'errors', 'behaviour'])}`);
      parts.push(`Symptom: ${symptom.title}`, paragraph(terms, between(random, 1, 2)), 'Checks:');
      parts.push(steps(terms, between(random, 3, 8)).map((text) => `- ${text}`).join('\n'));
    }
  } else {
    parts.push(paragraph(terms, between(random, 1, 3)));
    for (const symptom of symptoms) {
      parts.push(`## ${symptom.title}`, paragraph(terms, between(random, 1, 2)));
      parts.push(steps(terms, between(random, 3, 8)).map((text) => `- [ ] ${text}`).join('\n'));
    }
  }
  const used = parts.reduce((sum, part) => sum + part.length + 2, 0);
  filler(terms, parts, target - 650, used);
  if (chance(random, 0.15)) {
    parts.push('## When to escalate', `If none of this helps, contact support and include:`, ['- The request identifier from the error', `- The output of \`${CLI} support bundle\``, '- The time of the first failure'].join('\n'));
  }
  if (chance(random, 0.5)) {
    parts.push('## Related information', Array.from({ length: between(random, 1, 3) }, () => `- [${capitalize(pick(random, plan.area.subjects))} reference](https://docs.corvid.example/${slugify(plan.bucket, 'docs')}/${hex(random, 6)})`).join('\n'));
  }

  // About a fifth of the articles say where in the app and on which errors they apply.
  const extra: Parameters<typeof frontMatter>[1] = {};
  if (chance(random, 0.4)) extra.summary = paragraph(terms, 1);
  if (chance(random, 0.2)) extra.aliases = [`${plan.feature.toLowerCase()} ${plan.subject}`];
  if (chance(random, 0.2)) {
    const own = plan.feature.toLowerCase();
    const ownRoute = pick(random, PROVIDERS_ROUTES).replace(':provider', own);
    const concrete = ownRoute.replace(/:\w+/g, () => String(between(random, 100, 99999)));
    const ownCode = terms.codes[0] as string;
    const errors: (string | number)[] = [ownCode];
    if (chance(random, 0.4)) errors.push(`${plan.area.stem}_${pick(random, PROBLEMS).code}`);
    if (chance(random, 0.3)) errors.push(`${plan.area.stem}_*`);
    if (chance(random, 0.3)) errors.push(pick(random, STATUSES));
    if (chance(random, 0.2)) errors.push(`message:${pick(random, MESSAGE_GLOBS)}`);
    const routes = [pick(random, ROUTE_POOL)];
    if (chance(random, 0.3)) routes.push(pick(random, ROUTE_POOL));
    const withRoute = chance(random, 0.6);
    if (withRoute) routes.push(ownRoute);
    const onSymptom = symptoms.length > 1 && chance(random, 0.5) ? symptoms[between(random, 0, symptoms.length - 1)] : undefined;
    if (onSymptom) {
      // The symptom's own context replaces the article's for it; the article keeps the shared patterns.
      extra.routes = routes.filter((route) => route !== ownRoute);
      extra.errors = errors.filter((error) => error !== ownCode);
      extra.symptoms = { [onSymptom.slug]: { ...(withRoute ? { routes: [ownRoute] } : {}), errors: [ownCode] } };
    } else {
      extra.routes = routes;
      extra.errors = errors;
    }
    const expectId = onSymptom ? `${plan.id}#${onSymptom.slug}` : plan.id;
    const roll = random();
    const error = roll < 0.5 ? { code: ownCode } : roll < 0.8 ? { code: ownCode, status: pick(random, STATUSES), message: `${plan.subject} ${plan.problem}` } : Object.assign(new Error(`${ownCode}: ${plan.subject} ${plan.problem}`), { code: ownCode });
    if (withRoute) contexts.push({ route: concrete, expectId });
    contexts.push(withRoute && chance(random, 0.3) ? { route: concrete, error, expectId } : { error, expectId });
  }
  return `${frontMatter(plan, extra)}\n\n${parts.join('\n\n')}\n`;
}

// ---------------------------------------------------------------------------
// Queries

/** What users ask how to do, as they type it. */
const HOW_TO = [
  'rotate token', 'renew certificate', 'drain node', 'restore snapshot', 'resend webhook', 'verify domain', 'invite member', 'export invoices',
  'change plan', 'reset password', 'attach volume', 'expand volume', 'pause sync', 'resume import', 'delete project', 'enable sso',
  'add webhook', 'revoke key', 'move region', 'download logs', 'support bundle', 'upgrade agent', 'cancel subscription', 'merge conflicts',
];

function typo(random: Random, word: string): string {
  const i = between(random, 1, word.length - 2);
  const roll = random();
  if (roll < 0.33) return word.slice(0, i) + word.slice(i + 1);
  if (roll < 0.66) return word.slice(0, i) + (word[i + 1] ?? '') + word[i] + word.slice(i + 2);
  return word.slice(0, i) + pick(random, 'aeioursnt'.split('')) + word.slice(i + 1);
}

/**
 * Queries as users type them into a help search box: a subject and its
 * problem ("webhook delivery timeout"), a subject alone, a half-typed last
 * word ("volume att"), one typo ("webhok delivery"), a three- or four-word
 * question ("why attach stuck", "how to rotate token"), a product name.
 */
function makeQueries(random: Random, plans: readonly Plan[]): string[] {
  const queries = new Set<string>();
  const words = (text: string) => text.toLowerCase().split(/[^a-z0-9]+/).filter((word) => word.length > 1);
  const wanted = Math.max(240, Math.min(600, plans.length));
  for (let attempt = 0; queries.size < wanted && attempt < wanted * 50; attempt++) {
    const plan = pick(random, plans);
    const subject = words(plan.subject);
    const problem = PROBLEMS.find((candidate) => candidate.phrase === plan.problem)?.word ?? 'error';
    const roll = random();
    let query: string[];
    if (roll < 0.3) query = [...subject, problem];
    else if (roll < 0.42) query = subject;
    else if (roll < 0.57) {
      query = chance(random, 0.5) ? [...subject, problem] : [...subject];
      const last = query[query.length - 1] ?? '';
      if (last.length < 4) continue;
      query[query.length - 1] = last.slice(0, between(random, 2, last.length - 1));
    } else if (roll < 0.72) {
      query = chance(random, 0.5) ? [...subject, problem] : [...subject];
      const long = query.map((word, i) => (word.length >= 5 ? i : -1)).filter((i) => i >= 0);
      if (long.length === 0) continue;
      const at = pick(random, long);
      query[at] = typo(random, query[at] as string);
    } else if (roll < 0.82) query = [pick(random, ['why', 'why', 'cannot', 'when']), subject[subject.length - 1] ?? '', problem];
    else if (roll < 0.92) query = ['how', 'to', ...pick(random, HOW_TO).split(' ')];
    else query = [plan.feature.toLowerCase(), subject[subject.length - 1] ?? ''];
    const text = query.filter((word) => word !== '').join(' ');
    const count = text.split(' ').length;
    if (text.length < 3 || count > 4) continue;
    queries.add(text);
  }
  return [...queries];
}

// ---------------------------------------------------------------------------
// Realism figures

/** How a set of Markdown articles reads, measured the same way for a real corpus and a generated one. */
export interface MarkdownFigures {
  /** Articles measured (`_index.md` files are left out). */
  articles: number;
  /** Characters of all articles, front matter included. */
  characters: number;
  /** gzip size / raw size of all articles concatenated in path order. */
  gzipRatio: number;
  /** Characters per article body (after front matter): median and 90th percentile. */
  medianBodyCharacters: number;
  p90BodyCharacters: number;
  /** Mean words per prose sentence (headings, lists, tables and code left out). */
  wordsPerSentence: number;
  /** Means per article. */
  headingsPerArticle: number;
  codeBlocksPerArticle: number;
  listItemsPerArticle: number;
  /** Distinct lower-case words per 100,000 characters, averaged over consecutive 100,000-character windows (one shorter window when the text is shorter). */
  distinctWordsPer100k: number;
}

/** Measures articles for {@link MarkdownFigures}. */
export function measureMarkdown(files: readonly { path: string; text: string }[]): MarkdownFigures {
  const articles = files.filter((file) => !/(?:^|\/)_index\.md$/.test(file.path)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const bodies = articles.map((file) => file.text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, ''));
  const lengths = bodies.map((body) => body.length).sort((a, b) => a - b);
  const quantile = (p: number) => lengths[Math.min(lengths.length - 1, Math.floor(p * (lengths.length - 1)))] ?? 0;
  const all = articles.map((file) => file.text).join('\n');
  let sentences = 0;
  let words = 0;
  let headings = 0;
  let codeBlocks = 0;
  let listItems = 0;
  for (const body of bodies) {
    const withoutCode = body.replace(/^```[\s\S]*?^```/gm, () => {
      codeBlocks++;
      return '';
    });
    const prose: string[] = [];
    for (const line of withoutCode.split('\n')) {
      if (/^#{1,6}\s/.test(line)) headings++;
      else if (/^\s*(?:[-*+]|\d+\.)\s/.test(line)) listItems++;
      else if (!/^\s*\|/.test(line)) prose.push(line);
    }
    for (const sentence of prose.join(' ').split(/(?<=[.!?])\s+/)) {
      const count = sentence.split(/\s+/).filter((word) => /[a-z]/i.test(word)).length;
      if (count >= 3) {
        sentences++;
        words += count;
      }
    }
  }
  const windows: number[] = [];
  const size = 100_000;
  for (let start = 0; start === 0 || start + size <= all.length; start += size) {
    windows.push(new Set(all.slice(start, start + size).toLowerCase().match(/[a-z][a-z0-9_'-]*/g)).size);
  }
  const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
  const perArticle = (count: number) => round(count / Math.max(1, articles.length), 1);
  return {
    articles: articles.length,
    characters: all.length,
    gzipRatio: all.length === 0 ? 0 : round(gzipSync(all).length / all.length, 3),
    medianBodyCharacters: quantile(0.5),
    p90BodyCharacters: quantile(0.9),
    wordsPerSentence: round(words / Math.max(1, sentences), 1),
    headingsPerArticle: perArticle(headings),
    codeBlocksPerArticle: perArticle(codeBlocks),
    listItemsPerArticle: perArticle(listItems),
    distinctWordsPer100k: Math.round(windows.reduce((sum, count) => sum + count, 0) / windows.length),
  };
}
