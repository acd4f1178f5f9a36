import { describe, expect, it } from 'vitest';
import { compileSources } from '../../../src/compiler/compile-content';
import { createMemoryStorage } from '../../../src/engine/state/progress-storage';
import { createProgressStore } from '../../../src/engine/state/progress-store';

/** One article with one task-list symptom, its checks in the order given. */
function compile(checks: string[]) {
  const text = ['# Webhooks', '', '## Webhooks not firing', '', ...checks.map((c) => `- [ ] ${c}`), ''].join('\n');
  const { index, diagnostics } = compileSources([{ path: 'webhooks.md', text }], { helpCenter: { id: 'acme' } });
  expect(diagnostics.filter((d) => d.level === 'error')).toEqual([]);
  const symptom = index.symptoms[0];
  if (!symptom) throw new Error('the fixture no longer compiles to a symptom');
  return symptom;
}
const tickedTexts = (symptom: ReturnType<typeof compile>, ids: ReadonlySet<string>) =>
  symptom.checks.filter((c) => ids.has(c.id)).map((c) => c.text);

describe('given progress saved against one version of an article', () => {
  const before = compile(['Verify the webhook URL', 'Trigger a matching event', 'Inspect the receiver logs']);

  function saved() {
    const storage = createMemoryStorage();
    const store = createProgressStore(storage, 'help-panel', 'acme');
    for (const check of before.checks) if (check.text !== 'Trigger a matching event') store.set(before, check.id, true);
    return storage;
  }

  it('keeps every tick when the author reorders the checks', () => {
    const after = compile(['Inspect the receiver logs', 'Trigger a matching event', 'Verify the webhook URL']);
    const ticked = createProgressStore(saved(), 'help-panel', 'acme').checked(after);
    expect(tickedTexts(after, ticked)).toEqual(['Inspect the receiver logs', 'Verify the webhook URL']);
  });

  it('keeps the ticks of checks the author did not touch when others are added, reworded and moved', () => {
    const after = compile([
      'Check the event is enabled',
      'Inspect the receiver logs',
      'Verify the webhook URL, including the path',
      'Trigger a matching event',
    ]);
    const ticked = createProgressStore(saved(), 'help-panel', 'acme').checked(after);
    expect(tickedTexts(after, ticked)).toEqual(['Inspect the receiver logs']);
  });
});
