import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { HelpEvent } from '../../src/react/index';
import { expectNoAxeViolations, renderHelp } from './fixtures/render-help';

const dialog = () => within(screen.getByRole('dialog'));
const secondChance = () => dialog().findByRole('region', { name: 'Not what you needed? Try these' });

async function sayNo(user: ReturnType<typeof userEvent.setup>, comment?: string) {
  const question = await dialog().findByRole('group', { name: 'Was this helpful?' });
  await user.click(within(question).getByRole('button', { name: 'No' }));
  if (comment) {
    await user.type(dialog().getByLabelText('What was missing? (optional)'), comment);
    await user.click(dialog().getByRole('button', { name: 'Send feedback' }));
  } else {
    await user.click(dialog().getByRole('button', { name: 'Skip' }));
  }
}

describe('given a suggested symptom the user says was not helpful', () => {
  it('offers the next best match and the search box before "Contact support"', async () => {
    const user = userEvent.setup();
    renderHelp({ route: '/billing/invoices', defaultOpen: true });
    expect(dialog().getByRole('heading', { name: 'Invoice missing', level: 3 })).toBeInTheDocument();
    await sayNo(user);
    const offer = await secondChance();
    expect(within(offer).getAllByRole('button').map((b) => b.textContent)).toEqual(
      expect.arrayContaining(['Card declined', 'Search for something else']),
    );
    expect(within(offer).queryByRole('button', { name: 'Invoice missing' })).not.toBeInTheDocument();
    const contact = dialog().getByRole('button', { name: 'Still stuck? Contact support' });
    expect(offer.compareDocumentPosition(contact) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await expectNoAxeViolations();
  });

  it('records the vote, then the second chance with what it offered', async () => {
    const user = userEvent.setup();
    const events: HelpEvent[] = [];
    renderHelp({ route: '/billing/invoices', defaultOpen: true, onEvent: (e) => events.push(e) });
    await sayNo(user, 'Wrong invoice');
    await secondChance();
    const tail = events.filter((e) => e.type === 'feedback' || e.type === 'second-chance-opened');
    expect(tail).toEqual([
      { type: 'feedback', articleId: 'billing', symptomId: 'billing#invoice-missing', helpful: false, hasComment: true },
      {
        type: 'second-chance-opened',
        articleId: 'billing',
        symptomId: 'billing#invoice-missing',
        alternatives: expect.arrayContaining(['billing#card-declined']),
      },
    ]);
  });

  it('opens an offered symptom, and its Back returns to the one voted on', async () => {
    const user = userEvent.setup();
    renderHelp({ route: '/billing/invoices', defaultOpen: true });
    await sayNo(user);
    await user.click(within(await secondChance()).getByRole('button', { name: 'Card declined' }));
    expect(dialog().getByRole('heading', { name: 'Card declined', level: 3 })).toHaveFocus();
    // A new view asks again, and offers nothing until asked.
    expect(dialog().queryByRole('region', { name: 'Not what you needed? Try these' })).not.toBeInTheDocument();
    await user.click(dialog().getByRole('button', { name: 'Back' }));
    expect(dialog().getByRole('heading', { name: 'Invoice missing', level: 3 })).toBeInTheDocument();
  });

  it('takes the user to the search box', async () => {
    const user = userEvent.setup();
    renderHelp({ route: '/billing/invoices', defaultOpen: true });
    await sayNo(user);
    await user.click(within(await secondChance()).getByRole('button', { name: 'Search for something else' }));
    expect(dialog().getByRole('combobox', { name: 'Search help' })).toHaveFocus();
  });
});

describe('given a symptom opened without any match', () => {
  it('offers what a search for its title finds, never itself', async () => {
    const user = userEvent.setup();
    const events: HelpEvent[] = [];
    renderHelp({ defaultOpen: true, onEvent: (e) => events.push(e) });
    await user.type(dialog().getByRole('combobox', { name: 'Search help' }), 'card declined{Enter}');
    expect(dialog().getByRole('heading', { name: 'Card declined', level: 3 })).toBeInTheDocument();
    await sayNo(user);
    await secondChance();
    const opened = events.find((e) => e.type === 'second-chance-opened');
    expect(opened?.type === 'second-chance-opened' && opened.alternatives).not.toContain('billing#card-declined');
    expect(opened?.type === 'second-chance-opened' && opened.alternatives.length).toBeGreaterThan(0);
  });
});

describe('given a "Yes"', () => {
  it('offers no second chance', async () => {
    const user = userEvent.setup();
    const events: HelpEvent[] = [];
    renderHelp({ route: '/billing/invoices', defaultOpen: true, onEvent: (e) => events.push(e) });
    const question = await dialog().findByRole('group', { name: 'Was this helpful?' });
    await user.click(within(question).getByRole('button', { name: 'Yes' }));
    expect(dialog().getByText('Thanks for your feedback.')).toBeInTheDocument();
    expect(dialog().queryByRole('region', { name: 'Not what you needed? Try these' })).not.toBeInTheDocument();
    expect(events.some((e) => e.type === 'second-chance-opened')).toBe(false);
  });
});
