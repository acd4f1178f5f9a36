// Your own layout from the parts `<HelpPanel />` is made of: a side panel on the left, opened
// from a button in your header, that the user can keep open while working.
import { HelpPanel } from 'help-panel';

export function SideHelp() {
  return (
    <HelpPanel.Root side="left" modal={false} theme="light">
      <header>
        <HelpPanel.Trigger floating={false}>Need help?</HelpPanel.Trigger>
      </header>
      <HelpPanel.Content>
        <HelpPanel.Header /> {/* title, Back, Close and the search box */}
        <HelpPanel.Screen /> {/* home, search results, symptom, article or contact support */}
      </HelpPanel.Content>
    </HelpPanel.Root>
  );
}
