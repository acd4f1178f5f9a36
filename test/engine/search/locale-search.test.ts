import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { splitIndex, type SplitIndex } from '../../../src/compiler/split-index';
import { createHelpEngine } from '../../../src/engine/create-help-engine';
import { HelpIndexError } from '../../../src/engine/base/help-index-error';
import { MANIFEST_FILE, openHelpIndex, type IndexFileLoader } from '../../../src/engine/split/index-loader';
import { compileSources } from '../../../src/compiler/compile-content';
import { SEARCH_DATA_VERSION, buildSearchData } from '../../../src/engine/search/search-index';
import { createSplitSearch } from '../../../src/engine/split/split-search';
import type { HelpEngine } from '../../../src/engine/types';
import type { HelpIndex } from '../../../src/schema/help-index';
import { compileLocaleSample, localeQueries, type LocaleSample } from '../fixtures/locale-help-centers';

const slugs = (hits: { symptom?: { slug: string } }[]) => hits.map((hit) => hit.symptom?.slug);
const ids = (hits: { symptom?: { id: string }; article: { id: string } }[]) => hits.map((hit) => hit.symptom?.id ?? hit.article.id);

function serve(split: SplitIndex): IndexFileLoader {
  const texts = new Map(split.files.map((file) => [file.name, file.text]));
  texts.set(MANIFEST_FILE, split.manifestText);
  return async (name) => {
    const text = texts.get(name);
    if (text === undefined) throw new HelpIndexError('stale', `${name} answered 404`);
    return JSON.parse(text);
  };
}

const samples: LocaleSample[] = ['ja', 'de'];
const indexes = new Map<LocaleSample, HelpIndex>();
const engines = new Map<LocaleSample, HelpEngine>();
beforeAll(() => {
  for (const sample of samples) {
    const index = compileLocaleSample(sample);
    indexes.set(sample, index);
    engines.set(sample, createHelpEngine(index));
  }
});

describe.each(samples)('given a help center written in %s', (sample) => {
  it('finds each symptom in the top three for what its users type', () => {
    const engine = engines.get(sample)!;
    const misses = localeQueries[sample]
      .filter(({ query, expected }) => !slugs(engine.search(query, { limit: 3 })).includes(expected))
      .map(({ query, expected }) => `${query} (expected ${expected}) → ${slugs(engine.search(query, { limit: 3 })).join(', ')}`);
    expect(misses).toEqual([]);
  });

  it('writes the language its terms were made with into the search data', () => {
    expect(indexes.get(sample)!.search).toMatchObject({ version: SEARCH_DATA_VERSION, language: sample });
  });

  it('finds the same top ten, in the same order, split as whole', async () => {
    const whole = engines.get(sample)!;
    const split = splitIndex(indexes.get(sample)!, { shardBytes: 60, groupSize: 3 });
    // Small shards, so that a query's words need several and a wrong key range shows.
    expect(split.manifest.search.shards.length).toBeGreaterThan(8);
    const search = createSplitSearch(await openHelpIndex(serve(split)));
    const typed = sample === 'ja' ? ['セ', '表', 'ログ', 'サインイ', '𠮷', '𠮷田', '認証コード', 'Webh'] : ['we', 'anm', 'Größ', 'grö', 'zwei-faktor', 'e-mail'];
    for (const query of [...localeQueries[sample].map((entry) => entry.query), ...typed]) {
      await search.prepare(query);
      expect(search.ready(query)).toBe(true);
      expect([query, ids(search(query, { limit: 10 }))]).toEqual([query, ids(whole.search(query, { limit: 10 }))]);
    }
  });
});

describe('given a Japanese query typed a character at a time', () => {
  it('finds words that begin with what is typed so far', () => {
    const engine = engines.get('ja')!;
    expect(slugs(engine.search('請', { limit: 3 }))).toContain('請求書のダウンロードに失敗する');
    expect(slugs(engine.search('セッシ', { limit: 3 }))[0]).toBe('録画したセッションが一覧に表示されない');
  });

  it('finds a name written with a character outside the basic plane', () => {
    expect(slugs(engines.get('ja')!.search('𠮷田', { limit: 3 }))[0]).toBe('招待したメンバーがワークスペースに参加できない');
  });

  it('highlights the words of the hit that matched', () => {
    const [hit] = engines.get('ja')!.search('セッションが表示されない', { limit: 1 });
    const title = hit?.matches.find((found) => found.field === 'title');
    const marked = title?.ranges.map(([start, end]) => title.value.slice(start, end)) ?? [];
    expect(marked.join(' ')).toContain('セッション');
    expect(marked.join(' ')).toContain('表示');
  });
});

