import { StrictMode, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { HelpPanel, HelpProvider, createMemoryStorage, useHelp, type HelpProviderProps, type ProgressStorage } from '../../src/react/index';
import { earlyBucket, earlyFileName } from '../../src/engine/split/early-files';
import type { HelpEvent } from '../../src/engine/events/index';
import { splitIndex } from '../../src/compiler/split-index';
import { createHelpEngine } from '../../src/engine/index';
import { HelpIndexError } from '../../src/engine/base/help-index-error';
import { openHelpIndex } from '../../src/engine/split/index-loader';
import { HOME_LIST_LIMIT, type HelpIndex } from '../../src/schema/help-index';
import { compileContent } from '../../src/compiler/index';
import { expectNoAxeViolations } from './fixtures/render-help';

// Each test renders the real panel over real compiled content in StrictMode; on a
// busy shared machine that can take seconds, which is not what these tests measure.
vi.setConfig({ testTimeout: 20_000 });

import { SPLIT, chunkFiles, chunkName, createSite, isChunk, isRecordGroup, isShard, type Site } from './fixtures/split-site';
import { OpenButton } from './fixtures/open-button';
/**
 * What leads to the files asked for, not content: the match data a route or error may need before its symptom
 * is known (key pages and match files), and the tables that name the chunks.
 */
const isLookupFile = (href: string) => /\/[mkt]\d+\.[0-9a-f]+\.json$/.test(href);
/** Every URL fetched but lookup files, in order; fails if any URL was fetched twice. */
function fetched(): string[] {
  expect(site.requests.filter((href, i) => site.requests.indexOf(href) !== i)).toEqual([]);
  return site.requests.filter((href) => !isLookupFile(href));
}

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

describe('given the Vite plugin’s reference and preload="open"', () => {
  it('fetches nothing until the panel opens', async () => {
    renderSplit({ index: site.reference(), preload: 'open', route: LINEAR_ROUTE });
    await settle();
    act(() => window.dispatchEvent(new Event('load')));
    await settle();
    expect(site.requests).toEqual([]);
  });

  it('on opening fetches the manifest, then shows the route’s checklist having fetched exactly one chunk, each URL once', async () => {
    renderSplit({ index: site.reference(), preload: 'open', route: LINEAR_ROUTE });
    await openPanel();
    expect(await dialog().findByText(LINEAR_CHECK)).toBeInTheDocument();
    expect(site.requests[0]).toBe(site.reference().manifest);
    expect(fetched()).toEqual([site.reference().manifest, site.chunkUrl(LINEAR)]);
  });
});

describe('given preload="eager"', () => {
  it('fetches the manifest at mount and prefetches the best match’s chunk before any open', async () => {
    renderSplit({ index: site.reference(), preload: 'eager', route: LINEAR_ROUTE });
    await waitFor(() => expect(fetched()).toEqual([site.reference().manifest, site.chunkUrl(LINEAR)]));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const before = site.requests.length;

    // Opening then needs nothing more: the checklist is there without another request.
    await openPanel();
    expect(dialog().getByText(LINEAR_CHECK)).toBeInTheDocument();
    expect(site.requests).toHaveLength(before);
  });
});

describe('given preload="idle" (the default)', () => {
  let idle: (() => void)[] = [];
  beforeEach(() => {
    idle = [];
    // The page is still loading, and the browser is never idle unless the test says so.
    vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
    vi.stubGlobal('cancelIdleCallback', () => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it('waits for the page’s load event and then for the browser to be idle', async () => {
    renderSplit({ index: site.reference(), route: LINEAR_ROUTE });
    await settle();
    expect(idle).toHaveLength(0);
    expect(site.requests).toEqual([]);

    act(() => window.dispatchEvent(new Event('load')));
    expect(idle.length).toBeGreaterThan(0);
    await settle();
    expect(site.requests).toEqual([]);

    act(() => idle.forEach((callback) => callback()));
    await waitFor(() => expect(fetched()).toEqual([site.reference().manifest, site.chunkUrl(LINEAR)]));
  });

  it('loads sooner when the panel opens before the browser is idle', async () => {
    renderSplit({ index: site.reference(), route: LINEAR_ROUTE });
    await settle();
    expect(site.requests).toEqual([]);
    await openPanel();
    expect(await dialog().findByText(LINEAR_CHECK)).toBeInTheDocument();
    expect(site.count(site.reference().manifest)).toBe(1);
  });

  it('loads sooner when the host passes an error', async () => {
    const view = renderSplit({ index: site.reference() });
    await settle();
    expect(site.requests).toEqual([]);
    view.rerenderWith({ error: { code: 'LINEAR_TOKEN_REVOKED' } });
    await waitFor(() => expect(site.requests).toContain(site.reference().manifest));
    // The error matches the Linear symptom: its chunk is prefetched too.
    await waitFor(() => expect(site.requests).toContain(site.chunkUrl(LINEAR)));
  });
});

describe('given an error whose code an early file holds, and a slow chunk', () => {
  const MIGRATION = 'migration-stuck#a-migration-import-has-been-running-for-hours';
  const MIGRATION_CHECK = /Refresh the browser tab/;

  it('opens on its checklist from the early file before the chunk, keeps a tick when the chunk comes, and counts one view', async () => {
    expect(ochre.symptoms.some((symptom) => symptom.id === MIGRATION)).toBe(true);
    site.hold(isChunk);
    const events: HelpEvent[] = [];
    renderSplit({ index: site.reference(), preload: 'open', error: { code: 'MIGRATION_STALLED' }, onEvent: (event) => events.push(event) });
    const user = await openPanel();
    const symptom = await dialog().findByRole('heading', { name: 'A migration import has been running for hours' });
    const view = within(symptom.closest('[data-help-part="symptom"]') as HTMLElement);
    expect(view.getByText(MIGRATION_CHECK)).toBeInTheDocument();
    // The article's title and the check's app link, though the article's chunk has not come.
    expect(view.getByText('Migration stuck')).toBeInTheDocument();
    expect(view.getByRole('link', { name: 'Settings → Integrations' })).toBeInTheDocument();
    expect(site.waiting()).toEqual([site.chunkUrl(MIGRATION)]);
    await expectNoAxeViolations(screen.getByRole('dialog'));
    const first = view.getByRole('checkbox', { name: MIGRATION_CHECK });
    await user.click(first);
    expect(first).toBeChecked();
    site.release();
    await waitFor(() => expect(site.count(site.chunkUrl(MIGRATION))).toBe(1));
    await settle();
    expect(view.getByRole('checkbox', { name: MIGRATION_CHECK })).toBeChecked();
    expect(view.getByText('1 of 3 checked')).toBeInTheDocument();
    expect(events.filter((event) => event.type === 'article-viewed')).toHaveLength(1);
    expect(fetched().filter(isChunk)).toEqual([site.chunkUrl(MIGRATION)]);
  });
});

describe('given an error reported through useHelp()', () => {
  function Reporter({ onReady }: { onReady: (report: (error: unknown) => void) => void }) {
    const help = useHelp();
    onReady(help.reportError);
    return null;
  }

  it('starts the manifest and the early file its code names in the same task, before any render, and leaves localStorage alone with the host\'s storage', async () => {
    let report: ((error: unknown) => void) | undefined;
    const getItem = vi.spyOn(Storage.prototype, 'getItem');
    renderSplit({ index: site.reference(), preload: 'open', host: <Reporter onReady={(next) => (report = next)} /> });
    await settle();
    expect(site.requests).toEqual([]);
    const early = site.split.manifest.early!;
    report!({ code: 'MIGRATION_STALLED' });
    // No act(), no await: the requests went out in the caller's task.
    expect(site.requests).toEqual(expect.arrayContaining([site.reference().manifest, site.url(earlyFileName(earlyBucket('MIGRATION_STALLED', early.buckets), early.tag))]));
    await settle();
    await openPanel();
    expect(await dialog().findByText(/Refresh the browser tab/)).toBeInTheDocument();
    expect(getItem).not.toHaveBeenCalled();
    getItem.mockRestore();
  });
});

describe('given src, the URL of a folder the CLI wrote', () => {
  it('reads manifest.json at that base and shows the route’s checklist', async () => {
    renderSplit({ src: site.base, preload: 'open', route: LINEAR_ROUTE });
    await settle();
    expect(site.requests).toEqual([]);
    await openPanel();
    expect(await dialog().findByText(LINEAR_CHECK)).toBeInTheDocument();
    expect(fetched()).toEqual([site.url('manifest.json'), site.chunkUrl(LINEAR)]);
  });
});

describe('given an article whose chunk has not been loaded', () => {
  it('shows the loading status while its chunk comes, then the article', async () => {
    renderSplit({ index: site.reference(), preload: 'eager', defaultOpen: true });
    const user = userEvent.setup();
    const slack = ochre.articles.find((a) => a.id === SLACK_ARTICLE)!;
    const link = await dialog().findByRole('button', { name: slack.title });
    expect(site.count(site.chunkUrl(SLACK_ARTICLE))).toBe(0);

    site.hold((href) => href === site.chunkUrl(SLACK_ARTICLE));
    await user.click(link);
    expect(await dialog().findByText('Loading help…', { selector: '[data-help-part="loading"]' })).toBeInTheDocument();
    site.release();
    expect(await dialog().findByRole('heading', { name: slack.title })).toBeInTheDocument();
    expect(site.count(site.chunkUrl(SLACK_ARTICLE))).toBe(1);
  });
});

describe('given an article chunk that fails', () => {
  it.each([
    [500, 'unavailable'],
    ['network', 'unavailable'],
    ['truncate', 'invalid-shape'],
  ] as const)('a %s shows the retry screen, reports one HelpIndexError (%s), and retry recovers once the file is back', async (how, problem) => {
    const onError = vi.fn();
    const chunk = site.chunkUrl(LINEAR);
    site.fail(chunk, how);
    renderSplit({ index: site.reference(), preload: 'open', route: LINEAR_ROUTE, onError });
    const user = await openPanel();

    const alert = await dialog().findByRole('alert');
    expect(alert).toHaveTextContent('Help could not be loaded.');
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    const [reported] = onError.mock.calls[0]!;
    expect(reported).toBeInstanceOf(HelpIndexError);
    expect((reported as HelpIndexError).problem).toBe(problem);
    expect(site.count(chunk)).toBe(1);

    site.heal(chunk);
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await dialog().findByText(LINEAR_CHECK)).toBeInTheDocument();
    expect(site.count(chunk)).toBe(2);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(dialog().queryByRole('alert')).not.toBeInTheDocument();
  });

  it('a 404 shows the retry screen and reports one stale HelpIndexError; retry reloads the manifest and fetches the chunk again', async () => {
    const onError = vi.fn();
    const chunk = site.chunkUrl(LINEAR);
    site.fail(chunk, 404);
    renderSplit({ index: site.reference(), preload: 'open', route: LINEAR_ROUTE, onError });
    const user = await openPanel();

    const alert = await dialog().findByRole('alert');
    expect(alert).toHaveTextContent('Help could not be loaded.');
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    expect(onError.mock.calls[0]![0]).toBeInstanceOf(HelpIndexError);
    expect((onError.mock.calls[0]![0] as HelpIndexError).problem).toBe('stale');

    site.heal(chunk);
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(site.count(chunk)).toBe(2));
    expect(site.count(site.reference().manifest)).toBe(2);
    // That the checklist then shows is held back by a bug in useContentVersion (see the report of this test's author).
    await settle();
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('a chunk of another build served at its name is reported as stale, and retry reloads the manifest', async () => {
    const onError = vi.fn();
    const chunk = site.chunkUrl(LINEAR);
    // A misconfigured CDN serves the Slack article's chunk where the Linear one should be.
    const swapped = site.split.files.find((file) => site.url(file.name) === site.chunkUrl(SLACK_ARTICLE))!.text;
    let misconfigured = true;
    const realFetch = site.fetch;
    vi.stubGlobal('fetch', (async (input: RequestInfo | URL, init?: RequestInit) =>
      misconfigured && String(input) === chunk ? (site.requests.push(chunk), new Response(swapped, { status: 200 })) : realFetch(input, init)) as typeof fetch);
    renderSplit({ index: site.reference(), preload: 'open', route: LINEAR_ROUTE, onError });
    const user = await openPanel();

    const alert = await dialog().findByRole('alert');
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    expect((onError.mock.calls[0]![0] as HelpIndexError).problem).toBe('stale');
    expect(dialog().queryByText(LINEAR_CHECK)).not.toBeInTheDocument();

    misconfigured = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(site.count(site.reference().manifest)).toBe(2));
    await waitFor(() => expect(site.count(chunk)).toBe(2));
  });

  it('after a deploy removed the chunk, retry reloads manifest.json and fetches the new build’s chunk', async () => {
    const onError = vi.fn();
    renderSplit({ src: site.base, preload: 'eager', onError, host: <OpenButton id={LINEAR} /> });
    await waitFor(() => expect(site.requests).toContain(site.url('manifest.json')));
    await settle();
    expect(site.requests.some(isChunk)).toBe(false);

    // A deploy between the manifest and the chunk: the author reworded the first check.
    const next = structuredClone(ochre);
    const linear = next.symptoms.find((s) => s.id === LINEAR)!;
    linear.checks[0] = { ...linear.checks[0]!, text: 'Reconnect Linear from the banner on its card.', content: [{ type: 'text', value: 'Reconnect Linear from the banner on its card.' }] };
    next.hash = `${next.hash}-next`;
    const oldChunk = site.chunkUrl(LINEAR);
    site.deploy(next);
    expect(site.chunkUrl(LINEAR)).not.toBe(oldChunk);

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: `Open ${LINEAR}` }));
    const alert = await dialog().findByRole('alert');
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    expect((onError.mock.calls[0]![0] as HelpIndexError).problem).toBe('stale');

    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(site.count(site.chunkUrl(LINEAR))).toBe(1));
    expect(site.count(site.url('manifest.json'))).toBe(2);
    // The deploy removed the old build's chunk table too: the stale answer came from it, before the chunk.
    expect(site.count(oldChunk)).toBe(0);
    await settle();
    expect(onError).toHaveBeenCalledTimes(1);
  });
});

