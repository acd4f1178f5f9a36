import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { HelpEvent } from '../../src/react/index';
import { expectNoAxeViolations, renderHelp } from './fixtures/render-help';
import { sampleIndex } from './fixtures/sample-index';
import { OpenButton } from './fixtures/open-button';

const dialog = () => within(screen.getByRole('dialog'));


async function openWebhooks(options: Parameters<typeof renderHelp>[0] = {}) {
  const user = userEvent.setup();
  renderHelp({ host: <OpenButton id="webhooks" />, ...options });
  await user.click(screen.getByRole('button', { name: 'Open webhooks' }));
  // Whole articles are a separate chunk: wait for it on first use.
  await screen.findByRole('heading', { name: 'Webhooks', level: 3 });
  return user;
}

describe('given an article body', () => {
  it('renders the compiled tree as elements, without repeating the title', async () => {
    await openWebhooks();
    const article = screen.getByRole('dialog').querySelector('[data-help-part="article"]') as HTMLElement;
    expect(within(article).getAllByRole('heading', { name: 'Webhooks' })).toHaveLength(1);
    expect(within(article).getByRole('heading', { name: 'Retries', level: 4 })).toBeInTheDocument();
    expect(within(article).getByText('Five').tagName).toBe('STRONG');
    expect(within(article).getByText('backing off').tagName).toBe('EM');
    expect(within(article).getByText('curl -X POST https://example.com/hook').closest('pre')).toBeInTheDocument();
    expect(within(article).getByRole('table')).toHaveTextContent('Attempt');
    expect(within(article).getByRole('columnheader', { name: 'Delay' })).toHaveStyle({ textAlign: 'right' });
    expect(within(article).getByText('Retries stop after a day.').closest('blockquote')).toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('shows HTML-looking text as text, never as markup', async () => {
    await openWebhooks();
    const article = screen.getByRole('dialog').querySelector('[data-help-part="article"]') as HTMLElement;
    expect(article.querySelector('img')).toBeNull();
    expect(article).toHaveTextContent('<img src=x onerror=alert(1)>');
  });

  it('never turns a javascript: link into an href', async () => {
    await openWebhooks();
    const bad = dialog().getByText('a bad link');
    expect(bad.closest('a')).toBeNull();
  });

  it('opens links to other articles inside the panel, with Back', async () => {
    const events: HelpEvent[] = [];
    const user = await openWebhooks({ onEvent: (e) => events.push(e) });
    await user.click(dialog().getByRole('link', { name: 'billing problems' }));
    expect(dialog().getByRole('heading', { name: 'Billing problems', level: 3 })).toHaveFocus();
    expect(events).toContainEqual({ type: 'link-followed', kind: 'article', to: 'billing', articleId: 'webhooks' });
    await user.click(dialog().getByRole('button', { name: 'Back' }));
    expect(dialog().getByRole('heading', { name: 'Webhooks', level: 3 })).toBeInTheDocument();
  });

  it('scrolls to a heading of the same article without touching the page URL', async () => {
    const scrollIntoView = vi.fn();
    Element.prototype.scrollIntoView = scrollIntoView;
    const user = await openWebhooks();
    const before = window.location.href;
    await user.click(dialog().getByRole('link', { name: 'retry rules' }));
    expect(window.location.href).toBe(before);
    expect(scrollIntoView.mock.contexts[0]).toHaveTextContent('Retries');
    delete (Element.prototype as Partial<Element>).scrollIntoView;
  });

  it('opens external links in a new tab, saying so to screen readers', async () => {
    await openWebhooks();
    const link = dialog().getByRole('link', { name: /^status page\s*\(opens in a new tab\)$/ });
    expect(link).toHaveAttribute('href', 'https://example.com/status');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('hands app links to onNavigate and closes the panel', async () => {
    const onNavigate = vi.fn();
    const events: HelpEvent[] = [];
    const user = await openWebhooks({ onNavigate, onEvent: (e) => events.push(e) });
    const link = dialog().getByRole('link', { name: 'webhook URL' });
    expect(link).toHaveAttribute('href', '/settings/webhooks');
    await user.click(link);
    expect(onNavigate).toHaveBeenCalledWith('/settings/webhooks');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(events).toContainEqual({ type: 'link-followed', kind: 'app', to: '/settings/webhooks', articleId: 'webhooks' });
  });

  it('leaves app links as plain links when the host has no onNavigate', async () => {
    await openWebhooks();
    expect(dialog().getByRole('link', { name: 'webhook URL' })).toHaveAttribute('href', '/settings/webhooks');
  });

  it('reports the article view', async () => {
    const events: HelpEvent[] = [];
    await openWebhooks({ onEvent: (e) => events.push(e) });
    expect(events).toContainEqual({ type: 'article-viewed', articleId: 'webhooks' });
  });
});

describe('given a hostile or damaged article body', () => {
  it('keeps the text and drops what it does not know, without markup injection', async () => {
    const user = userEvent.setup();
    const index = sampleIndex();
    index.bodies['getting-started'] = [
      { type: 'script', value: 'alert(1)' },
      { type: 'heading', depth: 42, id: 'deep', children: [{ type: 'text', value: 'Very deep' }] },
      {
        type: 'paragraph',
        children: [
          { type: 'html', value: '<b>bold</b>' },
          { type: 'link', target: { kind: 'ftp', href: 'ftp://x' }, children: [{ type: 'text', value: 'odd link' }] },
          { type: 'link', target: { kind: 'app', to: 'javascript:alert(1)' }, children: [{ type: 'text', value: 'app trick' }] },
          { type: 'image', src: 'javascript:alert(1)', alt: 'sneaky image' },
          { type: 'text', value: '<script>alert(1)</script>' },
        ],
      },
    ] as never;
    renderHelp({ index, host: <OpenButton id="getting-started" /> });
    await user.click(screen.getByRole('button', { name: 'Open getting-started' }));
    const article = screen.getByRole('dialog').querySelector('[data-help-part="article"]') as HTMLElement;
    expect(article.querySelector('script, b, img')).toBeNull();
    expect(within(article).getByRole('heading', { name: 'Very deep', level: 6 })).toBeInTheDocument();
    expect(article).toHaveTextContent('odd link');
    expect(article).toHaveTextContent('sneaky image');
    expect(article).toHaveTextContent('<script>alert(1)</script>');
    expect(within(article).getByText('app trick').closest('a')).toBeNull();
    expect(article.innerHTML).not.toMatch(/javascript:/i);
  });
});

describe('given a check that links to a heading of its article', () => {
  it('opens the article at that heading from the symptom screen', async () => {
    const scrollIntoView = vi.fn();
    Element.prototype.scrollIntoView = scrollIntoView;
    const user = userEvent.setup();
    renderHelp({ route: '/settings/webhooks', defaultOpen: true });
    await user.click(dialog().getByRole('link', { name: 'receiver logs' }));
    expect(dialog().getByRole('heading', { name: 'Webhooks', level: 3 })).toBeInTheDocument();
    expect(scrollIntoView.mock.contexts.at(-1)).toHaveTextContent('Retries');

    // Inside the article the same link scrolls without leaving it.
    scrollIntoView.mockClear();
    await user.click(dialog().getByRole('link', { name: 'receiver logs' }));
    expect(scrollIntoView.mock.contexts[0]).toHaveTextContent('Retries');
    delete (Element.prototype as Partial<Element>).scrollIntoView;
  });
});
