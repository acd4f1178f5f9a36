import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EscalationPayload } from '../../../src/engine/support/escalation';
import { createEscalationDraftStore, type EscalationDraftStore } from '../../../src/engine/state/escalation-draft-store';
import type { HelpEvent } from '../../../src/engine/events/events';
import { EscalationForm, type EscalationFormProps } from '../../../src/react/support/escalation-form';
import { expectNoAxeViolations } from './axe';
import { check, symptom } from './fixtures';
import { watchUnhandledRejections } from '../../helpers/watch-unhandled-rejections';

const { unhandled } = watchUnhandledRejections();
afterEach(() => {
  vi.restoreAllMocks();
});

const webhooks = symptom([check('channel', 'channel-connected', 'The channel is connected'), check('refresh', undefined, 'Refresh the tab')]);

function setup(props: Partial<EscalationFormProps> = {}, store: EscalationDraftStore = createEscalationDraftStore({ storage: null })) {
  const events: HelpEvent[] = [];
  const all: EscalationFormProps = {
    about: {
      helpCenter: { id: 'ochre', title: 'Ochre Help' },
      article: { id: 'webhooks', title: 'Webhooks' },
      symptom: webhooks,
      route: '/settings/integrations',
      error: { code: 'WEBHOOK_DELIVERY_FAILED', causes: [] },
      checkedIds: ['refresh'],
      searches: ['webhook not firing'],
      userAgent: 'TestAgent',
    },
    fields: [{ id: 'workspace', label: 'Workspace slug', required: true }],
    details: [{ id: 'conversation-id', label: 'A conversation ID, customer email, or screenshot.' }],
    context: { workspace: 'acme', plan: 'pro' },
    onEvent: (event) => events.push(event),
    store,
    ...props,
  };
  const user = userEvent.setup();
  const view = render(<EscalationForm {...all} />);
  return { user, events, store, view, props: all };
}

