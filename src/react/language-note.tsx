import type { Article, HelpIndex } from '../schema/help-index';
import { sameLanguage, textDirection } from '../engine/base/index';
import { useHelpContext } from './help-context';

/**
 * What an article's root needs when its text is in another language than the drawer's labels (an article not
 * translated yet, or a help center without the user's language): `lang` and `dir`, so screen readers and
 * bidirectional text get it right. Empty when the languages agree or are unknown.
 */
export function languageAttributes(article: Article | undefined, index: HelpIndex | undefined, drawerLocale: string): { lang?: string; dir?: 'ltr' | 'rtl' } {
  const language = article?.locale ?? index?.helpCenter.locale;
  return language && !sameLanguage(language, drawerLocale) ? { lang: language, dir: textDirection(language) } : {};
}

/** "Shown in English": said over an article that is not in the language the user asked for. */
export function LanguageNote({ article }: { article: Article }) {
  const { engine, labels, locale, userLocale } = useHelpContext('HelpPanel.Content');
  const language = article.locale ?? engine?.index.helpCenter.locale;
  if (!language || !userLocale || sameLanguage(language, userLocale)) return null;
  let name = language;
  try {
    name = new Intl.DisplayNames([locale], { type: 'language' }).of(language) ?? language;
  } catch {
    // An engine without DisplayNames, or a tag it does not know: the tag itself.
  }
  return <p data-help-part="language-note">{labels.shownInLanguage(name, language)}</p>;
}
