import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createEscalationDraftStore } from '../../src/engine/state/escalation-draft-store';
import { createProgressStore } from '../../src/engine/state/progress-store';
import {
  HelpPanel, HelpProvider, HelpStorageError, createMemoryStorage, useHelp, type EscalationPayload, type ProgressStorage,
} from '../../src/react/index';
import { EscalationForm } from '../../src/react/support/escalation-form';
import { check, symptom } from './support/fixtures';
import { expectNoAxeViolations } from './support/axe';
import { sampleIndex } from './fixtures/sample-index';

const KEY = 'help-panel:acme:billing#invoice-missing';
const invoice = () => sampleIndex().symptoms.find((s) => s.id === 'billing#invoice-missing')!;
const checks = () => within(screen.getByRole('dialog')).getByRole('group', { name: 'Checks: Invoice missing' });
const box = (name: string) => within(checks()).getByRole('checkbox', { name });

afterEach(() => {
  window.localStorage.clear();
});

/** What the browser does in this tab when another tab writes `key`. */
function otherTabWrote(key: string | null) {
  act(() => {
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: key === null ? null : window.localStorage.getItem(key) }));
  });
}

function SignOut() {
  const { clearHelpData } = useHelp();
  return (
    <button type="button" onClick={clearHelpData}>
      Sign out
    </button>
  );
}

function App(props: { userId?: string; storage?: ProgressStorage; onError?: (error: unknown) => void }) {
  return (
    <HelpProvider index={sampleIndex()} route="/billing/invoices" defaultOpen {...props}>
      <SignOut />
      <HelpPanel modal={false} />
    </HelpProvider>
  );
}

describe('given the panel open in this tab and another tab on the same localStorage', () => {
  it('shows a tick made in the other tab without a reload', () => {
    render(<App />);
    expect(box('Check the spam folder')).not.toBeChecked();
    // The other tab: its own store on the same localStorage.
    createProgressStore(window.localStorage, 'help-panel', 'acme').set(invoice(), 'check-the-spam-folder', true);
    otherTabWrote(KEY);
    expect(box('Check the spam folder')).toBeChecked();
    expect(within(checks()).getByText('1 of 5 checked')).toBeInTheDocument();
  });

  it('keeps the other tab’s tick when this stale tab ticks another check', async () => {
    const user = userEvent.setup();
    render(<App />);
    createProgressStore(window.localStorage, 'help-panel', 'acme').set(invoice(), 'confirm-the-billing-email', true);
    // No storage event yet: this tab still shows it unticked, and ticks another one.
    await user.click(box('Check the spam folder'));
    expect(box('Confirm the billing email')).toBeChecked();
    const reloaded = createProgressStore(window.localStorage, 'help-panel', 'acme');
    expect([...reloaded.checked(invoice())]).toEqual(['confirm-the-billing-email', 'check-the-spam-folder']);
  });

  it('clears progress and note on sign-out, in storage, in this tab and when another tab signs out', async () => {
    const user = userEvent.setup();
    window.localStorage.setItem('host-app:session', 'kept');
    render(<App />);
    await user.click(box('Check the spam folder'));
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(box('Check the spam folder')).not.toBeChecked();
    expect(window.localStorage.getItem(KEY)).toBeNull();
    expect(window.localStorage.getItem('host-app:session')).toBe('kept');

    // Another tab signs out: its cleared-at key reaches this one.
    await user.click(box('Ask the account owner'));
    window.localStorage.removeItem(KEY);
    window.localStorage.setItem('help-panel:cleared-at', String(Date.now() + 1));
    otherTabWrote('help-panel:cleared-at');
    expect(box('Ask the account owner')).not.toBeChecked();
  });

  it('forgets everything when the host calls localStorage.clear() in another tab', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(box('Check the spam folder'));
    window.localStorage.clear();
    otherTabWrote(null);
    expect(box('Check the spam folder')).not.toBeChecked();
  });
});

describe('given a visit with searches when the user signs out', () => {
  it('leaves none of them in the next escalation', async () => {
    const user = userEvent.setup();
    const sent: EscalationPayload[] = [];
    render(
      <HelpProvider index={sampleIndex()} route="/nowhere" defaultOpen onEscalate={(payload) => void sent.push(payload)}>
        <SignOut />
        <HelpPanel modal={false} />
      </HelpProvider>,
    );
    const dialog = () => within(screen.getByRole('dialog'));
    await user.type(dialog().getByRole('combobox', { name: 'Search help' }), 'qqqzzzxx{Enter}');
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(dialog().getByRole('combobox', { name: 'Search help' })).toHaveValue('');
    await user.click(await dialog().findByRole('button', { name: 'Still stuck? Contact support' }));
    await user.click(await dialog().findByRole('button', { name: 'Send to support' }));
    await dialog().findByText(/^Sent\./);
    expect(sent[0]!.searches).toEqual([]);
  });
});