describe('given a host with onEscalate', () => {
  it('sends a payload with the note, pre-filled fields, the article’s details and what the panel knows', async () => {
    const onEscalate = vi.fn<(payload: EscalationPayload) => Promise<void>>(async () => {});
    const { user, view } = setup({ onEscalate });
    expect(screen.getByLabelText('Workspace slug')).toHaveValue('acme');
    await expectNoAxeViolations(view.container);
    await user.type(screen.getByLabelText('What happened? (optional)'), 'Deliveries stopped at 9');
    await user.type(screen.getByLabelText('A conversation ID, customer email, or screenshot.'), 'conv_123');
    await user.click(screen.getByRole('button', { name: 'Send to support' }));
    expect(await screen.findByText('Sent. Support has everything you tried.')).toHaveFocus();
    const payload = onEscalate.mock.calls[0]![0];
    expect(payload).toMatchObject({
      article: { id: 'webhooks' },
      symptom: { id: webhooks.id },
      note: 'Deliveries stopped at 9',
      fields: [{ id: 'workspace', value: 'acme' }],
      details: [{ id: 'conversation-id', value: 'conv_123' }],
      checks: { done: [{ id: 'refresh' }], notDone: [{ id: 'channel' }] },
      searches: ['webhook not firing'],
      context: { workspace: 'acme', plan: 'pro' },
    });
    await expectNoAxeViolations(view.container);
  });

  it('shows sending, then failed with retry, and succeeds on the retry without losing the note', async () => {
    let attempt = 0;
    let rejectFirst!: (error: Error) => void;
    const onEscalate = vi.fn(() => {
      attempt += 1;
      return attempt === 1 ? new Promise<void>((_resolve, reject) => (rejectFirst = reject)) : Promise.resolve();
    });
    const { user, events, view } = setup({ onEscalate });
    await user.type(screen.getByLabelText('What happened? (optional)'), 'secret words');
    await user.click(screen.getByRole('button', { name: 'Send to support' }));
    expect(screen.getByRole('button', { name: 'Sending…' })).toHaveAttribute('aria-disabled', 'true');
    await user.click(screen.getByRole('button', { name: 'Sending…' }));
    expect(onEscalate).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(view.container);

    await act(async () => rejectFirst(new Error('503 from support API')));
    expect(await screen.findByRole('alert')).toHaveTextContent('could not be sent');
    expect(screen.getByLabelText('What happened? (optional)')).toHaveValue('secret words');
    await expectNoAxeViolations(view.container);

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByText('Sent. Support has everything you tried.');
    expect(onEscalate).toHaveBeenCalledTimes(2);
    expect(events.map((e) => e.type)).toEqual(['escalation-started', 'escalation-failed', 'escalation-sent']);
    expect(JSON.stringify(events)).not.toContain('secret words');
    expect(unhandled).toEqual([]);
  });

  it('treats an onEscalate that throws synchronously as failed', async () => {
    const { user } = setup({
      onEscalate: () => {
        throw new Error('boom');
      },
    });
    await user.click(screen.getByRole('button', { name: 'Send to support' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
  });

  it('puts the note into the sent event only when the host opts in', async () => {
    const { user, events } = setup({ onEscalate: async () => {}, includeNoteInEvents: true });
    await user.type(screen.getByLabelText('What happened? (optional)'), 'shared note');
    await user.click(screen.getByRole('button', { name: 'Send to support' }));
    await screen.findByText(/Sent\./);
    expect(events.find((e) => e.type === 'escalation-sent')).toMatchObject({ note: 'shared note', hasNote: true });
  });

  it('asks for a required field before sending', async () => {
    const onEscalate = vi.fn();
    const { user, view } = setup({ onEscalate, context: {} });
    await user.click(screen.getByRole('button', { name: 'Send to support' }));
    const field = screen.getByLabelText('Workspace slug');
    expect(onEscalate).not.toHaveBeenCalled();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('Please fill in “Workspace slug”.');
    expect(field).toHaveFocus();
    await expectNoAxeViolations(view.container);
    await user.type(field, 'acme');
    await user.click(screen.getByRole('button', { name: 'Send to support' }));
    expect(onEscalate).toHaveBeenCalledTimes(1);
  });
});

describe('given the user closes the panel with an unsent note', () => {
  it('shows the note and answers again when the form comes back, and forgets them once sent', async () => {
    const store = createEscalationDraftStore({ storage: null });
    const first = setup({ onEscalate: async () => {} }, store);
    await first.user.type(screen.getByLabelText('What happened? (optional)'), 'half a thought');
    await first.user.clear(screen.getByLabelText('Workspace slug'));
    await first.user.type(screen.getByLabelText('Workspace slug'), 'acme-eu');
    first.view.unmount();

    const second = setup({ onEscalate: async () => {} }, store);
    expect(screen.getByLabelText('What happened? (optional)')).toHaveValue('half a thought');
    expect(screen.getByLabelText('Workspace slug')).toHaveValue('acme-eu');
    await second.user.click(screen.getByRole('button', { name: 'Send to support' }));
    await screen.findByText(/Sent\./);
    second.view.unmount();

    setup({ onEscalate: async () => {} }, store);
    expect(screen.getByLabelText('What happened? (optional)')).toHaveValue('');
  });

  it('forgets the note when a send started before closing succeeds afterwards', async () => {
    const store = createEscalationDraftStore({ storage: null });
    let resolve!: () => void;
    const { user, view } = setup({ onEscalate: () => new Promise<void>((r) => (resolve = r)) }, store);
    await user.type(screen.getByLabelText('What happened? (optional)'), 'sent late');
    await user.click(screen.getByRole('button', { name: 'Send to support' }));
    view.unmount();
    await act(async () => resolve());
    expect(store.get().note).toBe('');
  });
});

describe('given no onEscalate', () => {
  it('copies a plain-text summary that includes the note', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    const { user, events, view } = setup({ clipboard: { writeText } });
    await user.type(screen.getByLabelText('What happened? (optional)'), 'Copied note');
    await user.click(screen.getByRole('button', { name: 'Copy summary for support' }));
    expect(await screen.findByText('Copied. Paste it into your message to support.')).toBeInTheDocument();
    expect(writeText.mock.calls[0]?.[0]).toContain('Note from the user:\n  Copied note');
    expect(events.at(-1)).toMatchObject({ type: 'escalation-sent', channel: 'copy', hasNote: true });
    await expectNoAxeViolations(view.container);
  });

  it('falls back to a selected text area with instructions when the clipboard is refused', async () => {
    const writeText = vi.fn(() => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')));
    const { user, view } = setup({ clipboard: { writeText } });
    await user.click(screen.getByRole('button', { name: 'Copy summary for support' }));
    const area = await screen.findByLabelText('Summary for support');
    expect(area).toHaveFocus();
    expect((area as HTMLTextAreaElement).selectionEnd).toBe((area as HTMLTextAreaElement).value.length);
    expect((area as HTMLTextAreaElement).value).toContain('Problem: Webhooks not firing');
    expect(area).toHaveAccessibleDescription(/Select the text below/);
    await expectNoAxeViolations(view.container);
    expect(unhandled).toEqual([]);
  });

  it('uses navigator.clipboard by default', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Copy summary for support' }));
    await screen.findByText('Copied. Paste it into your message to support.');
    expect(await navigator.clipboard.readText()).toContain('Support request from Ochre Help');
  });

  it('falls back the same way when there is no clipboard at all', async () => {
    const { user } = setup({ clipboard: null });
    await user.click(screen.getByRole('button', { name: 'Copy summary for support' }));
    expect(await screen.findByLabelText('Summary for support')).toBeInTheDocument();
  });

  it('offers a mailto link when a support email is set', () => {
    setup({ supportEmail: 'help@ochre.example' });
    const link = screen.getByRole('link', { name: 'Email support' });
    expect(link.getAttribute('href')).toMatch(/^mailto:help@ochre\.example\?subject=Help%20request%3A%20Webhooks%20not%20firing&body=/);
  });

  it('ignores Enter in a field, as there is nothing to send', async () => {
    const { user, view } = setup({ fields: [{ id: 'workspace', label: 'Workspace slug' }] });
    await user.type(screen.getByLabelText('Workspace slug'), '{Enter}');
    expect(view.container.querySelector('[data-help-part="escalation"]')).toHaveAttribute('data-status', 'editing');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('offers no mailto link for an invalid address, and no send button', () => {
    setup({ supportEmail: 'nope' });
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Send to support' })).toBeNull();
  });
});

describe('given replaced labels', () => {
  it('shows them instead of the English defaults', () => {
    setup({ onEscalate: async () => {}, labels: { send: 'An den Support senden', escalationTitle: 'Support kontaktieren' } });
    expect(screen.getByRole('heading', { name: 'Support kontaktieren' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'An den Support senden' })).toBeInTheDocument();
  });
});

describe('given a host onEvent that throws', () => {
  it('keeps the form working', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { user } = setup({
      onEscalate: async () => {},
      onEvent: () => {
        throw new Error('analytics down');
      },
    });
    await user.click(screen.getByRole('button', { name: 'Send to support' }));
    await waitFor(() => expect(screen.getByText(/Sent\./)).toBeInTheDocument());
  });
});
