import type { CalloutKind } from '../schema/help-index';
import type { UnknownReason } from '../engine/support/index';
import type { HelpLocalePack } from '../react/labels';
import { bareLabel, packIntl } from './pack-intl';

/**
 * Polish counts have four forms: "one" (1 wynik), "few" (2–4, 22–24, … but not 12–14: 2 wyniki),
 * "many" (0, 5–21, 25–31, …: 5 wyników) and "other" for fractions, which take the genitive
 * singular (1,5 wyniku). Numbers of four digits are not grouped (1234), longer ones are (12 345).
 */
const intl = packIntl('pl');
const quote = (text: string) => `„${text}”`;

const reasons: Record<UnknownReason, string> = {
  'reported-unknown': 'Aplikacja nie mogła tego ustalić.',
  threw: 'Nie udało się uruchomić sprawdzenia.',
  rejected: 'Nie udało się uruchomić sprawdzenia.',
  'invalid-result': 'Sprawdzenie zwróciło odpowiedź, której nie da się odczytać.',
  timeout: 'Sprawdzenie trwało zbyt długo.',
  aborted: 'Sprawdzenie zostało przerwane.',
};

const callouts: Record<CalloutKind, string> = {
  note: 'Notatka',
  tip: 'Wskazówka',
  info: 'Informacja',
  important: 'Ważne',
  warning: 'Ostrzeżenie',
  caution: 'Uwaga',
  danger: 'Niebezpieczeństwo',
};

/**
 * Polish labels in the formal register of Polish software: sentences impersonal or with
 * „proszę” (never „ty”), buttons the imperatives menus use („Zamknij”, „Wyślij”).
 * `import pl from 'help-panel/locales/pl'`.
 */
