import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { HELP_CENTERS, type HelpCenterDemo, type Scenario } from '../../stories/demo/scenarios';
import { axeViolations } from './axe';
import { launchChromium, openContext, VIEWPORTS, type ViewportName } from './browser';
import { settleDiagnostics } from './settle-diagnostics';

const demoUrl = inject('demoUrl');
const at = (center: HelpCenterDemo, path: string) => `${demoUrl}${path}?center=${center.id}`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The open drawer. */
const panel = (page: Page) => page.getByRole('dialog');
/** The symptom screen of the drawer. */
const symptomScreen = (page: Page) => panel(page).locator('[data-help-part="symptom"]');

/**
 * Waits for the drawer to show the symptom the table names. The table names
 * a symptom by its own title (Oxvo: "Webhooks not firing") or by the title of
 * the article that holds it (Ochre: "Not getting replies"); either must match exactly.
 */
async function expectSymptom(page: Page, name: string) {
  await symptomScreen(page).filter({ hasText: name }).first().waitFor({ state: 'visible' });
  const screen = symptomScreen(page).first();
  const title = (await screen.locator('[data-help-part="screen-title"]').textContent())?.trim();
  const article = (await screen.locator('[data-help-part="symptom-article"]').allTextContents()).map((text) => text.trim());
  expect([title, ...article]).toContain(name);
}

async function raise(page: Page, how: 'error' | 'response' | 'boundary') {
  await page.locator(`[data-demo-raise="${how}"]`).click();
}

async function checkStates(checks: Locator) {
  return checks.evaluateAll((items) => items.map((item) => `${item.getAttribute('data-check-id')}=${item.getAttribute('data-state')}`));
}

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

    it.each(center.scenarios)('opens $symptom when $page fails with an Error', async (scenario: Scenario) => {
      await page.goto(at(center, scenario.path));
      await raise(page, 'error');
      await expectSymptom(page, scenario.symptom);
      expect(await axeViolations(page)).toEqual([]);
    });

    it.each(center.scenarios.filter((scenario) => scenario.error.status !== undefined))(
      'opens $symptom when $page fails with a fetch Response',
      async (scenario: Scenario) => {
        await page.goto(at(center, scenario.path));
        await raise(page, 'response');
        await expectSymptom(page, scenario.symptom);
      },
    );

    it('opens the symptom when a component throws and the host’s error boundary reports it', async () => {
      const scenario = center.scenarios[0]!;
      await page.goto(at(center, scenario.path));
      await raise(page, 'boundary');
      await expectSymptom(page, scenario.symptom);
      await page.keyboard.press('Escape');
      await page.getByRole('alert').waitFor();
      expect(await axeViolations(page)).toEqual([]);
    });

    it('keeps ticked checks after a reload', async () => {
      const scenario = center.scenarios[1]!;
      await page.goto(at(center, scenario.path));
      await raise(page, 'error');
      await expectSymptom(page, scenario.symptom);
      await settleDiagnostics(page);
      const checks = panel(page).locator('[data-help-part="check"]');
      // Tick two checks the user has not ticked yet (diagnostics may have ticked others).
      let ticked = 0;
      for (let i = 0; i < 2; i += 1) {
        const next = panel(page).locator('[data-help-part="check"][data-state="unchecked"] input[type="checkbox"]').first();
        if ((await next.count()) === 0) break;
        await next.check();
        ticked += 1;
      }
      // Only the user's ticks prove storage: diagnostics tick theirs again after the reload.
      expect(ticked).toBeGreaterThan(0);
      const before = await checkStates(checks);
      expect(await axeViolations(page)).toEqual([]);

      await page.reload();
      await raise(page, 'error');
      await expectSymptom(page, scenario.symptom);
      await settleDiagnostics(page);
      expect(await checkStates(panel(page).locator('[data-help-part="check"]'))).toEqual(before);
    });

    it('finds a symptom by search and opens it with the keyboard alone', async () => {
      const scenario = center.scenarios[center.scenarios.length - 1]!;
      // The product's start page matches no symptom, so the drawer opens on its home screen with the search.
      await page.goto(at(center, '/'));
      await page.locator('body').press('Control+/');
      await panel(page).waitFor();
      const search = panel(page).getByRole('combobox');
      for (let i = 0; i < 20 && !(await search.evaluate((el) => el === document.activeElement)); i += 1) {
        await page.keyboard.press('Tab');
      }
      expect(await search.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.type(scenario.symptom.toLowerCase());
      await panel(page).getByRole('option').first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expectSymptom(page, scenario.symptom);
    });
  });
});

describe('given the demo page before anyone opens help', () => {
  it('keeps search, and Fuse with it, out of the page load: it is fetched once the page has loaded and gone idle', async () => {
    const { context, page } = await openContext(browser, 'desktop');
    try {
      const scripts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
      });
      // The Vite plugin gives search (and Fuse) a chunk of its own.
      const searchChunks = () => scripts.filter((path) => /\/help-panel-search-[\w-]+\.js$/.test(path));
      await page.goto(at(HELP_CENTERS[0]!, '/'));
      await page.waitForLoadState('networkidle');
      expect(scripts.length).toBeGreaterThan(0);
      // Prefetched for an instant first open, but only after the page's own load (and a moment after it).
      await expect.poll(() => searchChunks().length, { timeout: 10_000 }).toBe(1);
      // A resource timing entry is added when its response has ended, which on a busy machine can be
      // well after the request event above: wait for it, then compare its start with the load event's.
      const startAfterLoad = async () =>
        page.evaluate(() => {
          const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
          const chunk = performance.getEntriesByType('resource').find((entry) => /\/help-panel-search-[\w-]+\.js$/.test(entry.name));
          return navigation === undefined || navigation.loadEventEnd === 0 || chunk === undefined ? null : chunk.startTime - navigation.loadEventStart;
        });
      await expect.poll(startAfterLoad, { timeout: 10_000 }).not.toBeNull();
      expect(await startAfterLoad()).toBeGreaterThanOrEqual(0);

      await page.locator('body').press('Control+/');
      const search = panel(page).getByRole('combobox');
      await search.fill('webhook');
      await panel(page).getByRole('option').first().waitFor();
      // Searching uses the prefetched chunk: no second download.
      expect(searchChunks()).toHaveLength(1);
    } finally {
      await context.close();
    }
  });
});