describe('given a manifest that cannot be read', () => {
  it.each([
    [500, 'unavailable'],
    ['network', 'unavailable'],
    ['truncate', 'invalid-shape'],
  ] as const)('a %s shows the retry screen, reports it once, and retry recovers', async (how, problem) => {
    const onError = vi.fn();
    const manifest = site.reference().manifest;
    site.fail(manifest, how);
    renderSplit({ index: site.reference(), preload: 'open', route: LINEAR_ROUTE, onError });
    const user = await openPanel();

    const alert = await dialog().findByRole('alert');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    expect(onError.mock.calls[0]![0]).toBeInstanceOf(HelpIndexError);
    expect((onError.mock.calls[0]![0] as HelpIndexError).problem).toBe(problem);

    site.heal(manifest);
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await dialog().findByText(LINEAR_CHECK)).toBeInTheDocument();
    expect(site.count(manifest)).toBe(2);
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('a manifest that is not JSON shows the retry screen, reports an invalid-shape HelpIndexError, and retry recovers', async () => {
    const onError = vi.fn();
    const notJson = createSite(ochre);
    // An HTML page where the manifest should be, as a misconfigured host serves for unknown paths.
    const fetchHtml = vi.fn(async () => new Response('<!doctype html><title>App</title>', { status: 200 }));
    vi.stubGlobal('fetch', fetchHtml);
    renderSplit({ src: notJson.base, preload: 'eager', onError, defaultOpen: true });
    expect(await dialog().findByRole('alert')).toHaveTextContent('Help could not be loaded.');
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    expect((onError.mock.calls[0]![0] as HelpIndexError).problem).toBe('invalid-shape');

    // The host fixes its server: retry reads the real manifest.
    vi.stubGlobal('fetch', notJson.fetch);
    await userEvent.setup().click(within(dialog().getByRole('alert')).getByRole('button', { name: 'Try again' }));
    const slack = ochre.articles.find((a) => a.id === SLACK_ARTICLE)!;
    expect(await dialog().findByRole('button', { name: slack.title })).toBeInTheDocument();
    expect(notJson.count(notJson.url('manifest.json'))).toBe(1);
    expect(onError).toHaveBeenCalledTimes(1);
  });
});

describe('given an id that no article has', () => {
  it('shows the not-found screen once the chunk it would be in has arrived', async () => {
    const id = 'no-such-article';
    renderSplit({ index: site.reference(), preload: 'eager', host: <OpenButton id={id} /> });
    await waitFor(() => expect(site.requests).toContain(site.reference().manifest));
    site.hold((href) => href === site.chunkUrl(id));
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: `Open ${id}` }));
    expect(await dialog().findByText('Loading help…', { selector: '[data-help-part="loading"]' })).toBeInTheDocument();
    expect(dialog().queryByText('This help article could not be found.')).not.toBeInTheDocument();
    site.release();
    expect(await dialog().findByText('This help article could not be found.')).toBeInTheDocument();
    expect(site.count(site.chunkUrl(id))).toBe(1);
  });
});

