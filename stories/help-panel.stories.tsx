import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ochre, ochreLocales, oxvo, oxvoLocales } from './sample-content';
import ar from '../src/locales/ar';
import de from '../src/locales/de';
import ja from '../src/locales/ja';
import type { BlockNode, HelpIndex } from '../src/schema/help-index';
import { HelpCenterStage } from './help-center-stage';

/**
 * The one-line `<HelpPanel />` on the two sample help centers, one story per
 * state. Every story opens the drawer; the route and error are what the host
 * would pass.
 */
const meta = {
  title: 'Help panel',
  component: HelpCenterStage,
  args: { index: ochre },
} satisfies Meta<typeof HelpCenterStage>;

export default meta;
type Story = StoryObj<typeof meta>;

const body = (canvasElement: HTMLElement) => within(canvasElement.ownerDocument.body);

async function search(canvasElement: HTMLElement, query: string) {
  const screen = body(canvasElement);
  const input = await screen.findByRole('combobox', { name: 'Search help' });
  await userEvent.clear(input);
  await userEvent.type(input, query);
  return screen;
}

/** No route or error points anywhere: the buckets, their articles and search. */
export const Home: Story = {};

/** The user is on a customer page and Stripe is disconnected: the drawer opens on that symptom. */
export const MatchedSymptom: Story = {
  args: { route: '/customers/cus_42', error: { code: 'STRIPE_NOT_CONNECTED', message: 'Stripe is not connected' } },
};

/** A 403 on a session page: one symptom first, the others listed under it. */
export const SeveralMatches: Story = {
  args: { index: oxvo, route: '/sessions/s_1/replay', error: { status: 403, message: 'Forbidden' } },
};

/** A route no article claims: home, as if nothing were known. */
export const NoMatch: Story = {
  args: { route: '/reports/weekly', error: { code: 'SOMETHING_UNKNOWN' } },
};

/** Typing a query with a typo: results with the matched text highlighted. */
export const SearchWithResults: Story = {
  play: async ({ canvasElement }) => {
    const screen = await search(canvasElement, 'strpe data');
    await waitFor(() => expect(screen.getAllByRole('option').length).toBeGreaterThan(0));
  },
};

/** A query nothing matches: the no-results message. */
export const SearchWithNone: Story = {
  play: async ({ canvasElement }) => {
    const screen = await search(canvasElement, 'qqxzv');
    await screen.findByText(/No results for/);
  },
};

/**
 * Search could not load: offline, a chunk a deploy removed, or, as here, an
 * index whose search part is damaged. The message, a retry and support.
 */
export const SearchUnavailable: Story = {
  args: { index: withDamagedSearch(ochre) },
  play: async ({ canvasElement }) => {
    const screen = await search(canvasElement, 'stripe');
    await screen.findByText('Search could not load.', { selector: 'p' });
  },
};

/** Ochre without its precomputed search data and with an alias that is not text: only search fails on it. */
function withDamagedSearch(index: HelpIndex): HelpIndex {
  const { search: _search, ...rest } = index;
  return { ...rest, symptoms: rest.symptoms.map((symptom, i) => (i === 0 ? { ...symptom, aliases: [{} as string] } : symptom)) };
}

/**
 * An error no pattern names, whose words are close to a symptom's title: the
 * panel does not open that guess, it lists it as possibly related on home.
 */
export const PossiblyRelated: Story = {
  args: { error: new Error('Slack webhook stopped: no new conversation pings were sent') },
  play: async ({ canvasElement }) => {
    const screen = body(canvasElement);
    const related = await screen.findByRole('region', { name: 'Possibly related to the error you just saw' });
    await within(related).findByRole('button', { name: 'Slack stopped getting new conversation pings' });
  },
};

/** Content written for a docs site: callouts of each kind (MDX admonitions, :::directives, GitHub alerts), a titled one, a rule and a tight list. */
export const Callouts: Story = {
  args: { index: withCallouts(ochre), openOn: ochre.articles[0]?.id },
  play: async ({ canvasElement }) => {
    const screen = body(canvasElement);
    await screen.findByRole('complementary', { name: 'Before you start' });
    await screen.findByRole('complementary', { name: 'Danger' });
  },
};

/** Ochre with callouts, a thematic break and a tight list at the top of its first article, as the compiler writes them from MDX. */
function withCallouts(index: HelpIndex): HelpIndex {
  const id = index.articles[0]?.id ?? '';
  const text = (value: string) => ({ type: 'text' as const, value });
  const paragraph = (value: string) => ({ type: 'paragraph' as const, children: [text(value)] });
  const kinds = ['note', 'tip', 'info', 'important', 'warning', 'caution', 'danger'] as const;
  const callouts: BlockNode[] = [
    { type: 'callout', kind: 'warning', title: [text('Before you start')], children: [paragraph('Never paste an API key into a ticket.')] },
    ...kinds.map((kind): BlockNode => ({ type: 'callout', kind, children: [paragraph(`A ${kind} callout, as :::${kind} or > [!${kind.toUpperCase()}] writes it.`)] })),
    { type: 'thematicBreak' },
    { type: 'list', ordered: false, items: [{ children: [paragraph('A tight item')] }, { children: [paragraph('Another one')] }] },
  ];
  return { ...index, bodies: { ...index.bodies, [id]: [...callouts, ...(index.bodies[id] ?? [])] } };
}

