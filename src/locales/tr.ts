import type { CalloutKind } from '../schema/help-index';
import type { UnknownReason } from '../engine/support/index';
import type { HelpLocalePack } from '../react/labels';
import { bareLabel, packIntl } from './pack-intl';

/**
 * Turkish plural rules tell 1 from the rest, but a noun after a number stays singular
 * (`1 sonuç`, `2 sonuç`), so every count has one form. No suffix is ever attached to a number,
 * a query or a label: its vowel harmony would depend on how the inserted text is pronounced,
 * so postpositions ("için", "olarak") and suffixed fixed words ("alanını") carry the grammar.
 */
const intl = packIntl('tr');
const quote = (text: string) => `“${text}”`;

const reasons: Record<UnknownReason, string> = {
  'reported-unknown': 'Uygulama bunu belirleyemedi.',
  threw: 'Kontrol çalıştırılamadı.',
  rejected: 'Kontrol çalıştırılamadı.',
  'invalid-result': 'Kontrol, okunamayan bir yanıt verdi.',
  timeout: 'Kontrol çok uzun sürdü.',
  aborted: 'Kontrol durduruldu.',
};

const callouts: Record<CalloutKind, string> = {
  note: 'Not',
  tip: 'İpucu',
  info: 'Bilgi',
  important: 'Önemli',
  warning: 'Uyarı',
  caution: 'Dikkat',
  danger: 'Tehlike',
};

/**
 * Turkish labels, addressing the user formally ("siz": "doldurun", "gördüğünüz"); buttons are
 * the bare imperatives Turkish software uses ("Kapat", "Gönder").
 * `import tr from 'help-panel/locales/tr'`.
 */
