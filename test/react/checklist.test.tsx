import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { HelpEvent } from '../../src/react/index';
import { HelpPanel, HelpProvider, createMemoryStorage, createSafeStorage, type ProgressStorage } from '../../src/react/index';
import type { HelpIndex } from '../../src/schema/help-index';
import { expectNoAxeViolations, renderHelp } from './fixtures/render-help';
import { sampleIndex } from './fixtures/sample-index';

const dialog = () => within(screen.getByRole('dialog'));
const checks = () => dialog().getByRole('group', { name: 'Checks: Invoice missing' });

function renderChecklist(storage: ProgressStorage, index: HelpIndex = sampleIndex(), onEvent?: (e: HelpEvent) => void) {
  return render(
    <HelpProvider index={index} storage={storage} route="/billing/invoices" defaultOpen onEvent={onEvent}>
      <HelpPanel />
    </HelpProvider>,
  );
}

describe('given a symptom with five checks', () => {
  it('toggles each check as a checkbox and counts them', async () => {
    const user = userEvent.setup();
    const events: HelpEvent[] = [];
    renderChecklist(createMemoryStorage(), sampleIndex(), (e) => events.push(e));
    const group = checks();
    expect(within(group).getAllByRole('checkbox')).toHaveLength(5);
    expect(within(group).getByText('0 of 5 checked')).toBeInTheDocument();

    await user.click(within(group).getByRole('checkbox', { name: 'Confirm the billing email' }));
    await user.click(within(group).getByLabelText('Check the spam folder'));
    // Space toggles too, as on any checkbox.
    within(group).getByRole('checkbox', { name: 'Ask the account owner' }).focus();
    await user.keyboard(' ');
    expect(within(group).getByText('3 of 5 checked')).toBeInTheDocument();
    expect(within(group).getByRole('checkbox', { name: 'Confirm the billing email' })).toBeChecked();
    expect(events).toContainEqual({
      type: 'check-toggled',
      symptomId: 'billing#invoice-missing',
      checkId: 'check-the-spam-folder',
      checked: true,
      by: 'user',
    });

    await user.click(within(group).getByRole('checkbox', { name: 'Check the spam folder' }));
    expect(within(group).getByText('2 of 5 checked')).toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('fills its bar as checks are ticked, a bar kept from assistive technology (the count says it)', async () => {
    const user = userEvent.setup();
    renderChecklist(createMemoryStorage());
    const bar = checks().querySelector('progress[data-help-part="checklist-meter"]');
    expect(bar).toHaveAttribute('aria-hidden', 'true');
    expect(bar).toHaveProperty('max', 5);
    expect(bar).toHaveProperty('value', 0);
    await user.click(within(checks()).getByRole('checkbox', { name: 'Confirm the billing email' }));
    await user.click(within(checks()).getByRole('checkbox', { name: 'Check the spam folder' }));
    expect(bar).toHaveProperty('value', 2);
    expect(within(checks()).queryByRole('progressbar')).toBeNull();
    await expectNoAxeViolations();
  });

  it('resets every check', async () => {
    const user = userEvent.setup();
    renderChecklist(createMemoryStorage());
    await user.click(within(checks()).getByRole('checkbox', { name: 'Confirm the billing email' }));
    await user.click(within(checks()).getByRole('button', { name: 'Reset checks' }));
    expect(within(checks()).getByText('0 of 5 checked')).toBeInTheDocument();
    expect(within(checks()).getAllByRole('checkbox').filter((c) => (c as HTMLInputElement).checked)).toHaveLength(0);
  });

  it('keeps progress across a reload', async () => {
    const user = userEvent.setup();
    const storage = createMemoryStorage();
    const first = renderChecklist(storage);
    await user.click(within(checks()).getByRole('checkbox', { name: 'Check the spam folder' }));
    first.unmount();

    renderChecklist(storage);
    expect(within(checks()).getByRole('checkbox', { name: 'Check the spam folder' })).toBeChecked();
    expect(within(checks()).getByText('1 of 5 checked')).toBeInTheDocument();
  });

  it('saves to localStorage under the namespace, help center and symptom by default', async () => {
    const user = userEvent.setup();
    window.localStorage.clear();
    render(
      <HelpProvider index={sampleIndex()} route="/billing/invoices" defaultOpen>
        <HelpPanel />
      </HelpProvider>,
    );
    await user.click(within(checks()).getByRole('checkbox', { name: 'Check the spam folder' }));
    const saved = window.localStorage.getItem('help-panel:acme:billing#invoice-missing');
    expect(JSON.parse(saved ?? '{}').checks['check-the-spam-folder']).toMatchObject({ on: true });
    window.localStorage.clear();
  });

  it('resets only the check whose text an author edited', async () => {
    const user = userEvent.setup();
    const storage = createMemoryStorage();
    const first = renderChecklist(storage);
    await user.click(within(checks()).getByRole('checkbox', { name: 'Confirm the billing email' }));
    await user.click(within(checks()).getByRole('checkbox', { name: 'Check the spam folder' }));
    first.unmount();

    // Same id, new wording: the old tick no longer applies to it.
    const edited = sampleIndex();
    const invoice = edited.symptoms.find((s) => s.id === 'billing#invoice-missing');
    const spam = invoice?.checks.find((c) => c.id === 'check-the-spam-folder');
    if (!spam) throw new Error('fixture changed');
    spam.text = 'Check the spam and junk folders';
    renderChecklist(storage, edited);
    expect(within(checks()).getByRole('checkbox', { name: 'Confirm the billing email' })).toBeChecked();
    expect(within(checks()).getByRole('checkbox', { name: 'Check the spam folder' })).not.toBeChecked();
    expect(within(checks()).getByText('1 of 5 checked')).toBeInTheDocument();
  });

  it('keeps working in memory when storage throws on every call', async () => {
    const user = userEvent.setup();
    const refusing: ProgressStorage = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    renderChecklist(createSafeStorage(() => refusing));
    await user.click(within(checks()).getByRole('checkbox', { name: 'Check the spam folder' }));
    expect(within(checks()).getByText('1 of 5 checked')).toBeInTheDocument();
  });

  it('keeps working when a custom storage throws, even without the safe wrapper', async () => {
    const user = userEvent.setup();
    const full: ProgressStorage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {},
    };
    renderChecklist(full);
    await user.click(within(checks()).getByRole('checkbox', { name: 'Check the spam folder' }));
    expect(within(checks()).getByText('1 of 5 checked')).toBeInTheDocument();
  });
});

describe('given an article with checklists in its body', () => {
  it('renders them as the same interactive checklists, sharing progress with the symptom screen', async () => {
    const user = userEvent.setup();
    renderHelp({ route: '/billing/invoices', defaultOpen: true });
    await user.click(within(checks()).getByRole('checkbox', { name: 'Check the spam folder' }));
    await user.click(dialog().getByRole('button', { name: 'Read the full article' }));
    const inArticle = await dialog().findByRole('group', { name: 'Checks: Invoice missing' });
    expect(within(inArticle).getByRole('checkbox', { name: 'Check the spam folder' })).toBeChecked();
    expect(dialog().getByRole('group', { name: 'Checks: Card declined' })).toHaveTextContent('0 of 2 checked');
  });
});

describe('given HelpPanel.Checklist on its own', () => {
  it('shows the checks of any symptom where the product puts it', async () => {
    const user = userEvent.setup();
    render(
      <HelpProvider index={sampleIndex()} storage={createMemoryStorage()} route={null}>
        <HelpPanel.Checklist symptomId="billing#card-declined" />
      </HelpProvider>,
    );
    await user.click(screen.getByRole('checkbox', { name: 'Try another card' }));
    expect(screen.getByText('1 of 2 checked')).toBeInTheDocument();
  });
});