describe('given a browser without Intl.Segmenter', () => {
  const saved = Intl.Segmenter;
  afterEach(() => {
    (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter = saved;
  });

  it('still finds each Japanese symptom in the top three, reading the query by character pairs', () => {
    const engine = createHelpEngine(compileLocaleSample('ja'));
    (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter = undefined;
    const misses = localeQueries.ja
      .filter(({ query, expected }) => !slugs(engine.search(query, { limit: 3 })).includes(expected))
      .map(({ query }) => query);
    expect(misses).toEqual([]);
  });
});

describe('given German typed without umlaut keys', () => {
  it('reads ae, oe and ue as the umlauts they stand for when the word finds nothing as typed', () => {
    const engine = engines.get('de')!;
    expect(slugs(engine.search('ueberschreitet', { limit: 1 }))).toEqual(['die-größe-des-anhangs-überschreitet-das-limit']);
    expect(engine.search('ueberschreitet', { limit: 1 })[0]?.matches.some((found) => found.value.includes('überschreitet'))).toBe(true);
  });

  it('keeps a word with ue that the index knows as it is', () => {
    const [hit] = engines.get('de')!.search('aktuelle', { limit: 1 });
    expect(hit?.symptom?.slug).toBe('rechnung-lässt-sich-nicht-herunterladen');
    const check = hit?.matches.find((found) => found.field === 'checks');
    expect(check?.ranges.map(([start, end]) => check.value.slice(start, end))).toEqual(['aktuelle']);
  });
});

/** A help center of two symptoms compiled as an index in `locale`. */
function tiny(locale: string, text: string): HelpEngine {
  const { index } = compileSources([{ path: 'help.md', text }], { helpCenter: { id: `acme-${locale}`, locale } });
  const stamped: HelpIndex = { ...index, helpCenter: { ...index.helpCenter, locale } };
  stamped.search = buildSearchData(stamped);
  return createHelpEngine(stamped);
}

describe.each([
  {
    locale: 'zh',
    text: '# 账户问题\n\n## 无法登录账户\n\n- [ ] 检查密码是否正确。\n\n## 通知邮件没有收到\n\n- [ ] 查看垃圾邮件文件夹。\n',
    queries: [['登录失败', 0], ['收不到通知邮件', 1]] as const,
  },
  {
    locale: 'th',
    text: '# ปัญหาบัญชี\n\n## ไม่สามารถเข้าสู่ระบบได้\n\n- [ ] ตรวจสอบรหัสผ่าน\n\n## ไม่ได้รับอีเมลแจ้งเตือน\n\n- [ ] ตรวจสอบโฟลเดอร์สแปม\n',
    queries: [['เข้าสู่ระบบไม่ได้', 0], ['อีเมลแจ้งเตือน', 1]] as const,
  },
])('given a help center written in $locale', ({ locale, text, queries }) => {
  it('finds each symptom first for a query typed without spaces', () => {
    const engine = tiny(locale, text);
    const titles = engine.index.symptoms.map((symptom) => symptom.title);
    for (const [query, expected] of queries) expect([query, engine.search(query, { limit: 1 })[0]?.symptom?.title]).toEqual([query, titles[expected]]);
  });
});

describe('given a help center in a language search has no rules for', () => {
  it('folds its words and still finds a word typed a little longer than the content has it', () => {
    const { index } = compileSources(
      [{ path: 'connexion.md', text: '# Problèmes de connexion\n\n## La connexion est refusée\n\n- [ ] Vérifiez le mot de passe.\n\n## Les factures sont introuvables\n\n- [ ] Ouvrez la page Facturation.\n' }],
      { helpCenter: { id: 'acme-fr', locale: 'fr' } },
    );
    const french: HelpIndex = { ...index, helpCenter: { ...index.helpCenter, locale: 'fr' } };
    french.search = buildSearchData(french);
    expect(french.search).toMatchObject({ language: 'none' });
    const engine = createHelpEngine(french);
    expect(slugs(engine.search('connexions refusees', { limit: 1 }))).toEqual(['la-connexion-est-refusée']);
    expect(slugs(engine.search('facture', { limit: 1 }))).toEqual(['les-factures-sont-introuvables']);
  });
});

describe('given search data made by other rules', () => {
  it('indexes again an index whose locale no longer matches its terms', () => {
    const index = compileLocaleSample('ja');
    const english: HelpIndex = { ...index, search: { ...index.search!, language: 'en', terms: [], postings: [] } };
    expect(slugs(createHelpEngine(english).search('ログインできません', { limit: 3 }))).toContain('パスワードを再設定してもログインできません');
  });

  it('refuses a split index of an older search version with a message that says to rebuild it', async () => {
    const split = splitIndex(compileLocaleSample('de'));
    const manifest = { ...split.manifest, search: { ...split.manifest.search, version: 1 } };
    const engine = await openHelpIndex(serve({ ...split, manifest, manifestText: JSON.stringify(manifest) }));
    expect(() => createSplitSearch(engine)).toThrow(/search data is version 1.*rebuild the index/);
  });
});

describe('given an error message in Japanese that no pattern names', () => {
  it('opens the symptom whose title the message holds, as a strong related match, though nothing separates the words', () => {
    const engine = tiny('ja', '# アカウント\n\n## ログインできない\n\n- [ ] パスワードを確認します。\n\n## 通知メールが届かない\n\n- [ ] 迷惑メールフォルダを確認します。\n');
    const [best] = engine.match({ error: new Error('ログインできないため、処理を中止しました') });
    expect(best).toMatchObject({ symptom: { title: 'ログインできない' }, related: 'strong' });
    // A title of fewer than four characters says too little to be found inside a message.
    const short = tiny('ja', '# アカウント\n\n## 通知\n\n- [ ] 設定を確認します。\n');
    expect(short.match({ error: new Error('通知の送信に失敗しました') }).filter((match) => match.related === 'strong')).toEqual([]);
  });
});
