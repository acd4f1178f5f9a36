import type { CalloutKind } from '../schema/help-index';
import type { UnknownReason } from '../engine/support/index';
import type { HelpLocalePack } from '../react/labels';
import { bareLabel, packIntl } from './pack-intl';

/**
 * Italian counts are "one" (1) or "other", and "many" for whole millions, which take "di"
 * before the noun: `1 risultato`, `2 risultati`, `1.000.000 di risultati`.
 */
const intl = packIntl('it');
const quote = (text: string) => `«${text}»`;

const reasons: Record<UnknownReason, string> = {
  'reported-unknown': 'L’app non è riuscita a stabilirlo.',
  threw: 'Non è stato possibile eseguire la verifica.',
  rejected: 'Non è stato possibile eseguire la verifica.',
  'invalid-result': 'La verifica ha dato una risposta illeggibile.',
  timeout: 'La verifica ha richiesto troppo tempo.',
  aborted: 'La verifica è stata interrotta.',
};

const callouts: Record<CalloutKind, string> = {
  note: 'Nota',
  tip: 'Suggerimento',
  info: 'Info',
  important: 'Importante',
  warning: 'Avviso',
  caution: 'Attenzione',
  danger: 'Pericolo',
};

/**
 * Italian labels in the impersonal style of Italian software: no "Lei" and no "tuo", sentences
 * impersonal ("Compilare il campo…"), buttons the short imperatives menus use ("Riprova", "Invia").
 * `import it from 'help-panel/locales/it'`.
 */
