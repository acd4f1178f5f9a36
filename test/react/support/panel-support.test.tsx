import { useEffect } from 'react';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { compileContent } from '../../../src/compiler/index';
import { useHelp, type EscalationPayload, type HelpEvent, type HelpProviderProps } from '../../../src/react/index';
import type { HelpIndex } from '../../../src/schema/help-index';
import { expectNoAxeViolations, renderHelp } from '../fixtures/render-help';

const FIRST_PASS = 'troubleshooting-overview#five-minute-first-pass';
let index: HelpIndex;
beforeAll(async () => {
  index = (await compileContent('content/ochre')).index;
});
afterEach(() => {
  sessionStorage.clear();
  vi.restoreAllMocks();
});

function OpenButton({ id }: { id?: string }) {
  const help = useHelp();
  return (
    <button type="button" onClick={() => help.open(id)}>
      Open help on the symptom
    </button>
  );
}

/** The Ochre help center with the five-minute first pass one click away. */
function renderOchre(props: Omit<HelpProviderProps, 'children'> = {}) {
  renderHelp({ index, storageNamespace: `t${Math.random()}`, host: <OpenButton id={FIRST_PASS} />, ...props });
}

const dialog = () => within(screen.getByRole('dialog'));
const row = (text: RegExp) => dialog().getByText(text).closest('li')!;
const openSymptom = (user: ReturnType<typeof userEvent.setup>) => user.click(screen.getByRole('button', { name: 'Open help on the symptom' }));
const summary = () => screen.getByRole('dialog').querySelector('[data-help-part="diagnostics-summary-text"]');

const mixed = {
  'integrations-healthy': async () => ({ ok: true as const, detail: 'All connected' }),
  'channels-enabled': async () => ({ ok: false as const, detail: 'Email is off', fix: { label: 'Open channels', to: '/settings/channels' } }),
  'domain-records-valid': () => {
    throw new Error('boom');
  },
};

describe('given a host with diagnostics and the panel opened on a symptom that binds them', () => {
  it('ticks a passing check, shows a failure with its fix, and shows "could not check" for one that throws', async () => {
    const user = userEvent.setup();
    const onNavigate = vi.fn();
    const events: HelpEvent[] = [];
    renderOchre({ diagnostics: mixed, onNavigate, onEvent: (e) => events.push(e) });
    await openSymptom(user);
    await waitFor(() => expect(summary()).toHaveTextContent('1 passed, 1 failed, 1 could not be checked.'));
    expect(within(row(/Settings → Integrations/)).getByRole('checkbox')).toBeChecked();
    expect(within(row(/Settings → Channels/)).getByRole('checkbox')).not.toBeChecked();
    expect(row(/Settings → Channels/)).toHaveTextContent('Email is off');
    expect(row(/Settings → Domains/)).toHaveTextContent('Could not check');
    expect(events).toContainEqual(expect.objectContaining({ type: 'check-toggled', checked: true, by: 'diagnostic' }));
    await expectNoAxeViolations();

    await user.click(dialog().getByRole('button', { name: 'Open channels' }));
    expect(onNavigate).toHaveBeenCalledWith('/settings/channels');
    expect(events).toContainEqual(expect.objectContaining({ type: 'link-followed', kind: 'fix', to: '/settings/channels', symptomId: FIRST_PASS }));
    expect(events.filter((e) => e.type === 'link-followed')).toHaveLength(1);
  });

  it('makes "Contact support" prominent once every check is done', async () => {
    const user = userEvent.setup();
    const pass = async () => ({ ok: true as const });
    renderOchre({ diagnostics: { 'integrations-healthy': pass, 'channels-enabled': pass, 'domain-records-valid': pass } });
    await openSymptom(user);
    const contact = () => dialog().getByRole('button', { name: 'Still stuck? Contact support' });
    await waitFor(() => expect(summary()).toHaveTextContent('3 passed, 0 failed.'));
    expect(contact()).not.toHaveAttribute('data-prominent');
    for (const box of dialog().getAllByRole('checkbox')) if (!(box as HTMLInputElement).checked) await user.click(box);
    expect(contact()).toHaveAttribute('data-prominent');
  });

  it('lets the user untick a check a diagnostic ticked', async () => {
    const user = userEvent.setup();
    renderOchre({ diagnostics: mixed });
    await openSymptom(user);
    const box = () => within(row(/Settings → Integrations/)).getByRole('checkbox');
    await waitFor(() => expect(box()).toBeChecked());
    await user.click(box());
    expect(box()).not.toBeChecked();
  });

  it('stays usable while a diagnostic never settles, times it out as "could not check", and aborts it on close', async () => {
    const user = userEvent.setup();
    const signals: AbortSignal[] = [];
    renderOchre({
      diagnosticTimeoutMs: 60_000,
      diagnostics: {
        'integrations-healthy': ({ signal }) => {
          signals.push(signal);
          return new Promise(() => {});
        },
      },
    });
    await openSymptom(user);
    await waitFor(() => expect(summary()).toHaveTextContent('Checking 1 item…'));
    // Still usable: the other checks tick by hand while one hangs.
    const other = within(row(/Settings → Channels/)).getByRole('checkbox');
    await user.click(other);
    expect(other).toBeChecked();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(signals.at(-1)?.aborted).toBe(true);
  });

  it('says "could not check" when a diagnostic never answers within the timeout', async () => {
    const user = userEvent.setup();
    renderOchre({ diagnosticTimeoutMs: 30, diagnostics: { 'integrations-healthy': () => new Promise(() => {}) } });
    await openSymptom(user);
    await waitFor(() => expect(row(/Settings → Integrations/)).toHaveTextContent('Could not check'));
    expect(summary()).toHaveTextContent('0 passed, 0 failed, 1 could not be checked.');
  });

  it('runs the checks again on "Run checks again"', async () => {
    const user = userEvent.setup();
    const check = vi.fn(async () => ({ ok: false as const }));
    renderOchre({ diagnostics: { 'integrations-healthy': check } });
    await openSymptom(user);
    const again = await dialog().findByRole('button', { name: 'Run checks again' });
    await waitFor(() => expect(again).toBeEnabled());
    const before = check.mock.calls.length;
    await user.click(again);
    await waitFor(() => expect(check.mock.calls.length).toBeGreaterThan(before));
  });
});

