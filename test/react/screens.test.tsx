import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { HelpEvent } from '../../src/react/index';
import { HelpPanel, HelpProvider, createMemoryStorage, useHelp } from '../../src/react/index';
import type { HelpIndex } from '../../src/schema/help-index';
import { expectNoAxeViolations, renderHelp } from './fixtures/render-help';
import { sampleIndex } from './fixtures/sample-index';

const dialog = () => within(screen.getByRole('dialog'));

describe('given a route that matches one symptom', () => {
  it('opens straight on that symptom and says why it was suggested', async () => {
    const user = userEvent.setup();
    renderHelp({ route: '/settings/webhooks/endpoints' });
    await user.click(screen.getByRole('button', { name: 'Help' }));
    expect(dialog().getByRole('heading', { name: 'Webhooks not firing' })).toHaveFocus();
    expect(dialog().getByText('Suggested for this page')).toBeInTheDocument();
    expect(dialog().getByRole('group', { name: 'Checks: Webhooks not firing' })).toBeInTheDocument();
    expect(screen.getByRole('dialog').querySelector('[data-screen]')).toHaveAttribute('data-screen', 'symptom');
    await expectNoAxeViolations();
  });

  it('opens on the whole article from "Read the full article", with Back to the symptom', async () => {
    const user = userEvent.setup();
    renderHelp({ route: '/settings/webhooks', defaultOpen: true });
    await user.click(dialog().getByRole('button', { name: 'Read the full article' }));
    // The article arrives as a separate chunk; its title still takes focus when it does.
    await waitFor(() => expect(dialog().getByRole('heading', { name: 'Webhooks', level: 3 })).toHaveFocus());
    await user.click(dialog().getByRole('button', { name: 'Back' }));
    expect(dialog().getByRole('heading', { name: 'Webhooks not firing' })).toBeInTheDocument();
    expect(dialog().queryByRole('button', { name: 'Back' })).not.toBeInTheDocument();
  });

  it('offers "All help" when the suggestion is wrong: home and its search, with Back to the symptom', async () => {
    const user = userEvent.setup();
    renderHelp({ route: '/settings/webhooks', defaultOpen: true });
    await user.click(dialog().getByRole('button', { name: 'All help' }));
    expect(dialog().getByRole('combobox', { name: 'Search help' })).toBeInTheDocument();
    expect(dialog().getByRole('region', { name: 'Integrations' })).toBeInTheDocument();
    // Home has nowhere further up: no "All help" there, and Back returns to the suggestion.
    expect(dialog().queryByRole('button', { name: 'All help' })).not.toBeInTheDocument();
    await user.click(dialog().getByRole('button', { name: 'Back' }));
    expect(dialog().getByRole('heading', { name: 'Webhooks not firing' })).toBeInTheDocument();
    expect(dialog().getByRole('button', { name: 'All help' })).toBeInTheDocument();
    await expectNoAxeViolations();
  });
});

