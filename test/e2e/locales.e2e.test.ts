import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import ar from '../../src/locales/ar';
import de from '../../src/locales/de';
import { HELP_CENTERS } from '../../stories/demo/scenarios';
import { axeViolations } from './axe';
import { launchChromium, openContext } from './browser';
import { settleDiagnostics } from './settle-diagnostics';

const demoUrl = inject('demoUrl');
const oxvo = HELP_CENTERS.find((center) => center.id === 'oxvo')!;
const ochre = HELP_CENTERS.find((center) => center.id === 'ochre')!;
const at = (center: string, path: string, lang: string) => `${demoUrl}${path}?center=${center}&lang=${lang}`;

let browser: Browser;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  browser = await launchChromium();
  ({ context, page } = await openContext(browser, 'desktop'));
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

const panel = () => page.getByRole('dialog');
const title = () => panel().locator('[data-help-part="symptom"] [data-help-part="screen-title"]').first();
const checkStates = () =>
  panel()
    .locator('[data-help-part="check"]')
    .evaluateAll((items) => items.map((item) => `${item.getAttribute('data-check-id')}=${item.getAttribute('data-state')}`));

describe('given the demo in German, which passes no translations', () => {
  it('loads the German label pack by itself, as a chunk the page did not load', async () => {
    const fetched: string[] = [];
    const onResponse = (response: { url: () => string }) => fetched.push(response.url());
    page.on('response', onResponse);
    try {
      await page.goto(at('oxvo', '/login/mfa', 'de'));
      // The trigger reads German from the first paint; the drawer in German once opened.
      await page.getByRole('button', { name: de.labels.trigger }).click();
      await panel().getByRole('combobox', { name: de.labels.search }).waitFor();
      const scripts = fetched.filter((url) => url.endsWith('.js'));
      const texts = await Promise.all(scripts.map(async (url) => ({ url, text: await (await fetch(url)).text() })));
      const withPack = texts.filter(({ text }) => text.includes(de.labels.searchResults));
      expect(withPack).toHaveLength(1);
      const html = await (await fetch(at('oxvo', '/login/mfa', 'de'))).text();
      expect(html).not.toContain(new URL(withPack[0]!.url).pathname);
    } finally {
      page.off('response', onResponse);
    }
  });

  it('opens Oxvo’s symptom for the page in German, with German labels, and no axe violations', async () => {
    const mfa = oxvo.scenarios.find((scenario) => scenario.path === '/login/mfa')!;
    await page.goto(at('oxvo', mfa.path, 'de'));
    await page.getByRole('button', { name: de.labels.trigger }).click();
    await title().waitFor();
    expect(await title().textContent()).not.toBe(mfa.symptom);
    expect(await panel().getAttribute('lang')).toBe('de');
    expect(await panel().locator('[data-help-part="language-note"]').count()).toBe(0);
    await expect.poll(() => panel().getByText(de.labels.checks, { exact: true }).count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows an Ochre article not translated yet in English, under a note in German', async () => {
    const linear = ochre.scenarios.find((scenario) => scenario.path === '/settings/integrations/linear')!;
    await page.goto(at('ochre', linear.path, 'de'));
    await page.getByRole('button', { name: de.labels.trigger }).click();
    await title().waitFor();
    const note = panel().locator('[data-help-part="language-note"]');
    await note.waitFor();
    expect((await note.textContent())?.trim()).toBe(de.labels.shownInLanguage('Englisch', 'en'));
    expect(await panel().locator('[data-help-part="symptom"]').getAttribute('lang')).toBe('en');
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('given a user who switches language with the panel open', () => {
  it('keeps the open symptom and its ticked checks, in the new language', async () => {
    const webhooks = oxvo.scenarios.find((scenario) => scenario.path.startsWith('/settings/developer/webhooks'))!;
    await page.goto(at('oxvo', webhooks.path, 'en'));
    await page.getByRole('button', { name: 'Help' }).click();
    await title().waitFor();
    const english = (await title().textContent())?.trim();
    await settleDiagnostics(page);
    const box = panel().locator('[data-help-part="check"][data-state="unchecked"] input[type="checkbox"]').first();
    await box.check();
    const before = await checkStates();

    // The language menu sits behind the modal drawer; the host changes the language as its own menu would.
    await page.locator('[data-demo-language]').selectOption('de', { force: true });
    await expect.poll(async () => (await title().textContent())?.trim()).not.toBe(english);
    expect(await panel().getAttribute('lang')).toBe('de');
    await settleDiagnostics(page);
    expect(await checkStates()).toEqual(before);

    await page.locator('[data-demo-language]').selectOption('ja', { force: true });
    await expect.poll(() => panel().getAttribute('lang')).toBe('ja');
    await expect.poll(async () => /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u.test((await title().textContent()) ?? '')).toBe(true);
    expect(await checkStates()).toEqual(before);
  });
});

describe('given the demo in Arabic (labels only)', () => {
  it('runs the drawer right to left with Arabic labels, the English content left to right, and no axe violations', async () => {
    const scenario = oxvo.scenarios[0]!;
    await page.goto(at('oxvo', scenario.path, 'ar'));
    const trigger = page.getByRole('button', { name: ar.labels.trigger });
    expect(await trigger.getAttribute('dir')).toBe('rtl');
    await trigger.click();
    await title().waitFor();
    expect(await panel().getAttribute('dir')).toBe('rtl');
    expect(await panel().getAttribute('lang')).toBe('ar');
    expect(await panel().locator('[data-help-part="symptom"]').getAttribute('dir')).toBe('ltr');
    expect(await panel().getByRole('button', { name: ar.labels.close }).count()).toBe(1);
    // The drawer's text starts at the right edge.
    expect(await panel().evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
    expect(await axeViolations(page)).toEqual([]);
  });
});
