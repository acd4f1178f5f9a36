// Asking in plain words, in the demo product: its panel's `ask` goes to the dev server's model
// route, a local stand-in that speaks the chat-completions streaming protocol and composes its
// reply only from the passages it is sent (stories/demo/demo-model-plugin.ts).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe';
import { launchChromium, openContext } from './browser';

const demoUrl = inject('demoUrl');

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
const searchBox = () => panel().getByRole('combobox', { name: 'Search help' });
const answerBody = () => panel().locator('[data-help-part="answer-body"]');

/** Opens the drawer on the Ochre home page and asks `question` with the Ask button. */
async function ask(question: string): Promise<void> {
  if (!(await panel().isVisible())) {
    await page.goto(`${demoUrl}/?center=ochre`);
    await page.locator('[data-help-part="trigger"]').click();
  }
  await searchBox().fill(question);
  await panel().getByRole('button', { name: 'Ask' }).click();
}

describe('given the demo with its stand-in model', () => {
  it('streams an answer to a question in the user\'s words, with its sources, and no axe violations', async () => {
    const question = 'my customers write to us but nothing turns up in the inbox';
    await ask(question);
    await expect.poll(() => panel().locator('[data-help-part="screen-title"]').innerText()).toContain(question);
    // It streams: the text is there before the answer is complete.
    await panel().getByText('Writing an answer…').waitFor();
    await answerBody().waitFor();
    const early = (await answerBody().innerText()).length;
    await panel().getByText('Answer ready.').waitFor({ timeout: 20_000 });
    expect((await answerBody().innerText()).length).toBeGreaterThan(early);
    expect(await answerBody().innerText()).toContain('Demo stand-in');
    // Markdown drawn as the articles are: a numbered list, emphasis, no raw HTML.
    expect(await answerBody().locator('ol li').count()).toBeGreaterThan(1);
    expect(await answerBody().locator('strong').first().innerText()).toBe('Customers send replies but nothing shows up in the inbox');
    expect(await panel().getByRole('region', { name: 'Sources' }).getByRole('button').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('opens the cited symptom with its checklist from a source, and Back returns to the answer', async () => {
    await panel().getByRole('region', { name: 'Sources' }).getByRole('button', { name: /Customers send replies/ }).click();
    const symptom = panel().locator('[data-help-part="symptom"]');
    await symptom.waitFor();
    expect(await symptom.getAttribute('data-symptom-id')).toBe('not-getting-replies#customers-send-replies-but-nothing-shows-up-in-the-inbox');
    expect(await panel().locator('[data-help-part="checklist"] input[type="checkbox"]').count()).toBe(5);
    await panel().getByRole('button', { name: 'Back' }).click();
    await panel().getByText('Answer ready.').waitFor();
  });

  it('stops on Stop: the text stops growing and the user can ask again', async () => {
    await panel().getByRole('button', { name: 'Back' }).click();
    await ask('why does slack no longer post the conversation alerts to our channel?');
    await answerBody().waitFor();
    await panel().getByRole('button', { name: 'Stop' }).click();
    await panel().getByText('Stopped. This is the answer so far.').waitFor();
    const stopped = await answerBody().innerText();
    await page.waitForTimeout(500);
    expect(await answerBody().innerText()).toBe(stopped);
    expect(await panel().getByRole('button', { name: 'Stop' }).count()).toBe(0);
    await panel().getByRole('button', { name: 'Ask again' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('says when no article covers a question, and offers support instead of a blank screen', async () => {
    await panel().getByRole('button', { name: 'Back' }).click();
    await ask('how do I bake sourdough bread?');
    await panel().getByText('No help article covers this yet.').waitFor();
    await panel().getByRole('button', { name: 'Still stuck? Contact support' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
