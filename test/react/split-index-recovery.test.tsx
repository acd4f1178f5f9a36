import { StrictMode, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { HelpPanel, HelpProvider, createMemoryStorage, useHelp, type HelpProviderProps, type ProgressStorage } from '../../src/react/index';
import { splitIndex } from '../../src/compiler/split-index';
import { createHelpEngine } from '../../src/engine/index';
import { HelpIndexError } from '../../src/engine/help-index-error';
import { openHelpIndex } from '../../src/engine/index-loader';
import type { HelpIndex } from '../../src/schema/help-index';
import { compileContent } from '../../src/compiler/index';
import { expectNoAxeViolations } from './fixtures/render-help';

// Each test renders the real panel over real compiled content in StrictMode; on a
// busy shared machine that can take seconds, which is not what these tests measure.
vi.setConfig({ testTimeout: 20_000 });

import { SPLIT, chunkFiles, chunkName, createSite, type Site } from './fixtures/split-site';

let ochre: HelpIndex;
const LINEAR_ROUTE = '/settings/integrations/linear';
const LINEAR = 'linear-disconnects#linear-disconnects';
const LINEAR_CHECK = /look for a yellow or red banner on the Linear card/;
const SLACK_ARTICLE = 'slack-not-routing';

beforeAll(async () => {
  // Not compiledSample(): under jsdom its `new URL(…, import.meta.url)` is jsdom's URL, which node:url cannot read.
  const compiled = await compileContent('content/ochre');
  expect(compiled.diagnostics.filter((d) => d.level === 'error')).toEqual([]);
  ochre = compiled.index;
  // What the tests below rely on: the route matches the Linear symptom, and the
  // Slack article lives in another chunk than the Linear one.
  const split = splitIndex(ochre, SPLIT);
  expect(chunkFiles(split).length).toBeGreaterThan(2);
  expect(chunkName(split, LINEAR)).not.toBe(chunkName(split, SLACK_ARTICLE));
  expect(split.files.find((file) => file.name === chunkName(split, LINEAR))?.text).toContain('Linear card');
  expect(createHelpEngine(ochre).match({ route: LINEAR_ROUTE })[0]?.symptom.id).toBe(LINEAR);
});

/** Errors that reached the window: an exception that escaped the panel. */
let escaped: unknown[] = [];
const onWindowError = (event: ErrorEvent) => escaped.push(event.error);
let site: Site;

beforeEach(() => {
  site = createSite(ochre);
  vi.stubGlobal('fetch', site.fetch);
  escaped = [];
  window.addEventListener('error', onWindowError);
});

afterEach(() => {
  window.removeEventListener('error', onWindowError);
  vi.unstubAllGlobals();
  expect(escaped).toEqual([]);
});

const dialog = () => within(screen.getByRole('dialog'));
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 20)));

interface Options extends Omit<HelpProviderProps, 'children'> {
  host?: ReactNode;
}

function app({ host, ...props }: Options) {
  return (
    <StrictMode>
      <HelpProvider route={null} searchDelay={0} shortcut={false} {...props}>
        <main>Host app{host}</main>
        <HelpPanel />
      </HelpProvider>
    </StrictMode>
  );
}

function renderSplit(props: Options) {
  const storage = props.storage ?? createMemoryStorage();
  const result = render(app({ storage, ...props }));
  return { ...result, storage, rerenderWith: (next: Options) => result.rerender(app({ storage, ...props, ...next })) };
}

const openPanel = async (user = userEvent.setup()) => {
  await user.click(screen.getByRole('button', { name: 'Help' }));
  return user;
};

function OpenButton({ id }: { id: string }) {
  const { open } = useHelp();
  return (
    <button type="button" onClick={() => open(id)}>
      Open {id}
    </button>
  );
}

describe('given a stale chunk and a retry that swaps in the reopened engine', () => {
  it('shows the checklist after retrying a chunk that answered 404 and is back', async () => {
    const chunk = site.chunkUrl(LINEAR);
    site.fail(chunk, 404);
    renderSplit({ index: site.reference(), preload: 'open', route: LINEAR_ROUTE, onError: () => {} });
    const user = await openPanel();
    const alert = await dialog().findByRole('alert');
    site.heal(chunk);
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await dialog().findByText(LINEAR_CHECK)).toBeInTheDocument();
  });

  it('shows the new build’s content after a deploy removed the chunk', async () => {
    renderSplit({ src: site.base, preload: 'eager', onError: () => {}, host: <OpenButton id={LINEAR} /> });
    await waitFor(() => expect(site.requests).toEqual([site.url('manifest.json')]));
    const next = structuredClone(ochre);
    const linear = next.symptoms.find((s) => s.id === LINEAR)!;
    linear.checks[0] = { ...linear.checks[0]!, text: 'Reconnect Linear from the banner on its card.', content: [{ type: 'text', value: 'Reconnect Linear from the banner on its card.' }] };
    next.hash = `${next.hash}-next`;
    site.deploy(next);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: `Open ${LINEAR}` }));
    const alert = await dialog().findByRole('alert');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await dialog().findByText('Reconnect Linear from the banner on its card.')).toBeInTheDocument();
  });
});

describe('given HelpPanel.Screen rendered on the server for a route match', () => {
  it('renders the matched symptom’s checks (whole index)', () => {
    const html = renderToString(
      <HelpProvider index={ochre} route={LINEAR_ROUTE} storage={createMemoryStorage()}>
        <HelpPanel.Screen />
      </HelpProvider>,
    );
    expect(html).toMatch(LINEAR_CHECK);
  });
});
