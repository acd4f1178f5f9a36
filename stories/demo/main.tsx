import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Imported in main.tsx, as most apps would: an edited article still updates
// the open panel in place (HelpProvider follows the plugin's hot updates),
// with no page reload and checklist progress intact.
import ochre from 'virtual:help-panel/ochre';
import oxvo from 'virtual:help-panel/oxvo';
import { createEventBatcher } from '../../src/engine/events/event-batcher';
import '../../src/styles.css';
import './demo.css';
import { DemoApp } from './demo-app';

// As a host would: the panel's events go to a collector in batches (see event-log-plugin.ts).
// `?log=name` picks the log file, so scripted sessions can keep theirs apart.
const log = new URLSearchParams(window.location.search).get('log') ?? 'events';
const events = createEventBatcher({ send: `/__help-events?log=${encodeURIComponent(log)}`, flushMs: 1000 });

const container = document.getElementById('root');
if (!container) throw new Error('The demo needs <div id="root"> in index.html.');
createRoot(container).render(
  <StrictMode>
    <DemoApp indexes={{ oxvo, ochre }} onEvent={events.onEvent} />
  </StrictMode>,
);
