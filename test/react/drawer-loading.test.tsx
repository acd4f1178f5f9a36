import { StrictMode } from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from './fixtures/render-help';
import { sampleIndex } from './fixtures/sample-index';

/** The React entry as a page gets it before the idle prefetch: a fresh module registry, the drawer's inside not loaded. */
async function coldEntry() {
  vi.resetModules();
  return import('../../src/react/index');
}

describe('given a drawer opened before its inside has loaded', () => {
  it('says it is loading, with a title and Close, then shows the screen and focuses the search box on home', async () => {
    const { HelpPanel, HelpProvider, createMemoryStorage } = await coldEntry();
    render(
      <StrictMode>
        <HelpProvider index={sampleIndex()} storage={createMemoryStorage()} route={null} defaultOpen>
          <main>Host app</main>
          <HelpPanel />
        </HelpProvider>
      </StrictMode>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Help' });
    expect(within(dialog).getByText('Loading help…')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Close help' })).toBeInTheDocument();
    await expectNoAxeViolations();
    const search = await within(dialog).findByRole('combobox', { name: 'Search help' });
    await waitFor(() => expect(search).toHaveFocus());
    expect(within(dialog).queryByText('Loading help…')).toBeNull();
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
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByText('Loading help…')).toBeInTheDocument();
    await preloadHelpPanel();
    await waitFor(() => expect(within(dialog).queryByText('Loading help…')).toBeNull());
    expect(within(dialog).getByRole('heading', { name: 'Help' })).toBeInTheDocument();
    expect(dialog.querySelector('[data-help-part="home"]')).not.toBeNull();
    expect(within(dialog).queryByRole('combobox')).toBeNull();
  });
});
