import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { HelpEvent } from '../../src/react/index';
import { useHelpContext } from '../../src/react/help-context';
import { expectNoAxeViolations, renderHelp } from './fixtures/render-help';

const dialog = () => within(screen.getByRole('dialog'));
const input = () => dialog().getByRole('combobox', { name: 'Search help' });

describe('given the search box on home', () => {
  it('shows results with the matched text highlighted, as an ARIA listbox', async () => {
    const user = userEvent.setup();
    renderHelp({ defaultOpen: true });
    await user.type(input(), 'webhook');
    const list = await dialog().findByRole('listbox', { name: 'Search results' });
    const options = within(list).getAllByRole('option');
    expect(options[0]).toHaveTextContent('Webhooks not firing');
    expect(options[0]?.querySelector('mark')?.textContent?.toLowerCase()).toContain('webhook');
    expect(input()).toHaveAttribute('aria-expanded', 'true');
    expect(input()).toHaveAttribute('aria-controls', list.id);
    // Home's lists step aside while searching.
    expect(dialog().queryByRole('region', { name: 'Integrations' })).not.toBeInTheDocument();
    expect(screen.getByRole('dialog').querySelector('[data-screen]')).toHaveAttribute('data-screen', 'search');
    await expectNoAxeViolations();
  });

  it('finds a symptom despite a typo', async () => {
    const user = userEvent.setup();
    renderHelp({ defaultOpen: true });
    await user.type(input(), 'invoise');
    expect(await dialog().findByRole('option', { name: /Invoice missing/ })).toBeInTheDocument();
  });

  it('moves through results with ↑ ↓ and opens the active one with Enter', async () => {
    const user = userEvent.setup();
    renderHelp({ defaultOpen: true });
    await user.type(input(), 'billing');
    const options = within(await dialog().findByRole('listbox')).getAllByRole('option');
    expect(options.length).toBeGreaterThan(1);

    await user.keyboard('{ArrowDown}');
    expect(input()).toHaveAttribute('aria-activedescendant', options[0]?.id);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}');
    expect(input()).toHaveAttribute('aria-activedescendant', options[1]?.id);
    await user.keyboard('{ArrowUp}{ArrowUp}');
    // Wraps from the first to the last.
    expect(input()).toHaveAttribute('aria-activedescendant', options[options.length - 1]?.id);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    const chosen = options[1]?.querySelector('[data-help-part="result-title"]')?.textContent ?? '';
    await user.keyboard('{Enter}');
    expect(dialog().getByRole('heading', { name: chosen, level: 3 })).toHaveFocus();

    // Back returns to the results, query kept.
    await user.click(dialog().getByRole('button', { name: 'Back' }));
    expect(input()).toHaveValue('billing');
    expect(dialog().getByRole('listbox')).toBeInTheDocument();
  });

  it('opens the first result on Enter when none is active, and a result on click', async () => {
    const user = userEvent.setup();
    renderHelp({ defaultOpen: true });
    await user.type(input(), 'webhook');
    await dialog().findByRole('listbox');
    await user.keyboard('{Enter}');
    expect(dialog().getByRole('heading', { name: 'Webhooks not firing' })).toBeInTheDocument();
    await user.click(dialog().getByRole('button', { name: 'Back' }));
    await user.click(dialog().getByRole('option', { name: /Webhooks not firing/ }));
    expect(dialog().getByRole('heading', { name: 'Webhooks not firing' })).toBeInTheDocument();
  });

  it('clears the query with the first Escape and closes the drawer with the second', async () => {
    const user = userEvent.setup();
    renderHelp({ defaultOpen: true });
    await user.type(input(), 'webhook');
    await user.keyboard('{Escape}');
    expect(input()).toHaveValue('');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('ignores Enter and arrows while an IME is composing', async () => {
    const user = userEvent.setup();
    renderHelp({ defaultOpen: true });
    await user.type(input(), 'webhook');
    await dialog().findByRole('listbox');
    fireEvent.keyDown(input(), { key: 'ArrowDown', isComposing: true });
    fireEvent.keyDown(input(), { key: 'Enter', isComposing: true });
    expect(input()).not.toHaveAttribute('aria-activedescendant');
    expect(dialog().getByRole('listbox')).toBeInTheDocument();
  });

  it('says there are no results and announces the count', async () => {
    const user = userEvent.setup();
    renderHelp({ defaultOpen: true });
    await user.type(input(), 'qqqxxzzv');
    expect(await dialog().findByText('No results for “qqqxxzzv”.')).toBeInTheDocument();
    expect(dialog().getByRole('status')).toHaveTextContent('0 results');
    expect(input()).toHaveAttribute('aria-expanded', 'false');
    expect(input()).not.toHaveAttribute('aria-controls');
    await expectNoAxeViolations();
  });

  it('clears with the clear button and shows home again', async () => {
    const user = userEvent.setup();
    renderHelp({ defaultOpen: true });
    await user.type(input(), 'webhook');
    await user.click(dialog().getByRole('button', { name: 'Clear search' }));
    expect(input()).toHaveValue('');
    expect(dialog().getByRole('region', { name: 'Integrations' })).toBeInTheDocument();
  });

  it('reports a search once when the user opens a result, not once per keystroke', async () => {
    const user = userEvent.setup();
    const events: HelpEvent[] = [];
    renderHelp({ defaultOpen: true, onEvent: (e) => events.push(e) });
    await user.type(input(), 'webhook');
    await user.click(await dialog().findByRole('option', { name: /Webhooks not firing/ }));
    const searches = events.filter((e) => e.type === 'search');
    expect(searches).toEqual([{ type: 'search', query: 'webhook', resultCount: expect.any(Number) }]);
    expect(searches[0]?.type === 'search' && searches[0].resultCount).toBeGreaterThan(0);
  });

  it('does not break on odd queries', async () => {
    const user = userEvent.setup();
    renderHelp({ defaultOpen: true });
    for (const query of ['(((', '.*', '\\', '   ', '🙂', 'a'.repeat(60)]) {
      await user.clear(input());
      await user.type(input(), query.replace(/[{[]/g, (c) => c + c));
    }
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });
});

describe('given a search delay', () => {
  it('searches once typing pauses, not on every keystroke', async () => {
    vi.useFakeTimers();
    try {
      renderHelp({ defaultOpen: true, searchDelay: 300 });
      for (const value of ['w', 'we', 'web', 'webhook']) {
        fireEvent.change(input(), { target: { value } });
        await act(() => vi.advanceTimersByTimeAsync(100));
        expect(dialog().queryByRole('listbox')).not.toBeInTheDocument();
      }
      await act(() => vi.advanceTimersByTimeAsync(200));
      expect(dialog().getByRole('listbox')).toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('given several searches in one visit', () => {
  it('keeps the committed queries, in order, for the escalation to report', async () => {
    const user = userEvent.setup();
    let tried = { current: [] as string[] };
    function Probe() {
      tried = { current: useHelpContext('Probe').visit.searches };
      return null;
    }
    renderHelp({ defaultOpen: true, host: <Probe /> });
    await user.type(input(), 'webhook{Enter}');
    await user.click(dialog().getByRole('button', { name: 'Back' }));
    await user.clear(input());
    await user.type(input(), 'invoice{Enter}');
    expect(tried.current).toEqual(['webhook', 'invoice']);
  });
});

describe('given a search, then closing and reopening the panel', () => {
  it('starts the new visit with an empty search box', async () => {
    const user = userEvent.setup();
    renderHelp();
    await user.click(screen.getByRole('button', { name: 'Help' }));
    await user.type(input(), 'webhook');
    await user.click(dialog().getByRole('button', { name: 'Close help' }));
    await user.click(screen.getByRole('button', { name: 'Help' }));
    expect(input()).toHaveValue('');
  });
});
