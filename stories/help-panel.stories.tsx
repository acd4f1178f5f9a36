import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ochre, oxvo } from './sample-content';
import type { HelpIndex } from '../src/schema/help-index';
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