describe('given an error that matches', () => {
  it('prefers the error over the route and names the error in the reasons', async () => {
    renderHelp({ route: '/settings/webhooks', error: { status: 402 }, defaultOpen: true });
    expect(await dialog().findByRole('heading', { name: 'Card declined' })).toBeInTheDocument();
    expect(dialog().getByText('Suggested for the error you just saw: 402')).toBeInTheDocument();
  });

  it('opens on the matched symptom when reportError asks to', async () => {
    const user = userEvent.setup();
    const events: HelpEvent[] = [];
    function Boundary() {
      const help = useHelp();
      return (
        <button type="button" onClick={() => help.reportError(Object.assign(new Error('declined'), { status: 402 }), { open: true })}>
          Pay
        </button>
      );
    }
    renderHelp({ host: <Boundary />, onEvent: (e) => events.push(e) });
    await user.click(screen.getByRole('button', { name: 'Pay' }));
    expect(dialog().getByRole('heading', { name: 'Card declined' })).toBeInTheDocument();
    expect(events).toContainEqual({ type: 'panel-opened', by: 'error' });
  });

  it('only records a reported error without opening by default, and matches on it', async () => {
    const user = userEvent.setup();
    function Reporter() {
      const help = useHelp();
      return (
        <>
          <button type="button" onClick={() => help.reportError({ code: 'WEBHOOK_TIMEOUT' })}>
            Report
          </button>
          <output>{help.matches.map((m) => m.symptom.id).join(',')}</output>
        </>
      );
    }
    renderHelp({ host: <Reporter /> });
    await user.click(screen.getByRole('button', { name: 'Report' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('webhooks#not-firing');
  });
});

describe('given a route that matches several symptoms', () => {
  it('lists the other matches and opens one on click', async () => {
    const user = userEvent.setup();
    renderHelp({ route: '/billing/invoices', defaultOpen: true });
    expect(dialog().getByRole('heading', { name: 'Invoice missing' })).toBeInTheDocument();
    const others = dialog().getByRole('region', { name: 'Other possible matches' });
    await user.click(within(others).getByRole('button', { name: 'Card declined' }));
    expect(dialog().getByRole('heading', { name: 'Card declined' })).toHaveFocus();
    expect(dialog().getByText('Suggested for this page')).toBeInTheDocument();
    await expectNoAxeViolations();
  });
});

describe('given no match', () => {
  it('opens on home: the buckets with their articles, loose articles and search', async () => {
    const user = userEvent.setup();
    const events: HelpEvent[] = [];
    renderHelp({ route: '/somewhere/else', onEvent: (e) => events.push(e) });
    await user.click(screen.getByRole('button', { name: 'Help' }));
    expect(dialog().getByRole('combobox', { name: 'Search help' })).toHaveFocus();
    const integrations = dialog().getByRole('region', { name: 'Integrations' });
    expect(within(integrations).getByRole('button', { name: /Webhooks/ })).toBeInTheDocument();
    expect(dialog().getByRole('region', { name: 'Articles' })).toHaveTextContent('Getting started');
    expect(events).toEqual([{ type: 'panel-opened', by: 'button' }]);
    expect(dialog().queryByRole('button', { name: 'All help' })).not.toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('opens an article from home and goes Back to home', async () => {
    const user = userEvent.setup();
    const events: HelpEvent[] = [];
    renderHelp({ defaultOpen: true, onEvent: (e) => events.push(e) });
    await user.click(dialog().getByRole('button', { name: /Billing problems/ }));
    expect(dialog().getByRole('heading', { name: 'Billing problems', level: 3 })).toHaveFocus();
    expect(events.filter((e) => e.type === 'article-viewed')).toEqual([{ type: 'article-viewed', articleId: 'billing' }]);
    await user.click(dialog().getByRole('button', { name: 'Back' }));
    expect(dialog().getByRole('region', { name: 'Billing' })).toBeInTheDocument();
  });

  it('says so when the help center has no articles', () => {
    const empty: HelpIndex = { ...sampleIndex(), buckets: [], articles: [], symptoms: [], bodies: {} };
    renderHelp({ index: empty, defaultOpen: true });
    expect(dialog().getByText('No help articles yet.')).toBeInTheDocument();
  });
});

describe('given an index that loads', () => {
  it('shows loading, then the content', async () => {
    let resolve: (index: HelpIndex) => void = () => {};
    const load = vi.fn(() => new Promise<HelpIndex>((r) => (resolve = r)));
    renderHelp({ load, defaultOpen: true });
    expect(dialog().getByRole('status')).toHaveTextContent('Loading help…');
    await expectNoAxeViolations();
    resolve(sampleIndex());
    expect(await dialog().findByRole('combobox', { name: 'Search help' })).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('shows the error with a retry that loads again', async () => {
    const user = userEvent.setup();
    const onError = vi.fn();
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce(sampleIndex());
    renderHelp({ load, onError, defaultOpen: true });
    const alert = await dialog().findByRole('alert');
    expect(alert).toHaveTextContent('Help could not be loaded.');
    expect(alert).toHaveTextContent('offline');
    // Reported from an effect of the render that shows the alert.
    await waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'offline' })));
    await expectNoAxeViolations();
    await user.click(dialog().getByRole('button', { name: 'Try again' }));
    expect(await dialog().findByRole('combobox', { name: 'Search help' })).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('opens on the best match once the index arrives, when opened while loading', async () => {
    let resolve: (index: HelpIndex) => void = () => {};
    renderHelp({ load: () => new Promise<HelpIndex>((r) => (resolve = r)), route: '/billing/invoices', defaultOpen: true });
    resolve(sampleIndex());
    expect(await dialog().findByRole('heading', { name: 'Invoice missing' })).toBeInTheDocument();
  });
});

describe('given a corrupt index', () => {
  it('shows a small error in the panel, reports it, and the host keeps running', async () => {
    const onError = vi.fn();
    const events: HelpEvent[] = [];
    const corrupt = { format: 'help-panel-index', version: 1, articles: 'nope' } as unknown as HelpIndex;
    renderHelp({ index: corrupt, onError, onEvent: (e) => events.push(e), defaultOpen: true, host: <main>Host still here</main> });
    expect(screen.getByText('Host still here')).toBeInTheDocument();
    expect(dialog().getByRole('alert')).toHaveTextContent('Help could not be loaded.');
    expect(dialog().queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    expect(events).toContainEqual(expect.objectContaining({ type: 'panel-error' }));
  });
});

describe('given a part that fails to render', () => {
  it('shows a fallback inside the drawer, reports it, and keeps the host app', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const onError = vi.fn();
    const events: HelpEvent[] = [];
    renderHelp({
      route: '/billing/invoices',
      defaultOpen: true,
      onError,
      onEvent: (e) => events.push(e),
      labels: {
        checkedCount: () => {
          throw new Error('label exploded');
        },
      },
      host: <main>Host still here</main>,
    });
    expect(dialog().getByRole('alert')).toHaveTextContent('Help is unavailable right now.');
    expect(dialog().getByRole('button', { name: 'Close help' })).toBeInTheDocument();
    expect(screen.getByText('Host still here')).toBeInTheDocument();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'label exploded' }));
    expect(events).toContainEqual({ type: 'panel-error', message: 'label exploded' });
    await expectNoAxeViolations();
    spy.mockRestore();
  });

  it('renders nothing in place of a custom part that throws, and keeps the host app', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const onError = vi.fn();
    function Bomb(): never {
      throw new Error('custom part exploded');
    }
    render(
      <HelpProvider index={sampleIndex()} storage={createMemoryStorage()} route={null} onError={onError}>
        <main>Host still here</main>
        <HelpPanel.Root>
          <Bomb />
        </HelpPanel.Root>
      </HelpProvider>,
    );
    expect(screen.getByText('Host still here')).toBeInTheDocument();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'custom part exploded' }));
    spy.mockRestore();
  });

  it('keeps working when the host callbacks throw', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const user = userEvent.setup();
    renderHelp({
      onEvent: () => {
        throw new Error('analytics down');
      },
    });
    await user.click(screen.getByRole('button', { name: 'Help' }));
    await user.click(dialog().getByRole('button', { name: /Billing problems/ }));
    expect(dialog().getByRole('heading', { name: 'Billing problems', level: 3 })).toBeInTheDocument();
    spy.mockRestore();
  });
});

