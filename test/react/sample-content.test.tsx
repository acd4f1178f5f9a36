import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { compileContent } from '../../src/compiler/index';
import { HelpPanel, HelpProvider, createMemoryStorage, type HelpProviderProps } from '../../src/react/index';
import type { HelpIndex } from '../../src/schema/help-index';
import { expectNoAxeViolations } from './fixtures/render-help';

let ochre: HelpIndex;
let oxvo: HelpIndex;
beforeAll(async () => {
  [ochre, oxvo] = await Promise.all([compileContent('content/ochre'), compileContent('content/oxvo')]).then((results) =>
    results.map((result) => result.index),
  ) as [HelpIndex, HelpIndex];
});

const dialog = () => within(screen.getByRole('dialog'));

function renderPanel(props: Omit<HelpProviderProps, 'storage'>) {
  return render(
    <HelpProvider storage={createMemoryStorage()} route={null} searchDelay={0} {...props}>
      <main>Host</main>
      <HelpPanel />
    </HelpProvider>,
  );
}

describe('given the compiled Ochre help center', () => {
  it('opens the Stripe symptom for a customer page with a Stripe error, and its app link goes through onNavigate', async () => {
    const user = userEvent.setup();
    const onNavigate = vi.fn();
    renderPanel({ index: ochre, route: '/customers/cus_42', error: { code: 'STRIPE_NOT_CONNECTED' }, onNavigate, defaultOpen: true });
    expect(dialog().getByRole('heading', { name: 'Customer 360 shows no Stripe data', level: 3 })).toBeInTheDocument();
    expect(dialog().getByText('Suggested for the error you just saw: STRIPE_NOT_CONNECTED')).toBeInTheDocument();
    await expectNoAxeViolations();
    await user.click(dialog().getByRole('link', { name: 'Settings → Integrations' }));
    expect(onNavigate).toHaveBeenCalledWith('/settings/integrations/stripe');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('finds the Stripe symptom by a typo-ridden search and opens it with the keyboard', async () => {
    const user = userEvent.setup();
    renderPanel({ index: ochre, defaultOpen: true });
    await user.type(dialog().getByRole('combobox'), 'strpe data');
    await dialog().findByRole('option', { name: /Customer 360 shows no Stripe data/ });
    await user.keyboard('{ArrowDown}{Enter}');
    expect(dialog().getByRole('heading', { name: 'Customer 360 shows no Stripe data', level: 3 })).toHaveFocus();
  });

  it('shows every article of the overview on home, grouped in buckets', async () => {
    renderPanel({ index: ochre, defaultOpen: true });
    for (const article of ochre.articles) {
      expect(dialog().getAllByRole('button', { name: new RegExp(article.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).length).toBeGreaterThan(0);
    }
    await expectNoAxeViolations();
  });

  it('shows the overview’s four buckets on home, Permissions with its roles article', () => {
    renderPanel({ index: ochre, defaultOpen: true });
    const buckets = screen.getByRole('dialog').querySelectorAll('[data-help-part="bucket-title"]');
    expect([...buckets].map((b) => b.textContent)).toEqual(expect.arrayContaining(['Integrations', 'Channels', 'AI', 'Permissions']));
    const permissions = dialog().getByRole('region', { name: 'Permissions' });
    expect(within(permissions).getByRole('button', { name: /Roles and permissions/ })).toBeInTheDocument();
  });

  it('renders every article without an axe violation', async () => {
    const user = userEvent.setup();
    renderPanel({ index: ochre, defaultOpen: true });
    for (const article of ochre.articles) {
      await user.click(dialog().getAllByRole('button', { name: new RegExp(`^${article.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })[0] as HTMLElement);
      expect(await dialog().findByRole('heading', { name: article.title, level: 3 })).toBeInTheDocument();
      await expectNoAxeViolations();
      await user.click(dialog().getByRole('button', { name: 'Back' }));
    }
  }, 60_000); // ten articles, each through axe
});

describe('given the compiled Oxvo help center', () => {
  it('renders its long article with one interactive checklist per symptom', async () => {
    const user = userEvent.setup();
    renderPanel({ index: oxvo, defaultOpen: true });
    const article = oxvo.articles.find((a) => a.symptomIds.length > 1);
    if (!article) throw new Error('Oxvo lost its many-symptom article');
    await user.click(dialog().getByRole('button', { name: new RegExp(`^${article.title}`) }));
    expect(dialog().getAllByRole('group', { name: /^Checks: / })).toHaveLength(article.symptomIds.length);
    await expectNoAxeViolations();
  });

  it('opens the sign-in symptom on a 401 at the MFA prompt', () => {
    renderPanel({ index: oxvo, route: '/login/mfa', error: { status: 401 }, defaultOpen: true });
    expect(dialog().getByRole('heading', { name: 'User cannot sign in after MFA prompt', level: 3 })).toBeInTheDocument();
  });
});
