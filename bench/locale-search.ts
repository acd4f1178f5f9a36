/**
 * Search in German and Japanese beside English, at the same size: about
 * 1,000 generated articles per language, compiled as a help center in that
 * locale, and queries typed as its users type them (German without umlauts,
 * inflected otherwise than the titles; Japanese without spaces, kana and
 * kanji mixed, some half-typed).
 *
 * It also measures what the German Snowball rules buy: the share of top-3
 * hits that are about the query's subject and problem, with the rules and
 * with folding only (see the README's search section for the decision).
 */
import { gzipSync } from 'node:zlib';
import { compileSources } from '../src/compiler/compile-content';
import { slugify } from '../src/compiler/slugify';
import { createHelpEngine } from '../src/engine/create-help-engine';
import { buildSearchData } from '../src/engine/search/search-index';
import type { HelpEngine } from '../src/engine/types';
import type { HelpIndex } from '../src/schema/help-index';
import { createRandom } from './generate-corpus';
import { generateKnowledgeBase, WordChain } from './generate-kb';
import { GERMAN_PROSE, JAPANESE_PROSE } from './locale-prose';
import { kb as kB, ms, percentile, time } from './timing';

type Random = () => number;
type Language = 'de' | 'ja';

const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const between = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

/** A subject or a problem as titles write it, and as users type it. */
interface Phrase {
  title: string;
  typed: string[];
}

const GERMAN_SUBJECTS: Phrase[] = [
  { title: 'Webhooks', typed: ['webhook', 'webhooks'] },
  { title: 'Synchronisierungen', typed: ['synchronisierung', 'sync'] },
  { title: 'Anmeldungen', typed: ['anmeldung', 'login'] },
  { title: 'Zwei-Faktor-Codes', typed: ['zwei faktor code', '2fa code'] },
  { title: 'Sitzungsaufzeichnungen', typed: ['sitzungsaufzeichnung', 'aufzeichnung'] },
  { title: 'Rechnungen', typed: ['rechnung', 'rechnungen'] },
  { title: 'Einladungen', typed: ['einladung'] },
  { title: 'Benachrichtigungen', typed: ['benachrichtigung', 'benachrichtigungen'] },
  { title: 'Exporte', typed: ['export'] },
  { title: 'Importe', typed: ['import'] },
  { title: 'Sicherungen', typed: ['sicherung', 'backup'] },
  { title: 'Zertifikate', typed: ['zertifikat'] },
  { title: 'Zugriffstoken', typed: ['token', 'zugriffstoken'] },
  { title: 'Domänenbestätigungen', typed: ['domanenbestatigung', 'domäne bestätigen'] },
  { title: 'Zahlungsmethoden', typed: ['zahlungsmethode'] },
  { title: 'Anhänge', typed: ['anhang', 'anhange'] },
  { title: 'Konnektoren', typed: ['konnektor'] },
  { title: 'Snapshots', typed: ['snapshot'] },
  { title: 'Volumes', typed: ['volume'] },
  { title: 'Passwörter', typed: ['passwort', 'passworter'] },
];

const GERMAN_PROBLEMS: Phrase[] = [
  { title: 'werden nicht ausgelöst', typed: ['ausgelost', 'nicht ausgelöst'] },
  { title: 'schlagen fehl', typed: ['schlägt fehl', 'fehlgeschlagen'] },
  { title: 'erscheinen nicht', typed: ['erscheint nicht', 'fehlt'] },
  { title: 'hängen', typed: ['hängt', 'hangt'] },
  { title: 'laufen zu früh ab', typed: ['abgelaufen', 'lauft ab'] },
  { title: 'werden abgelehnt', typed: ['abgelehnt', 'ablehnung'] },
  { title: 'dauern sehr lange', typed: ['dauert lange', 'langsam'] },
  { title: 'lassen sich nicht herunterladen', typed: ['herunterladen', 'download'] },
  { title: 'zeigen falsche Werte', typed: ['falscher wert', 'falsche werte'] },
  { title: 'kommen doppelt an', typed: ['doppelt', 'kommt doppelt'] },
  { title: 'brechen mittendrin ab', typed: ['abgebrochen', 'bricht ab'] },
  { title: 'verbinden sich nicht', typed: ['verbindung', 'keine verbindung'] },
];

