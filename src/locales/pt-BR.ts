import type { CalloutKind } from '../schema/help-index';
import type { UnknownReason } from '../engine/support/index';
import type { HelpLocalePack } from '../react/labels';
import { bareLabel, packIntl, type PluralForms } from './pack-intl';

const intl = packIntl('pt-BR');
/**
 * CLDR puts 0 in Portuguese's "one" category (it is about fractions: "0,5 quilo"), but a Brazilian
 * interface writes "0 itens"; whole zeros take the plural here, and a few labels say "Nenhum…" instead.
 */
const count = (n: number, forms: PluralForms) => (n === 0 ? forms.other(intl.number(0)) : intl.count(n, forms));

const reasons: Record<UnknownReason, string> = {
  'reported-unknown': 'O aplicativo não conseguiu determinar.',
  threw: 'Não foi possível executar a verificação.',
  rejected: 'Não foi possível executar a verificação.',
  'invalid-result': 'A verificação retornou uma resposta que não pôde ser lida.',
  timeout: 'A verificação demorou demais.',
  aborted: 'A verificação foi interrompida.',
};

const callouts: Record<CalloutKind, string> = {
  note: 'Nota',
  tip: 'Dica',
  info: 'Informação',
  important: 'Importante',
  warning: 'Aviso',
  caution: 'Cuidado',
  danger: 'Perigo',
};

