import type { Browser, Page } from 'playwright-core';

/**
 * Scripted visits to the demo's Ochre help center, each a fresh page load (a
 * session of its own), as people would use the panel: searches that find
 * nothing, a checklist followed by an escalation, an error no article names
 * solved through search, votes. The e2e test asserts the report's numbers
 * from the log these write; `npm run report:demo` builds its report from them.
 */

/** Typed into the search box in {@link NO_RESULT_SESSIONS} separate sessions; the content has nothing for it. */
export const NO_RESULT_QUERY = 'zapier';
export const NO_RESULT_SESSIONS = 3;
/** The symptom the escalation session escalates from. */
export const ESCALATED_SYMPTOM = 'stripe-not-showing#customer-360-shows-no-stripe-data';
/** The error the demo's start page raises; no article names it, and the migration article solves it. */
export const UNKNOWN_ERROR_CODE = 'IMPORT_TIMEOUT';
export const SOLVING_ARTICLE = 'migration-stuck';

const panel = (page: Page) => page.getByRole('dialog');

/** Flushes the page's batched events (the batcher sends on `pagehide`) by leaving the page. */
async function leave(page: Page): Promise<void> {
  await page.goto('about:blank');
}

async function openFromStart(page: Page, url: (path: string) => string): Promise<void> {
  await page.goto(url('/'));
  await page.locator('body').press('Control+/');
  await panel(page).getByRole('combobox').waitFor();
}

/** Types `query` and waits for the panel's answer: results, or "No results". */
async function searchFor(page: Page, query: string): Promise<void> {
  await panel(page).getByRole('combobox').fill(query);
  await panel(page).locator('[data-help-part="results"] [role="option"], [data-help-part="no-results"]').first().waitFor();
}

/** Leaves the search field: the search commits (the `search` event) as it does when a person moves on. */
async function leaveSearch(page: Page): Promise<void> {
  await page.keyboard.press('Tab');
}

/**
 * Drives every scripted session in its own page. `url(path)` is the demo URL
 * of a page of the Ochre center, with the log name in it. `beforeClose` runs
 * once every page is gone but before the browser context closes, so the last
 * beacons can land (closing the context cancels requests still in flight).
 */
export async function runDemoSessions(
  browser: Browser,
  url: (path: string) => string,
  beforeClose: () => Promise<unknown> = async () => {},
): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  context.setDefaultTimeout(10_000);
  try {
    const session = async (drive: (page: Page) => Promise<void>) => {
      const page = await context.newPage();
      await drive(page);
      await leave(page);
      await page.close();
    };

    // 1–3: a question the content cannot answer, asked in three sessions.
    for (let i = 0; i < NO_RESULT_SESSIONS; i++) {
      await session(async (page) => {
        await openFromStart(page, url);
        await searchFor(page, NO_RESULT_QUERY);
        await panel(page).locator('[data-help-part="no-results"]').getByText(/No results/).waitFor();
        await leaveSearch(page);
      });
    }

    // 4: a Stripe error opens its symptom; one check ticked, then an escalation.
    await session(async (page) => {
      await page.goto(url('/customers/cus_81'));
      await page.locator('[data-demo-raise="error"]').click();
      await panel(page).locator('[data-help-part="check"]').first().waitFor();
      if ((await page.locator('[data-demo-diagnostic]').count()) > 0) {
        await panel(page).locator('[data-help-part="diagnostics-summary"][data-status="done"]').waitFor();
      }
      const unticked = panel(page).locator('[data-help-part="check"][data-state="unchecked"] input[type="checkbox"]');
      await unticked.first().check();
      await panel(page).locator('[data-help-part="contact-support"]').first().click();
      await panel(page).getByRole('textbox').first().fill('Reconnected Stripe, still nothing.');
      await panel(page).locator('[data-help-part="escalation-send"]').click();
      await panel(page).locator('[data-help-part="escalation-sent"]').waitFor();
    });

    // 5: an error no article names; found by search, and it helped.
    await session(async (page) => {
      await page.goto(url('/'));
      await page.locator('[data-demo-raise="unknown"]').click();
      await panel(page).getByRole('combobox').waitFor();
      await searchFor(page, 'import stuck');
      await panel(page).getByRole('option').first().click(); // opening a result commits the search
      await panel(page).locator('[data-help-part="feedback-yes"]').first().click();
      await panel(page).locator('[data-help-part="feedback-thanks"]').first().waitFor();
    });

    // 6: a search with results that the user leaves without opening any.
    await session(async (page) => {
      await openFromStart(page, url);
      await searchFor(page, 'slack');
      await panel(page).getByRole('option').first().waitFor();
      await leaveSearch(page);
    });
    await beforeClose();
  } finally {
    await context.close();
  }
}
