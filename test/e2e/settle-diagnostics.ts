import type { Page } from 'playwright-core';

/**
 * Waits until the host's diagnostics for the open symptom have all answered,
 * when the demo page has any. They tick the checks they pass, so a test that
 * clicks or reads checks before then races them.
 */
export async function settleDiagnostics(page: Page): Promise<void> {
  if ((await page.locator('[data-demo-diagnostic]').count()) === 0) return;
  await page.getByRole('dialog').locator('[data-help-part="diagnostics-summary"][data-status="done"]').waitFor();
}