describe('given the escalation form reached from a symptom', () => {
  it('sends everything the panel knows, and retries after onEscalate rejects', async () => {
    const user = userEvent.setup();
    const events: HelpEvent[] = [];
    let attempt = 0;
    const onEscalate = vi.fn(async (_payload: EscalationPayload) => {
      attempt += 1;
      if (attempt === 1) throw new Error('support is down');
    });
    renderOchre({
      diagnostics: mixed,
      onEscalate,
      onEvent: (e) => events.push(e),
      context: { 'your-workspace-slug': 'acme', plan: 'pro' },
      escalationFields: [{ id: 'account', label: 'Account id', required: false }],
    });
    await openSymptom(user);
    await waitFor(() => expect(summary()).toHaveTextContent(/passed/));
    await user.click(dialog().getByRole('button', { name: 'Still stuck? Contact support' }));
    const note = await dialog().findByLabelText('What happened? (optional)');
    expect(dialog().getByLabelText('Your workspace slug.')).toHaveValue('acme');
    await expectNoAxeViolations();
    await user.type(note, 'Replies stopped');
    await user.click(dialog().getByRole('button', { name: 'Send to support' }));
    expect(await dialog().findByRole('alert')).toHaveTextContent('could not be sent');
    expect(note).toHaveValue('Replies stopped');
    await user.click(dialog().getByRole('button', { name: 'Try again' }));
    await dialog().findByText(/^Sent\./);
    await expectNoAxeViolations();

    const payload = onEscalate.mock.calls[1]![0];
    expect(payload.symptom?.id).toBe(FIRST_PASS);
    expect(payload.article?.id).toBe('troubleshooting-overview');
    expect(payload.checks.done.map((c) => c.text)).toEqual([expect.stringMatching(/^Settings → Integrations/)]);
    expect(payload.diagnostics.map((d) => d.status).sort()).toEqual(['failed', 'passed', 'unknown']);
    expect(payload.note).toBe('Replies stopped');
    expect(JSON.parse(JSON.stringify(payload))).toEqual(payload);
    const types = events.map((e) => e.type);
    expect(types.indexOf('escalation-started')).toBeLessThan(types.indexOf('escalation-failed'));
    expect(types.indexOf('escalation-failed')).toBeLessThan(types.indexOf('escalation-sent'));
    expect(JSON.stringify(events)).not.toContain('Replies stopped');

    await user.click(dialog().getByRole('button', { name: 'Back to help' }));
    expect(dialog().getByRole('heading', { level: 3 })).toHaveTextContent('Five-minute first pass');
  });

  it('keeps an unsent note when the panel is closed and reopened', async () => {
    const user = userEvent.setup();
    renderOchre({ onEscalate: async () => {} });
    await openSymptom(user);
    await user.click(await dialog().findByRole('button', { name: 'Still stuck? Contact support' }));
    await user.type(await dialog().findByLabelText('What happened? (optional)'), 'Half written');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await openSymptom(user);
    await user.click(await dialog().findByRole('button', { name: 'Still stuck? Contact support' }));
    expect(await dialog().findByLabelText('What happened? (optional)')).toHaveValue('Half written');
  });

  it('offers a summary to select by hand when the clipboard is refused', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderOchre({ supportEmail: 'help@example.com' });
    await openSymptom(user);
    await user.click(await dialog().findByRole('button', { name: 'Still stuck? Contact support' }));
    await user.click(await dialog().findByRole('button', { name: 'Copy summary for support' }));
    const area = await dialog().findByLabelText('Summary for support');
    expect((area as HTMLTextAreaElement).value).toContain('Five-minute first pass');
    expect(dialog().getByRole('link', { name: 'Email support' }).getAttribute('href')).toMatch(/^mailto:help@example\.com\?/);
    await expectNoAxeViolations();
  });
});

