import { pickLocale, textDirection } from '../engine/base/index';
import type { HelpLabels, HelpLocalePack } from './labels';

/** The strings the page shows before any of the panel's chunks have come. */
export type ShellLabels = Pick<HelpLabels, 'trigger' | 'loading' | 'loadError' | 'retry' | 'close'> & {
  /** Their language (BCP 47), for the trigger's `lang`. */
  lang: string;
  dir: 'ltr' | 'rtl';
};

/**
 * The trigger's name and the drawer's loading and failure lines in every language the package
 * has a label pack for, so that the button reads "Hilfe" from the first paint and an offline
 * drawer says so in the user's language, though the pack itself is a chunk that comes later.
 * `trigger|loading|loadError|retry|close`, each as its pack has it (test/locales checks they agree).
 */
const SHELL_STRINGS: Record<string, string> = {
  en: 'Help|Loading help…|Help could not be loaded.|Try again|Close help',
  ar: 'مساعدة|جارٍ تحميل المساعدة…|تعذّر تحميل المساعدة.|إعادة المحاولة|إغلاق المساعدة',
  de: 'Hilfe|Hilfe wird geladen…|Die Hilfe konnte nicht geladen werden.|Erneut versuchen|Hilfe schließen',
  es: 'Ayuda|Cargando ayuda…|No se pudo cargar la ayuda.|Reintentar|Cerrar ayuda',
  fr: 'Aide|Chargement de l’aide…|Impossible de charger l’aide.|Réessayer|Fermer l’aide',
  it: 'Guida|Caricamento della guida…|Impossibile caricare la guida.|Riprova|Chiudi la guida',
  ja: 'ヘルプ|ヘルプを読み込んでいます…|ヘルプを読み込めませんでした。|再試行|ヘルプを閉じる',
  ko: '도움말|도움말을 불러오는 중…|도움말을 불러오지 못했습니다.|다시 시도|도움말 닫기',
  nl: 'Hulp|Hulp wordt geladen…|De hulp kon niet worden geladen.|Opnieuw proberen|Hulp sluiten',
  pl: 'Pomoc|Wczytywanie pomocy…|Nie udało się wczytać pomocy.|Ponów próbę|Zamknij pomoc',
  'pt-BR': 'Ajuda|Carregando ajuda…|Não foi possível carregar a ajuda.|Tentar novamente|Fechar ajuda',
  tr: 'Yardım|Yardım yükleniyor…|Yardım yüklenemedi.|Yeniden dene|Yardımı kapat',
  'zh-Hans': '帮助|正在加载帮助…|无法加载帮助。|重试|关闭帮助',
};

/** The tags of the packs the package ships, which the panel loads by itself for a user's locale. */
export const SHIPPED_PACKS: readonly string[] = Object.keys(SHELL_STRINGS).filter((tag) => tag !== 'en');

function fromTable(tag: string): ShellLabels {
  const [trigger, loading, loadError, retry, close] = (SHELL_STRINGS[tag] ?? SHELL_STRINGS.en!).split('|') as [string, string, string, string, string];
  return { trigger, loading, loadError, retry, close, lang: tag, dir: textDirection(tag) };
}

/**
 * The shell's strings for a user who asked for `requested`: the host's pack for that locale (from
 * `translations`) when it gave packs, else the shipped pack's, else English; the host's `labels`
 * replace single strings on top, as they do in the drawer.
 */
export function shellLabels(requested: string | undefined, pack: HelpLocalePack | undefined, overrides: Partial<HelpLabels> | undefined, packsGiven: boolean): ShellLabels {
  const tag = pack ? pack.locale : packsGiven ? 'en' : pickLocale(SHIPPED_PACKS, requested, 'en');
  const base = pack ? { ...fromTable('en'), ...pick(pack.labels), lang: pack.locale, dir: pack.dir ?? textDirection(pack.locale) } : fromTable(tag);
  // Labels the host gave without a pack are in the user's language, presumably (as in the drawer).
  const lang = !pack && overrides && requested && tag === 'en' ? requested : base.lang;
  return { ...base, ...pick(overrides), lang, dir: lang === base.lang ? base.dir : textDirection(lang) };
}

function pick(labels: Partial<HelpLabels> | undefined): Partial<ShellLabels> {
  if (!labels || typeof labels !== 'object') return {};
  const out: Partial<ShellLabels> = {};
  for (const key of ['trigger', 'loading', 'loadError', 'retry', 'close'] as const) if (typeof labels[key] === 'string') out[key] = labels[key];
  return out;
}
