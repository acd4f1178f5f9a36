// The drawer's inside, loaded as one chunk (see load-panel-parts.ts): the
// header with its search box, the screens, and the parts custom layouts use.
import { HelpScreen } from './help-screen';
import { HelpPanelHeader } from './panel-header';

export { Checklist } from './checklist';
export { HelpScreen } from './help-screen';
export { HelpHome } from './home-view';
export { LazyArticle } from './lazy-article';
export { HelpPanelHeader } from './panel-header';
export { HelpSearch, SearchScope } from './search';
export { HelpSymptom } from './symptom-view';

/** What `HelpPanel.Content` shows by default: the header and the current screen. */
export function DrawerBody() {
  return (
    <>
      <HelpPanelHeader />
      <HelpScreen />
    </>
  );
}
