import type { CalloutKind } from '../schema/help-index';
import type { UnknownReason } from '../engine/support/index';
import type { HelpLocalePack } from '../react/labels';
import { bareLabel, packIntl } from './pack-intl';

/** Japanese has one plural category ("other"): counts take the counter 件 whatever the number. */
const intl = packIntl('ja');

const reasons: Record<UnknownReason, string> = {
  'reported-unknown': 'アプリで判定できませんでした。',
  threw: 'チェックを実行できませんでした。',
  rejected: 'チェックを実行できませんでした。',
  'invalid-result': 'チェックの結果を読み取れませんでした。',
  timeout: 'チェックがタイムアウトしました。',
  aborted: 'チェックが中止されました。',
};

const callouts: Record<CalloutKind, string> = {
  note: '注記',
  tip: 'ヒント',
  info: '情報',
  important: '重要',
  warning: '警告',
  caution: '注意',
  danger: '危険',
};

/** Japanese labels in the polite style of product UIs (です・ます). `import ja from 'help-panel/locales/ja'`. */
export const ja: HelpLocalePack = {
  locale: 'ja',
  dir: 'ltr',
  labels: {
    title: 'ヘルプ',
    description: 'このページのトラブルシューティングヘルプです。',
    trigger: 'ヘルプ',
    close: 'ヘルプを閉じる',
    back: '戻る',
    allHelp: 'すべてのヘルプ',
    loading: 'ヘルプを読み込んでいます…',
    loadError: 'ヘルプを読み込めませんでした。',
    retry: '再試行',
    crashed: '現在ヘルプをご利用いただけません。',
    search: 'ヘルプを検索',
    clearSearch: '検索をクリア',
    searchResults: '検索結果',
    resultCount: (count) => (count === 0 ? '該当する結果はありません' : intl.count(count, { other: (n) => `${n}件の結果` })),
    searching: '検索しています…',
    searchUnavailable: '検索を読み込めませんでした。',
    noResults: (query) => `「${query}」に一致する結果はありません。`,
    emptyIndex: 'ヘルプ記事はまだありません。',
    moreArticles: (count) => intl.count(count, { other: (n) => `ほかに${n}件の記事があります。検索で探せます。` }),
    articles: '記事',
    otherMatches: 'その他の候補',
    suggestedForPage: 'このページのおすすめ',
    suggestedForError: (shown) => (shown ? `直前のエラーに関するおすすめ：${shown}` : '直前のエラーに関するおすすめ'),
    suggestedForSearch: () => '直前のエラーに関連している可能性があります',
    suggestedBecause: (list) => `おすすめの理由：${intl.list(list.slice(0, 2))}。`,
    secondChanceTitle: 'お探しの情報ではありませんか？こちらもお試しください',
    secondChanceSearch: '別のキーワードで検索',
    copyLink: 'リンクをコピー',
    linkCopied: 'リンクをコピーしました',
    copyLinkManually: 'このリンクをコピーしてください：',
    readArticle: '記事全文を読む',
    checks: 'チェック項目',
    checkedCount: (checked, total) => `${intl.number(total)}件中${intl.number(checked)}件完了`,
    reset: 'チェックをリセット',
    notFound: 'このヘルプ記事は見つかりませんでした。',
    opensInNewTab: '（新しいタブで開きます）',
    calloutTitle: (kind) => callouts[kind] ?? kind,
    shownInLanguage: (language) => `${language}で表示しています`,

    checking: '確認しています…',
    passed: '成功',
    failed: '失敗',
    couldNotCheck: '確認できませんでした',
    unknownReason: (reason) => reasons[reason] ?? '',
    checkingCount: (count) => intl.count(count, { other: (n) => `${n}件の項目を確認しています…` }),
    checkSummary: ({ passed, failed, unknown }) =>
      [
        `成功 ${intl.number(passed)}件`,
        `失敗 ${intl.number(failed)}件`,
        ...(unknown > 0 ? [`確認不可 ${intl.number(unknown)}件`] : []),
      ].join('、') + '。',
    runAgain: 'もう一度確認',
    contactSupport: '解決しませんか？サポートに問い合わせる',
    escalationTitle: 'サポートに問い合わせる',
    escalationIntro: 'このページ、エラー、実施したチェック、検索した内容がサポートに伝わるため、同じ説明を繰り返す必要はありません。',
    note: 'どのような問題が起きましたか？（任意）',
    noteHint: 'メモは送信するまで保存されます。',
    noteReplaced: '別のタブで異なるメモが入力されました。どちらを使うか選ぶまで保持されます：',
    useOtherNote: 'もう一方のメモを使用',
    discardOtherNote: 'もう一方のメモを破棄',
    detailsHeading: 'サポートに必要な情報',
    optional: '（任意）',
    required: (label) => `「${bareLabel(label)}」を入力してください。`,
    send: 'サポートに送信',
    sending: '送信しています…',
    sent: '送信しました。これまでに試した内容はサポートに伝わっています。',
    sendFailed: 'メッセージを送信できませんでした。入力内容は失われていません。',
    done: 'ヘルプに戻る',
    copySummary: 'サポート用の概要をコピー',
    copied: 'コピーしました。サポートへのメッセージに貼り付けてください。',
    copyFallback: 'ここではコピーできません。下のテキストを選択し、Ctrl+C（Mac では ⌘C）でコピーしてください。',
    summary: 'サポート用の概要',
    emailSupport: 'サポートにメール',
    helpfulQuestion: 'この情報は役に立ちましたか？',
    yes: 'はい',
    no: 'いいえ',
    feedbackComment: '足りなかった情報は何ですか？（任意）',
    sendFeedback: 'フィードバックを送信',
    skip: 'スキップ',
    thanks: 'フィードバックをありがとうございました。',
  },
};

export default ja;
