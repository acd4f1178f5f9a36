// Every panel event, batched to your collector in the format `help-panel report` reads.
import type { ReactNode } from 'react';
import { HelpPanel, HelpProvider, type HelpIndexInput } from 'help-panel';
import { createEventBatcher } from 'help-panel/engine';

// Once per page load: it also sends on pagehide and when the tab is hidden.
const events = createEventBatcher({ send: '/api/help-events', maxBatch: 20, flushMs: 5000 });

export function HelpWithEvents({ index, track, children }: { index: HelpIndexInput; track: (name: string, data: object) => void; children: ReactNode }) {
  return (
    <HelpProvider
      index={index}
      onEvent={(event, source) => {
        events.onEvent(event, source);
        // `switch (event.type)` narrows the union: each type has its own fields.
        if (event.type === 'search') track('help search', { query: event.query, results: event.resultCount });
      }}
    >
      {children}
      <HelpPanel />
    </HelpProvider>
  );
}