describe('given search on a split index', () => {
  const input = () => dialog().getByRole('combobox', { name: 'Search help' });
  const type = (query: string) => fireEvent.change(input(), { target: { value: query } });
  const searchStatus = () => within(dialog().getByRole('combobox').closest('[data-help-part="search-field"]') as HTMLElement).getByRole('status');
  const firstResult = () => within(dialog().getByRole('listbox', { name: 'Search results' })).getAllByRole('option')[0];
  const wholeFirst = (query: string) => {
    const hit = createHelpEngine(ochre).search(query)[0]!;
    return hit.symptom?.title ?? hit.article.title;
  };

  async function openHome() {
    renderSplit({ index: site.reference(), preload: 'eager', defaultOpen: true });
    await dialog().findByRole('combobox', { name: 'Search help' });
    await waitFor(() => expect(site.requests).toContain(site.reference().manifest));
    await settle();
  }

  it('says "Searching…" until the shards arrive, then shows the same first result as the whole index, fetching only shards and records', async () => {
    await openHome();
    const before = site.requests.length;
    site.hold(isShard);
    type('slack');
    await waitFor(() => expect(site.waiting().length).toBeGreaterThan(0));
    expect(searchStatus()).toHaveTextContent('Searching…');
    expect(dialog().queryByText(/No results/)).not.toBeInTheDocument();

    site.release();
    await dialog().findByRole('listbox', { name: 'Search results' });
    expect(firstResult()).toHaveTextContent(wholeFirst('slack'));
    const forSearch = site.requests.slice(before);
    expect(forSearch.length).toBeGreaterThan(0);
    expect(forSearch.filter((href) => !isShard(href) && !isRecordGroup(href))).toEqual([]);
    expect(forSearch.some(isShard)).toBe(true);
    expect(forSearch.some(isRecordGroup)).toBe(true);
    expect(new Set(forSearch).size).toBe(forSearch.length);
  });

  it('shows "Search could not load." when a shard fails, and its retry recovers', async () => {
    const onError = vi.fn();
    renderSplit({ index: site.reference(), preload: 'eager', defaultOpen: true, onError });
    await dialog().findByRole('combobox', { name: 'Search help' });
    site.hold(isShard);
    type('stripe');
    await waitFor(() => expect(site.waiting().length).toBeGreaterThan(0));
    const shards = site.waiting();
    for (const href of shards) site.fail(href, 500);
    site.release();

    // Said in the results area (and announced by the search's status line).
    expect(await dialog().findByText('Search could not load.', { selector: 'p' })).toBeInTheDocument();
    expect(searchStatus()).toHaveTextContent('Search could not load.');
    expect(dialog().queryByRole('listbox')).not.toBeInTheDocument();
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    expect(onError.mock.calls[0]![0]).toBeInstanceOf(HelpIndexError);

    for (const href of shards) site.heal(href);
    await userEvent.setup().click(within(dialog().getByText('Search could not load.', { selector: 'p' }).parentElement!).getByRole('button', { name: 'Try again' }));
    await dialog().findByRole('listbox', { name: 'Search results' });
    expect(firstResult()).toHaveTextContent(wholeFirst('stripe'));
    for (const href of shards) expect(site.count(href)).toBe(2);
  });

  it('never lets a slow answer to an older query replace a newer query’s results', async () => {
    await openHome();
    site.hold(isShard);
    type('slack');
    await waitFor(() => expect(site.waiting().length).toBeGreaterThan(0));
    const slackShards = new Set(site.waiting());
    // Only the older query's shards stay slow.
    site.hold((href) => slackShards.has(href));

    type('stripe');
    await dialog().findByRole('listbox', { name: 'Search results' });
    const stripeFirst = wholeFirst('stripe');
    expect(stripeFirst).not.toBe(wholeFirst('slack'));
    expect(firstResult()).toHaveTextContent(stripeFirst);
    const stripeCount = dialog().getAllByRole('option').length;

    site.release();
    await waitFor(() => expect(site.waiting()).toEqual([]));
    await settle();
    expect(input()).toHaveValue('stripe');
    expect(firstResult()).toHaveTextContent(stripeFirst);
    expect(dialog().getAllByRole('option')).toHaveLength(stripeCount);
    expect(searchStatus()).toHaveTextContent(`${stripeCount} result`);
  });
});

