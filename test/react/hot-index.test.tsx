import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { HelpPanel, HelpProvider, createMemoryStorage, type HelpProviderProps } from '../../src/react/index';
import { HOT_INDEX_EVENT } from '../../src/schema/hot-index';
import { useHelpContext } from '../../src/react/help-context';
import type { HelpIndex } from '../../src/schema/help-index';
import { sampleIndex } from './fixtures/sample-index';

// In development the Vite plugin's virtual module announces each recompiled
// index with the one it replaces (see render-index-module.ts); this is that event.
const announce = (previous: unknown, next: unknown) =>
  act(() => {
    window.dispatchEvent(new CustomEvent(HOT_INDEX_EVENT, { detail: { previous, next } }));
  });

/** The sample index with the invoice symptom renamed, as an author's edit would. */
function edited(from: HelpIndex, title: string): HelpIndex {
  const next = structuredClone(from);
  next.symptoms = next.symptoms.map((symptom) => (symptom.id === 'billing#invoice-missing' ? { ...symptom, title } : symptom));
  return next;
}

const dialog = () => within(screen.getByRole('dialog'));
const heading = (name: string) => dialog().getByRole('heading', { name, level: 3 });

function renderOpen(props: Partial<HelpProviderProps>) {
  return render(
    <HelpProvider storage={createMemoryStorage()} route="/billing/invoices" defaultOpen searchDelay={0} {...props}>
      <HelpPanel />
    </HelpProvider>,
  );
}

describe('given an index edited while the panel is open', () => {
  it('shows each edit in place: same screen, ticked checks kept', async () => {
    const user = userEvent.setup();
    const original = sampleIndex();
    renderOpen({ index: original });
    expect(heading('Invoice missing')).toBeInTheDocument();
    await user.click(dialog().getByRole('checkbox', { name: 'Check the spam folder' }));

    const first = edited(original, 'Invoice not received');
    announce(original, first);
    expect(heading('Invoice not received')).toBeInTheDocument();
    expect(dialog().getByRole('checkbox', { name: 'Check the spam folder' })).toBeChecked();

    // The next edit replaces the first one, not the original.
    announce(first, edited(first, 'Invoice never arrived'));
    expect(heading('Invoice never arrived')).toBeInTheDocument();
  });

  it('keeps the one progress store across edits, so a tick made as an edit lands is shown at once', async () => {
    const user = userEvent.setup();
    const original = sampleIndex();
    const stores: unknown[] = [];
    function Probe() {
      stores.push(useHelpContext('Probe').progress);
      return null;
    }
    render(
      <HelpProvider storage={createMemoryStorage()} route="/billing/invoices" defaultOpen searchDelay={0} index={original}>
        <Probe />
        <HelpPanel />
      </HelpProvider>,
    );
    announce(original, edited(original, 'Invoice not received'));
    expect(new Set(stores.filter(Boolean)).size).toBe(1);
    await user.click(dialog().getByRole('checkbox', { name: 'Check the spam folder' }));
    expect(dialog().getByRole('checkbox', { name: 'Check the spam folder' })).toBeChecked();
  });

  it('stays on the symptom when an edit renames its heading, and with it its id', async () => {
    const original = sampleIndex();
    renderOpen({ index: original });
    expect(heading('Invoice missing')).toBeInTheDocument();
    // The id is the heading's slug: a new heading is a new id, in every place the index names it.
    const text = JSON.stringify(edited(original, 'Invoice not received'))
      .replaceAll('"billing#invoice-missing"', '"billing#invoice-not-received"')
      .replaceAll('"invoice-missing"', '"invoice-not-received"');
    announce(original, JSON.parse(text));
    expect(heading('Invoice not received')).toBeInTheDocument();
    expect(dialog().queryByText(/not found|no longer/i)).not.toBeInTheDocument();
  });

  it('ignores an edit of another help center', () => {
    renderOpen({ index: sampleIndex() });
    announce(sampleIndex(), edited(sampleIndex(), 'Someone else’s edit'));
    announce(undefined, undefined);
    window.dispatchEvent(new CustomEvent(HOT_INDEX_EVENT));
    expect(heading('Invoice missing')).toBeInTheDocument();
  });

  it('follows an index loaded with `load` as well', async () => {
    const original = sampleIndex();
    renderOpen({ load: async () => ({ default: original }) });
    expect(await dialog().findByRole('heading', { name: 'Invoice missing', level: 3 })).toBeInTheDocument();
    announce(original, edited(original, 'Invoice not received'));
    expect(heading('Invoice not received')).toBeInTheDocument();
  });

  it('drops the edit when the app passes a different index', () => {
    const original = sampleIndex();
    const view = renderOpen({ index: original });
    announce(original, edited(original, 'Invoice not received'));
    view.rerender(
      <HelpProvider storage={createMemoryStorage()} route="/billing/invoices" defaultOpen index={edited(original, 'Invoice from the app')}>
        <HelpPanel />
      </HelpProvider>,
    );
    expect(heading('Invoice from the app')).toBeInTheDocument();
  });
});
