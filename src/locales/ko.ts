import type { CalloutKind } from '../schema/help-index';
import type { UnknownReason } from '../engine/support/index';
import type { HelpLocalePack } from '../react/labels';
import { bareLabel, packIntl } from './pack-intl';

/**
 * Korean has one plural category ("other"): counts take the counter 개 whatever the number.
 * No particle follows an inserted query, label or language name directly (이/가, 을/를 and (으)로
 * depend on its last sound): a fixed word such as 항목 or 버전 carries it.
 */
const intl = packIntl('ko');
const quote = (text: string) => `‘${text}’`;

const reasons: Record<UnknownReason, string> = {
  'reported-unknown': '앱에서 확인할 수 없었습니다.',
  threw: '점검을 실행하지 못했습니다.',
  rejected: '점검을 실행하지 못했습니다.',
  'invalid-result': '점검 결과를 읽을 수 없습니다.',
  timeout: '점검 시간이 초과되었습니다.',
  aborted: '점검이 중단되었습니다.',
};

const callouts: Record<CalloutKind, string> = {
  note: '참고',
  tip: '팁',
  info: '정보',
  important: '중요',
  warning: '경고',
  caution: '주의',
  danger: '위험',
};

/**
 * Korean labels in the polite style of product UIs (합니다 for statements, 하세요 for requests).
 * `import ko from 'help-panel/locales/ko'`.
 */
export const ko: HelpLocalePack = {
  locale: 'ko',
  dir: 'ltr',
  labels: {
    title: '도움말',
    description: '이 페이지의 문제 해결 도움말입니다.',
    trigger: '도움말',
    close: '도움말 닫기',
    back: '뒤로',
    allHelp: '전체 도움말',
    loading: '도움말을 불러오는 중…',
    loadError: '도움말을 불러오지 못했습니다.',
    retry: '다시 시도',
    crashed: '지금은 도움말을 사용할 수 없습니다.',
    search: '도움말 검색',
    clearSearch: '검색어 지우기',
    searchResults: '검색 결과',
    resultCount: (count) => (count === 0 ? '결과 없음' : intl.count(count, { other: (n) => `결과 ${n}개` })),
    searching: '검색 중…',
    searchUnavailable: '검색을 불러오지 못했습니다.',
    noResults: (query) => `${quote(query)}에 대한 결과가 없습니다.`,
    emptyIndex: '아직 도움말 문서가 없습니다.',
    moreArticles: (count) => intl.count(count, { other: (n) => `…외에 문서 ${n}개가 더 있습니다. 검색으로 찾아 보세요.` }),
    articles: '문서',
    otherMatches: '관련 있을 수 있는 다른 항목',
    suggestedForPage: '이 페이지에 맞는 추천',
    suggestedForError: (shown) => (shown ? `방금 발생한 오류에 대한 추천: ${shown}` : '방금 발생한 오류에 대한 추천'),
    suggestedForSearch: () => '방금 발생한 오류와 관련이 있을 수 있습니다',
    suggestedBecause: (list) => `추천 이유: ${intl.list(list.slice(0, 2))}.`,
    secondChanceTitle: '찾으시는 내용이 아닌가요? 다음 문서를 확인해 보세요',
    secondChanceSearch: '다른 내용 검색',
    copyLink: '링크 복사',
    linkCopied: '링크를 복사했습니다',
    copyLinkManually: '이 링크를 복사하세요:',
    readArticle: '전체 문서 읽기',
    checks: '점검 항목',
    checkedCount: (checked, total) => `${intl.number(total)}개 중 ${intl.number(checked)}개 완료`,
    reset: '점검 항목 초기화',
    notFound: '이 도움말 문서를 찾을 수 없습니다.',
    opensInNewTab: '(새 탭에서 열림)',
    calloutTitle: (kind) => callouts[kind] ?? kind,
    shownInLanguage: (language) => `${language} 버전만 제공됩니다`,

    checking: '확인 중…',
    passed: '통과',
    failed: '실패',
    couldNotCheck: '확인 불가',
    unknownReason: (reason) => reasons[reason] ?? '',
    checkingCount: (count) => intl.count(count, { other: (n) => `항목 ${n}개를 확인하는 중…` }),
    checkSummary: ({ passed, failed, unknown }) =>
      [
        `통과 ${intl.number(passed)}개`,
        `실패 ${intl.number(failed)}개`,
        ...(unknown > 0 ? [`확인 불가 ${intl.number(unknown)}개`] : []),
      ].join(', ') + '.',
    runAgain: '다시 점검',
    contactSupport: '문제가 해결되지 않았나요? 지원팀에 문의하기',
    escalationTitle: '지원팀에 문의',
    escalationIntro: '이 페이지, 오류, 실행한 점검과 검색한 내용이 지원팀에 함께 전달되므로 같은 설명을 반복하지 않으셔도 됩니다.',
    note: '어떤 문제가 있었나요? (선택 사항)',
    noteHint: '메모는 보낼 때까지 보관됩니다.',
    noteReplaced: '다른 탭에서 다른 메모를 입력했습니다. 어느 쪽을 쓸지 선택할 때까지 보관됩니다:',
    useOtherNote: '다른 메모 사용',
    discardOtherNote: '다른 메모 삭제',
    detailsHeading: '지원팀에 필요한 추가 정보',
    optional: '(선택 사항)',
    required: (label) => `${quote(bareLabel(label))} 항목을 입력하세요.`,
    send: '지원팀에 보내기',
    sending: '보내는 중…',
    sent: '보냈습니다. 시도하신 내용이 모두 지원팀에 전달되었습니다.',
    sendFailed: '메시지를 보내지 못했습니다. 입력하신 내용은 그대로 남아 있습니다.',
    done: '도움말로 돌아가기',
    copySummary: '지원팀용 요약 복사',
    copied: '복사했습니다. 지원팀에 보내는 메시지에 붙여 넣으세요.',
    copyFallback: '여기서는 복사할 수 없습니다. 아래 텍스트를 선택하고 Ctrl+C(Mac에서는 ⌘C)를 눌러 복사하세요.',
    summary: '지원팀용 요약',
    emailSupport: '지원팀에 이메일 보내기',
    helpfulQuestion: '도움이 되었나요?',
    yes: '예',
    no: '아니요',
    feedbackComment: '어떤 내용이 부족했나요? (선택 사항)',
    sendFeedback: '의견 보내기',
    skip: '건너뛰기',
    thanks: '의견을 보내 주셔서 감사합니다.',
    ask: '질문하기',
    askHint: '도움말 문서를 바탕으로 쉬운 말로 답변을 받으세요',
    yourQuestion: '질문',
    findingSources: '도움말 문서를 찾는 중…',
    writingAnswer: '답변을 작성하는 중…',
    answerReady: '답변이 준비되었습니다.',
    stop: '중지',
    stopped: '중지되었습니다. 지금까지 작성된 답변입니다.',
    sources: '출처',
    answerNotice: '아래 출처를 바탕으로 AI가 작성했습니다. 실행하기 전에 각 단계를 출처와 대조해 확인하세요.',
    notFullySupported: '이 답변의 일부는 도움말 문서에 근거하지 않아 제외했습니다.',
    notCovered: '아직 이 질문을 다루는 도움말 문서가 없습니다.',
    tryInstead: '아래 검색 결과가 도움이 될 수 있습니다. 아니면 지원팀에 문의하세요.',
    answerFailed: '답변을 작성하지 못했습니다.',
    askAgain: '다시 질문하기',
    searchInstead: '질문에 대한 검색 결과',
  },
};

export default ko;
