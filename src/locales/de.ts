import type { CalloutKind } from '../schema/help-index';
import type { UnknownReason } from '../engine/support/index';
import type { HelpLocalePack } from '../react/labels';
import { bareLabel, packIntl } from './pack-intl';

const intl = packIntl('de');

const reasons: Record<UnknownReason, string> = {
  'reported-unknown': 'Die App konnte es nicht feststellen.',
  threw: 'Die Prüfung ließ sich nicht ausführen.',
  rejected: 'Die Prüfung ließ sich nicht ausführen.',
  'invalid-result': 'Die Prüfung lieferte eine Antwort, die die Hilfe nicht lesen kann.',
  timeout: 'Die Prüfung hat zu lange gedauert.',
  aborted: 'Die Prüfung wurde abgebrochen.',
};

const callouts: Record<CalloutKind, string> = {
  note: 'Hinweis',
  tip: 'Tipp',
  info: 'Info',
  important: 'Wichtig',
  warning: 'Warnung',
  caution: 'Vorsicht',
  danger: 'Gefahr',
};

/** German labels, addressing the user as „Sie“. `import de from 'help-panel/locales/de'`. */
export const de: HelpLocalePack = {
  locale: 'de',
  dir: 'ltr',
  labels: {
    title: 'Hilfe',
    description: 'Hilfe zur Fehlerbehebung für diese Seite.',
    trigger: 'Hilfe',
    close: 'Hilfe schließen',
    back: 'Zurück',
    allHelp: 'Alle Hilfethemen',
    loading: 'Hilfe wird geladen…',
    loadError: 'Die Hilfe konnte nicht geladen werden.',
    retry: 'Erneut versuchen',
    crashed: 'Die Hilfe ist gerade nicht verfügbar.',
    search: 'Hilfe durchsuchen',
    clearSearch: 'Suche löschen',
    searchResults: 'Suchergebnisse',
    resultCount: (count) => (count === 0 ? 'Keine Ergebnisse' : intl.count(count, { one: (n) => `${n} Ergebnis`, other: (n) => `${n} Ergebnisse` })),
    searching: 'Suche läuft…',
    searchUnavailable: 'Die Suche konnte nicht geladen werden.',
    noResults: (query) => `Keine Ergebnisse für „${query}“.`,
    emptyIndex: 'Noch keine Hilfeartikel vorhanden.',
    moreArticles: (count) => intl.count(count, { one: (n) => `… und ${n} weiterer Artikel. Die Suche findet ihn.`, other: (n) => `… und ${n} weitere Artikel. Die Suche findet sie.` }),
    articles: 'Artikel',
    otherMatches: 'Weitere mögliche Treffer',
    suggestedForPage: 'Empfohlen für diese Seite',
    suggestedForError: (shown) =>
      shown ? `Empfohlen für den gerade aufgetretenen Fehler: ${shown}` : 'Empfohlen für den gerade aufgetretenen Fehler',
    suggestedForSearch: () => 'Möglicherweise passend zum gerade aufgetretenen Fehler',
    suggestedBecause: (list) => `Empfohlen, weil ${intl.list(list.slice(0, 2))}.`,
    secondChanceTitle: 'Nicht das Richtige? Versuchen Sie es hiermit',
    secondChanceSearch: 'Nach etwas anderem suchen',
    copyLink: 'Link kopieren',
    linkCopied: 'Link kopiert',
    copyLinkManually: 'Diesen Link kopieren:',
    readArticle: 'Ganzen Artikel lesen',
    checks: 'Prüfpunkte',
    checkedCount: (checked, total) => `${intl.number(checked)} von ${intl.number(total)} erledigt`,
    reset: 'Prüfpunkte zurücksetzen',
    notFound: 'Dieser Hilfeartikel wurde nicht gefunden.',
    opensInNewTab: '(öffnet in neuem Tab)',
    calloutTitle: (kind) => callouts[kind] ?? kind,
    shownInLanguage: (language) => `Nur auf ${language} verfügbar`,

    checking: 'Wird geprüft…',
    passed: 'Bestanden',
    failed: 'Fehlgeschlagen',
    couldNotCheck: 'Nicht prüfbar',
    unknownReason: (reason) => reasons[reason] ?? '',
    checkingCount: (count) =>
      intl.count(count, { one: (n) => `${n} Punkt wird geprüft…`, other: (n) => `${n} Punkte werden geprüft…` }),
    checkSummary: ({ passed, failed, unknown }) =>
      [
        `${intl.number(passed)} bestanden`,
        `${intl.number(failed)} fehlgeschlagen`,
        ...(unknown > 0 ? [`${intl.number(unknown)} nicht prüfbar`] : []),
      ].join(', ') + '.',
    runAgain: 'Erneut prüfen',
    contactSupport: 'Kommen Sie nicht weiter? Support kontaktieren',
    escalationTitle: 'Support kontaktieren',
    escalationIntro:
      'Der Support sieht diese Seite, den Fehler, Ihre Prüfungen und Ihre Suchanfragen – Sie müssen nichts wiederholen.',
    note: 'Was ist passiert? (optional)',
    noteHint: 'Ihre Notiz bleibt erhalten, bis Sie sie senden.',
    noteReplaced: 'In einem anderen Tab wurde eine andere Notiz eingegeben. Sie bleibt erhalten, bis Sie sich entscheiden:',
    useOtherNote: 'Andere Notiz verwenden',
    discardOtherNote: 'Andere Notiz verwerfen',
    detailsHeading: 'Der Support benötigt außerdem',
    optional: '(optional)',
    required: (label) => `Bitte füllen Sie „${bareLabel(label)}“ aus.`,
    send: 'An den Support senden',
    sending: 'Wird gesendet…',
    sent: 'Gesendet. Der Support weiß jetzt, was Sie schon versucht haben.',
    sendFailed: 'Ihre Nachricht konnte nicht gesendet werden. Ihre Eingaben sind erhalten geblieben.',
    done: 'Zurück zur Hilfe',
    copySummary: 'Zusammenfassung für den Support kopieren',
    copied: 'Kopiert. Fügen Sie sie in Ihre Nachricht an den Support ein.',
    copyFallback: 'Kopieren ist hier nicht möglich. Markieren Sie den Text unten und kopieren Sie ihn mit Strg+C (⌘C auf dem Mac).',
    summary: 'Zusammenfassung für den Support',
    emailSupport: 'E-Mail an den Support',
    helpfulQuestion: 'War das hilfreich?',
    yes: 'Ja',
    no: 'Nein',
    feedbackComment: 'Was hat gefehlt? (optional)',
    sendFeedback: 'Feedback senden',
    skip: 'Überspringen',
    thanks: 'Danke für Ihr Feedback.',
  },
};

export default de;
