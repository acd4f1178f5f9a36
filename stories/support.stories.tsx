import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { createEscalationDraftStore } from '../src/engine/state/escalation-draft-store';
import { createMemoryStorage } from '../src/engine/state/progress-storage';
import type { Diagnostics } from '../src/engine/support/run-diagnostics';
import type { Check, Symptom } from '../src/schema/help-index';
import { CheckStatus } from '../src/react/support/check-status';
import { DiagnosticsSummary } from '../src/react/support/diagnostics-summary';
import { EscalationForm, type EscalationFormProps } from '../src/react/support/escalation-form';
import { Feedback } from '../src/react/support/feedback';
import { useDiagnostics } from '../src/react/support/use-diagnostics';

/**
 * Diagnostics, escalation and feedback parts, one story per state. The
 * checks and the escalation details come from the Ochre troubleshooting
 * overview (seed 002).
 */
const meta: Meta = {
  title: 'Support',
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj;

const source = { file: 'ochre/troubleshooting-overview.md', line: 1, column: 1 };
const check = (id: string, text: string, diagnostic?: string): Check => ({
  id,
  text,
  content: [{ type: 'text', value: text }],
  ...(diagnostic ? { diagnostic } : {}),
  source,
});
const firstPass: Symptom = {
  id: 'troubleshooting-overview#five-minute-first-pass',
  slug: 'five-minute-first-pass',
  articleId: 'troubleshooting-overview',
  title: 'Five-minute first pass',
  form: 'checklist',
  description: '',
  checks: [
    check('integrations', 'Settings → Integrations. Anything yellow or red?', 'integrations-healthy'),
    check('channels', 'Settings → Channels. Is the master toggle still on?', 'channels-enabled'),
    check('domains', 'Settings → Domains. Are DKIM, SPF and MX all green?', 'domain-records'),
    check('ai', 'AI settings. Are spend caps not exhausted?', 'spend-caps'),
    check('refresh', 'Refresh the browser tab.'),
  ],
  context: null,
  aliases: [],
  tags: [],
  source,
};
const details = [
  { id: 'your-workspace-slug', label: 'Your workspace slug.' },
  { id: 'a-conversation-id-customer-email-or-screenshot', label: 'A conversation ID, customer email, or screenshot.' },
  { id: 'the-exact-time-the-issue-started-in-your-local-time-zone', label: 'The exact time the issue started, in your local time zone.' },
];
const about: EscalationFormProps['about'] = {
  helpCenter: { id: 'ochre', title: 'Ochre Help' },
  article: { id: 'troubleshooting-overview', title: 'Troubleshooting overview' },
  symptom: firstPass,
  route: '/settings/integrations',
  error: { code: 'STRIPE_SYNC_FAILED', status: 502, causes: [] },
  checkedIds: ['integrations', 'refresh'],
  searches: ['stripe data missing', 'customer 360 empty'],
};
const formProps = (overrides: Partial<EscalationFormProps> = {}): EscalationFormProps => ({
  about,
  details,
  fields: [{ id: 'workspace', label: 'Workspace slug', required: true }],
  context: { workspace: 'acme', plan: 'growth' },
  store: createEscalationDraftStore({ storage: null }),
  onEvent: (event) => console.info('onEvent', event),
  ...overrides,
});
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const CheckRunning: Story = { render: () => <CheckStatus state={{ status: 'running' }} /> };
export const CheckPassed: Story = { render: () => <CheckStatus state={{ status: 'passed', detail: 'Stripe is connected' }} /> };
export const CheckFailedWithFix: Story = {
  render: () => (
    <CheckStatus
      state={{ status: 'failed', detail: 'The email channel is paused', fix: { label: 'Open channel settings', to: '/settings/channels' } }}
      onNavigate={(to) => console.info('onNavigate', to)}
    />
  ),
};
export const CheckCouldNotCheck: Story = {
  render: () => <CheckStatus state={{ status: 'unknown', reason: 'timeout', message: 'did not answer within 5 s' }} />,
};

const mixed: Diagnostics = {
  'integrations-healthy': async () => {
    await wait(600);
    return { ok: true, detail: 'All integrations connected' };
  },
  'channels-enabled': async () => {
    await wait(900);
    return { ok: false, detail: 'The Slack channel is switched off', fix: { label: 'Open channels', to: '/settings/channels' } };
  },
  'domain-records': () => {
    throw new Error('host bug');
  },
  'spend-caps': () => new Promise(() => {}),
};

function LiveChecklist({ diagnostics }: { diagnostics: Diagnostics }) {
  const run = useDiagnostics({ symptom: firstPass, diagnostics, timeoutMs: 2000 });
  return (
    <section aria-labelledby="first-pass">
      <h2 id="first-pass">{firstPass.title}</h2>
      <ul>
        {firstPass.checks.map((c) => (
          <li key={c.id}>
            {c.text} <CheckStatus state={run.states[c.id]} onNavigate={(to) => console.info('onNavigate', to)} />
          </li>
        ))}
      </ul>
      <DiagnosticsSummary status={run.status} counts={run.counts} onRunAgain={run.runAgain} />
    </section>
  );
}

/** Passes, fails with a fix, throws, and never settles (times out after 2 s): every state at once. */
export const DiagnosticsLive: Story = { render: () => <LiveChecklist diagnostics={mixed} /> };

export const EscalationEditing: Story = { render: () => <EscalationForm {...formProps({ onEscalate: async () => {} })} /> };

export const EscalationSending: Story = {
  render: () => <EscalationForm {...formProps({ onEscalate: () => new Promise(() => {}) })} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Send to support' }));
    await expect(canvas.getByRole('button', { name: 'Sending…' })).toBeInTheDocument();
  },
};