describe('given the contact-support entry points', () => {
  it('is on home and under a search with no results, and the no-results escalation carries the query', async () => {
    const user = userEvent.setup();
    const onEscalate = vi.fn(async (_payload: EscalationPayload) => {});
    renderOchre({ onEscalate, defaultOpen: true });
    expect(await dialog().findByRole('button', { name: 'Still stuck? Contact support' })).toBeInTheDocument();
    await user.type(dialog().getByRole('combobox', { name: 'Search help' }), 'qqqzzzxx{Enter}');
    const noResults = screen.getByRole('dialog').querySelector('[data-help-part="no-results"]')!;
    await user.click(within(noResults as HTMLElement).getByRole('button', { name: 'Still stuck? Contact support' }));
    await user.click(await dialog().findByRole('button', { name: 'Send to support' }));
    await dialog().findByText(/^Sent\./);
    const payload = onEscalate.mock.calls[0]![0];
    expect(payload.searches).toEqual(['qqqzzzxx']);
    expect(payload.symptom).toBeNull();
  });
});

describe('given "Was this helpful?" on a symptom', () => {
  it('takes one vote per view and asks again on the next view', async () => {
    const user = userEvent.setup();
    const onFeedback = vi.fn();
    renderOchre({ onFeedback });
    await openSymptom(user);
    const question = await dialog().findByRole('group', { name: 'Was this helpful?' });
    await user.click(within(question).getByRole('button', { name: 'No' }));
    await expectNoAxeViolations();
    await user.type(dialog().getByLabelText('What was missing? (optional)'), 'More on DKIM');
    await user.click(dialog().getByRole('button', { name: 'Send feedback' }));
    expect(dialog().getByText('Thanks for your feedback.')).toBeInTheDocument();
    expect(dialog().queryByRole('button', { name: 'Yes' })).not.toBeInTheDocument();
    expect(onFeedback).toHaveBeenCalledTimes(1);
    expect(onFeedback).toHaveBeenCalledWith({ articleId: 'troubleshooting-overview', symptomId: FIRST_PASS, helpful: false, comment: 'More on DKIM' });

    await user.click(dialog().getByRole('button', { name: 'Read the full article' }));
    await user.click(await dialog().findByRole('button', { name: 'Yes' }));
    expect(onFeedback).toHaveBeenLastCalledWith({ articleId: 'troubleshooting-overview', helpful: true });
    expect(onFeedback).toHaveBeenCalledTimes(2);
  });
});

describe('given a host listening to events', () => {
  it('receives a typed sequence from opening to closing', async () => {
    const user = userEvent.setup();
    const events: HelpEvent[] = [];
    renderOchre({ diagnostics: { 'integrations-healthy': async () => ({ ok: true }) }, onEvent: (e) => events.push(e) });
    await openSymptom(user);
    await waitFor(() => expect(events.some((e) => e.type === 'diagnostic-finished')).toBe(true));
    await user.click(dialog().getByRole('button', { name: 'Yes' }));
    await user.keyboard('{Escape}');
    const seen = events.map((e) => e.type);
    expect(seen).toEqual(['panel-opened', 'article-viewed', 'diagnostic-finished', 'check-toggled', 'feedback', 'panel-closed']);
    const opened = events[0];
    expect(opened?.type === 'panel-opened' && opened.by).toBe('api');
    const finished = events.find((e): e is Extract<HelpEvent, { type: 'diagnostic-finished' }> => e.type === 'diagnostic-finished');
    expect(finished).toMatchObject({ symptomId: FIRST_PASS, status: 'passed' });
  });

  it('keeps working when every host callback throws', async () => {
    const user = userEvent.setup();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const boom = () => {
      throw new Error('host bug');
    };
    renderOchre({ onEvent: boom, onFeedback: boom, onEscalate: boom, diagnostics: { 'integrations-healthy': boom } });
    await openSymptom(user);
    await waitFor(() => expect(row(/Settings → Integrations/)).toHaveTextContent('Could not check'));
    await user.click(dialog().getByRole('button', { name: 'Yes' }));
    await user.click(dialog().getByRole('button', { name: 'Still stuck? Contact support' }));
    await user.click(await dialog().findByRole('button', { name: 'Send to support' }));
    expect(await dialog().findByRole('alert')).toHaveTextContent('could not be sent');
    await act(async () => {});
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });
});

describe('given a drawer open from the start and open(id) called from a mount effect', () => {
  it('shows the asked-for symptom instead of resolving to home over it', async () => {
    function OpenOnMount() {
      const { open } = useHelp();
      useEffect(() => open(FIRST_PASS), [open]);
      return null;
    }
    renderHelp({ index, defaultOpen: true, host: <OpenOnMount /> });
    expect(await dialog().findByRole('heading', { name: 'Five-minute first pass', level: 3 })).toBeInTheDocument();
  });
});
