import { render } from '@testing-library/react';
import { StrictMode } from 'react';
import { describe, expect, it } from 'vitest';
import { createMemoryStorage, HelpProvider, type HelpProviderProps } from '../../src/react/index';
import type { HelpEvent, HelpEventSource } from '../../src/engine/events/events';
import { renderHelp } from './fixtures/render-help';
import { sampleIndex } from './fixtures/sample-index';

/** A host that re-renders with new props, as apps do. */
function Host(props: Pick<HelpProviderProps, 'route' | 'error' | 'onEvent'>) {
  return (
    <StrictMode>
      <HelpProvider index={sampleIndex()} storage={createMemoryStorage()} {...props}>
        <main>Host app</main>
      </HelpProvider>
    </StrictMode>
  );
}

describe('given a host that collects events', () => {
  it('reports each new error once, with what it matched, and tags every event with the help center and build', async () => {
    const seen: [HelpEvent, HelpEventSource | undefined][] = [];
    const error = { code: 'WEBHOOK_TIMEOUT', message: 'Delivery timed out' };
    renderHelp({ route: '/settings/webhooks/42', error, onEvent: (event, source) => seen.push([event, source]) });
    const errors = seen.filter(([event]) => event.type === 'error-seen');
    expect(errors.map(([event]) => event)).toEqual([
      {
        type: 'error-seen',
        route: '/settings/webhooks/42',
        error: { code: 'WEBHOOK_TIMEOUT', message: 'Delivery timed out' },
        matches: [{ symptomId: 'webhooks#not-firing', articleId: 'webhooks' }],
      },
    ]);
    const index = sampleIndex();
    expect(seen.every(([, source]) => source?.helpCenter === index.helpCenter.id && source.build === index.hash)).toBe(true);
  });

  it('does not report the same error again when the host passes it as a new object on every render', () => {
    const seen: HelpEvent[] = [];
    const props = { route: '/elsewhere', onEvent: (event: HelpEvent) => seen.push(event) };
    const { rerender } = render(<Host {...props} error={{ code: 'E_SAME' }} />);
    rerender(<Host {...props} error={{ code: 'E_SAME' }} />);
    rerender(<Host {...props} error={{ code: 'E_OTHER' }} />);
    rerender(<Host {...props} error={null} />);
    rerender(<Host {...props} error={{ code: 'E_SAME' }} />);
    expect(seen.filter((event) => event.type === 'error-seen').map((event) => event.type === 'error-seen' && event.error.code)).toEqual([
      'E_SAME',
      'E_OTHER',
      'E_SAME',
    ]);
  });

  it('reports an error that nothing matched, with no matches', () => {
    const seen: HelpEvent[] = [];
    renderHelp({ route: '/elsewhere', error: { code: 'TOTALLY_UNKNOWN' }, onEvent: (event) => seen.push(event) });
    expect(seen).toEqual([{ type: 'error-seen', route: '/elsewhere', error: { code: 'TOTALLY_UNKNOWN' }, matches: [] }]);
  });
});

describe('given a split index, whose match files come after the error', () => {
  it('reports the error once its match files are in, with what it matched, so the report sees no gap', async () => {
    const { createSite } = await import('./fixtures/split-site');
    const { waitFor } = await import('@testing-library/react');
    const { vi } = await import('vitest');
    const site = createSite(sampleIndex());
    vi.stubGlobal('fetch', site.fetch);
    try {
      const seen: HelpEvent[] = [];
      render(
        <HelpProvider index={site.reference()} preload="eager" storage={createMemoryStorage()} route="/elsewhere" error={{ code: 'WEBHOOK_TIMEOUT' }} onEvent={(event) => seen.push(event)}>
          <main>Host app</main>
        </HelpProvider>,
      );
      await waitFor(() => expect(seen.some((event) => event.type === 'error-seen')).toBe(true), { timeout: 5000 });
      const errors = seen.filter((event) => event.type === 'error-seen');
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({ error: { code: 'WEBHOOK_TIMEOUT' }, matches: [{ symptomId: 'webhooks#not-firing' }] });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
