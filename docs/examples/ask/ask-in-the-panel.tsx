// Ask beside the search results: the panel grounds the question, your model writes the answer.
import type { ReactNode } from 'react';
import { HelpPanel, HelpProvider, type HelpIndexInput } from 'help-panel';
import { createChatCompletionsAsk } from 'help-panel/ask';

// Your proxy route (see next-route.ts and express-proxy.ts): the key stays on the server.
const ask = createChatCompletionsAsk({ url: '/api/help-answer', model: 'chosen-by-the-server', timeoutMs: 30_000 });

export function HelpWithAsk({ index, children }: { index: HelpIndexInput; children: ReactNode }) {
  return (
    <HelpProvider index={index} ask={ask}>
      {children}
      <HelpPanel />
    </HelpProvider>
  );
}