/** Oxvo's one long article with eight symptoms, each checklist interactive in place. */
export const LongArticle: Story = {
  args: { index: oxvo },
  play: async ({ canvasElement }) => {
    const screen = body(canvasElement);
    await userEvent.click(await screen.findByRole('button', { name: /Troubleshoot common issues/ }));
  },
};

/** The dark theme, chosen explicitly. */
export const Dark: Story = {
  args: { route: '/customers/cus_42', panel: { theme: 'dark' }, pageBackground: '#0e0f12' },
};

/** Right-to-left: the drawer on the left, text and icons mirrored. */
export const RightToLeft: Story = {
  args: {
    route: '/customers/cus_42',
    panel: { dir: 'rtl', side: 'left' },
    labels: { title: 'עזרה', close: 'סגירה', back: 'חזרה', search: 'חיפוש בעזרה', checks: 'בדיקות', reset: 'איפוס' },
  },
};

/** German content and labels (`locale="de"` with the German pack): Oxvo is translated whole. */
export const German: Story = {
  args: { index: oxvoLocales, locale: 'de', translations: [de, ja], route: '/login/mfa' },
};

/** Japanese, typed as Japanese users type, without spaces: search still finds the symptom. */
export const JapaneseSearch: Story = {
  args: { index: oxvoLocales, locale: 'ja', translations: [de, ja] },
  play: async ({ canvasElement }) => {
    const screen = body(canvasElement);
    const input = await screen.findByRole('combobox', { name: ja.labels.search });
    await userEvent.type(input, 'ログインできない');
    await waitFor(() => expect(screen.getAllByRole('option').length).toBeGreaterThan(0));
  },
};

/** An Ochre article not translated into German yet: shown in English, under a note in German. */
export const NotTranslatedYet: Story = {
  args: { index: ochreLocales, locale: 'de', translations: [de], route: '/settings/integrations/linear' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.ownerDocument.querySelector('[data-help-part="language-note"]')).not.toBeNull());
  },
};

/** Arabic labels: the drawer runs right to left; the English content inside it left to right. */
export const Arabic: Story = {
  args: { index: ochreLocales, locale: 'ar', translations: [ar], route: '/customers/cus_42' },
};

/** No theme at all: the parts keep their `data-help-part` attributes for your own CSS. */
export const Unstyled: Story = {
  args: { route: '/customers/cus_42', panel: { unstyled: true } },
};

/** The index is still on its way. */
export const Loading: Story = {
  args: { index: undefined, load: () => new Promise<HelpIndex>(() => {}) },
};

/** The index failed to load: the error and a retry. */
export const LoadError: Story = {
  args: { index: undefined, load: () => Promise.reject(new Error('GET /help/ochre.json failed with 503')) },
};

/** A phone-sized viewport: the drawer takes the whole width. */
export const NarrowViewport: Story = {
  args: { route: '/customers/cus_42', viewportWidth: 360 },
};

/** Non-modal: the page stays usable next to the panel. */
export const NonModal: Story = {
  args: { route: '/customers/cus_42', panel: { modal: false } },
};

// --- Diagnostics, escalation and feedback, wired into the panel -------------

const FIRST_PASS = 'troubleshooting-overview#five-minute-first-pass';
const never = () => new Promise<never>(() => {});
const mixed = {
  'integrations-healthy': async () => ({ ok: true as const, detail: 'Stripe and Slack are connected' }),
  'channels-enabled': async () => ({
    ok: false as const,
    detail: 'Email is switched off',
    fix: { label: 'Open channel settings', to: '/settings/channels' },
  }),
  'domain-records-valid': async (): Promise<{ ok: 'unknown' }> => {
    throw new Error('DNS lookup failed');
  },
};
const onNavigate = (to: string) => console.info('navigate to', to);
const summaryText = (canvasElement: HTMLElement) =>
  canvasElement.ownerDocument.querySelector('[data-help-part="diagnostics-summary-text"]');

async function contactSupport(canvasElement: HTMLElement) {
  const screen = body(canvasElement);
  await userEvent.click(await screen.findByRole('button', { name: 'Still stuck? Contact support' }));
  await screen.findByLabelText('What happened? (optional)');
  return screen;
}

/** The host's checks are still running: each bound check says "Checking…". */
export const DiagnosticsRunning: Story = {
  args: { openOn: FIRST_PASS, diagnosticTimeoutMs: 600_000, diagnostics: { 'integrations-healthy': never, 'channels-enabled': never, 'domain-records-valid': never } },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(summaryText(canvasElement)).toHaveTextContent('Checking 3 items…'));
  },
};

