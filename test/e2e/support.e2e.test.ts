import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { HELP_CENTERS, type HelpCenterDemo } from '../../stories/demo/scenarios';
import { axeViolations } from './axe';
import { launchChromium, openContext, VIEWPORTS, type ViewportName } from './browser';
import { settleDiagnostics } from './settle-diagnostics';

const demoUrl = inject('demoUrl');
const at = (center: HelpCenterDemo, path: string) => `${demoUrl}${path}?center=${center.id}`;
const panel = (page: Page) => page.getByRole('dialog');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(Object.keys(VIEWPORTS) as ViewportName[])('at a %s viewport', (viewport) => {
  describe.each(HELP_CENTERS)('given the $product help center in the demo', (center) => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      ({ context, page } = await openContext(browser, viewport));
    });
    afterAll(async () => {
      await context?.close();
    });

    it('runs the host’s diagnostics: a failing one shows its detail and a way to fix it', async () => {
      // The first page whose symptom has a check bound to a host diagnostic.
      let found = false;
      for (const candidate of center.scenarios) {
        await page.goto(at(center, candidate.path));
        found = (await page.locator('[data-demo-diagnostic]').count()) > 0;
        if (found) break;
      }
      expect(found).toBe(true);
      await page.locator('[data-demo-diagnostic]').first().uncheck();
      await page.locator('[data-demo-raise="error"]').click();
      const failed = panel(page).locator('[data-help-part="check"][data-status="failed"]');
      await failed.first().waitFor();
      expect(await failed.first().textContent()).toContain('Checked by the app: this is the problem.');
      expect(await panel(page).locator('[data-help-part="diagnostic-fix"]').count()).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
    });

    it('escalates from a symptom and the host receives what was tried', async () => {
      const scenario = center.scenarios[0]!;
      await page.goto(at(center, scenario.path));
      await page.locator('[data-demo-raise="error"]').click();
      await panel(page).locator('[data-help-part="check"]').first().waitFor();
      await settleDiagnostics(page);
      const unticked = panel(page).locator('[data-help-part="check"][data-state="unchecked"] input[type="checkbox"]');
      if ((await unticked.count()) > 0) await unticked.first().check();
      await panel(page).locator('[data-help-part="contact-support"]').first().click();
      await panel(page).getByRole('textbox').first().fill('Tried the first check, still broken.');
      expect(await axeViolations(page)).toEqual([]);
      await panel(page).locator('[data-help-part="escalation-send"]').click();
      await panel(page).locator('[data-help-part="escalation-sent"]').waitFor();

      const received = JSON.parse((await page.locator('[data-demo-escalation]').textContent()) ?? 'null') as {
        helpCenter: { id: string } | null;
        symptom: { title: string } | null;
        article: { title: string } | null;
        route: string | null;
        note: string;
        checks: { done: unknown[] };
      };
      expect(received.helpCenter?.id).toBe(center.id);
      expect([received.symptom?.title, received.article?.title]).toContain(scenario.symptom);
      expect(received.route).toBe(scenario.path);
      expect(received.note).toBe('Tried the first check, still broken.');
      expect(received.checks.done.length).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
    });
  });
});
