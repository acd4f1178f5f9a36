import type { CalloutKind } from '../schema/help-index';
import type { UnknownReason } from '../engine/support/index';
import type { HelpLocalePack } from '../react/labels';
import { bareLabel, packIntl } from './pack-intl';

/** Dutch counts are "one" (1) or "other": `1 resultaat`, `2 resultaten`, `1.234 resultaten`. */
const intl = packIntl('nl');
const quote = (text: string) => `‘${text}’`;

const reasons: Record<UnknownReason, string> = {
  'reported-unknown': 'De app kon het niet vaststellen.',
  threw: 'De controle kon niet worden uitgevoerd.',
  rejected: 'De controle kon niet worden uitgevoerd.',
  'invalid-result': 'De controle gaf een antwoord dat niet te lezen is.',
  timeout: 'De controle duurde te lang.',
  aborted: 'De controle is afgebroken.',
};

const callouts: Record<CalloutKind, string> = {
  note: 'Opmerking',
  tip: 'Tip',
  info: 'Info',
  important: 'Belangrijk',
  warning: 'Waarschuwing',
  caution: 'Let op',
  danger: 'Gevaar',
};

/**
 * Dutch labels, addressing the user as "je", as most Dutch software does today.
 * `import nl from 'help-panel/locales/nl'`.
 */
