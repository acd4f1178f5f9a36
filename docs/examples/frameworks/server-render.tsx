// A server render (or a hydration of a page rendered open): load the panel's chunks first, and
// hand it an index that is already there. Nothing is fetched during a render, and no browser
// global is touched on the server.
import { renderToString } from 'react-dom/server';
import { HelpPanel, HelpProvider, preloadHelpPanel, type HelpIndexInput } from 'help-panel';

export async function renderPage(index: HelpIndexInput, route: string): Promise<string> {
  await preloadHelpPanel(); // the runtime and the drawer, so the render has them
  return renderToString(
    <HelpProvider index={index} route={route}>
      <main>Your page</main>
      <HelpPanel />
    </HelpProvider>,
  );
}