let failures = 0;
export const EscalationFailedThenRetry: Story = {
  render: () => (
    <EscalationForm
      {...formProps({
        onEscalate: () => (failures++ % 2 === 0 ? Promise.reject(new Error('Support API returned 503')) : Promise.resolve()),
      })}
    />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('What happened? (optional)'), 'Stripe data vanished this morning.');
    await userEvent.click(canvas.getByRole('button', { name: 'Send to support' }));
    await expect(await canvas.findByRole('alert')).toBeInTheDocument();
  },
};

export const EscalationSent: Story = {
  render: () => <EscalationForm {...formProps({ onEscalate: async () => {}, onDone: () => console.info('onDone') })} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Send to support' }));
    await expect(await canvas.findByText(/Sent\./)).toBeInTheDocument();
  },
};

/** Two tabs typed different notes at once: the newest shows, the other is kept and offered back. */
function replacedNoteStore() {
  const storage = createMemoryStorage();
  const otherTab = createEscalationDraftStore({ storage, key: 'story' });
  const thisTab = createEscalationDraftStore({ storage, key: 'story' });
  otherTab.set({ note: 'Customers on the Growth plan see an empty Stripe card.', fields: {}, details: {} });
  thisTab.set({ note: 'Stripe data is missing since Monday.', fields: {}, details: {} });
  return thisTab;
}

export const EscalationNoteReplacedInAnotherTab: Story = {
  render: () => <EscalationForm {...formProps({ onEscalate: async () => {}, store: replacedNoteStore() })} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Use the other note' }));
    await expect(canvas.getByRole('textbox', { name: 'What happened? (optional)' })).toHaveValue(
      'Customers on the Growth plan see an empty Stripe card.',
    );
  },
};

export const EscalationWithoutHandler: Story = {
  name: 'Escalation without onEscalate (copy and email)',
  render: () => <EscalationForm {...formProps({ supportEmail: 'support@ochre.example' })} />,
};

export const EscalationClipboardRefused: Story = {
  render: () => (
    <EscalationForm
      {...formProps({ clipboard: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } })}
    />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Copy summary for support' }));
    await expect(await canvas.findByLabelText('Summary for support')).toBeInTheDocument();
  },
};

export const EscalationRightToLeft: Story = {
  render: () => (
    <div dir="rtl" lang="ar">
      <EscalationForm {...formProps({ onEscalate: async () => {}, labels: { escalationTitle: 'اتصل بالدعم', send: 'إرسال' } })} />
    </div>
  ),
};

export const FeedbackAsking: Story = {
  render: () => <Feedback articleId="troubleshooting-overview" onFeedback={(f) => console.info('onFeedback', f)} />,
};

export const FeedbackCommenting: Story = {
  render: () => <Feedback articleId="troubleshooting-overview" onFeedback={(f) => console.info('onFeedback', f)} />,
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'No' }));
  },
};

export const FeedbackThanks: Story = {
  render: () => <Feedback articleId="troubleshooting-overview" onFeedback={(f) => console.info('onFeedback', f)} />,
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Yes' }));
  },
};