/** Every check passed: each one ticked itself, and "Contact support" stands out. */
export const DiagnosticsPassed: Story = {
  args: {
    openOn: FIRST_PASS,
    diagnostics: {
      'integrations-healthy': async () => ({ ok: true }),
      'channels-enabled': async () => ({ ok: true }),
      'domain-records-valid': async () => ({ ok: true, detail: 'DKIM, SPF and MX are green' }),
    },
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(summaryText(canvasElement)).toHaveTextContent('3 passed, 0 failed.'));
  },
};

/** One passed, one failed with a fix link, one could not be checked (it threw). */
export const DiagnosticsFailedAndCouldNotCheck: Story = {
  args: { openOn: FIRST_PASS, diagnostics: mixed, onNavigate },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(summaryText(canvasElement)).toHaveTextContent('1 passed, 1 failed, 1 could not be checked.'));
  },
};

/** A check that never answers within the timeout: "Could not check — The check took too long." */
export const DiagnosticsTimedOut: Story = {
  args: { openOn: FIRST_PASS, diagnosticTimeoutMs: 50, diagnostics: { 'integrations-healthy': never } },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(summaryText(canvasElement)).toHaveTextContent('1 could not be checked'));
  },
};

/** "Contact support" from the symptom: the note, the host's fields and the article's details. */
export const EscalationForm: Story = {
  args: {
    openOn: FIRST_PASS,
    diagnostics: mixed,
    onEscalate: async () => {},
    context: { 'your-workspace-slug': 'acme' },
    escalationFields: [{ id: 'account', label: 'Account id', description: 'Shown under Settings → Account.' }],
  },
  play: async ({ canvasElement }) => {
    await contactSupport(canvasElement);
  },
};

/** The host's `onEscalate` has not answered yet. */
export const EscalationSending: Story = {
  args: { openOn: FIRST_PASS, onEscalate: never },
  play: async ({ canvasElement }) => {
    const screen = await contactSupport(canvasElement);
    await userEvent.click(screen.getByRole('button', { name: 'Send to support' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Sending…' })).toBeInTheDocument());
  },
};

/** Sent: the note is forgotten, and "Back to help" returns to the symptom. */
export const EscalationSent: Story = {
  args: { openOn: FIRST_PASS, onEscalate: async () => {} },
  play: async ({ canvasElement }) => {
    const screen = await contactSupport(canvasElement);
    await userEvent.type(screen.getByLabelText('What happened? (optional)'), 'Replies stopped at 9:00');
    await userEvent.click(screen.getByRole('button', { name: 'Send to support' }));
    await screen.findByText(/^Sent\./);
  },
};

/** `onEscalate` rejected: the input is kept and "Try again" sends it again. */
export const EscalationFailed: Story = {
  args: {
    openOn: FIRST_PASS,
    onEscalate: async () => {
      throw new Error('Support inbox unreachable');
    },
  },
  play: async ({ canvasElement }) => {
    const screen = await contactSupport(canvasElement);
    await userEvent.click(screen.getByRole('button', { name: 'Send to support' }));
    await screen.findByRole('alert');
  },
};

/** No `onEscalate`: a summary to copy and, with `supportEmail`, a mail link. */
export const EscalationWithoutHandler: Story = {
  args: { openOn: FIRST_PASS, supportEmail: 'support@example.com' },
  play: async ({ canvasElement }) => {
    await contactSupport(canvasElement);
  },
};

/** "Was this helpful?" answered "No": the optional comment. */
export const FeedbackComment: Story = {
  args: { openOn: FIRST_PASS, onFeedback: (feedback) => console.info('feedback', feedback) },
  play: async ({ canvasElement }) => {
    const screen = body(canvasElement);
    await userEvent.click(await screen.findByRole('button', { name: 'No' }));
    await screen.findByLabelText('What was missing? (optional)');
  },
};

/**
 * On the suggested symptom, the user types in the header's search box: the
 * results cover the symptom, and Escape or Back returns to it.
 */
export const SearchFromSymptom: Story = {
  args: { route: '/customers/cus_42', error: { code: 'STRIPE_NOT_CONNECTED', message: 'Stripe is not connected' } },
  play: async ({ canvasElement }) => {
    const screen = body(canvasElement);
    await screen.findByRole('heading', { name: 'Customer 360 shows no Stripe data', level: 3 });
    await search(canvasElement, 'slack');
    await waitFor(() => expect(screen.getAllByRole('option').length).toBeGreaterThan(0));
  },
};

/** "No" on "Was this helpful?", comment skipped: the next best places and the search box, before support. */
export const SecondChance: Story = {
  args: { route: '/customers/cus_42', error: { code: 'STRIPE_NOT_CONNECTED', message: 'Stripe is not connected' } },
  play: async ({ canvasElement }) => {
    const screen = body(canvasElement);
    await userEvent.click(await screen.findByRole('button', { name: 'No' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Skip' }));
    await screen.findByRole('region', { name: 'Not what you needed? Try these' });
  },
};

/** A deep link (`?help=<id>`) to an id this help center does not have: the not-found screen, never an error. */
export const LinkToUnknownId: Story = {
  args: { linkedTo: 'billing#an-old-symptom' },
  play: async ({ canvasElement }) => {
    await body(canvasElement).findByText('This help article could not be found.');
  },
};