describe('given two people using one browser', () => {
  it('keeps each user’s progress apart', async () => {
    const user = userEvent.setup();
    const storage = createMemoryStorage();
    const view = render(<App userId="alice@example.com" storage={storage} />);
    await user.click(box('Check the spam folder'));
    view.rerender(<App userId="bob@example.com" storage={storage} />);
    expect(box('Check the spam folder')).not.toBeChecked();
    view.rerender(<App userId="alice@example.com" storage={storage} />);
    expect(box('Check the spam folder')).toBeChecked();
  });
});

describe('given storage holding a corrupt value', () => {
  it('shows the checklist, and tells onError with a HelpStorageError', async () => {
    const storage = createMemoryStorage();
    storage.setItem(KEY, '{"v": 2, "checks": {');
    const errors: unknown[] = [];
    render(<App storage={storage} onError={(error) => errors.push(error)} />);
    expect(within(checks()).getByText('0 of 5 checked')).toBeInTheDocument();
    await waitFor(() => expect(errors).toHaveLength(1));
    expect(errors[0]).toBeInstanceOf(HelpStorageError);
    expect(errors[0]).toMatchObject({ problem: 'corrupt', key: KEY });
  });
});

describe('given the escalation form in two tabs', () => {
  const about = {
    helpCenter: { id: 'acme', title: 'Acme' },
    symptom: symptom([check('refresh', undefined, 'Refresh the tab')]),
    route: '/',
    error: null,
    checkedIds: [],
    searches: [],
  };

  it('says when another tab’s note replaced this one, and brings it back on request', async () => {
    const user = userEvent.setup();
    const storage = createMemoryStorage();
    const thisTab = createEscalationDraftStore({ storage, key: 'k' });
    const otherTab = createEscalationDraftStore({ storage, key: 'k' });
    const view = render(<EscalationForm about={about} store={thisTab} />);
    await user.type(screen.getByRole('textbox', { name: 'What happened? (optional)' }), 'Mine');
    act(() => {
      otherTab.set({ note: 'Theirs', fields: {}, details: {} });
      thisTab.refresh();
    });
    expect(screen.getByRole('textbox', { name: 'What happened? (optional)' })).toHaveValue('Theirs');
    const notice = screen.getByText(/A different note was typed in another tab/).closest('[role="status"]');
    expect(notice).toHaveTextContent('Mine');
    await expectNoAxeViolations(view.container);
    await user.click(screen.getByRole('button', { name: 'Use the other note' }));
    expect(screen.getByRole('textbox', { name: 'What happened? (optional)' })).toHaveValue('Mine');
    await user.click(screen.getByRole('button', { name: 'Discard the other note' }));
    expect(screen.queryByRole('button', { name: 'Use the other note' })).toBeNull();
  });
});

describe('given storage that throws a quota error on the Nth write of a session in the panel', () => {
  /** Memory storage whose `setItem` throws on write number `fail` (1-based); counts every write. */
  function failingOn(fail: number) {
    const inner = createMemoryStorage();
    let writes = 0;
    const storage: ProgressStorage = {
      getItem: (key) => inner.getItem(key),
      removeItem: (key) => inner.removeItem(key),
      setItem(key, value) {
        writes += 1;
        if (writes === fail) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        inner.setItem(key, value);
      },
    };
    return { storage, writes: () => writes };
  }

  async function session(storage: ProgressStorage, onError: (error: unknown) => void) {
    const user = userEvent.setup();
    const view = render(<App storage={storage} onError={onError} />);
    await user.click(box('Confirm the billing email'));
    await user.click(box('Check the spam folder'));
    await user.click(box('Confirm the billing email'));
    await user.click(within(checks()).getByRole('button', { name: 'Reset checks' }));
    await user.click(box('Look under Settings → Billing'));
    await user.click(box('Ask the account owner'));
    return view;
  }

  it('never lets the error reach the host, and keeps the latest action on screen and after a reload, for every N', async () => {
    const clean = failingOn(0);
    (await session(clean.storage, () => {})).unmount();
    const total = clean.writes();
    expect(total).toBeGreaterThanOrEqual(6);
    for (let n = 1; n <= total; n++) {
      const { storage } = failingOn(n);
      const errors: unknown[] = [];
      const view = await session(storage, (error) => errors.push(error));
      const shown = () =>
        within(checks())
          .getAllByRole('checkbox')
          .filter((c) => (c as HTMLInputElement).checked)
          .map((c) => c.closest('li')?.getAttribute('data-check-id'));
      expect(shown()).toEqual(['look-under-settings-billing', 'ask-the-account-owner']);
      view.unmount();
      // A reload on the same storage.
      const reload = render(<App storage={storage} />);
      expect(shown()).toEqual(['look-under-settings-billing', 'ask-the-account-owner']);
      reload.unmount();
      await waitFor(() => expect(errors.length).toBeGreaterThan(0));
      expect(errors.every((e) => e instanceof HelpStorageError && e.problem === 'quota')).toBe(true);
    }
    // Seven sessions of clicks in jsdom: slow, not a timing assertion.
  }, 60_000);
});
