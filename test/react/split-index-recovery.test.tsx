import { StrictMode, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { HelpPanel, HelpProvider, createMemoryStorage, useHelp, type HelpProviderProps, type ProgressStorage } from '../../src/react/index';
import { splitIndex, type SplitIndex, type SplitOptions } from '../../src/compiler/split-index';
import { createHelpEngine } from '../../src/engine/index';
import { chunkOf } from '../../src/engine/chunk-of';
import { HelpIndexError } from '../../src/engine/help-index-error';
import { openHelpIndex } from '../../src/engine/index-loader';
import { HELP_INDEX_FORMAT, HELP_MANIFEST_VERSION, type HelpIndex, type HelpIndexReference } from '../../src/schema/help-index';
import { compileContent } from '../../src/compiler/index';
import { expectNoAxeViolations } from './fixtures/render-help';

// Each test renders the real panel over real compiled content in StrictMode; on a
// busy shared machine that can take seconds, which is not what these tests measure.
vi.setConfig({ testTimeout: 20_000 });

// The split index as a CDN would serve it, from memory: every request is
// counted, and a file can be held back, fail (404, 500, no network), arrive
// cut short, or be replaced by another build's files.

/** Small files, so that the sample help center spreads over many chunks, shards and record groups. */
const SPLIT: SplitOptions = { chunkBytes: 8000, shardBytes: 1, groupSize: 2 };

type Failure = 404 | 500 | 'network' | 'truncate';

interface Site {
  /** The folder's URL, ending in `/`. */
  base: string;
  /** The build being served. */
  split: SplitIndex;
  /** Every URL fetched, in order. */
  requests: string[];
  fetch: typeof fetch;
  /** The module `virtual:help-panel` exports for this build: it names the hashed manifest. */
  reference(): HelpIndexReference;
  url(name: string): string;
  /** The URL of the chunk that holds an article or symptom. */
  chunkUrl(id: string): string;
  /** How many times a URL was fetched. */
  count(url: string): number;
  /** Requests for which `match` is true wait until released. */
  hold(match: (url: string) => boolean): void;
  /** Releases the waiting requests that `match`; new ones are no longer held. */
  release(match?: (url: string) => boolean): void;
  /** URLs of requests waiting. */
  waiting(): string[];
  fail(url: string, how: Failure): void;
  heal(url: string): void;
  /** Deploys another build: a new manifest.json and its files; the old files other than `keep` are removed. */
  deploy(next: HelpIndex, keep?: boolean): void;
}

let sites = 0;

/** The article chunk files of a split index, by number (read from the file names, whatever the manifest's layout). */
function chunkFiles(split: SplitIndex): string[] {
  const names: string[] = [];
  for (const { name } of split.files) {
    const found = /^c(\d+)\./.exec(name);
    if (found) names[Number(found[1])] = name;
  }
  return names;
}

/** The name of the chunk that holds an article or symptom (or would hold it). */
function chunkName(split: SplitIndex, id: string): string {
  const names = chunkFiles(split);
  return names[chunkOf(id.split('#')[0]!, names.length)]!;
}

function createSite(index: HelpIndex, base = `https://cdn.example.com/help/${++sites}/`): Site {
  const files = new Map<string, string>();
  const failures = new Map<string, Failure>();
  const requests: string[] = [];
  let holding: (url: string) => boolean = () => false;
  let queue: { url: string; go: () => void }[] = [];
  const url = (name: string) => new URL(name, base).href;
  const publish = (split: SplitIndex) => {
    files.set(url('manifest.json'), split.manifestText);
    files.set(url(split.manifestName), split.manifestText);
    for (const file of split.files) files.set(url(file.name), file.text);
  };
  const site: Site = {
    base,
    split: splitIndex(index, SPLIT),
    requests,
    fetch: vi.fn(async (input: RequestInfo | URL) => {
      const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      requests.push(href);
      if (holding(href)) await new Promise<void>((go) => queue.push({ url: href, go }));
      const failure = failures.get(href);
      if (failure === 'network') throw new TypeError('Failed to fetch');
      if (failure === 404 || failure === 500) return new Response('', { status: failure });
      const text = files.get(href);
      if (text === undefined) return new Response('Not found', { status: 404 });
      return new Response(failure === 'truncate' ? text.slice(0, Math.floor(text.length / 2)) : text, { status: 200, headers: { 'content-type': 'application/json' } });
    }) as typeof fetch,
    reference: () => ({
      format: HELP_INDEX_FORMAT,
      version: HELP_MANIFEST_VERSION,
      kind: 'reference',
      helpCenter: { id: site.split.manifest.helpCenter.id },
      hash: site.split.manifest.hash,
      manifest: url(site.split.manifestName),
    }),
    url,
    chunkUrl: (id) => url(chunkName(site.split, id)),
    count: (href) => requests.filter((r) => r === href).length,
    hold(match) {
      holding = match;
    },
    release(match = () => true) {
      holding = () => false;
      const go = queue.filter((q) => match(q.url));
      queue = queue.filter((q) => !match(q.url));
      for (const q of go) q.go();
    },
    waiting: () => queue.map((q) => q.url),
    fail: (href, how) => failures.set(href, how),
    heal: (href) => failures.delete(href),
    deploy(next, keep = false) {
      const old = site.split;
      site.split = splitIndex(next, SPLIT);
      if (!keep) for (const file of old.files) files.delete(url(file.name));
      publish(site.split);
    },
  };
  publish(site.split);
  return site;
}

const isShard = (href: string) => /\/s\d+\.[0-9a-f]+\.json$/.test(href);
const isRecordGroup = (href: string) => /\/r\d+\.[0-9a-f]+\.json$/.test(href);
const isChunk = (href: string) => /\/c\d+\.[0-9a-f]+\.json$/.test(href);

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
