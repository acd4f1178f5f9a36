import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HelpEngineCore } from '../../src/engine/types';
import { useHelpContext } from '../../src/react/help-context';
import { loadedSearch } from '../../src/react/load-search';
import { renderHelp } from './fixtures/render-help';

// Which lazy parts have been fetched: each records itself when its module is first evaluated.
const fetched = vi.hoisted(() => new Set<string>());
vi.mock('../../src/react/article-view', async (importOriginal) => {
  fetched.add('article-view');
  return importOriginal();
});
vi.mock('../../src/react/second-chance', async (importOriginal) => {
  fetched.add('second-chance');
  return importOriginal();
});

function engineProbe() {
  const seen: { engine: HelpEngineCore | null } = { engine: null };
  function Probe() {
    seen.engine = useHelpContext('Probe').engine;
    return null;
  }
  return { seen, probe: <Probe /> };
}

describe('given a route that matches, before the panel is opened', () => {
  it('fetches search, the article view and the second chance, so opening never waits on them', async () => {
    const { seen, probe } = engineProbe();
    renderHelp({ route: '/settings/webhooks', host: probe, searchDelay: 0 });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(loadedSearch(seen.engine!)).toBeDefined());
    await waitFor(() => expect([...fetched]).toEqual(expect.arrayContaining(['article-view', 'second-chance'])));
  });
});

/** The browser never goes idle: only what the user does can start a fetch. */
function neverIdle() {
  vi.stubGlobal('requestIdleCallback', () => 1);
  vi.stubGlobal('cancelIdleCallback', () => {});
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('given no match', () => {
  beforeEach(neverIdle);

  it('fetches nothing until the user comes near', async () => {
    const { seen, probe } = engineProbe();
    renderHelp({ route: '/nowhere', host: probe });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(loadedSearch(seen.engine!)).toBeUndefined();
  });

  it('fetches search when a pointer comes over the trigger', async () => {
    const { seen, probe } = engineProbe();
    renderHelp({ route: '/nowhere', host: probe });
    const trigger = screen.getByRole('button', { name: 'Help' });
    expect(loadedSearch(seen.engine!)).toBeUndefined();
    fireEvent.pointerEnter(trigger);
    await waitFor(() => expect(loadedSearch(seen.engine!)).toBeDefined());
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('fetches search when the trigger takes keyboard focus', async () => {
    const { seen, probe } = engineProbe();
    renderHelp({ route: '/nowhere', host: probe });
    screen.getByRole('button', { name: 'Help' }).focus();
    await waitFor(() => expect(loadedSearch(seen.engine!)).toBeDefined());
  });

});

describe('given no match and no user nearby', () => {
  it('fetches everything once the browser is idle', async () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (task: () => void) => idle.push(task));
    vi.stubGlobal('cancelIdleCallback', () => {});
    const { seen, probe } = engineProbe();
    renderHelp({ route: '/nowhere', host: probe });
    expect(loadedSearch(seen.engine!)).toBeUndefined();
    expect(idle.length).toBeGreaterThan(0);
    for (const task of idle.splice(0)) task();
    await waitFor(() => expect(loadedSearch(seen.engine!)).toBeDefined());
  });
});