describe('given checklist progress on a split index', () => {
  it('keeps ticked checks across a remount with the same storage', async () => {
    const storage: ProgressStorage = createMemoryStorage();
    const first = renderSplit({ index: site.reference(), preload: 'eager', route: LINEAR_ROUTE, defaultOpen: true, storage });
    const user = userEvent.setup();
    const box = await dialog().findByRole('checkbox', { name: LINEAR_CHECK });
    await user.click(box);
    expect(box).toBeChecked();
    first.unmount();

    renderSplit({ index: site.reference(), preload: 'eager', route: LINEAR_ROUTE, defaultOpen: true, storage });
    expect(await dialog().findByRole('checkbox', { name: LINEAR_CHECK })).toBeChecked();
  });
});

describe('given an engine from openHelpIndex(loader) rendered on the server', () => {
  it('renders the symptom’s checks when their chunk was loaded first, fetching nothing while rendering', async () => {
    const split = splitIndex(ochre, SPLIT);
    const byName = new Map([['manifest.json', split.manifestText], ...split.files.map((file) => [file.name, file.text] as const)]);
    const loader = vi.fn(async (name: string) => JSON.parse(byName.get(name)!) as unknown);
    const engine = await openHelpIndex(loader);
    await engine.lazy.load(LINEAR);
    const loads = loader.mock.calls.length;
    // The manifest, the chunk table and the chunk.
    expect(loads).toBe(3);

    const html = renderToString(
      <HelpProvider index={engine} route={LINEAR_ROUTE} storage={createMemoryStorage()}>
        <main>Host</main>
        <HelpPanel.Symptom symptomId={LINEAR} />
      </HelpProvider>,
    );
    expect(html).toContain('Host');
    expect(html).toMatch(LINEAR_CHECK);
    expect(html).toContain('type="checkbox"');
    expect(loader).toHaveBeenCalledTimes(loads);
    expect(site.fetch).not.toHaveBeenCalled();
  });
});

