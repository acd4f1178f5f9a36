import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { HelpPanel, HelpProvider, createMemoryStorage, preloadHelpPanel } from '../../src/react/index';
import { hashText } from '../../src/engine/state/progress-store';
import { sampleIndex } from './fixtures/sample-index';

describe('given server-rendered HTML', () => {
  it('hydrates without a mismatch, even with saved progress and a route only the browser knows', async () => {
    const storage = createMemoryStorage();
    storage.setItem('help-panel:acme:billing#card-declined', JSON.stringify({ v: 1, checked: { 'try-another-card': hashText('Try another card') } }));
    const app = (
      <HelpProvider index={sampleIndex()} storage={storage}>
        <main>
          <HelpPanel.Checklist symptomId="billing#card-declined" />
        </main>
        <HelpPanel />
      </HelpProvider>
    );
    const container = document.createElement('div');
    container.innerHTML = renderToString(app);
    // The server cannot see the user's storage: it renders no progress.
    expect(container.textContent).toContain('0 of 2 checked');
    document.body.append(container);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const recoverable = vi.fn();
    const root = hydrateRoot(container, app, { onRecoverableError: recoverable });
    await act(async () => {});
    expect(recoverable).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    expect(container.querySelector('[data-help-part="trigger"]')).not.toBeNull();
    // After hydration the saved progress shows.
    expect(container.textContent).toContain('1 of 2 checked');
    act(() => root.unmount());
    container.remove();
    errors.mockRestore();
  });

  it('hydrates a drawer the server rendered open, then shows it in the page', async () => {
    // The server renders an open panel once its chunks are in (preloadHelpPanel); the drawer is a portal,
    // which the server leaves out and the browser mounts after hydrating.
    await preloadHelpPanel();
    const app = (
      <HelpProvider index={sampleIndex()} storage={createMemoryStorage()} defaultOpen>
        <main>The app</main>
        <HelpPanel />
      </HelpProvider>
    );
    const container = document.createElement('div');
    container.innerHTML = renderToString(app);
    document.body.append(container);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const recoverable = vi.fn();
    const root = hydrateRoot(container, app, { onRecoverableError: recoverable });
    await act(async () => {});
    expect(recoverable).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    const dialog = document.body.querySelector('[role="dialog"]');
    expect(dialog).not.toBeNull();
    expect(container.contains(dialog)).toBe(false);
    act(() => root.unmount());
    container.remove();
    errors.mockRestore();
  });
});