const JAPANESE_SUBJECTS: Phrase[] = [
  { title: 'Webhook', typed: ['webhook', 'Webhook'] },
  { title: '同期ジョブ', typed: ['同期', '同期ジョブ'] },
  { title: 'ログイン', typed: ['ログイン'] },
  { title: '二段階認証のコード', typed: ['二段階認証', '認証コード'] },
  { title: 'セッションの録画', typed: ['セッション', '録画'] },
  { title: '請求書', typed: ['請求書'] },
  { title: '招待メール', typed: ['招待', '招待メール'] },
  { title: '通知', typed: ['通知'] },
  { title: 'エクスポート', typed: ['エクスポート'] },
  { title: 'インポート', typed: ['インポート'] },
  { title: 'バックアップ', typed: ['バックアップ'] },
  { title: '証明書', typed: ['証明書'] },
  { title: 'アクセストークン', typed: ['トークン'] },
  { title: 'ドメインの確認', typed: ['ドメイン確認', 'ドメイン'] },
  { title: '支払い方法', typed: ['支払い方法', '支払い'] },
  { title: '添付ファイル', typed: ['添付ファイル', '添付'] },
  { title: 'コネクタ', typed: ['コネクタ'] },
  { title: 'スナップショット', typed: ['スナップショット'] },
  { title: 'ボリューム', typed: ['ボリューム'] },
  { title: 'パスワード', typed: ['パスワード'] },
];

const JAPANESE_PROBLEMS: Phrase[] = [
  { title: '届かない', typed: ['届かない', '来ない'] },
  { title: '失敗する', typed: ['失敗', '失敗します'] },
  { title: '一覧に表示されない', typed: ['表示されない', '表示されません'] },
  { title: '途中で止まる', typed: ['止まる', '止まった'] },
  { title: 'すぐ期限切れになる', typed: ['期限切れ'] },
  { title: '拒否される', typed: ['拒否', '拒否された'] },
  { title: 'とても遅い', typed: ['遅い'] },
  { title: 'ダウンロードできない', typed: ['ダウンロードできない', 'ダウンロードできません'] },
  { title: '間違った値を表示する', typed: ['値が違う', '間違った値'] },
  { title: '二重に届く', typed: ['二重', '重複'] },
  { title: '途中で切れる', typed: ['切れる', '切断'] },
  { title: '接続できない', typed: ['接続できない', 'つながらない'] },
];

const LATIN_SYLLABLES = ['ar', 'bel', 'cor', 'dra', 'fal', 'gri', 'hal', 'jor', 'kel', 'lum', 'mar', 'nov', 'pel', 'ras', 'sel', 'tor', 'vay', 'wen', 'zan', 'bri'];
const KANA_SYLLABLES = ['カ', 'ル', 'ト', 'ベ', 'ミ', 'ナ', 'ソ', 'リ', 'ク', 'ヴェ', 'ラ', 'ノ', 'サ', 'ド', 'フィ', 'マ', 'ゼ', 'ロ', 'テ', 'ハ'];

const splitSentences = (prose: string) => prose.split('\n').map((line) => line.trim()).filter((line) => line !== '');

/** Japanese has no spaces for the word chain to split on: the sentences are cut into words first, and joined back without them. */
function japaneseChain(): WordChain {
  const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });
  return new WordChain(splitSentences(JAPANESE_PROSE).map((sentence) => [...segmenter.segment(sentence)].map((part) => part.segment).join(' ')));
}

export interface LocaleKb {
  files: { path: string; text: string }[];
  /** Queries as users type them, each with the subject and problem it is about. */
  queries: { query: string; subject: number; problem: number }[];
  /** For each symptom id, its subject and problem (for the relevance share). */
  topics: Map<string, { subject: number; problem: number }>;
}

