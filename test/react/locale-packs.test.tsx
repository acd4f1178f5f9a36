import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { compileContent } from '../../src/compiler/index';
import { ar } from '../../src/locales/ar';
import { de } from '../../src/locales/de';
import { ja } from '../../src/locales/ja';
import { useHelp, type HelpLocalePack } from '../../src/react/index';
import type { HelpIndex } from '../../src/schema/help-index';
import { expectNoAxeViolations, renderHelp } from './fixtures/render-help';

const FIRST_PASS = 'troubleshooting-overview#five-minute-first-pass';
let index: HelpIndex;
beforeAll(async () => {
  index = (await compileContent('content/ochre')).index;
});
afterEach(() => sessionStorage.clear());

function OpenButton() {
  const help = useHelp();
  return (
    <button type="button" onClick={() => help.open(FIRST_PASS)}>
      Open help on the symptom
    </button>
  );
}

/** One check passes, one fails, one throws: the summary uses all three counts. */
const diagnostics = {
  'integrations-healthy': async () => ({ ok: true as const }),
  'channels-enabled': async () => ({ ok: false as const, detail: 'Email is off' }),
  'domain-records-valid': () => {
    throw new Error('boom');
  },
};

const dialog = () => within(screen.getByRole('dialog'));
const summary = () => screen.getByRole('dialog').querySelector('[data-help-part="diagnostics-summary-text"]');

// Until HelpProvider takes `translations`, a pack's labels go in through `labels`, which takes any subset.
describe.each(
  ([
    [ja, '成功 1件、失敗 1件、確認不可 1件。'],
    [ar, 'ناجح: 1، فاشل: 1، تعذّر التحقق: 1.'],
    [de, '1 bestanden, 1 fehlgeschlagen, 1 nicht prüfbar.'],
  ] as [HelpLocalePack, string][]).map(([pack, text]) => [pack.locale, pack, text] as const),
)('given the %s pack as the panel’s labels', (_tag, pack, summaryText) => {
  it('shows the trigger, checklist, diagnostics and support screens in that language, with no axe violations', async () => {
    const user = userEvent.setup();
    const { labels } = pack;
    renderHelp({ index, storageNamespace: `t${Math.random()}`, host: <OpenButton />, diagnostics, labels, onEscalate: async () => {} });
    expect(screen.getByRole('button', { name: labels.trigger })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Open help on the symptom' }));
    await waitFor(() => expect(summary()).toHaveTextContent(summaryText));
    expect(dialog().getByRole('heading', { name: labels.title })).toBeInTheDocument();
    expect(dialog().getAllByText(labels.couldNotCheck, { exact: false }).length).toBeGreaterThan(0);
    expect(dialog().getByText(labels.unknownReason('threw'), { exact: false })).toBeInTheDocument();
    const boxes = dialog().getAllByRole('checkbox') as HTMLInputElement[];
    const progress = screen.getByRole('dialog').querySelector('[data-help-part="checklist-progress"]');
    expect(progress).toHaveTextContent(labels.checkedCount(boxes.filter((box) => box.checked).length, boxes.length));
    await expectNoAxeViolations();

    await user.click(dialog().getByRole('button', { name: labels.contactSupport }));
    expect(await dialog().findByRole('button', { name: labels.send })).toBeInTheDocument();
    expect(dialog().getByText(labels.escalationIntro)).toBeInTheDocument();
    await expectNoAxeViolations();
  }, 20_000);
});
