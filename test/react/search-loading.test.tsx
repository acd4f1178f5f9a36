import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { HelpEvent } from '../../src/react/index';
import { expectNoAxeViolations, renderHelp } from './fixtures/render-help';

// The search box loads search (and Fuse with it) on demand. These tests hold
// that load back, or make it fail, the way a slow or offline network would.
const network = vi.hoisted(() => ({
  /** Loads wait for this before they finish. */
  gate: Promise.resolve(),
  /** How many of the next loads fail. */
  failures: 0,
  loads: 0,
}));

// Reading the module's export stands for fetching its chunk: a failure here is
// a failed load, not damaged data (which the loader reports as an index error).
vi.mock('../../src/engine/search/engine-search', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/engine/search/engine-search')>();
  return {
    get engineSearch() {
      network.loads++;
      if (network.failures > 0) {
        network.failures--;
        throw new TypeError('Failed to fetch dynamically imported module');
      }
      return real.engineSearch;
    },
  };
});

// The module above is imported once per file, so a load is held in the React
// layer's loader instead, which every search box goes through.
vi.mock('../../src/react/load-search', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/react/load-search')>();
  const held = new WeakMap<object, ReturnType<typeof real.loadSearch>>();
  const loadSearch: typeof real.loadSearch = (engine) => {
    let promise = held.get(engine);
    if (!promise) {
      promise = network.gate.then(() => real.loadSearch(engine));
      held.set(engine, promise);
      promise.catch(() => held.delete(engine));
    }
    return promise;
  };
  return { ...real, loadSearch };
});

const dialog = () => within(screen.getByRole('dialog'));
const input = () => dialog().getByRole('combobox', { name: 'Search help' });

beforeEach(() => {
  network.gate = Promise.resolve();
  network.failures = 0;
  network.loads = 0;
});

describe('given search still loading when the user types', () => {
  it('announces that it is searching, then shows the results once search has loaded', async () => {
    let release = () => {};
    network.gate = new Promise<void>((resolve) => (release = resolve));
    const user = userEvent.setup();
    renderHelp({ defaultOpen: true });
    await user.type(input(), 'webhook');
    expect(dialog().getByRole('status')).toHaveTextContent('Searching…');
    // Not "no results": nothing has been searched yet.
    expect(dialog().queryByText(/No results/)).not.toBeInTheDocument();
    expect(input()).toHaveAttribute('aria-expanded', 'false');

    release();
    const options = within(await dialog().findByRole('listbox', { name: 'Search results' })).getAllByRole('option');
    expect(options[0]).toHaveTextContent('Webhooks not firing');
    expect(dialog().getByRole('status')).toHaveTextContent(`${options.length} result`);
  });

  it('counts a search committed before search loaded once it has', async () => {
    let release = () => {};
    network.gate = new Promise<void>((resolve) => (release = resolve));
    const user = userEvent.setup();
    const events: HelpEvent[] = [];
    renderHelp({ defaultOpen: true, onEvent: (event) => events.push(event) });
    await user.type(input(), 'webhook');
    await user.tab(); // leaving the field commits the query
    expect(events.filter((event) => event.type === 'search')).toEqual([]);

    release();
    await vi.waitFor(() => expect(events.filter((event) => event.type === 'search')).toHaveLength(1));
    const [search] = events.filter((event) => event.type === 'search');
    expect(search).toEqual({ type: 'search', query: 'webhook', resultCount: expect.any(Number) });
    expect(search?.type === 'search' && search.resultCount).toBeGreaterThan(0);
  });
});

describe('given search that cannot load', () => {
  it('says so, offers support and a retry, reports the failure to the host, and searches after a retry', async () => {
    network.failures = 1;
    const user = userEvent.setup();
    const onError = vi.fn();
    renderHelp({ defaultOpen: true, onError });
    await user.type(input(), 'webhook');

    const failure = await dialog().findByText('Search could not load.', { selector: 'p' });
    expect(dialog().getByRole('status')).toHaveTextContent('Search could not load.');
    expect(within(failure.parentElement as HTMLElement).getByRole('button', { name: 'Still stuck? Contact support' })).toBeInTheDocument();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[0]).toBeInstanceOf(TypeError);
    // The panel around it keeps working.
    expect(dialog().getByRole('button', { name: 'Close help' })).toBeEnabled();
    await expectNoAxeViolations();

    await user.click(dialog().getByRole('button', { name: 'Try again' }));
    expect(await dialog().findByRole('option', { name: /Webhooks not firing/ })).toBeInTheDocument();
    expect(dialog().queryByText('Search could not load.')).not.toBeInTheDocument(); // the status region included
    expect(network.loads).toBe(2);
  });
});

describe('given search loaded once', () => {
  it('does not load it again when the panel is closed and opened', async () => {
    const user = userEvent.setup();
    renderHelp();
    await user.click(screen.getByRole('button', { name: 'Help' }));
    await user.type(input(), 'webhook');
    expect(await dialog().findByRole('listbox')).toBeInTheDocument();
    await user.click(dialog().getByRole('button', { name: 'Close help' }));
    await user.click(screen.getByRole('button', { name: 'Help' }));
    await user.type(input(), 'invoice');
    expect(await dialog().findByRole('option', { name: /Invoice missing/ })).toBeInTheDocument();
    expect(network.loads).toBe(1);
  });
});