export const it: HelpLocalePack = {
  locale: 'it',
  dir: 'ltr',
  labels: {
    title: 'Guida',
    description: 'Guida alla risoluzione dei problemi di questa pagina.',
    trigger: 'Guida',
    close: 'Chiudi la guida',
    back: 'Indietro',
    allHelp: 'Tutta la guida',
    loading: 'Caricamento della guida…',
    loadError: 'Impossibile caricare la guida.',
    retry: 'Riprova',
    crashed: 'La guida non è disponibile al momento.',
    search: 'Cerca nella guida',
    clearSearch: 'Cancella la ricerca',
    searchResults: 'Risultati della ricerca',
    resultCount: (count) =>
      count === 0
        ? 'Nessun risultato'
        : intl.count(count, { one: (n) => `${n} risultato`, many: (n) => `${n} di risultati`, other: (n) => `${n} risultati` }),
    searching: 'Ricerca in corso…',
    searchUnavailable: 'Impossibile caricare la ricerca.',
    noResults: (query) => `Nessun risultato per ${quote(query)}.`,
    emptyIndex: 'Non ci sono ancora articoli nella guida.',
    moreArticles: (count) =>
      intl.count(count, {
        one: (n) => `… e ${n} altro articolo, che si trova con la ricerca.`,
        many: (n) => `… e ${n} di altri articoli, che si trovano con la ricerca.`,
        other: (n) => `… e altri ${n} articoli, che si trovano con la ricerca.`,
      }),
    articles: 'Articoli',
    otherMatches: 'Altri possibili risultati',
    suggestedForPage: 'Suggerito per questa pagina',
    suggestedForError: (shown) => (shown ? `Suggerito per l’errore appena comparso: ${shown}` : 'Suggerito per l’errore appena comparso'),
    suggestedForSearch: () => 'Forse legato all’errore appena comparso',
    suggestedBecause: (list) => `Suggerito perché ${intl.list(list.slice(0, 2))}.`,
    secondChanceTitle: 'Non è ciò che serviva? Ecco altre proposte',
    secondChanceSearch: 'Cerca qualcos’altro',
    copyLink: 'Copia link',
    linkCopied: 'Link copiato',
    copyLinkManually: 'Link da copiare:',
    readArticle: 'Leggi l’articolo completo',
    checks: 'Verifiche',
    checkedCount: (checked, total) => `Completate: ${intl.number(checked)} di ${intl.number(total)}`,
    reset: 'Azzera le verifiche',
    notFound: 'Impossibile trovare questo articolo della guida.',
    opensInNewTab: '(si apre in una nuova scheda)',
    calloutTitle: (kind) => callouts[kind] ?? kind,
    shownInLanguage: (language) => `Disponibile solo in ${language}`,

    checking: 'Verifica in corso…',
    passed: 'Superata',
    failed: 'Non superata',
    couldNotCheck: 'Impossibile verificare',
    unknownReason: (reason) => reasons[reason] ?? '',
    checkingCount: (count) =>
      intl.count(count, {
        one: (n) => `Verifica di ${n} elemento…`,
        many: (n) => `Verifica di ${n} di elementi…`,
        other: (n) => `Verifica di ${n} elementi…`,
      }),
    checkSummary: ({ passed, failed, unknown }) =>
      [
        intl.count(passed, { one: (n) => `${n} superata`, other: (n) => `${n} superate` }),
        intl.count(failed, { one: (n) => `${n} non superata`, other: (n) => `${n} non superate` }),
        ...(unknown > 0 ? [intl.count(unknown, { one: (n) => `${n} non verificabile`, other: (n) => `${n} non verificabili` })] : []),
      ].join(', ') + '.',
    runAgain: 'Ripeti le verifiche',
    contactSupport: 'Il problema persiste? Contatta l’assistenza',
    escalationTitle: 'Contatta l’assistenza',
    escalationIntro: 'L’assistenza vedrà questa pagina, l’errore, le verifiche svolte e le ricerche fatte: non serve ripetere nulla.',
    note: 'Cos’è successo? (facoltativo)',
    noteHint: 'La nota resta salvata fino all’invio.',
    noteReplaced: 'In un’altra scheda è stata scritta una nota diversa. Resta salvata finché non si sceglie:',
    useOtherNote: 'Usa l’altra nota',
    discardOtherNote: 'Elimina l’altra nota',
    detailsHeading: 'All’assistenza servono anche',
    optional: '(facoltativo)',
    required: (label) => `Compilare il campo ${quote(bareLabel(label))}.`,
    send: 'Invia all’assistenza',
    sending: 'Invio in corso…',
    sent: 'Inviato. L’assistenza ha tutto ciò che è già stato provato.',
    sendFailed: 'Impossibile inviare il messaggio. Nessun dato inserito è andato perso.',
    done: 'Torna alla guida',
    copySummary: 'Copia il riepilogo per l’assistenza',
    copied: 'Copiato. Incollarlo nel messaggio all’assistenza.',
    copyFallback: 'Qui non è possibile copiare. Selezionare il testo qui sotto e copiarlo con Ctrl+C (⌘C su Mac).',
    summary: 'Riepilogo per l’assistenza',
    emailSupport: 'Scrivi all’assistenza',
    helpfulQuestion: 'Queste informazioni sono state utili?',
    yes: 'Sì',
    no: 'No',
    feedbackComment: 'Cosa mancava? (facoltativo)',
    sendFeedback: 'Invia il feedback',
    skip: 'Salta',
    thanks: 'Grazie per il feedback.',
    ask: 'Chiedi',
    askHint: 'Ricevi una risposta in parole semplici, tratta dagli articoli di aiuto',
    yourQuestion: 'La tua domanda',
    findingSources: 'Ricerca negli articoli di aiuto…',
    writingAnswer: 'Scrittura della risposta…',
    answerReady: 'La risposta è pronta.',
    stop: 'Interrompi',
    stopped: 'Interrotta. Ecco la risposta finora.',
    sources: 'Fonti',
    answerNotice: 'Scritta da un’IA a partire dalle fonti qui sotto. Verifica ogni passaggio nelle fonti prima di seguirlo.',
    notFullySupported: 'Una parte di questa risposta non si basa sugli articoli di aiuto ed è stata tolta.',
    notCovered: 'Nessun articolo di aiuto tratta ancora questo argomento.',
    tryInstead: 'I risultati di ricerca qui sotto potrebbero aiutarti; altrimenti contatta l’assistenza.',
    answerFailed: 'Non è stato possibile scrivere la risposta.',
    askAgain: 'Chiedi di nuovo',
    searchInstead: 'Risultati di ricerca per la tua domanda',
  },
};

export default it;