/** `articleCount` articles of 1–3 symptoms each, in `language`, the same for the same seed. */
export function generateLocaleKb(language: Language, articleCount: number, seed = 3): LocaleKb {
  const random = createRandom(seed);
  const german = language === 'de';
  const subjects = german ? GERMAN_SUBJECTS : JAPANESE_SUBJECTS;
  const problems = german ? GERMAN_PROBLEMS : JAPANESE_PROBLEMS;
  const chain = german ? new WordChain(splitSentences(GERMAN_PROSE)) : japaneseChain();
  const sentence = (min: number, max: number) => {
    const text = chain.sentence(random, min, max, 0.3);
    return german ? text : `${text.replace(/ /g, '').replace(/[.。]+$/, '')}。`;
  };
  const usedFeatures = new Set<string>();
  const feature = () => {
    for (;;) {
      const parts = Array.from({ length: between(random, 2, 3) }, () => pick(random, german ? LATIN_SYLLABLES : KANA_SYLLABLES));
      const name = german ? parts.join('').replace(/^./, (c) => c.toUpperCase()) : parts.join('');
      if (!usedFeatures.has(name)) {
        usedFeatures.add(name);
        return name;
      }
    }
  };
  const fill = (text: string, name: string) =>
    text
      .replace(/\{feature\}/g, name)
      .replace(/\{code\}/g, `${german ? name.toUpperCase() : 'SYNC'}_${between(random, 100, 999)}`)
      .replace(/\{num\}/g, String(between(random, 2, 500)))
      .replace(/\{duration\}/g, german ? `${between(random, 2, 59)} Minuten` : `${between(random, 2, 59)}分`);

  const files: LocaleKb['files'] = [{ path: '_index.md', text: `---\ntitle: ${german ? 'Corvid Hilfe' : 'Corvid ヘルプセンター'}\n---\n` }];
  const queries: LocaleKb['queries'] = [];
  const topics: LocaleKb['topics'] = new Map();
  for (let n = 0; n < articleCount; n++) {
    const name = feature();
    // 1.5 symptoms an article on average, as bench/generate-kb.ts makes for English.
    const symptomCount = random() < 0.55 ? 1 : random() < 0.8 ? 2 : 3;
    const parts: string[] = [];
    let articleTitle = '';
    const id = `a${n}`;
    const slugs = new Set<string>();
    for (let s = 0; s < symptomCount; s++) {
      const subject = Math.floor(random() * subjects.length);
      const problem = Math.floor(random() * problems.length);
      const title = german
        ? `${subjects[subject]!.title} von ${name} ${problems[problem]!.title}`
        : `${name}の${subjects[subject]!.title}が${problems[problem]!.title}`;
      const slug = slugify(title, 'symptom');
      if (slugs.has(slug)) continue;
      slugs.add(slug);
      if (s === 0) articleTitle = title;
      topics.set(`${id}#${slug}`, { subject, problem });
      const checks = Array.from({ length: between(random, 2, 4) }, () => `- [ ] ${fill(sentence(6, 16), name)}`);
      parts.push(`## ${title}\n\n${fill(sentence(10, 24), name)}\n\n${checks.join('\n')}`);
      // Users type the subject and the problem, in their own words; some name the feature, some stop mid-word.
      const typedSubject = pick(random, subjects[subject]!.typed);
      const typedProblem = pick(random, problems[problem]!.typed);
      const roll = random();
      let query = german ? `${typedSubject} ${typedProblem}` : `${typedSubject}が${typedProblem}`;
      if (roll < 0.2) query = german ? `${name.toLowerCase()} ${typedSubject}` : `${name}の${typedSubject}`;
      else if (roll < 0.35) query = query.slice(0, Math.max(2, query.length - between(random, 1, 3)));
      queries.push({ query, subject, problem });
    }
    const intro = Array.from({ length: between(random, 2, 5) }, () => fill(sentence(10, 26), name)).join(german ? ' ' : '');
    files.push({ path: `${id}.md`, text: `---\nid: ${id}\ntitle: ${JSON.stringify(articleTitle)}\n---\n\n# ${articleTitle}\n\n${intro}\n\n${parts.join('\n\n')}\n` });
  }
  return { files, queries, topics };
}