export const nl: HelpLocalePack = {
  locale: 'nl',
  dir: 'ltr',
  labels: {
    title: 'Hulp',
    description: 'Hulp bij problemen op deze pagina.',
    trigger: 'Hulp',
    close: 'Hulp sluiten',
    back: 'Terug',
    allHelp: 'Alle hulponderwerpen',
    loading: 'Hulp wordt geladen…',
    loadError: 'De hulp kon niet worden geladen.',
    retry: 'Opnieuw proberen',
    crashed: 'De hulp is nu niet beschikbaar.',
    search: 'Hulp doorzoeken',
    clearSearch: 'Zoekopdracht wissen',
    searchResults: 'Zoekresultaten',
    resultCount: (count) => (count === 0 ? 'Geen resultaten' : intl.count(count, { one: (n) => `${n} resultaat`, other: (n) => `${n} resultaten` })),
    searching: 'Zoeken…',
    searchUnavailable: 'Zoeken kon niet worden geladen.',
    noResults: (query) => `Geen resultaten voor ${quote(query)}.`,
    emptyIndex: 'Nog geen hulpartikelen.',
    moreArticles: (count) =>
      intl.count(count, {
        one: (n) => `… en nog ${n} artikel. Zoek om het te vinden.`,
        other: (n) => `… en nog ${n} artikelen. Zoek om ze te vinden.`,
      }),
    articles: 'Artikelen',
    otherMatches: 'Andere mogelijke resultaten',
    suggestedForPage: 'Voorgesteld voor deze pagina',
    suggestedForError: (shown) => (shown ? `Voorgesteld voor de fout die je net zag: ${shown}` : 'Voorgesteld voor de fout die je net zag'),
    suggestedForSearch: () => 'Mogelijk verwant aan de fout die je net zag',
    suggestedBecause: (list) => `Voorgesteld omdat ${intl.list(list.slice(0, 2))}.`,
    secondChanceTitle: 'Niet wat je zocht? Probeer deze',
    secondChanceSearch: 'Iets anders zoeken',
    copyLink: 'Link kopiëren',
    linkCopied: 'Link gekopieerd',
    copyLinkManually: 'Kopieer deze link:',
    readArticle: 'Volledig artikel lezen',
    checks: 'Controles',
    checkedCount: (checked, total) => `${intl.number(checked)} van ${intl.number(total)} afgevinkt`,
    reset: 'Controles leegmaken',
    notFound: 'Dit hulpartikel is niet gevonden.',
    opensInNewTab: '(opent in een nieuw tabblad)',
    calloutTitle: (kind) => callouts[kind] ?? kind,
    shownInLanguage: (language) => `Alleen beschikbaar in het ${language}`,

    checking: 'Controleren…',
    passed: 'Geslaagd',
    failed: 'Mislukt',
    couldNotCheck: 'Niet te controleren',
    unknownReason: (reason) => reasons[reason] ?? '',
    checkingCount: (count) =>
      intl.count(count, {
        one: (n) => `${n} punt wordt gecontroleerd…`,
        other: (n) => `${n} punten worden gecontroleerd…`,
      }),
    checkSummary: ({ passed, failed, unknown }) =>
      [
        `${intl.number(passed)} geslaagd`,
        `${intl.number(failed)} mislukt`,
        ...(unknown > 0 ? [`${intl.number(unknown)} niet te controleren`] : []),
      ].join(', ') + '.',
    runAgain: 'Opnieuw controleren',
    contactSupport: 'Kom je er niet uit? Neem contact op met het supportteam',
    escalationTitle: 'Contact met het supportteam',
    escalationIntro: 'Het supportteam ziet deze pagina, de fout, je controles en je zoekopdrachten, dus je hoeft niets te herhalen.',
    note: 'Wat is er gebeurd? (optioneel)',
    noteHint: 'Je notitie blijft bewaard tot je hem verstuurt.',
    noteReplaced: 'In een ander tabblad is een andere notitie getypt. Die blijft bewaard tot je kiest:',
    useOtherNote: 'De andere notitie gebruiken',
    discardOtherNote: 'De andere notitie weggooien',
    detailsHeading: 'Het supportteam heeft ook nodig',
    optional: '(optioneel)',
    required: (label) => `Vul ${quote(bareLabel(label))} in.`,
    send: 'Naar het supportteam sturen',
    sending: 'Versturen…',
    sent: 'Verstuurd. Het supportteam weet nu alles wat je al hebt geprobeerd.',
    sendFailed: 'Je bericht kon niet worden verstuurd. Niets van wat je hebt ingevuld, is verloren gegaan.',
    done: 'Terug naar hulp',
    copySummary: 'Samenvatting voor het supportteam kopiëren',
    copied: 'Gekopieerd. Plak hem in je bericht aan het supportteam.',
    copyFallback: 'Kopiëren kan hier niet. Selecteer de tekst hieronder en kopieer hem met Ctrl+C (⌘C op een Mac).',
    summary: 'Samenvatting voor het supportteam',
    emailSupport: 'Het supportteam mailen',
    helpfulQuestion: 'Had je hier iets aan?',
    yes: 'Ja',
    no: 'Nee',
    feedbackComment: 'Wat ontbrak er? (optioneel)',
    sendFeedback: 'Feedback versturen',
    skip: 'Overslaan',
    thanks: 'Bedankt voor je feedback.',
    ask: 'Vragen',
    askHint: 'Krijg een antwoord in gewone woorden, uit de helpartikelen',
    yourQuestion: 'Je vraag',
    findingSources: 'De helpartikelen worden doorzocht…',
    writingAnswer: 'Het antwoord wordt geschreven…',
    answerReady: 'Het antwoord is klaar.',
    stop: 'Stoppen',
    stopped: 'Gestopt. Dit is het antwoord tot nu toe.',
    sources: 'Bronnen',
    answerNotice: 'Door AI geschreven op basis van de bronnen hieronder. Controleer elke stap in de bronnen voordat je hem uitvoert.',
    notFullySupported: 'Een deel van dit antwoord wordt niet door de helpartikelen gestaafd en is weggelaten.',
    notCovered: 'Er is nog geen helpartikel over deze vraag.',
    tryInstead: 'Misschien helpen de zoekresultaten hieronder; anders kun je contact opnemen met het supportteam.',
    answerFailed: 'Het antwoord kon niet worden geschreven.',
    askAgain: 'Opnieuw vragen',
    searchInstead: 'Zoekresultaten voor je vraag',
  },
};

export default nl;
