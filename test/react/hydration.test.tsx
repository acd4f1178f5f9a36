import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { HelpPanel, HelpProvider, createMemoryStorage } from '../../src/react/index';
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
});