describe('given accessibility checks on a split index', () => {
  it('has no axe violations while an article chunk loads', async () => {
    site.hold(isChunk);
    renderSplit({ index: site.reference(), preload: 'eager', route: LINEAR_ROUTE, defaultOpen: true });
    expect(await dialog().findByText('Loading help…', { selector: '[data-help-part="loading"]' })).toBeInTheDocument();
    await expectNoAxeViolations();
    site.release();
    await dialog().findByText(LINEAR_CHECK);
  });

  it('has no axe violations on the error screen of a failed chunk', async () => {
    site.fail(site.chunkUrl(LINEAR), 500);
    renderSplit({ index: site.reference(), preload: 'eager', route: LINEAR_ROUTE, defaultOpen: true, onError: () => {} });
    await dialog().findByRole('alert');
    await expectNoAxeViolations();
  });
});

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

describe('given a split help center larger than its home screen lists', () => {
  it('lists a bucket’s first articles and says how many more search finds, with no axe violations', async () => {
    const { compileSources } = await import('../../src/compiler/index');
    const topics = ['billing', 'exports', 'webhooks', 'mailboxes', 'reports', 'tags', 'macros', 'teams', 'audit', 'imports', 'labels', 'views', 'rules', 'forms', 'tokens', 'domains', 'themes', 'queues', 'alerts', 'surveys', 'widgets', 'invoices', 'sandboxes', 'backups', 'filters'];
    const sources = topics.map((topic) => ({
      path: `${topic}.md`,
      text: `---\nbucket: Guides\n---\n# ${topic[0]!.toUpperCase()}${topic.slice(1)} settings\n\nHow ${topic} work.\n`,
    }));
    sources.push({ path: 'about.md', text: '# About this help\n\nWhat is here.\n' });
    const { index } = compileSources(sources, { helpCenter: { id: 'big' } });
    const big = createSite(index);
    vi.stubGlobal('fetch', big.fetch);
    renderSplit({ index: big.reference(), preload: 'eager', defaultOpen: true });
    const guides = await dialog().findByRole('region', { name: 'Guides' });
    expect(within(guides).getAllByRole('listitem')).toHaveLength(HOME_LIST_LIMIT);
    expect(within(guides).getByText(`…and ${topics.length - HOME_LIST_LIMIT} more. Search to find them.`)).toBeInTheDocument();
    // One loose article, listed whole: nothing more to say.
    expect(screen.getByRole('dialog').querySelectorAll('[data-help-part="more-articles"]')).toHaveLength(1);
    await expectNoAxeViolations();
  });
});
