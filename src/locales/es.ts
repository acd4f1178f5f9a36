import type { CalloutKind } from '../schema/help-index';
import type { UnknownReason } from '../engine/support/index';
import type { HelpLocalePack } from '../react/labels';
import { bareLabel, packIntl } from './pack-intl';

const intl = packIntl('es');

const reasons: Record<UnknownReason, string> = {
  'reported-unknown': 'La aplicación no pudo determinarlo.',
  threw: 'La comprobación no se pudo ejecutar.',
  rejected: 'La comprobación no se pudo ejecutar.',
  'invalid-result': 'La comprobación devolvió una respuesta que no se puede leer.',
  timeout: 'La comprobación tardó demasiado.',
  aborted: 'La comprobación se detuvo.',
};

const callouts: Record<CalloutKind, string> = {
  note: 'Nota',
  tip: 'Consejo',
  info: 'Información',
  important: 'Importante',
  warning: 'Advertencia',
  caution: 'Precaución',
  danger: 'Peligro',
};

/** Spanish labels, addressing the user as «usted». `import es from 'help-panel/locales/es'`. */
export const es: HelpLocalePack = {
  locale: 'es',
  dir: 'ltr',
  labels: {
    title: 'Ayuda',
    description: 'Ayuda para resolver problemas en esta página.',
    trigger: 'Ayuda',
    close: 'Cerrar ayuda',
    back: 'Atrás',
    allHelp: 'Toda la ayuda',
    loading: 'Cargando ayuda…',
    loadError: 'No se pudo cargar la ayuda.',
    retry: 'Reintentar',
    crashed: 'La ayuda no está disponible en este momento.',
    search: 'Buscar en la ayuda',
    clearSearch: 'Borrar búsqueda',
    searchResults: 'Resultados de búsqueda',
    resultCount: (count) =>
      count === 0
        ? 'Sin resultados'
        : intl.count(count, { one: (n) => `${n} resultado`, many: (n) => `${n} de resultados`, other: (n) => `${n} resultados` }),
    searching: 'Buscando…',
    searchUnavailable: 'No se pudo cargar la búsqueda.',
    noResults: (query) => `No hay resultados para «${query}».`,
    emptyIndex: 'Todavía no hay artículos de ayuda.',
    moreArticles: (count) => intl.count(count, { one: (n) => `… y ${n} artículo más: use la búsqueda para encontrarlo.`, other: (n) => `… y ${n} artículos más: use la búsqueda para encontrarlos.` }),
    articles: 'Artículos',
    otherMatches: 'Otras posibles coincidencias',
    suggestedForPage: 'Sugerido para esta página',
    suggestedForError: (shown) =>
      shown ? `Sugerido por el error que acaba de aparecer: ${shown}` : 'Sugerido por el error que acaba de aparecer',
    suggestedForSearch: () => 'Posiblemente relacionado con el error que acaba de aparecer',
    suggestedBecause: (list) => `Sugerido porque ${intl.list(list.slice(0, 2))}.`,
    secondChanceTitle: '¿No era lo que buscaba? Pruebe con estos',
    secondChanceSearch: 'Buscar otra cosa',
    copyLink: 'Copiar enlace',
    linkCopied: 'Enlace copiado',
    copyLinkManually: 'Copie este enlace:',
    readArticle: 'Leer el artículo completo',
    checks: 'Comprobaciones',
    checkedCount: (checked, total) => `${intl.number(checked)} de ${intl.number(total)} completadas`,
    reset: 'Restablecer comprobaciones',
    notFound: 'No se encontró este artículo de ayuda.',
    opensInNewTab: '(se abre en una pestaña nueva)',
    calloutTitle: (kind) => callouts[kind] ?? kind,
    shownInLanguage: (language) => `Disponible solo en ${language}`,

    checking: 'Comprobando…',
    passed: 'Correcto',
    failed: 'Con error',
    couldNotCheck: 'No se pudo comprobar',
    unknownReason: (reason) => reasons[reason] ?? '',
    checkingCount: (count) =>
      intl.count(count, {
        one: (n) => `Comprobando ${n} elemento…`,
        many: (n) => `Comprobando ${n} de elementos…`,
        other: (n) => `Comprobando ${n} elementos…`,
      }),
    checkSummary: ({ passed, failed, unknown }) =>
      [
        intl.count(passed, { one: (n) => `${n} correcta`, other: (n) => `${n} correctas` }),
        `${intl.number(failed)} con error`,
        ...(unknown > 0 ? [`${intl.number(unknown)} sin comprobar`] : []),
      ].join(', ') + '.',
    runAgain: 'Volver a comprobar',
    contactSupport: '¿Sigue sin resolverse? Contacte con soporte',
    escalationTitle: 'Contactar con soporte',
    escalationIntro:
      'El equipo de soporte verá esta página, el error, las comprobaciones que hizo y lo que buscó, para que no tenga que repetirlo.',
    note: '¿Qué ocurrió? (opcional)',
    noteHint: 'Su nota se conserva hasta que la envíe.',
    noteReplaced: 'Se escribió una nota distinta en otra pestaña. Se conserva hasta que elija:',
    useOtherNote: 'Usar la otra nota',
    discardOtherNote: 'Descartar la otra nota',
    detailsHeading: 'El equipo de soporte también necesitará',
    optional: '(opcional)',
    required: (label) => `Complete el campo «${bareLabel(label)}».`,
    send: 'Enviar a soporte',
    sending: 'Enviando…',
    sent: 'Enviado. El equipo de soporte ya sabe todo lo que ha probado.',
    sendFailed: 'No se pudo enviar su mensaje. No se ha perdido nada de lo que escribió.',
    done: 'Volver a la ayuda',
    copySummary: 'Copiar resumen para soporte',
    copied: 'Copiado. Péguelo en su mensaje a soporte.',
    copyFallback: 'Aquí no se puede copiar automáticamente. Seleccione el texto de abajo y cópielo con Ctrl+C (⌘C en Mac).',
    summary: 'Resumen para soporte',
    emailSupport: 'Escribir a soporte',
    helpfulQuestion: '¿Le resultó útil?',
    yes: 'Sí',
    no: 'No',
    feedbackComment: '¿Qué faltó? (opcional)',
    sendFeedback: 'Enviar comentarios',
    skip: 'Omitir',
    thanks: 'Gracias por sus comentarios.',
    ask: 'Preguntar',
    askHint: 'Obtenga una respuesta sencilla a partir de los artículos de ayuda',
    yourQuestion: 'Su pregunta',
    findingSources: 'Buscando en los artículos de ayuda…',
    writingAnswer: 'Redactando la respuesta…',
    answerReady: 'La respuesta está lista.',
    stop: 'Detener',
    stopped: 'Detenido. Esta es la respuesta hasta ahora.',
    sources: 'Fuentes',
    answerNotice: 'Redactado por IA a partir de las fuentes de abajo. Compruebe cada paso en las fuentes antes de seguirlo.',
    notFullySupported: 'Una parte de esta respuesta no se apoya en los artículos de ayuda y se ha omitido.',
    notCovered: 'Todavía no hay ningún artículo de ayuda sobre esto.',
    tryInstead: 'Puede que los resultados de búsqueda de abajo le sirvan; si no, contacte con soporte.',
    answerFailed: 'No se pudo redactar la respuesta.',
    askAgain: 'Volver a preguntar',
    searchInstead: 'Resultados de búsqueda para su pregunta',
  },
};

export default es;
