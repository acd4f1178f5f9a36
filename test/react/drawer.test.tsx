import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { HelpPanel, HelpProvider, createMemoryStorage, useHelp } from '../../src/react/index';
import { expectNoAxeViolations, renderHelp } from './fixtures/render-help';
import { sampleIndex } from './fixtures/sample-index';

describe('given the one-line panel', () => {
  it('opens from the floating button as a labelled dialog and closes with Escape, returning focus to the button', async () => {
    const user = userEvent.setup();
    renderHelp();
    const trigger = screen.getByRole('button', { name: 'Help' });
    expect(trigger).toHaveAttribute('data-floating');

    await user.click(trigger);
    const dialog = screen.getByRole('dialog', { name: 'Help' });
    expect(dialog).toHaveAccessibleDescription('Troubleshooting help for this page.');
    expect(dialog).toHaveAttribute('data-side', 'right');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(trigger).toHaveFocus();
  });

  it('keeps focus inside the modal drawer while tabbing', async () => {
    const user = userEvent.setup();
    renderHelp({ host: <button type="button">Host button</button> });
    await user.click(screen.getByRole('button', { name: 'Help' }));
    const dialog = screen.getByRole('dialog');
    for (let i = 0; i < 15; i++) {
      await user.tab();
      expect(dialog).toContainElement(document.activeElement as HTMLElement);
    }
  });

  it('slides from the left when asked and has no overlay when non-modal', async () => {
    const user = userEvent.setup();
    renderHelp({ panel: { side: 'left', modal: false } });
    await user.click(screen.getByRole('button', { name: 'Help' }));
    expect(screen.getByRole('dialog')).toHaveAttribute('data-side', 'left');
    expect(document.querySelector('[data-help-part="overlay"]')).toBeNull();
  });

  it('stays open in non-modal mode while the user clicks in the host app', async () => {
    const user = userEvent.setup();
    renderHelp({ panel: { modal: false }, host: <button type="button">Save</button> });
    await user.click(screen.getByRole('button', { name: 'Help' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('leaves out the floating button when `trigger` is false', () => {
    renderHelp({ panel: { trigger: false } });
    expect(screen.queryByRole('button', { name: 'Help' })).not.toBeInTheDocument();
  });

  it('has no axe violations with the drawer closed and open', async () => {
    const user = userEvent.setup();
    renderHelp();
    await expectNoAxeViolations();
    await user.click(screen.getByRole('button', { name: 'Help' }));
    await expectNoAxeViolations();
  });
});

describe('given the keyboard shortcut', () => {
  it('toggles the drawer with ? and restores focus to where the user was', async () => {
    const user = userEvent.setup();
    renderHelp({ host: <button type="button">Host button</button> });
    const host = screen.getByRole('button', { name: 'Host button' });
    host.focus();
    await user.keyboard('?');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(host).toHaveFocus();
  });

  it('opens with Ctrl+/ and with ⌘+/', async () => {
    const user = userEvent.setup();
    renderHelp();
    await user.keyboard('{Control>}/{/Control}');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await user.keyboard('{Meta>}/{/Meta}');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('ignores ? typed into a field of the host app', async () => {
    const user = userEvent.setup();
    renderHelp({ host: <input aria-label="Message" /> });
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'why?');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Message' })).toHaveValue('why?');
  });

  it('ignores keys pressed during an IME composition', () => {
    renderHelp();
    fireEvent.keyDown(document.body, { key: '?', isComposing: true });
    fireEvent.keyDown(document.body, { key: '?', keyCode: 229 });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('uses the configured keys instead of the defaults, or none', async () => {
    const user = userEvent.setup();
    const { unmount } = renderHelp({ shortcut: ['F1'] });
    await user.keyboard('?');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.keyboard('{F1}');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    unmount();

    renderHelp({ shortcut: false });
    await user.keyboard('?');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});

describe('given controlled and uncontrolled open state', () => {
  it('starts open with `defaultOpen`', () => {
    renderHelp({ defaultOpen: true });
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('follows `open` and asks `onOpenChange` instead of closing itself', async () => {
    const user = userEvent.setup();
    const onOpenChange = vi.fn();
    renderHelp({ open: true, onOpenChange });
    await user.keyboard('{Escape}');
    expect(onOpenChange).toHaveBeenCalledWith(false);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('opens and closes from the parent', async () => {
    const user = userEvent.setup();
    function Host() {
      const [open, setOpen] = useState(false);
      return (
        <HelpProvider index={sampleIndex()} storage={createMemoryStorage()} route={null} open={open} onOpenChange={setOpen}>
          <button type="button" onClick={() => setOpen(true)}>
            Open from host
          </button>
          <HelpPanel trigger={false} />
        </HelpProvider>
      );
    }
    render(<Host />);
    await user.click(screen.getByRole('button', { name: 'Open from host' }));
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Close help' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});

describe('given useHelp', () => {
  function Opener({ id }: { id?: string }) {
    const help = useHelp();
    return (
      <button type="button" onClick={() => help.open(id)}>
        Open {id ?? 'help'}
      </button>
    );
  }

  it('opens on a given article', async () => {
    const user = userEvent.setup();
    renderHelp({ host: <Opener id="getting-started" /> });
    await user.click(screen.getByRole('button', { name: 'Open getting-started' }));
    expect(await within(screen.getByRole('dialog')).findByRole('heading', { name: 'Getting started' })).toBeInTheDocument();
  });

  it('opens on a given symptom', async () => {
    const user = userEvent.setup();
    renderHelp({ host: <Opener id="billing#card-declined" /> });
    await user.click(screen.getByRole('button', { name: 'Open billing#card-declined' }));
    expect(within(screen.getByRole('dialog')).getByRole('heading', { name: 'Card declined' })).toBeInTheDocument();
  });

  it('says the article could not be found for an unknown id', async () => {
    const user = userEvent.setup();
    renderHelp({ host: <Opener id="nope" /> });
    await user.click(screen.getByRole('button', { name: 'Open nope' }));
    expect(screen.getByText('This help article could not be found.')).toBeInTheDocument();
    await expectNoAxeViolations();
    // The way on is named as in the header: "All help", to home and its search.
    const notFound = screen.getByRole('dialog').querySelector('[data-help-part="not-found"]') as HTMLElement;
    await user.click(within(notFound).getByRole('button', { name: 'All help' }));
    expect(within(screen.getByRole('dialog')).getByRole('combobox', { name: 'Search help' })).toBeInTheDocument();
  });

  it('throws a sentence with the fix when used outside HelpProvider', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<Opener />)).toThrow('useHelp must be inside <HelpProvider>.');
    expect(() => render(<HelpPanel />)).toThrow(/must be inside <HelpProvider>/);
    spy.mockRestore();
  });

  it('closes the drawer through close()', async () => {
    const user = userEvent.setup();
    function Closer() {
      const help = useHelp();
      return (
        <button type="button" onClick={() => help.close()}>
          Close from host
        </button>
      );
    }
    renderHelp({ defaultOpen: true, panel: { modal: false }, host: <Closer /> });
    await user.click(screen.getByRole('button', { name: 'Close from host' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});

describe('given theming options', () => {
  it('marks every top-level part with the theme, side and direction', async () => {
    const user = userEvent.setup();
    renderHelp({ panel: { theme: 'dark', dir: 'rtl', side: 'left' } });
    const trigger = screen.getByRole('button', { name: 'Help' });
    expect(trigger).toHaveAttribute('data-help-theme', 'dark');
    expect(trigger).toHaveAttribute('dir', 'rtl');
    await user.click(trigger);
    const dialog = screen.getByRole('dialog');
    expect(dialog).toHaveAttribute('data-help-theme', 'dark');
    expect(dialog).toHaveAttribute('dir', 'rtl');
    expect(document.querySelector('[data-help-part="overlay"]')).toHaveAttribute('data-help-theme', 'dark');
  });

  it('leaves the theme off in unstyled mode but keeps the part attributes', async () => {
    const user = userEvent.setup();
    renderHelp({ panel: { unstyled: true } });
    await user.click(screen.getByRole('button', { name: 'Help' }));
    expect(document.querySelector('[data-help-theme]')).toBeNull();
    expect(screen.getByRole('dialog')).toHaveAttribute('data-help-part', 'content');
    await expectNoAxeViolations();
  });
});
