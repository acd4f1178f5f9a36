import type { CalloutKind } from '../schema/help-index';
import type { UnknownReason } from '../engine/support/index';
import type { HelpLocalePack } from '../react/labels';
import { bareLabel, packIntl } from './pack-intl';

/**
 * Chinese has one plural category ("other"): a count takes the measure word of its noun whatever
 * the number: 条 for results, 篇 for articles, 项 for checks. A space sets digits apart from
 * the characters around them, as mainland product UIs write it.
 */
const intl = packIntl('zh-Hans');
const quote = (text: string) => `“${text}”`;

const reasons: Record<UnknownReason, string> = {
  'reported-unknown': '应用无法确定结果。',
  threw: '检查未能运行。',
  rejected: '检查未能运行。',
  'invalid-result': '检查返回了无法读取的结果。',
  timeout: '检查超时。',
  aborted: '检查已中止。',
};

const callouts: Record<CalloutKind, string> = {
  note: '备注',
  tip: '提示',
  info: '信息',
  important: '重要',
  warning: '警告',
  caution: '注意',
  danger: '危险',
};

/**
 * Chinese labels in Simplified characters, addressing the user as 您, as support and help
 * pages in mainland China do. `import zhHans from 'help-panel/locales/zh-Hans'`; chosen for
 * `zh`, `zh-CN`, `zh-SG` and `zh-Hans-*`, never for Traditional Chinese (`zh-TW`, `zh-HK`, `zh-Hant`).
 */
export const zhHans: HelpLocalePack = {
  locale: 'zh-Hans',
  dir: 'ltr',
  labels: {
    title: '帮助',
    description: '本页面的故障排除帮助。',
    trigger: '帮助',
    close: '关闭帮助',
    back: '返回',
    allHelp: '全部帮助',
    loading: '正在加载帮助…',
    loadError: '无法加载帮助。',
    retry: '重试',
    crashed: '帮助暂时无法使用。',
    search: '搜索帮助',
    clearSearch: '清除搜索',
    searchResults: '搜索结果',
    resultCount: (count) => (count === 0 ? '没有结果' : intl.count(count, { other: (n) => `${n} 条结果` })),
    searching: '正在搜索…',
    searchUnavailable: '无法加载搜索。',
    noResults: (query) => `没有与${quote(query)}相关的结果。`,
    emptyIndex: '暂无帮助文章。',
    moreArticles: (count) => intl.count(count, { other: (n) => `…另有 ${n} 篇文章，可通过搜索查找。` }),
    articles: '文章',
    otherMatches: '其他可能相关的内容',
    suggestedForPage: '为本页面推荐',
    suggestedForError: (shown) => (shown ? `针对您刚遇到的错误推荐：${shown}` : '针对您刚遇到的错误推荐'),
    suggestedForSearch: () => '可能与您刚遇到的错误有关',
    suggestedBecause: (list) => `推荐原因：${intl.list(list.slice(0, 2))}。`,
    secondChanceTitle: '没有找到所需内容？试试这些',
    secondChanceSearch: '搜索其他内容',
    copyLink: '复制链接',
    linkCopied: '链接已复制',
    copyLinkManually: '请复制此链接：',
    readArticle: '阅读全文',
    checks: '检查项',
    checkedCount: (checked, total) => `共 ${intl.number(total)} 项，已完成 ${intl.number(checked)} 项`,
    reset: '重置检查项',
    notFound: '找不到此帮助文章。',
    opensInNewTab: '（在新标签页中打开）',
    calloutTitle: (kind) => callouts[kind] ?? kind,
    shownInLanguage: (language) => `仅提供${language}版本`,

    checking: '正在检查…',
    passed: '通过',
    failed: '未通过',
    couldNotCheck: '无法检查',
    unknownReason: (reason) => reasons[reason] ?? '',
    checkingCount: (count) => intl.count(count, { other: (n) => `正在检查 ${n} 项…` }),
    checkSummary: ({ passed, failed, unknown }) =>
      [
        `${intl.number(passed)} 项通过`,
        `${intl.number(failed)} 项未通过`,
        ...(unknown > 0 ? [`${intl.number(unknown)} 项无法检查`] : []),
      ].join('，') + '。',
    runAgain: '重新检查',
    contactSupport: '仍未解决？联系支持团队',
    escalationTitle: '联系支持团队',
    escalationIntro: '支持团队将看到此页面、错误信息、您完成的检查和搜索内容，您无需重复说明。',
    note: '发生了什么？（可选）',
    noteHint: '您的备注会一直保留，直到发送为止。',
    noteReplaced: '另一个标签页中输入了不同的备注。在您做出选择之前，它会一直保留：',
    useOtherNote: '使用另一条备注',
    discardOtherNote: '舍弃另一条备注',
    detailsHeading: '支持团队还需要以下信息',
    optional: '（可选）',
    required: (label) => `请填写${quote(bareLabel(label))}。`,
    send: '发送给支持团队',
    sending: '正在发送…',
    sent: '已发送。支持团队已了解您尝试过的所有操作。',
    sendFailed: '消息发送失败。您输入的内容均未丢失。',
    done: '返回帮助',
    copySummary: '复制摘要以发给支持团队',
    copied: '已复制。请将其粘贴到发给支持团队的消息中。',
    copyFallback: '此处无法复制。请选中下方文本，然后按 Ctrl+C（Mac 上按 ⌘C）复制。',
    summary: '给支持团队的摘要',
    emailSupport: '发送电子邮件给支持团队',
    helpfulQuestion: '这对您有帮助吗？',
    yes: '是',
    no: '否',
    feedbackComment: '缺少哪些内容？（可选）',
    sendFeedback: '发送反馈',
    skip: '跳过',
    thanks: '感谢您的反馈。',
    ask: '提问',
    askHint: '根据帮助文章，用浅显的话给出回答',
    yourQuestion: '您的问题',
    findingSources: '正在查找帮助文章…',
    writingAnswer: '正在撰写回答…',
    answerReady: '回答已完成。',
    stop: '停止',
    stopped: '已停止。以下是目前的回答。',
    sources: '来源',
    answerNotice: '由 AI 根据下方来源撰写。操作前请对照来源核对每个步骤。',
    notFullySupported: '此回答的部分内容没有帮助文章依据，已被删去。',
    notCovered: '目前还没有帮助文章涉及这个问题。',
    tryInstead: '下方的搜索结果或许有用，也可以联系支持团队。',
    answerFailed: '无法撰写回答。',
    askAgain: '重新提问',
    searchInstead: '与您的问题相关的搜索结果',
  },
};

export default zhHans;
