import { StrictMode } from 'react';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from './fixtures/render-help';
import { sampleIndex } from './fixtures/sample-index';

/** The React entry as a page gets it before the idle prefetch: a fresh module registry, nothing of the drawer loaded. */
async function coldEntry() {
  vi.resetModules();
  return import('../../src/react/index');
}

afterEach(() => {
  vi.doUnmock('../../src/react/drawer');
});

describe('given a drawer opened before its chunk has loaded', () => {
  it('says it is loading where the drawer will be, then opens the dialog and focuses the search box on home', async () => {
    const { HelpPanel, HelpProvider, createMemoryStorage } = await coldEntry();
    render(
      <StrictMode>
        <HelpProvider index={sampleIndex()} storage={createMemoryStorage()} route={null} defaultOpen>
          <main>Host app</main>
          <HelpPanel />
        </HelpProvider>
      </StrictMode>,
    );
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('Loading help…');
    expect(screen.getByRole('button', { name: 'Help' })).toHaveAttribute('aria-expanded', 'true');
    await expectNoAxeViolations();
    const dialog = await screen.findByRole('dialog', { name: 'Help' });
    const search = await within(dialog).findByRole('combobox', { name: 'Search help' });
    await waitFor(() => expect(search).toHaveFocus());
    expect(screen.queryByText('Loading help…')).toBeNull();
    // The modal drawer hides the page from assistive technology, the trigger with it.
    expect(screen.getByRole('button', { name: 'Help', hidden: true })).toHaveAttribute('aria-controls', dialog.id);
  });

  it('renders the parts of a custom layout once the chunk is there, and nothing before', async () => {
    const { HelpPanel, HelpProvider, createMemoryStorage, preloadHelpPanel } = await coldEntry();
    render(
      <HelpProvider index={sampleIndex()} storage={createMemoryStorage()} route={null} defaultOpen>
        <HelpPanel.Root>
          <HelpPanel.Content>
            <HelpPanel.Header search={false} />
            <HelpPanel.Home />
          </HelpPanel.Content>
        </HelpPanel.Root>
      </HelpProvider>,
    );
    expect(screen.getByText('Loading help…')).toBeInTheDocument();
    await act(() => preloadHelpPanel());
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('heading', { name: 'Help' })).toBeInTheDocument();
    expect(dialog.querySelector('[data-help-part="home"]')).not.toBeNull();
    expect(within(dialog).queryByRole('combobox')).toBeNull();
  });

  it('says it could not load when the chunk fails, offers a retry that opens it, and closes on Escape', async () => {
    let offline = true;
    vi.doMock('../../src/react/drawer', async (importOriginal) => {
      if (offline) throw new TypeError('Failed to fetch dynamically imported module');
      return importOriginal();
    });
    const { HelpPanel, HelpProvider, createMemoryStorage } = await coldEntry();
    const onError = vi.fn();
    const user = userEvent.setup();
    render(
      <HelpProvider index={sampleIndex()} storage={createMemoryStorage()} route={null} onError={onError}>
        <main>Host app</main>
        <HelpPanel />
      </HelpProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Help' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Help could not be loaded.');
    const retry = within(alert).getByRole('button', { name: 'Try again' });
    await waitFor(() => expect(retry).toHaveFocus());
    expect(onError).toHaveBeenCalledWith(expect.any(Error));
    await expectNoAxeViolations();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('button', { name: 'Help' })).toHaveAttribute('aria-expanded', 'false');

    await user.click(screen.getByRole('button', { name: 'Help' }));
    const again = await screen.findByRole('alert');
    offline = false;
    await user.click(within(again).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('dialog', { name: 'Help' })).toBeInTheDocument();
    expect(screen.getByText('Host app')).toBeInTheDocument();
  });
});
