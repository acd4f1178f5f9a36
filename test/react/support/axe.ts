import axe from 'axe-core';
import { expect } from 'vitest';

/** Runs axe on `container` and fails with the rule ids and targets of any violation. */
export async function expectNoAxeViolations(container: Element) {
  const results = await axe.run(container);
  const found = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(found).toEqual([]);
}
