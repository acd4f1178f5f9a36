import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { HELP_CENTERS } from '../../stories/demo/scenarios';
import { axeViolations } from './axe';
import { launchChromium, openContext } from './browser';
import { settleDiagnostics } from './settle-diagnostics';

/**
 * Issue 11: two tabs of one browser (two pages of one context share
 * localStorage and get each other's `storage` events), against the built demo.
 */
const demoUrl = inject('demoUrl');
/** Every demo page with its error; the tests use the first whose symptom leaves two checks to the user. */
const pages = HELP_CENTERS.flatMap((center) => center.scenarios.map((scenario) => `${demoUrl}${scenario.path}?center=${center.id}`));
let url = pages[0]!;

const panel = (page: Page) => page.getByRole('dialog');
const check = (page: Page, id: string) => panel(page).locator(`[data-help-part="check"][data-check-id="${id}"]`);
const note = (page: Page) => panel(page).getByRole('textbox', { name: 'What happened? (optional)' });

/** Opens the demo page, raises its error so the drawer opens on the symptom, and waits for the host's diagnostics. */
async function openSymptom(page: Page) {
  await page.goto(url);
  await page.locator('[data-demo-raise="error"]').click();
  await panel(page).locator('[data-help-part="check"]').first().waitFor();
  await settleDiagnostics(page);
}

/** Ids of the checks a page shows unticked. */
async function unticked(page: Page): Promise<string[]> {
  return panel(page)
    .locator('[data-help-part="check"][data-state="unchecked"]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-check-id') ?? ''));
}

async function expectState(locator: Locator, state: 'checked' | 'unchecked') {
  await locator.and(locator.page().locator(`[data-state="${state}"]`)).waitFor();
}

async function openEscalation(page: Page) {
  await panel(page).locator('[data-help-part="contact-support"]').first().click();
  await note(page).waitFor();
}

let browser: Browser;
let context: BrowserContext;
let tabA: Page;
let tabB: Page;
beforeAll(async () => {
  browser = await launchChromium();
  const { context: probe, page } = await openContext(browser, 'desktop');
  for (const candidate of pages) {
    url = candidate;
    await openSymptom(page);
    if ((await unticked(page)).length >= 2) break;
  }
  await probe.close();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  await context?.close();
  // A fresh context per test: its own localStorage, so tests never see each other's ticks.
  ({ context, page: tabA } = await openContext(browser, 'desktop'));
  tabB = await context.newPage();
});

describe('given the demo open on the same symptom in two tabs', () => {
  it('shows a tick live in the other tab, and keeps both tabs’ ticks across a reload', async () => {
    await openSymptom(tabA);
    await openSymptom(tabB);
    const [first, second] = await unticked(tabA);
    expect(second).toBeDefined();

    // 1. Tick check 1 in tab A.
    await check(tabA, first!).locator('input').check();
    // 2. Tab B shows it without a reload.
    await expectState(check(tabB, first!), 'checked');
    // 3. Tick check 2 in tab B; tab A shows it too.
    await check(tabB, second!).locator('input').check();
    await expectState(check(tabA, second!), 'checked');
    // 4. Reload tab A: both ticks are there.
    await openSymptom(tabA);
    await expectState(check(tabA, first!), 'checked');
    await expectState(check(tabA, second!), 'checked');
    expect(await axeViolations(tabA)).toEqual([]);

    // Reset checks is a change like any other: it reaches the other tab.
    await panel(tabB).locator('[data-help-part="checklist-reset"]').click();
    await expectState(check(tabA, first!), 'unchecked');
    await expectState(check(tabA, second!), 'unchecked');
  });

  it('keeps the note in step across tabs and a reload, and removes it everywhere once sent', async () => {
    await openSymptom(tabA);
    await openSymptom(tabB);
    await openEscalation(tabA);
    await note(tabA).fill('The export fails');
    // Tab B opens the form later and finds the note; then it follows A live.
    await openEscalation(tabB);
    expect(await note(tabB).inputValue()).toBe('The export fails');
    await note(tabA).fill('The export fails since Monday');
    await expect.poll(() => note(tabB).inputValue()).toBe('The export fails since Monday');
    await note(tabB).fill('The export fails since Monday, after the upgrade');
    await expect.poll(() => note(tabA).inputValue()).toBe('The export fails since Monday, after the upgrade');
    // Typing in turn is not a conflict: no tab offers an "other note".
    for (const page of [tabA, tabB]) expect(await panel(page).locator('[data-help-part="escalation-replaced"]').count()).toBe(0);

    // A reload keeps it, and so does closing the tab and opening a new one.
    await openSymptom(tabA);
    await openEscalation(tabA);
    expect(await note(tabA).inputValue()).toBe('The export fails since Monday, after the upgrade');
    await tabA.close();
    tabA = await context.newPage();
    await openSymptom(tabA);
    await openEscalation(tabA);
    expect(await note(tabA).inputValue()).toBe('The export fails since Monday, after the upgrade');

    // Sent from tab B: gone in tab A too, and after a reload.
    await panel(tabB).locator('[data-help-part="escalation-send"]').click();
    await panel(tabB).locator('[data-help-part="escalation-sent"]').waitFor();
    await expect.poll(() => note(tabA).inputValue()).toBe('');
    await openSymptom(tabA);
    await openEscalation(tabA);
    expect(await note(tabA).inputValue()).toBe('');
  });

  it('clears progress and note in both tabs when the user signs out in one', async () => {
    await openSymptom(tabA);
    await openSymptom(tabB);
    const [first, second] = await unticked(tabA);
    await check(tabA, first!).locator('input').check();
    await check(tabB, second!).locator('input').check();
    await expectState(check(tabA, second!), 'checked');
    await openEscalation(tabB);
    await note(tabB).fill('My account number is 1234');

    // Sign out in tab A (the drawer is modal: close it first).
    await tabA.keyboard.press('Escape');
    await tabA.locator('[data-demo-sign-out]').click();

    // Tab B, still open, forgets both without a reload.
    await expect.poll(() => note(tabB).inputValue()).toBe('');
    await panel(tabB).locator('[data-help-part="back"]').first().click();
    await expectState(check(tabB, first!), 'unchecked');
    await expectState(check(tabB, second!), 'unchecked');
    const keys = await tabB.evaluate(() => Object.keys(window.localStorage).filter((key) => key.startsWith('help-panel:')));
    expect(keys).toEqual(['help-panel:cleared-at']);
    for (const page of [tabA, tabB]) {
      await openSymptom(page);
      await expectState(check(page, first!), 'unchecked');
      await expectState(check(page, second!), 'unchecked');
    }
  });
});
