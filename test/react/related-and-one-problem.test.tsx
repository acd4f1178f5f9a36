import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { compileSources } from '../../src/compiler/index';
import type { HelpEvent } from '../../src/react/index';
import { expectNoAxeViolations, renderHelp } from './fixtures/render-help';
import { OpenButton } from './fixtures/open-button';

const index = compileSources([
  {
    path: 'card-declined.md',
    text: '---\ntitle: Card payments are declined\nerrors: [card_declined]\n---\n\nThe bank refused the card.\n\n## How to fix\n\n1. Open the payment.\n2. Read the decline code.\n',
  },
  {
    path: 'webhook-signature.mdx',
    text: '---\ntitle: Webhook signature does not verify\n---\n\n## Why This Error Occurred\n\nThe secrets differ.\n\n## Possible Ways to Fix It\n\n1. Copy the signing secret again.\n\n:::warning\nNever log the secret.\n:::\n',
  },
]).index;

const dialog = () => within(screen.getByRole('dialog'));


describe('given a one-problem article that its front matter error opens', () => {
  it('shows it on the symptom screen, with its fix steps as checks, and reports the match', async () => {
    const events: HelpEvent[] = [];
    renderHelp({ index, error: { code: 'card_declined' }, defaultOpen: true, onEvent: (event) => events.push(event) });
    expect(await dialog().findByRole('heading', { name: 'Card payments are declined' })).toBeInTheDocument();
    expect(dialog().getByRole('checkbox', { name: 'Open the payment.' })).toBeInTheDocument();
    expect(dialog().getByRole('checkbox', { name: 'Read the decline code.' })).toBeInTheDocument();
    expect(events).toContainEqual({
      type: 'context-matched',
      matches: [
        expect.objectContaining({
          symptomId: 'card-declined#card-payments-are-declined',
          reasons: [{ kind: 'error-code', pattern: 'card_declined', value: 'card_declined', inherited: true }],
        }),
      ],
    });
    await expectNoAxeViolations();
  });

  it('opens through useHelp().open with its symptom id', async () => {
    const user = userEvent.setup();
    renderHelp({ index, host: <OpenButton id="card-declined#card-payments-are-declined" /> });
    await user.click(screen.getByRole('button', { name: 'Open card-declined#card-payments-are-declined' }));
    expect(await dialog().findByRole('heading', { name: 'Card payments are declined' })).toBeInTheDocument();
    expect(dialog().getAllByRole('checkbox')).toHaveLength(2);
  });
});

describe('given an error that no pattern names', () => {
  it('opens the page whose title is the error text, saying it is possibly related', async () => {
    renderHelp({ index, error: new Error('Error: Webhook signature does not verify (evt_123)'), defaultOpen: true });
    expect(await dialog().findByRole('heading', { name: 'Webhook signature does not verify' })).toBeInTheDocument();
    expect(dialog().getByText('Possibly related to the error you just saw')).toBeInTheDocument();
  });

  it('never opens a weak guess by itself: home lists it as possibly related, and the event names the search', async () => {
    const user = userEvent.setup();
    const events: HelpEvent[] = [];
    renderHelp({ index, error: new Error('The webhook signature failed to verify'), defaultOpen: true, onEvent: (event) => events.push(event) });
    const related = await dialog().findByRole('region', { name: 'Possibly related to the error you just saw' });
    expect(dialog().queryByRole('checkbox')).not.toBeInTheDocument();
    // The event goes out in an effect after the render that shows the region: on a busy machine, a moment later.
    await waitFor(() =>
      expect(events.find((event) => event.type === 'context-matched')).toMatchObject({
        matches: [{ symptomId: 'webhook-signature#webhook-signature-does-not-verify', reasons: [{ kind: 'related-search' }] }],
      }),
    );
    await expectNoAxeViolations();
    await user.click(within(related).getByRole('button', { name: 'Webhook signature does not verify' }));
    expect(await dialog().findByRole('checkbox', { name: 'Copy the signing secret again.' })).toBeInTheDocument();
  });

  it('renders the page\'s callout in the article', async () => {
    const user = userEvent.setup();
    renderHelp({ index, host: <OpenButton id="webhook-signature" /> });
    await user.click(screen.getByRole('button', { name: 'Open webhook-signature' }));
    const callout = await dialog().findByRole('complementary', { name: 'Warning' });
    expect(callout).toHaveAttribute('data-kind', 'warning');
    expect(callout).toHaveTextContent('Never log the secret.');
  });
});
