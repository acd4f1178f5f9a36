import type { CalloutKind } from '../schema/help-index';
import type { UnknownReason } from '../engine/support/index';
import type { HelpLocalePack } from '../react/labels';
import { bareLabel, packIntl } from './pack-intl';

const intl = packIntl('fr');
/** French typography: a no-break space before `:` and inside « », a narrow one before `?`. */
const NBSP = '\u00A0';
const NNBSP = '\u202F';
const quote = (text: string) => `«${NBSP}${text}${NBSP}»`;

const reasons: Record<UnknownReason, string> = {
  'reported-unknown': 'L’application n’a pas pu le déterminer.',
  threw: 'La vérification n’a pas pu s’exécuter.',
  rejected: 'La vérification n’a pas pu s’exécuter.',
  'invalid-result': 'La vérification a renvoyé une réponse illisible.',
  timeout: 'La vérification a pris trop de temps.',
  aborted: 'La vérification a été interrompue.',
};

const callouts: Record<CalloutKind, string> = {
  note: 'Remarque',
  tip: 'Astuce',
  info: 'Info',
  important: 'Important',
  warning: 'Avertissement',
  caution: 'Attention',
  danger: 'Danger',
};

/** French labels, addressing the user as « vous ». `import fr from 'help-panel/locales/fr'`. */
export const fr: HelpLocalePack = {
  locale: 'fr',
  dir: 'ltr',
  labels: {
    title: 'Aide',
    description: 'Aide au dépannage pour cette page.',
    trigger: 'Aide',
    close: 'Fermer l’aide',
    back: 'Retour',
    allHelp: 'Toute l’aide',
    loading: 'Chargement de l’aide…',
    loadError: 'Impossible de charger l’aide.',
    retry: 'Réessayer',
    crashed: 'L’aide est indisponible pour le moment.',
    search: 'Rechercher dans l’aide',
    clearSearch: 'Effacer la recherche',
    searchResults: 'Résultats de recherche',
    resultCount: (count) =>
      count === 0
        ? 'Aucun résultat'
        : intl.count(count, { one: (n) => `${n} résultat`, many: (n) => `${n} de résultats`, other: (n) => `${n} résultats` }),
    searching: 'Recherche en cours…',
    searchUnavailable: 'La recherche n’a pas pu être chargée.',
    noResults: (query) => `Aucun résultat pour ${quote(query)}.`,
    emptyIndex: 'Aucun article d’aide pour le moment.',
    moreArticles: (count) => intl.count(count, { one: (n) => `… et ${n} autre article. La recherche le trouve.`, other: (n) => `… et ${n} autres articles. La recherche les trouve.` }),
    articles: 'Articles',
    otherMatches: 'Autres résultats possibles',
    suggestedForPage: 'Suggéré pour cette page',
    suggestedForError: (shown) =>
      shown
        ? `Suggéré pour l’erreur que vous venez de rencontrer${NBSP}: ${shown}`
        : 'Suggéré pour l’erreur que vous venez de rencontrer',
    suggestedForSearch: () => 'Peut-être lié à l’erreur que vous venez de rencontrer',
    suggestedBecause: (list) => `Suggéré car ${intl.list(list.slice(0, 2))}.`,
    secondChanceTitle: `Ce n’est pas ce que vous cherchiez${NNBSP}? Essayez plutôt`,
    secondChanceSearch: 'Rechercher autre chose',
    copyLink: 'Copier le lien',
    linkCopied: 'Lien copié',
    copyLinkManually: `Copiez ce lien${NBSP}:`,
    readArticle: 'Lire l’article complet',
    checks: 'Vérifications',
    checkedCount: (checked, total) =>
      intl.count(checked, {
        one: (n) => `${n} sur ${intl.number(total)} cochée`,
        other: (n) => `${n} sur ${intl.number(total)} cochées`,
      }),
    reset: 'Réinitialiser les vérifications',
    notFound: 'Cet article d’aide est introuvable.',
    opensInNewTab: '(s’ouvre dans un nouvel onglet)',
    calloutTitle: (kind) => callouts[kind] ?? kind,
    shownInLanguage: (language) => `Disponible uniquement en ${language}`,

    checking: 'Vérification…',
    passed: 'Réussi',
    failed: 'Échec',
    couldNotCheck: 'Vérification impossible',
    unknownReason: (reason) => reasons[reason] ?? '',
    checkingCount: (count) =>
      intl.count(count, {
        one: (n) => `Vérification de ${n} élément…`,
        many: (n) => `Vérification de ${n} d’éléments…`,
        other: (n) => `Vérification de ${n} éléments…`,
      }),
    checkSummary: ({ passed, failed, unknown }) =>
      [
        intl.count(passed, { one: (n) => `${n} réussie`, other: (n) => `${n} réussies` }),
        `${intl.number(failed)} en échec`,
        ...(unknown > 0 ? [intl.count(unknown, { one: (n) => `${n} impossible à vérifier`, other: (n) => `${n} impossibles à vérifier` })] : []),
      ].join(', ') + '.',
    runAgain: 'Relancer les vérifications',
    contactSupport: `Le problème persiste${NNBSP}? Contactez le support`,
    escalationTitle: 'Contacter le support',
    escalationIntro: `Le support verra cette page, l’erreur, les vérifications effectuées et vos recherches${NBSP}: inutile de tout répéter.`,
    note: `Que s’est-il passé${NNBSP}? (facultatif)`,
    noteHint: 'Votre note est conservée jusqu’à son envoi.',
    noteReplaced: `Une autre note a été saisie dans un autre onglet. Elle est conservée jusqu’à ce que vous choisissiez${NBSP}:`,
    useOtherNote: 'Utiliser l’autre note',
    discardOtherNote: 'Supprimer l’autre note',
    detailsHeading: 'Informations demandées par le support',
    optional: '(facultatif)',
    required: (label) => `Veuillez remplir ${quote(bareLabel(label))}.`,
    send: 'Envoyer au support',
    sending: 'Envoi…',
    sent: 'Envoyé. Le support sait tout ce que vous avez essayé.',
    sendFailed: 'Votre message n’a pas pu être envoyé. Rien de ce que vous avez saisi n’a été perdu.',
    done: 'Retour à l’aide',
    copySummary: 'Copier le résumé pour le support',
    copied: 'Copié. Collez-le dans votre message au support.',
    copyFallback: 'La copie n’est pas disponible ici. Sélectionnez le texte ci-dessous et copiez-le avec Ctrl+C (⌘C sur Mac).',
    summary: 'Résumé pour le support',
    emailSupport: 'Écrire au support',
    helpfulQuestion: `Cela vous a-t-il été utile${NNBSP}?`,
    yes: 'Oui',
    no: 'Non',
    feedbackComment: `Que manquait-il${NNBSP}? (facultatif)`,
    sendFeedback: 'Envoyer mon avis',
    skip: 'Passer',
    thanks: 'Merci pour votre avis.',
    ask: 'Demander',
    askHint: 'Obtenir une réponse en termes simples, tirée des articles d’aide',
    yourQuestion: 'Votre question',
    findingSources: 'Recherche dans les articles d’aide…',
    writingAnswer: 'Rédaction de la réponse…',
    answerReady: 'La réponse est prête.',
    stop: 'Arrêter',
    stopped: 'Arrêté. Voici la réponse jusqu’ici.',
    sources: 'Sources',
    answerNotice: 'Rédigé par une IA à partir des sources ci-dessous. Vérifiez chaque étape dans les sources avant de l’appliquer.',
    notFullySupported: 'Une partie de cette réponse ne s’appuie pas sur les articles d’aide ; elle a été retirée.',
    notCovered: 'Aucun article d’aide ne traite encore de cette question.',
    tryInstead: 'Les résultats de recherche ci-dessous peuvent vous aider, sinon contactez le support.',
    answerFailed: 'La réponse n’a pas pu être rédigée.',
    askAgain: 'Redemander',
    searchInstead: 'Résultats de recherche pour votre question',
  },
};

export default fr;