export const pl: HelpLocalePack = {
  locale: 'pl',
  dir: 'ltr',
  labels: {
    title: 'Pomoc',
    description: 'Pomoc w rozwiązywaniu problemów na tej stronie.',
    trigger: 'Pomoc',
    close: 'Zamknij pomoc',
    back: 'Wstecz',
    allHelp: 'Wszystkie tematy pomocy',
    loading: 'Wczytywanie pomocy…',
    loadError: 'Nie udało się wczytać pomocy.',
    retry: 'Ponów próbę',
    crashed: 'Pomoc jest w tej chwili niedostępna.',
    search: 'Szukaj w pomocy',
    clearSearch: 'Wyczyść wyszukiwanie',
    searchResults: 'Wyniki wyszukiwania',
    resultCount: (count) =>
      count === 0
        ? 'Brak wyników'
        : intl.count(count, {
            one: (n) => `${n} wynik`,
            few: (n) => `${n} wyniki`,
            many: (n) => `${n} wyników`,
            other: (n) => `${n} wyniku`,
          }),
    searching: 'Wyszukiwanie…',
    searchUnavailable: 'Nie udało się wczytać wyszukiwania.',
    noResults: (query) => `Brak wyników dla ${quote(query)}.`,
    emptyIndex: 'Nie ma jeszcze artykułów pomocy.',
    moreArticles: (count) =>
      intl.count(count, {
        one: (n) => `…i jeszcze ${n} artykuł. Można go znaleźć, korzystając z wyszukiwania.`,
        few: (n) => `…i jeszcze ${n} artykuły. Można je znaleźć, korzystając z wyszukiwania.`,
        many: (n) => `…i jeszcze ${n} artykułów. Można je znaleźć, korzystając z wyszukiwania.`,
        other: (n) => `…i jeszcze ${n} artykułu. Można je znaleźć, korzystając z wyszukiwania.`,
      }),
    articles: 'Artykuły',
    otherMatches: 'Inne możliwe dopasowania',
    suggestedForPage: 'Polecane dla tej strony',
    suggestedForError: (shown) =>
      shown ? `Polecane w związku z błędem, który właśnie wystąpił: ${shown}` : 'Polecane w związku z błędem, który właśnie wystąpił',
    suggestedForSearch: () => 'Być może związane z błędem, który właśnie wystąpił',
    suggestedBecause: (list) => `Polecane, ponieważ ${intl.list(list.slice(0, 2))}.`,
    secondChanceTitle: 'Nie o to chodziło? Warto zajrzeć tutaj',
    secondChanceSearch: 'Szukaj czegoś innego',
    copyLink: 'Kopiuj link',
    linkCopied: 'Skopiowano link',
    copyLinkManually: 'Link do skopiowania:',
    readArticle: 'Przeczytaj cały artykuł',
    checks: 'Lista kontrolna',
    checkedCount: (checked, total) => `Sprawdzono ${intl.number(checked)} z ${intl.number(total)}`,
    reset: 'Wyczyść listę kontrolną',
    notFound: 'Nie znaleziono tego artykułu pomocy.',
    opensInNewTab: '(otwiera się w nowej karcie)',
    calloutTitle: (kind) => callouts[kind] ?? kind,
    // The name stays in the nominative after a colon, so no language name has to be declined.
    shownInLanguage: (language) => `Wersja językowa: ${language}`,

    checking: 'Sprawdzanie…',
    passed: 'Pomyślnie',
    failed: 'Niepowodzenie',
    couldNotCheck: 'Nie można sprawdzić',
    unknownReason: (reason) => reasons[reason] ?? '',
    // "Sprawdzanie" governs the genitive: singular after 1 and fractions, plural for every other whole number.
    checkingCount: (count) =>
      intl.count(count, {
        one: (n) => `Sprawdzanie ${n} elementu…`,
        few: (n) => `Sprawdzanie ${n} elementów…`,
        many: (n) => `Sprawdzanie ${n} elementów…`,
        other: (n) => `Sprawdzanie ${n} elementu…`,
      }),
    checkSummary: ({ passed, failed, unknown }) =>
      [
        `Pomyślne: ${intl.number(passed)}`,
        `nieudane: ${intl.number(failed)}`,
        ...(unknown > 0 ? [`nie do sprawdzenia: ${intl.number(unknown)}`] : []),
      ].join(', ') + '.',
    runAgain: 'Sprawdź ponownie',
    contactSupport: 'Problem nadal występuje? Kontakt z pomocą techniczną',
    escalationTitle: 'Kontakt z pomocą techniczną',
    escalationIntro:
      'Pomoc techniczna zobaczy tę stronę, błąd, wykonane sprawdzenia i wyszukiwania, więc nie trzeba niczego powtarzać.',
    note: 'Co się stało? (opcjonalnie)',
    noteHint: 'Notatka zostanie zachowana do czasu wysłania.',
    noteReplaced: 'W innej karcie wpisano inną notatkę. Zostanie zachowana do czasu wyboru:',
    useOtherNote: 'Użyj drugiej notatki',
    discardOtherNote: 'Odrzuć drugą notatkę',
    detailsHeading: 'Pomoc techniczna potrzebuje też',
    optional: '(opcjonalnie)',
    required: (label) => `Proszę wypełnić pole ${quote(bareLabel(label))}.`,
    send: 'Wyślij do pomocy technicznej',
    sending: 'Wysyłanie…',
    sent: 'Wysłano. Pomoc techniczna wie już, co zostało wypróbowane.',
    sendFailed: 'Nie udało się wysłać wiadomości. Wpisane dane nie zostały utracone.',
    done: 'Wróć do pomocy',
    copySummary: 'Kopiuj podsumowanie dla pomocy technicznej',
    copied: 'Skopiowano. Proszę wkleić je do wiadomości do pomocy technicznej.',
    copyFallback: 'Kopiowanie nie jest tu dostępne. Proszę zaznaczyć tekst poniżej i skopiować go skrótem Ctrl+C (⌘C na Macu).',
    summary: 'Podsumowanie dla pomocy technicznej',
    emailSupport: 'Napisz do pomocy technicznej',
    helpfulQuestion: 'Czy te informacje były pomocne?',
    yes: 'Tak',
    no: 'Nie',
    feedbackComment: 'Czego zabrakło? (opcjonalnie)',
    sendFeedback: 'Wyślij opinię',
    skip: 'Pomiń',
    thanks: 'Dziękujemy za opinię.',
    ask: 'Zapytaj',
    askHint: 'Odpowiedź prostymi słowami na podstawie artykułów pomocy',
    yourQuestion: 'Twoje pytanie',
    findingSources: 'Przeszukiwanie artykułów pomocy…',
    writingAnswer: 'Pisanie odpowiedzi…',
    answerReady: 'Odpowiedź jest gotowa.',
    stop: 'Zatrzymaj',
    stopped: 'Zatrzymano. Oto dotychczasowa odpowiedź.',
    sources: 'Źródła',
    answerNotice: 'Napisane przez AI na podstawie poniższych źródeł. Przed wykonaniem sprawdź każdy krok w źródłach.',
    notFullySupported: 'Część tej odpowiedzi nie ma oparcia w artykułach pomocy, więc została pominięta.',
    notCovered: 'Żaden artykuł pomocy nie opisuje jeszcze tego problemu.',
    tryInstead: 'Wyniki wyszukiwania poniżej mogą pomóc; możesz też skontaktować się z pomocą techniczną.',
    answerFailed: 'Nie udało się napisać odpowiedzi.',
    askAgain: 'Zapytaj ponownie',
    searchInstead: 'Wyniki wyszukiwania dla Twojego pytania',
  },
};

export default pl;