/** Brazilian Portuguese labels, addressing the user as "você". `import ptBR from 'help-panel/locales/pt-BR'`. */
export const ptBR: HelpLocalePack = {
  locale: 'pt-BR',
  dir: 'ltr',
  labels: {
    title: 'Ajuda',
    description: 'Ajuda para resolver problemas nesta página.',
    trigger: 'Ajuda',
    close: 'Fechar ajuda',
    back: 'Voltar',
    allHelp: 'Toda a ajuda',
    loading: 'Carregando ajuda…',
    loadError: 'Não foi possível carregar a ajuda.',
    retry: 'Tentar novamente',
    crashed: 'A ajuda não está disponível no momento.',
    search: 'Pesquisar na ajuda',
    clearSearch: 'Limpar pesquisa',
    searchResults: 'Resultados da pesquisa',
    resultCount: (n) =>
      n === 0
        ? 'Nenhum resultado'
        : count(n, { one: (s) => `${s} resultado`, many: (s) => `${s} de resultados`, other: (s) => `${s} resultados` }),
    searching: 'Pesquisando…',
    searchUnavailable: 'Não foi possível carregar a pesquisa.',
    noResults: (query) => `Nenhum resultado para “${query}”.`,
    emptyIndex: 'Ainda não há artigos de ajuda.',
    moreArticles: (count) => intl.count(count, { one: (n) => `… e mais ${n} artigo: use a busca para encontrá-lo.`, other: (n) => `… e mais ${n} artigos: use a busca para encontrá-los.` }),
    articles: 'Artigos',
    otherMatches: 'Outras correspondências possíveis',
    suggestedForPage: 'Sugerido para esta página',
    suggestedForError: (shown) =>
      shown ? `Sugerido para o erro que você acabou de ver: ${shown}` : 'Sugerido para o erro que você acabou de ver',
    suggestedForSearch: () => 'Possivelmente relacionado ao erro que você acabou de ver',
    suggestedBecause: (list) => `Sugerido porque ${intl.list(list.slice(0, 2))}.`,
    secondChanceTitle: 'Não era isso? Tente estes',
    secondChanceSearch: 'Pesquisar outra coisa',
    copyLink: 'Copiar link',
    linkCopied: 'Link copiado',
    copyLinkManually: 'Copie este link:',
    readArticle: 'Ler o artigo completo',
    checks: 'Verificações',
    checkedCount: (checked, total) => `Concluídas: ${intl.number(checked)} de ${intl.number(total)}`,
    reset: 'Redefinir verificações',
    notFound: 'Não foi possível encontrar este artigo de ajuda.',
    opensInNewTab: '(abre em uma nova aba)',
    calloutTitle: (kind) => callouts[kind] ?? kind,
    shownInLanguage: (language) => `Disponível apenas em ${language}`,

    checking: 'Verificando…',
    passed: 'Aprovado',
    failed: 'Falhou',
    couldNotCheck: 'Não foi possível verificar',
    unknownReason: (reason) => reasons[reason] ?? '',
    checkingCount: (n) =>
      count(n, { one: (s) => `Verificando ${s} item…`, many: (s) => `Verificando ${s} de itens…`, other: (s) => `Verificando ${s} itens…` }),
    checkSummary: ({ passed, failed, unknown }) =>
      [
        count(passed, { one: (s) => `${s} aprovada`, other: (s) => `${s} aprovadas` }),
        `${intl.number(failed)} com falha`,
        ...(unknown > 0 ? [count(unknown, { one: (s) => `${s} não verificada`, other: (s) => `${s} não verificadas` })] : []),
      ].join(', ') + '.',
    runAgain: 'Verificar novamente',
    contactSupport: 'Ainda com problemas? Fale com o suporte',
    escalationTitle: 'Fale com o suporte',
    escalationIntro:
      'O suporte verá esta página, o erro, as verificações que você fez e o que pesquisou, para que você não precise repetir nada.',
    note: 'O que aconteceu? (opcional)',
    noteHint: 'Sua nota fica guardada até você enviá-la.',
    noteReplaced: 'Uma nota diferente foi digitada em outra aba. Ela fica guardada até você escolher:',
    useOtherNote: 'Usar a outra nota',
    discardOtherNote: 'Descartar a outra nota',
    detailsHeading: 'O suporte também vai precisar de',
    optional: '(opcional)',
    required: (label) => `Preencha “${bareLabel(label)}”.`,
    send: 'Enviar ao suporte',
    sending: 'Enviando…',
    sent: 'Enviado. O suporte já sabe tudo o que você tentou.',
    sendFailed: 'Não foi possível enviar sua mensagem. Nada do que você digitou foi perdido.',
    done: 'Voltar para a ajuda',
    copySummary: 'Copiar resumo para o suporte',
    copied: 'Copiado. Cole na sua mensagem para o suporte.',
    copyFallback: 'Não é possível copiar aqui. Selecione o texto abaixo e copie com Ctrl+C (⌘C no Mac).',
    summary: 'Resumo para o suporte',
    emailSupport: 'Enviar e-mail ao suporte',
    helpfulQuestion: 'Isso ajudou?',
    yes: 'Sim',
    no: 'Não',
    feedbackComment: 'O que faltou? (opcional)',
    sendFeedback: 'Enviar feedback',
    skip: 'Pular',
    thanks: 'Obrigado pelo feedback.',
    ask: 'Perguntar',
    askHint: 'Receba uma resposta simples, tirada dos artigos de ajuda',
    yourQuestion: 'Sua pergunta',
    findingSources: 'Procurando nos artigos de ajuda…',
    writingAnswer: 'Escrevendo a resposta…',
    answerReady: 'A resposta está pronta.',
    stop: 'Parar',
    stopped: 'Parado. Esta é a resposta até agora.',
    sources: 'Fontes',
    answerNotice: 'Escrito por IA a partir das fontes abaixo. Confira cada passo nas fontes antes de segui-lo.',
    notFullySupported: 'Uma parte desta resposta não se apoia nos artigos de ajuda e foi deixada de fora.',
    notCovered: 'Ainda não há nenhum artigo de ajuda sobre isso.',
    tryInstead: 'Os resultados da pesquisa abaixo podem ajudar; se não, fale com o suporte.',
    answerFailed: 'Não foi possível escrever a resposta.',
    askAgain: 'Perguntar de novo',
    searchInstead: 'Resultados da pesquisa para sua pergunta',
  },
};

export default ptBR;