describe('given labels', () => {
  it('uses every replaced string and keeps the defaults for the rest', async () => {
    renderHelp({
      defaultOpen: true,
      route: '/billing/invoices',
      labels: { title: 'Hilfe', checkedCount: (n, total) => `${n} von ${total}`, close: 'Schließen' },
    });
    expect(screen.getByRole('dialog', { name: 'Hilfe' })).toBeInTheDocument();
    expect(dialog().getByRole('button', { name: 'Schließen' })).toBeInTheDocument();
    expect(dialog().getByText('0 von 5')).toBeInTheDocument();
    expect(dialog().getByRole('button', { name: 'Reset checks' })).toBeInTheDocument();
  });
});

describe('given no route prop', () => {
  /** Shows the best match's id, so a test can see which route the provider read. */
  function Matches() {
    const { matches } = useHelp();
    return <output>{matches[0]?.symptom.id ?? 'none'}</output>;
  }

  it('reads window.location and follows back/forward navigation', async () => {
    window.history.replaceState(null, '', '/billing/invoices');
    render(
      <HelpProvider index={sampleIndex()} storage={createMemoryStorage()}>
        <Matches />
      </HelpProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('billing#invoice-missing');
    window.history.pushState(null, '', '/settings/webhooks');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('webhooks#not-firing'));
    window.history.replaceState(null, '', '/');
  });

  it('follows same-document navigations through the Navigation API where the browser has it', async () => {
    window.history.replaceState(null, '', '/');
    const navigation = new EventTarget();
    Object.defineProperty(window, 'navigation', { value: navigation, configurable: true });
    render(
      <HelpProvider index={sampleIndex()} storage={createMemoryStorage()}>
        <Matches />
      </HelpProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('none');
    // A client router's pushState fires no popstate; the Navigation API reports it.
    window.history.pushState(null, '', '/billing/invoices');
    navigation.dispatchEvent(new Event('currententrychange'));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('billing#invoice-missing'));
    delete (window as { navigation?: unknown }).navigation;
    window.history.replaceState(null, '', '/');
  });
});

describe('given a load that resolves to a module', () => {
  it('uses its default export, as `() => import("./help.json")` gives', async () => {
    renderHelp({ load: () => Promise.resolve({ default: sampleIndex() }), defaultOpen: true });
    expect(await dialog().findByRole('combobox', { name: 'Search help' })).toBeInTheDocument();
  });

  it('shows an error that names the problem when it resolves to something else', async () => {
    renderHelp({ load: () => Promise.resolve({ hello: 'world' } as never), defaultOpen: true });
    expect(await dialog().findByRole('alert')).toHaveTextContent(/not a help-panel index/);
  });
});

describe('given analytics events', () => {
  it('reports the match once per change of matches, and each view once, in StrictMode too', async () => {
    const user = userEvent.setup();
    const events: HelpEvent[] = [];
    renderHelp({ route: '/billing/invoices', onEvent: (e) => events.push(e) });
    await user.click(screen.getByRole('button', { name: 'Help' }));
    expect(events.map((e) => e.type)).toEqual(['context-matched', 'panel-opened', 'article-viewed']);
    expect(events[0]).toMatchObject({
      type: 'context-matched',
      matches: [{ symptomId: 'billing#invoice-missing' }, { symptomId: 'billing#card-declined' }],
    });
  });
});
