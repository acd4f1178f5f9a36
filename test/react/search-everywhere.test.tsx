import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { HelpPanel, HelpProvider, createMemoryStorage } from '../../src/react/index';
import { expectNoAxeViolations, renderHelp } from './fixtures/render-help';
import { sampleIndex } from './fixtures/sample-index';

const dialog = () => within(screen.getByRole('dialog'));
const input = () => dialog().getByRole('combobox', { name: 'Search help' });
const screenName = () => screen.getByRole('dialog').querySelector('[data-help-part="screen"]')?.getAttribute('data-screen');
const symptomTitle = () => dialog().queryByRole('heading', { name: 'Webhooks not firing', level: 3 });

describe('given the panel open on a suggested symptom', () => {
  it('has the search box in the header, and its results replace the symptom', async () => {
    const user = userEvent.setup();
    renderHelp({ route: '/settings/webhooks', defaultOpen: true });
    expect(symptomTitle()).toHaveFocus();
    const header = screen.getByRole('dialog').querySelector('[data-help-part="header"]') as HTMLElement;
    expect(within(header).getByRole('combobox', { name: 'Search help' })).toBeInTheDocument();

    await user.type(input(), 'invoice');
    const list = await dialog().findByRole('listbox', { name: 'Search results' });
    expect(within(list).getAllByRole('option')[0]).toHaveTextContent('Invoice missing');
    expect(screenName()).toBe('search');
    expect(symptomTitle()).not.toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('returns to the symptom, as the user left it, on Escape', async () => {
    const user = userEvent.setup();
    renderHelp({ route: '/settings/webhooks', defaultOpen: true });
    const check = dialog().getAllByRole('checkbox')[0]!;
    await user.click(check);
    await user.type(input(), 'invoice');
    await dialog().findByRole('listbox');
    await user.keyboard('{Escape}');
    expect(screenName()).toBe('symptom');
    expect(symptomTitle()).toBeInTheDocument();
    expect(dialog().getAllByRole('checkbox')[0]).toBeChecked();
    expect(input()).toHaveValue('');
    expect(input()).toHaveFocus();
    // The panel is still open: the first Escape only left the results.
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('returns to the symptom with Back, which shows while searching even with nothing to go back to', async () => {
    const user = userEvent.setup();
    renderHelp({ route: '/settings/webhooks', defaultOpen: true });
    expect(dialog().queryByRole('button', { name: 'Back' })).not.toBeInTheDocument();
    await user.type(input(), 'invoice');
    await user.click(dialog().getByRole('button', { name: 'Back' }));
    expect(symptomTitle()).toBeInTheDocument();
    expect(dialog().queryByRole('button', { name: 'Back' })).not.toBeInTheDocument();
    expect(input()).toHaveFocus();
  });

  it('opens a result; Back returns to the results, and Back again to the symptom', async () => {
    const user = userEvent.setup();
    renderHelp({ route: '/settings/webhooks', defaultOpen: true });
    await user.type(input(), 'invoice');
    await user.click(await dialog().findByRole('option', { name: /Invoice missing/ }));
    expect(dialog().getByRole('heading', { name: 'Invoice missing', level: 3 })).toHaveFocus();
    expect(input()).toHaveValue('');

    await user.click(dialog().getByRole('button', { name: 'Back' }));
    expect(input()).toHaveValue('invoice');
    expect(dialog().getByRole('listbox')).toBeInTheDocument();
    expect(input()).toHaveFocus();

    await user.click(dialog().getByRole('button', { name: 'Back' }));
    expect(symptomTitle()).toBeInTheDocument();
    expect(screenName()).toBe('symptom');
  });

  it('focuses the search box on "/" from anywhere in the panel, but types it in a field', async () => {
    const user = userEvent.setup();
    renderHelp({ route: '/settings/webhooks', defaultOpen: true });
    expect(symptomTitle()).toHaveFocus();
    await user.keyboard('/');
    expect(input()).toHaveFocus();
    expect(input()).toHaveValue('');
    await user.keyboard('a/b');
    expect(input()).toHaveValue('a/b');
  });
});

describe('given the panel open on an article', () => {
  it('searches from the article too', async () => {
    const user = userEvent.setup();
    renderHelp({ defaultOpen: true });
    await user.click(dialog().getByRole('button', { name: /Getting started/ }));
    await dialog().findByRole('heading', { name: 'Getting started', level: 3 });
    await user.type(input(), 'webhook');
    expect(await dialog().findByRole('option', { name: /Webhooks not firing/ })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(dialog().getByRole('heading', { name: 'Getting started', level: 3 })).toBeInTheDocument();
  });
});

describe('given a custom layout whose header leaves the search out', () => {
  it('shows no search box in the header', () => {
    render(
      <HelpProvider index={sampleIndex()} storage={createMemoryStorage()} route="/settings/webhooks" defaultOpen>
        <HelpPanel.Root>
          <HelpPanel.Content>
            <HelpPanel.Header search={false} />
            <HelpPanel.Screen />
          </HelpPanel.Content>
        </HelpPanel.Root>
      </HelpProvider>,
    );
    expect(dialog().queryByRole('combobox', { name: 'Search help' })).not.toBeInTheDocument();
    expect(symptomTitle()).toBeInTheDocument();
  });
});
