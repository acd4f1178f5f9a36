import type { CalloutKind } from '../schema/help-index';
import type { UnknownReason } from '../engine/support/index';
import type { HelpLocalePack } from '../react/labels';
import { bareLabel, packIntl } from './pack-intl';

/**
 * Arabic counts use all six plural categories: zero, one (the noun with "واحد"), two (the dual),
 * few (3–10: plural noun), many (11–99: singular noun, accusative) and other (100, 101, …: singular noun).
 */
const intl = packIntl('ar');

const reasons: Record<UnknownReason, string> = {
  'reported-unknown': 'تعذّر على التطبيق تحديد النتيجة.',
  threw: 'تعذّر تشغيل الفحص.',
  rejected: 'تعذّر تشغيل الفحص.',
  'invalid-result': 'أعاد الفحص إجابة تعذّرت قراءتها.',
  timeout: 'استغرق الفحص وقتًا أطول من اللازم.',
  aborted: 'تم إيقاف الفحص.',
};

const callouts: Record<CalloutKind, string> = {
  note: 'ملاحظة',
  tip: 'نصيحة',
  info: 'معلومة',
  important: 'مهم',
  warning: 'تحذير',
  caution: 'تنبيه',
  danger: 'خطر',
};

/** Arabic labels in Modern Standard Arabic, right to left. `import ar from 'help-panel/locales/ar'`. */
export const ar: HelpLocalePack = {
  locale: 'ar',
  dir: 'rtl',
  labels: {
    title: 'المساعدة',
    description: 'مساعدة في حل مشكلات هذه الصفحة.',
    trigger: 'مساعدة',
    close: 'إغلاق المساعدة',
    back: 'رجوع',
    allHelp: 'كل مواضيع المساعدة',
    loading: 'جارٍ تحميل المساعدة…',
    loadError: 'تعذّر تحميل المساعدة.',
    retry: 'إعادة المحاولة',
    crashed: 'المساعدة غير متاحة حاليًا.',
    search: 'البحث في المساعدة',
    clearSearch: 'مسح البحث',
    searchResults: 'نتائج البحث',
    resultCount: (count) =>
      intl.count(count, {
        zero: () => 'لا توجد نتائج',
        one: () => 'نتيجة واحدة',
        two: () => 'نتيجتان',
        few: (n) => `${n} نتائج`,
        many: (n) => `${n} نتيجة`,
        other: (n) => `${n} نتيجة`,
      }),
    searching: 'جارٍ البحث…',
    searchUnavailable: 'تعذّر تحميل البحث.',
    noResults: (query) => `لا توجد نتائج لـ«${query}».`,
    emptyIndex: 'لا توجد مقالات مساعدة بعد.',
    moreArticles: (count) =>
      intl.count(count, {
        one: () => 'ومقالة أخرى. استخدم البحث للعثور عليها.',
        two: () => 'ومقالتان أخريان. استخدم البحث للعثور عليهما.',
        few: (n) => `و${n} مقالات أخرى. استخدم البحث للعثور عليها.`,
        many: (n) => `و${n} مقالةً أخرى. استخدم البحث للعثور عليها.`,
        other: (n) => `و${n} مقالة أخرى. استخدم البحث للعثور عليها.`,
      }),
    articles: 'المقالات',
    otherMatches: 'نتائج محتملة أخرى',
    suggestedForPage: 'مقترح لهذه الصفحة',
    suggestedForError: (shown) => (shown ? `مقترح للخطأ الذي ظهر لك للتو: ${shown}` : 'مقترح للخطأ الذي ظهر لك للتو'),
    suggestedForSearch: () => 'قد يكون مرتبطًا بالخطأ الذي ظهر لك للتو',
    suggestedBecause: (list) => `مقترح لأن ${intl.list(list.slice(0, 2))}.`,
    secondChanceTitle: 'لم تجد ما تبحث عنه؟ جرّب هذه',
    secondChanceSearch: 'البحث عن شيء آخر',
    copyLink: 'نسخ الرابط',
    linkCopied: 'تم نسخ الرابط',
    copyLinkManually: 'انسخ هذا الرابط:',
    readArticle: 'قراءة المقالة كاملة',
    checks: 'قائمة التحقق',
    checkedCount: (checked, total) => `تم إنجاز ${intl.number(checked)} من ${intl.number(total)}`,
    reset: 'إعادة تعيين قائمة التحقق',
    notFound: 'تعذّر العثور على مقالة المساعدة هذه.',
    opensInNewTab: '(يُفتح في علامة تبويب جديدة)',
    calloutTitle: (kind) => callouts[kind] ?? kind,
    shownInLanguage: (language) => `معروض باللغة ${language}`,

    checking: 'جارٍ التحقق…',
    passed: 'ناجح',
    failed: 'فاشل',
    couldNotCheck: 'تعذّر التحقق',
    unknownReason: (reason) => reasons[reason] ?? '',
    checkingCount: (count) =>
      intl.count(count, {
        zero: () => 'لا توجد بنود للتحقق منها',
        one: () => 'جارٍ التحقق من بند واحد…',
        two: () => 'جارٍ التحقق من بندين…',
        few: (n) => `جارٍ التحقق من ${n} بنود…`,
        many: (n) => `جارٍ التحقق من ${n} بندًا…`,
        other: (n) => `جارٍ التحقق من ${n} بند…`,
      }),
    checkSummary: ({ passed, failed, unknown }) =>
      [
        `ناجح: ${intl.number(passed)}`,
        `فاشل: ${intl.number(failed)}`,
        ...(unknown > 0 ? [`تعذّر التحقق: ${intl.number(unknown)}`] : []),
      ].join('، ') + '.',
    runAgain: 'إعادة التحقق',
    contactSupport: 'ما زالت المشكلة قائمة؟ تواصل مع الدعم',
    escalationTitle: 'التواصل مع الدعم',
    escalationIntro: 'سيطّلع فريق الدعم على هذه الصفحة والخطأ وما أجريته من فحوص وما بحثت عنه، فلا داعي لتكراره.',
    note: 'ماذا حدث؟ (اختياري)',
    noteHint: 'تُحفظ ملاحظتك إلى أن ترسلها.',
    noteReplaced: 'كُتبت ملاحظة مختلفة في علامة تبويب أخرى، وستبقى محفوظة إلى أن تختار:',
    useOtherNote: 'استخدام الملاحظة الأخرى',
    discardOtherNote: 'تجاهل الملاحظة الأخرى',
    detailsHeading: 'يحتاج فريق الدعم أيضًا إلى',
    optional: '(اختياري)',
    required: (label) => `يُرجى ملء «${bareLabel(label)}».`,
    send: 'إرسال إلى الدعم',
    sending: 'جارٍ الإرسال…',
    sent: 'تم الإرسال. أصبح لدى فريق الدعم كل ما جرّبته.',
    sendFailed: 'تعذّر إرسال رسالتك. لم يضِع شيء مما أدخلته.',
    done: 'العودة إلى المساعدة',
    copySummary: 'نسخ الملخص لفريق الدعم',
    copied: 'تم النسخ. الصقه في رسالتك إلى فريق الدعم.',
    copyFallback: 'النسخ غير متاح هنا. حدّد النص أدناه وانسخه باستخدام Ctrl+C (أو ⌘C على Mac).',
    summary: 'ملخص لفريق الدعم',
    emailSupport: 'مراسلة الدعم بالبريد الإلكتروني',
    helpfulQuestion: 'هل كان هذا مفيدًا؟',
    yes: 'نعم',
    no: 'لا',
    feedbackComment: 'ما الذي كان ناقصًا؟ (اختياري)',
    sendFeedback: 'إرسال التقييم',
    skip: 'تخطي',
    thanks: 'شكرًا على تقييمك.',
    ask: 'اسأل',
    askHint: 'احصل على إجابة بكلمات بسيطة من مقالات المساعدة',
    yourQuestion: 'سؤالك',
    findingSources: 'جارٍ البحث في مقالات المساعدة…',
    writingAnswer: 'جارٍ كتابة الإجابة…',
    answerReady: 'الإجابة جاهزة.',
    stop: 'إيقاف',
    stopped: 'تم الإيقاف. هذه هي الإجابة حتى الآن.',
    sources: 'المصادر',
    answerNotice: 'كتبها الذكاء الاصطناعي من المصادر أدناه. تحقّق من كل خطوة في المصادر قبل تنفيذها.',
    notFullySupported: 'جزء من هذه الإجابة لا تدعمه مقالات المساعدة، لذا حُذف.',
    notCovered: 'لا توجد مقالة مساعدة تتناول هذا السؤال بعد.',
    tryInstead: 'قد تفيدك نتائج البحث أدناه، أو تواصل مع الدعم.',
    answerFailed: 'تعذّرت كتابة الإجابة.',
    askAgain: 'اسأل مرة أخرى',
    searchInstead: 'نتائج البحث عن سؤالك',
  },
};

export default ar;