export const tr: HelpLocalePack = {
  locale: 'tr',
  dir: 'ltr',
  labels: {
    title: 'Yardım',
    description: 'Bu sayfa için sorun giderme yardımı.',
    trigger: 'Yardım',
    close: 'Yardımı kapat',
    back: 'Geri',
    allHelp: 'Tüm yardım konuları',
    loading: 'Yardım yükleniyor…',
    loadError: 'Yardım yüklenemedi.',
    retry: 'Yeniden dene',
    crashed: 'Yardım şu anda kullanılamıyor.',
    search: 'Yardımda ara',
    clearSearch: 'Aramayı temizle',
    searchResults: 'Arama sonuçları',
    resultCount: (count) => (count === 0 ? 'Sonuç yok' : intl.count(count, { other: (n) => `${n} sonuç` })),
    searching: 'Aranıyor…',
    searchUnavailable: 'Arama yüklenemedi.',
    noResults: (query) => `${quote(query)} için sonuç bulunamadı.`,
    emptyIndex: 'Henüz yardım makalesi yok.',
    moreArticles: (count) => intl.count(count, { other: (n) => `…ve ${n} makale daha. Aramayla bulabilirsiniz.` }),
    articles: 'Makaleler',
    otherMatches: 'Diğer olası eşleşmeler',
    suggestedForPage: 'Bu sayfa için önerilen',
    suggestedForError: (shown) => (shown ? `Az önce gördüğünüz hata için önerilen: ${shown}` : 'Az önce gördüğünüz hata için önerilen'),
    suggestedForSearch: () => 'Az önce gördüğünüz hatayla ilgili olabilir',
    suggestedBecause: (list) => `Önerilme nedeni: ${intl.list(list.slice(0, 2))}.`,
    secondChanceTitle: 'Aradığınız bu değil mi? Bunlara göz atın',
    secondChanceSearch: 'Başka bir şey ara',
    copyLink: 'Bağlantıyı kopyala',
    linkCopied: 'Bağlantı kopyalandı',
    copyLinkManually: 'Bu bağlantıyı kopyalayın:',
    readArticle: 'Makalenin tamamını oku',
    checks: 'Kontrol listesi',
    checkedCount: (checked, total) => `${intl.number(total)} kontrolden ${intl.number(checked)} tanesi tamamlandı`,
    reset: 'Kontrolleri sıfırla',
    notFound: 'Bu yardım makalesi bulunamadı.',
    opensInNewTab: '(yeni sekmede açılır)',
    calloutTitle: (kind) => callouts[kind] ?? kind,
    shownInLanguage: (language) => `Yalnızca ${language} olarak mevcut`,

    checking: 'Kontrol ediliyor…',
    passed: 'Başarılı',
    failed: 'Başarısız',
    couldNotCheck: 'Kontrol edilemedi',
    unknownReason: (reason) => reasons[reason] ?? '',
    checkingCount: (count) => intl.count(count, { other: (n) => `${n} öğe kontrol ediliyor…` }),
    checkSummary: ({ passed, failed, unknown }) =>
      [
        `${intl.number(passed)} başarılı`,
        `${intl.number(failed)} başarısız`,
        ...(unknown > 0 ? [`${intl.number(unknown)} kontrol edilemedi`] : []),
      ].join(', ') + '.',
    runAgain: 'Yeniden kontrol et',
    contactSupport: 'Sorun devam mı ediyor? Destek ekibine ulaşın',
    escalationTitle: 'Destek ekibine ulaşın',
    escalationIntro: 'Destek ekibi bu sayfayı, hatayı, yaptığınız kontrolleri ve aramalarınızı görür; hiçbir şeyi tekrarlamanız gerekmez.',
    note: 'Ne oldu? (isteğe bağlı)',
    noteHint: 'Notunuz, gönderene kadar saklanır.',
    noteReplaced: 'Başka bir sekmede farklı bir not yazıldı. Siz seçene kadar saklanır:',
    useOtherNote: 'Diğer notu kullan',
    discardOtherNote: 'Diğer notu sil',
    detailsHeading: 'Destek ekibinin ayrıca bilmesi gerekenler',
    optional: '(isteğe bağlı)',
    required: (label) => `Lütfen ${quote(bareLabel(label))} alanını doldurun.`,
    send: 'Destek ekibine gönder',
    sending: 'Gönderiliyor…',
    sent: 'Gönderildi. Destek ekibi denediğiniz her şeyi biliyor.',
    sendFailed: 'Mesajınız gönderilemedi. Girdiğiniz hiçbir şey kaybolmadı.',
    done: 'Yardıma dön',
    copySummary: 'Destek için özeti kopyala',
    copied: 'Kopyalandı. Destek ekibine yazdığınız mesaja yapıştırın.',
    copyFallback: 'Burada kopyalama yapılamıyor. Aşağıdaki metni seçip Ctrl+C (Mac’te ⌘C) ile kopyalayın.',
    summary: 'Destek için özet',
    emailSupport: 'Destek ekibine e-posta gönder',
    helpfulQuestion: 'Bu bilgi yardımcı oldu mu?',
    yes: 'Evet',
    no: 'Hayır',
    feedbackComment: 'Eksik olan neydi? (isteğe bağlı)',
    sendFeedback: 'Geri bildirim gönder',
    skip: 'Atla',
    thanks: 'Geri bildiriminiz için teşekkürler.',
    ask: 'Sor',
    askHint: 'Yardım makalelerinden, sade bir dille yanıt alın',
    yourQuestion: 'Sorunuz',
    findingSources: 'Yardım makalelerinde aranıyor…',
    writingAnswer: 'Yanıt yazılıyor…',
    answerReady: 'Yanıt hazır.',
    stop: 'Durdur',
    stopped: 'Durduruldu. Şu ana kadarki yanıt bu.',
    sources: 'Kaynaklar',
    answerNotice: 'Aşağıdaki kaynaklardan yapay zekâ tarafından yazıldı. Uygulamadan önce her adımı kaynaklarla karşılaştırın.',
    notFullySupported: 'Bu yanıtın bir kısmı yardım makalelerine dayanmadığı için çıkarıldı.',
    notCovered: 'Henüz bu soruyu ele alan bir yardım makalesi yok.',
    tryInstead: 'Aşağıdaki arama sonuçları işinize yarayabilir; yaramazsa destek ekibine ulaşın.',
    answerFailed: 'Yanıt yazılamadı.',
    askAgain: 'Yeniden sor',
    searchInstead: 'Sorunuz için arama sonuçları',
  },
};

export default tr;
