import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HelpEvent } from '../../src/react/index';
import { useHelp } from '../../src/react/index';
import { expectNoAxeViolations, renderHelp } from './fixtures/render-help';

const dialog = () => within(screen.getByRole('dialog'));

/** Puts the page at an address, as if the user had followed a link to it. */
function arriveAt(address: string) {
  window.history.replaceState(null, '', address);
}

afterEach(() => {
  arriveAt('/');
});

/** A clipboard that refuses, as a browser does without permission. Set after `userEvent.setup()`, which installs its own. */
function refuseClipboard() {
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: () => Promise.reject(new Error('denied')) },
  });
}

describe('given an address with ?help=<symptom id>', () => {
  it('opens the panel on that symptom when the page loads, and says it came from a link', async () => {
    arriveAt('/settings?tab=2&help=webhooks%23not-firing');
    const events: HelpEvent[] = [];
    renderHelp({ onEvent: (e) => events.push(e) });
    expect(await dialog().findByRole('heading', { name: 'Webhooks not firing', level: 3 })).toBeInTheDocument();
    expect(events).toContainEqual({ type: 'panel-opened', by: 'link' });
    expect(events.filter((e) => e.type === 'panel-opened')).toHaveLength(1);
    await expectNoAxeViolations();
  });

  it('opens an article by its id', async () => {
    arriveAt('/?help=billing');
    renderHelp();
    expect(await dialog().findByRole('heading', { name: 'Billing problems', level: 3 })).toBeInTheDocument();
  });
});

describe('given a link to an id the help center does not have', () => {
  it('opens the not-found screen, never an error', async () => {
    arriveAt('/?help=no-such-article%23nope');
    const onError = vi.fn();
    renderHelp({ onError });
    expect(await dialog().findByText('This help article could not be found.')).toBeInTheDocument();
    expect(screen.getByRole('dialog').querySelector('[data-help-part="go-home"]')).toHaveTextContent('All help');
    expect(onError).not.toHaveBeenCalled();
    await expectNoAxeViolations();
  });
});

describe('given a custom or switched-off link parameter', () => {
  it('reads the parameter the host names', async () => {
    arriveAt('/?support=billing%23card-declined&help=webhooks');
    renderHelp({ linkParam: 'support' });
    expect(await dialog().findByRole('heading', { name: 'Card declined', level: 3 })).toBeInTheDocument();
  });

  it('reads nothing and offers no "Copy link" when switched off', async () => {
    arriveAt('/?help=webhooks');
    let linkTo: ((id: string) => string | null) | undefined;
    function Host() {
      linkTo = useHelp().linkTo;
      return null;
    }
    renderHelp({ linkParam: false, host: <Host />, route: '/settings/webhooks' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(linkTo?.('webhooks')).toBeNull();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Help' }));
    expect(dialog().getByRole('heading', { name: 'Webhooks not firing' })).toBeInTheDocument();
    expect(dialog().queryByRole('button', { name: 'Copy link' })).not.toBeInTheDocument();
  });
});

describe('given useHelp().linkTo', () => {
  it('gives this page’s address with the id, other parameters kept and the # encoded', () => {
    arriveAt('/inboxes/7?tab=settings');
    let link: string | null = null;
    function Host() {
      link = useHelp().linkTo('webhooks#not-firing');
      return null;
    }
    renderHelp({ host: <Host /> });
    const url = new URL(link!);
    expect(url.pathname).toBe('/inboxes/7');
    expect(url.searchParams.get('tab')).toBe('settings');
    expect(url.searchParams.get('help')).toBe('webhooks#not-firing');
    expect(link).toContain('help=webhooks%23not-firing');
  });
});

describe('given "Copy link" on a symptom', () => {
  it('puts the symptom’s link on the clipboard and announces it', async () => {
    arriveAt('/settings/webhooks');
    const user = userEvent.setup();
    renderHelp({ route: '/settings/webhooks', defaultOpen: true });
    await user.click(dialog().getByRole('button', { name: 'Copy link' }));
    expect(await navigator.clipboard.readText()).toBe(`${window.location.origin}/settings/webhooks?help=webhooks%23not-firing`);
    await waitFor(() => expect(screen.getByRole('dialog').querySelector('[data-help-part="copy-link-status"]')).toHaveTextContent('Link copied'));
  });

  it('shows the link to copy by hand when the clipboard refuses', async () => {
    const user = userEvent.setup();
    refuseClipboard();
    renderHelp({ route: '/settings/webhooks', defaultOpen: true });
    await user.click(dialog().getByRole('button', { name: 'Copy link' }));
    const field = await dialog().findByRole('textbox', { name: 'Copy this link:' });
    expect((field as HTMLInputElement).value).toMatch(/\?help=webhooks%23not-firing$/);
    await expectNoAxeViolations();
  });
});

describe('given "Copy link" on an article', () => {
  it('copies the article’s link', async () => {
    const user = userEvent.setup();
    renderHelp({ defaultOpen: true });
    await user.click(dialog().getByRole('button', { name: /Getting started/ }));
    await user.click(await dialog().findByRole('button', { name: 'Copy link' }));
    expect(await navigator.clipboard.readText()).toMatch(/\?help=getting-started$/);
  });
});