function compileIn(files: { path: string; text: string }[], locale: string | undefined): HelpIndex {
  const { index } = compileSources(files, { helpCenter: { id: 'corvid', ...(locale ? { locale } : {}) } });
  if (locale === undefined || index.helpCenter.locale === locale) return index;
  // Until the compiler writes `helpCenter.locale` itself, the index is stamped here and its search data made again.
  const stamped: HelpIndex = { ...index, helpCenter: { ...index.helpCenter, locale } };
  stamped.search = buildSearchData(stamped);
  return stamped;
}

export interface LocaleRow {
  language: string;
  articles: number;
  symptoms: number;
  queries: number;
  p50: string;
  p95: string;
  /** The search data's size, raw / gzip. */
  data: string;
  relevance: string;
}

/** The share of top-3 hits about the query's own subject and problem. */
function relevance(engine: HelpEngine, kb: LocaleKb, queries: LocaleKb['queries']): number {
  let relevant = 0;
  let shown = 0;
  for (const { query, subject, problem } of queries) {
    for (const hit of engine.search(query, { limit: 3 })) {
      const topic = hit.symptom ? kb.topics.get(hit.symptom.id) : undefined;
      shown++;
      if (topic?.subject === subject && topic.problem === problem) relevant++;
    }
  }
  return shown === 0 ? 0 : relevant / shown;
}

const dataSize = (index: HelpIndex) => {
  const text = JSON.stringify(index.search);
  return `${kB(text.length)} / ${kB(gzipSync(text).length)}`;
};

export function benchLocaleSearch(rows: LocaleRow[], articleCount = 1_000): void {
  const english = generateKnowledgeBase(articleCount);
  const englishIndex = compileIn(english.files, undefined);
  const englishEngine = createHelpEngine(JSON.parse(JSON.stringify(englishIndex)));
  const englishSamples = time(english.queries, 20, (query) => englishEngine.search(query, { limit: 10 }));
  rows.push({
    language: 'English (bench/generate-kb.ts)',
    articles: englishIndex.articles.length,
    symptoms: englishIndex.symptoms.length,
    queries: english.queries.length,
    p50: ms(percentile(englishSamples, 0.5)),
    p95: ms(percentile(englishSamples, 0.95)),
    data: dataSize(englishIndex),
    relevance: '',
  });
  for (const language of ['de', 'ja'] as const) {
    const kb = generateLocaleKb(language, articleCount);
    const index = compileIn(kb.files, language);
    const engine = createHelpEngine(JSON.parse(JSON.stringify(index)));
    // As many queries as the English set has, spread over the whole help center.
    const step = Math.max(1, Math.floor(kb.queries.length / english.queries.length));
    const sample = kb.queries.filter((_, i) => i % step === 0).slice(0, english.queries.length);
    const queries = sample.map((entry) => entry.query);
    const samples = time(queries, 20, (query) => engine.search(query, { limit: 10 }));
    const share = relevance(engine, kb, sample);
    rows.push({
      language: language === 'de' ? 'German' : 'Japanese',
      articles: index.articles.length,
      symptoms: index.symptoms.length,
      queries: queries.length,
      p50: ms(percentile(samples, 0.5)),
      p95: ms(percentile(samples, 0.95)),
      data: dataSize(index),
      relevance: `${(share * 100).toFixed(1)} %`,
    });
    if (language === 'de') {
      // The same content with folding only (a locale without rules): what Snowball stemming and stop words add.
      const plain = createHelpEngine(compileIn(kb.files, 'und'));
      rows.push({
        language: 'German, folding only (no Snowball)',
        articles: index.articles.length,
        symptoms: index.symptoms.length,
        queries: queries.length,
        p50: '',
        p95: '',
        data: '',
        relevance: `${(relevance(plain, kb, sample) * 100).toFixed(1)} %`,
      });
    }
  }
}

export function printLocaleTable(rows: LocaleRow[]): void {
  const header = ['language', 'articles', 'symptoms', 'queries', 'search p50 (ms)', 'search p95 (ms)', 'search data raw / gzip', 'top-3 hits on topic'];
  const body = rows.map((row) => [row.language, String(row.articles), String(row.symptoms), String(row.queries), row.p50, row.p95, row.data, row.relevance]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => (cells[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(line(header));
  console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  for (const cells of body) console.log(line(cells));
}
