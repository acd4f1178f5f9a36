import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { launchChromium } from './browser';
import { buildAndServeDemo, type ServedDemo } from './serve-demo';
import { colorAt, colorCounts, decodePng, differingPixels, nonFlatShare } from './png-pixels';

/*
 * Issue 22, "it stays usable at any width": the drawer at 320 CSS px, at 400 %
 * zoom, under WCAG 1.4.12 text spacing and in forced colours, over the sample
 * content and over an article written to be awkward (a URL, a key and a
 * compound word longer than the drawer, a wide code block, a table).
 */

const repo = fileURLToPath(new URL('../..', import.meta.url));

/** An article that real help centers have: tokens no line can hold, a shell command, a table of headers. */
const HOSTILE_ID = 'signed-requests-rejected';
const HOSTILE_SYMPTOM = `${HOSTILE_ID}#the-signature-does-not-match`;
const HOSTILE_ARTICLE = `---
title: Signed requests rejected
summary: Requests to the Oxvo API fail their signature check.
bucket: Developers
routes: ['/settings/developer/signing']
errors: [SIGNATURE_MISMATCH]
---

# Signed requests rejected

Every request is signed with the workspace secret. The failing request went to https://api.oxvo.example/v2/workspaces/ws_8f3a2c9d41b7e6f0a5c3d2e1b4a69788/webhooks/endpoints/ep_0c1d2e3f4a5b6c7d8e9f?signature_version=2&include_raw_payload=true and the log names the key OXVO_WORKSPACE_SIGNING_SECRET_FOR_THE_PRODUCTION_ENVIRONMENT_ONLY.

## The signature does not match

- [ ] Compare the secret with \`OXVO_WORKSPACE_SIGNING_SECRET_FOR_THE_PRODUCTION_ENVIRONMENT_ONLY\` in [Settings → Developer](app:/settings/developer).
- [ ] Check the clock of the sending server: Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz-long timestamps older than five minutes fail.
- [ ] Sign the raw body, not the parsed JSON.
- [ ] Send the request again.

\`\`\`sh
curl --request POST "https://api.oxvo.example/v2/workspaces/ws_8f3a2c9d41b7e6f0a5c3d2e1b4a69788/webhooks/test" --header "X-Oxvo-Signature: t=1735689600,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd"
\`\`\`

| Header | Example value | What it means |
| --- | --- | --- |
| \`X-Oxvo-Signature\` | \`t=1735689600,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd\` | The timestamp and the HMAC of the raw body |
| \`X-Oxvo-Request-Id\` | \`req_01HZX3K9Q7W2M5N8P4R6T0V1Y3\` | Quote it when you contact support |
`;

/** WCAG 1.4.12's minimums, as a reader's style sheet applies them over the page's. */
const TEXT_SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;

let workDir: string;
let demo: ServedDemo | undefined;
let base: string;
let browser: Browser;

beforeAll(async () => {
  // The demo as it ships, built over a copy of the sample content plus the awkward article.
  workDir = mkdtempSync(join(tmpdir(), 'help-panel-layout-'));
  const content = join(workDir, 'content');
  cpSync(join(repo, 'content'), content, { recursive: true });
  writeFileSync(join(content, 'oxvo', `${HOSTILE_ID}.md`), HOSTILE_ARTICLE);
  demo = await buildAndServeDemo({ HELP_PANEL_DEMO_CONTENT: content, HELP_PANEL_DEMO_EVENTS: join(workDir, 'events') });
  base = demo.url;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

async function openContext(viewport: { width: number; height: number }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
  // Fail in seconds, not the default 30 s, when a state the test waits for never shows.
  context.setDefaultTimeout(10_000);
  return { context, page: await context.newPage() };
}

const panel = (page: Page) => page.getByRole('dialog');
const closeButton = (page: Page) => panel(page).locator('[data-help-part="close"]');

/** Opens the drawer on `help` (an article or `article#symptom`) through the demo's deep link. */
async function openOn(page: Page, help: string, lang: string): Promise<void> {
  await page.goto(`${base}/?center=oxvo${lang === 'en' ? '' : `&lang=${lang}`}&help=${encodeURIComponent(help)}`);
}

/** Waits until the host's diagnostics have answered: they tick checks, which would move things under a measurement. */
async function settleDiagnostics(page: Page): Promise<void> {
  const summary = panel(page).locator('[data-help-part="diagnostics-summary"]');
  await summary.waitFor();
  await panel(page).locator('[data-help-part="diagnostics-summary"][data-status="done"]').waitFor();
}

interface DrawerState {
  name: string;
  open(page: Page, lang: string): Promise<void>;
}

/** The screens issue 22 names (a symptom with its checklist, a long article, search results) in the sample and the awkward content, and the form to contact support. */
const STATES: DrawerState[] = [
  {
    name: 'a sample symptom with its checklist',
    async open(page, lang) {
      await openOn(page, 'troubleshoot-common-issues#inbox-setup-completes-but-no-conversations-arrive', lang);
      await panel(page).locator('[data-help-part="symptom"] [data-help-part="checklist"]').waitFor();
      await settleDiagnostics(page);
    },
  },
  {
    name: 'a checklist of over-long keys and words',
    async open(page, lang) {
      await openOn(page, HOSTILE_SYMPTOM, lang);
      await panel(page).locator('[data-help-part="symptom"] [data-help-part="checklist"]').waitFor();
    },
  },
  {
    name: 'the long sample article',
    async open(page, lang) {
      await openOn(page, 'troubleshoot-common-issues', lang);
      await panel(page).locator('[data-help-part="article"] [data-help-part="checklist"]').first().waitFor();
    },
  },
  {
    name: 'an article with a long URL, a wide code block and a table',
    async open(page, lang) {
      await openOn(page, HOSTILE_ID, lang);
      await panel(page).locator('[data-help-part="article"] [data-help-part="table"]').waitFor();
    },
  },
  {
    name: 'the contact-support form',
    async open(page, lang) {
      await openOn(page, HOSTILE_SYMPTOM, lang);
      await panel(page).locator('[data-help-part="symptom"] [data-help-part="contact-support"]').click();
      await panel(page).locator('[data-help-part="escalation-form"] textarea').waitFor();
    },
  },
  {
    name: 'search results',
    async open(page, lang) {
      await openOn(page, HOSTILE_SYMPTOM, lang);
      await panel(page).locator('[data-help-part="symptom"]').waitFor();
      await panel(page).getByRole('combobox').fill('signature');
      await panel(page).getByRole('option').first().waitFor();
    },
  },
];

const DIRECTIONS = [
  { name: 'left to right (English)', lang: 'en', dir: 'ltr' },
  { name: 'right to left (Arabic labels)', lang: 'ar', dir: 'rtl' },
] as const;

interface Reflow {
  viewportWidth: number;
  pageScrollWidth: number;
  drawer: { left: number; width: number; scrollWidth: number; clientWidth: number };
  /** Boxes in the drawer that scroll or hide content sideways, other than code blocks and tables. */
  sideways: string[];
  /** Elements that stick out of the viewport, other than inside a code block or table. */
  outside: string[];
}

/** Measures, in the page, whether the drawer reflows into the viewport's width. */
function measureReflow(page: Page): Promise<Reflow> {
  return page.evaluate(() => {
    const dialog = document.querySelector<HTMLElement>('[role="dialog"]');
    if (!dialog) throw new Error('no open drawer to measure');
    // Code blocks and tables may scroll inside themselves: WCAG 1.4.10 exempts content that needs two dimensions.
    const ownScroller = '[data-help-part="code"], [data-help-part="table"]';
    const name = (el: Element) =>
      `${el.getAttribute('data-help-part') ?? el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    // Text kept for screen readers only sits in a 1 × 1 clipped box by design.
    const visuallyHidden = (el: Element) => {
      const rect = el.getBoundingClientRect();
      return rect.width <= 1 && rect.height <= 1;
    };
    const all = [dialog, ...dialog.querySelectorAll('*')].filter((el) => !visuallyHidden(el));
    const sideways = all
      .filter((el) => !el.matches(ownScroller) && !(el instanceof HTMLInputElement) && getComputedStyle(el).overflowX !== 'visible')
      .filter((el) => el.scrollWidth > el.clientWidth + 1)
      .map((el) => `${name(el)}: scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}`);
    const outside = all
      .filter((el) => !el.closest(ownScroller) || el.matches(ownScroller))
      .filter((el) => {
        const rect = el.getBoundingClientRect();
        return rect.width > 0 && (rect.left < -1 || rect.right > innerWidth + 1);
      })
      .map((el) => {
        const rect = el.getBoundingClientRect();
        return `${name(el)}: ${Math.round(rect.left)}..${Math.round(rect.right)} of ${innerWidth}`;
      });
    const box = dialog.getBoundingClientRect();
    return {
      viewportWidth: innerWidth,
      pageScrollWidth: document.documentElement.scrollWidth,
      drawer: { left: box.left, width: box.width, scrollWidth: dialog.scrollWidth, clientWidth: dialog.clientWidth },
      sideways,
      outside,
    };
  });
}

/** The drawer takes the viewport's whole width and nothing in it, or in the page, scrolls sideways. */
async function expectReflows(page: Page): Promise<void> {
  const reflow = await measureReflow(page);
  expect(reflow.drawer.left).toBe(0);
  expect(reflow.drawer.width).toBe(reflow.viewportWidth);
  expect(reflow.pageScrollWidth).toBeLessThanOrEqual(reflow.viewportWidth);
  expect(reflow.drawer.scrollWidth).toBeLessThanOrEqual(reflow.drawer.clientWidth);
  expect(reflow.sideways).toEqual([]);
  expect(reflow.outside).toEqual([]);
}

/** Close lies inside the viewport and would take a click there (nothing covers it). */
async function expectCloseOnScreen(page: Page): Promise<void> {
  const box = await closeButton(page).boundingBox();
  const viewport = page.viewportSize()!;
  expect(box).not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
  expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
  await closeButton(page).click({ trial: true });
}

describe('given a 320 × 640 viewport', () => {
  describe.each(DIRECTIONS)('and the drawer $name', ({ lang, dir }) => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      ({ context, page } = await openContext({ width: 320, height: 640 }));
    });
    afterAll(async () => {
      await context?.close();
    });

    it.each(STATES)('fills the width on $name, with nothing sideways and Close on screen', async (state) => {
      await state.open(page, lang);
      expect(await panel(page).getAttribute('dir')).toBe(dir);
      await expectReflows(page);
      await expectCloseOnScreen(page);
      expect(await axeViolations(page)).toEqual([]);
    });

    it('closes from the Close button', async () => {
      await STATES[1]!.open(page, lang);
      await closeButton(page).click();
      await panel(page).waitFor({ state: 'hidden' });
      expect(await axeViolations(page)).toEqual([]);
    });
  });
});

/** The vertical scroller of the drawer: the drawer itself on a short viewport, its screen otherwise. */
function scrollerState(page: Page): Promise<{ top: number; end: boolean; left: number }> {
  return page.evaluate(() => {
    const dialog = document.querySelector<HTMLElement>('[role="dialog"]')!;
    const scroller =
      [dialog, ...dialog.querySelectorAll<HTMLElement>('[data-help-part="screen"]')].find(
        (el) => /auto|scroll/.test(getComputedStyle(el).overflowY) && el.scrollHeight > el.clientHeight + 1,
      ) ?? dialog;
    return {
      top: scroller.scrollTop,
      end: scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1,
      left: scroller.scrollLeft + dialog.scrollLeft + document.documentElement.scrollLeft,
    };
  });
}

/** Scrolls the drawer with the mouse wheel, as a reader would, until it can go no further. */
async function wheelToEnd(page: Page): Promise<void> {
  const box = (await panel(page).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.8);
  for (let step = 0; step < 200; step++) {
    const before = await scrollerState(page);
    if (before.end) return;
    await page.mouse.wheel(0, 100);
    await page.waitForFunction((top) => {
      const dialog = document.querySelector<HTMLElement>('[role="dialog"]')!;
      return [dialog, ...dialog.querySelectorAll<HTMLElement>('[data-help-part="screen"]')].some((el) => el.scrollTop > top);
    }, before.top);
  }
  throw new Error('the drawer did not reach its end in 200 turns of the wheel');
}

describe('given 1280 × 720 at 400 % zoom', () => {
  // 400 % zoom divides the CSS viewport by four: a 1280 × 720 window lays out at
  // 320 × 180 CSS px. A viewport of that size is what the page sees (CSS `zoom`
  // or deviceScaleFactor would not shrink the layout viewport the same way).
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    ({ context, page } = await openContext({ width: 320, height: 180 }));
  });
  afterAll(async () => {
    await context?.close();
  });

  it.each(STATES)('fills the width on $name, and its end is reached by scrolling down, Close still on screen', async (state) => {
    await state.open(page, 'en');
    await expectReflows(page);
    await expectCloseOnScreen(page);
    await wheelToEnd(page);
    const end = await page.evaluate(() => {
      // The last leaf of the screen: once scrolled to the end it shows, below the bar that stays on top.
      const screen = document.querySelector('[role="dialog"] [data-help-part="screen"]')!;
      const leaves = [...screen.querySelectorAll('*')].filter((el) => {
        const rect = el.getBoundingClientRect();
        return el.childElementCount === 0 && rect.width > 1 && rect.height > 1;
      });
      const last = leaves.reduce((a, b) => (b.getBoundingClientRect().bottom > a.getBoundingClientRect().bottom ? b : a));
      const bar = document.querySelector('[role="dialog"] [data-help-part="header-bar"]')!.getBoundingClientRect();
      const rect = last.getBoundingClientRect();
      return { bottom: rect.bottom, barBottom: bar.bottom, innerHeight };
    });
    expect(end.bottom).toBeLessThanOrEqual(end.innerHeight + 1);
    expect(end.bottom).toBeGreaterThan(end.barBottom);
    expect((await scrollerState(page)).left).toBe(0);
    await expectReflows(page);
    await expectCloseOnScreen(page);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('given WCAG 1.4.12 text spacing at 320 × 640', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    ({ context, page } = await openContext({ width: 320, height: 640 }));
  });
  afterAll(async () => {
    await context?.close();
  });

  it.each(STATES)('clips no text on $name and lets nothing cover Close', async (state) => {
    await state.open(page, 'en');
    await page.addStyleTag({ content: TEXT_SPACING });
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('[role="dialog"]')!).letterSpacing)).not.toBe('normal');
    const found = await page.evaluate(() => {
      const dialog = document.querySelector('[role="dialog"]')!;
      const name = (el: Element) =>
        `${el.getAttribute('data-help-part') ?? el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
      const clipped = [...dialog.querySelectorAll('*')]
        .filter((el) => {
          const style = getComputedStyle(el);
          const rect = el.getBoundingClientRect();
          // Screen-reader-only text is a 1 × 1 clipped box on purpose.
          if (rect.width <= 1 && rect.height <= 1) return false;
          return /hidden|clip/.test(`${style.overflowX} ${style.overflowY}`);
        })
        .filter((el) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)
        .map((el) => `${name(el)}: ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`);
      // Any text of the drawer, outside Close, drawn over Close's box.
      const close = dialog.querySelector('[data-help-part="close"]')!;
      const target = close.getBoundingClientRect();
      const covering: string[] = [];
      const walker = document.createTreeWalker(dialog, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (close.contains(node) || !node.textContent?.trim()) continue;
        // Screen-reader-only text (the dialog's description) overflows its 1 × 1 clipped box unseen.
        const holder = node.parentElement!.getBoundingClientRect();
        if (holder.width <= 1 && holder.height <= 1) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const rect of range.getClientRects()) {
          const overlaps = rect.left < target.right && rect.right > target.left && rect.top < target.bottom && rect.bottom > target.top;
          if (overlaps && rect.width > 1 && rect.height > 1) covering.push(`"${node.textContent.trim().slice(0, 40)}"`);
        }
      }
      return { clipped, covering };
    });
    expect(found.clipped).toEqual([]);
    expect(found.covering).toEqual([]);
    await expectReflows(page);
    await expectCloseOnScreen(page);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('given a screenshot of known colours', () => {
  it('decodes it to the colours drawn', async () => {
    const { context, page } = await openContext({ width: 100, height: 100 });
    try {
      await page.setContent('<body style="margin:0"><div style="display:flex;width:40px;height:10px"><i style="flex:1;background:#ff0000"></i><i style="flex:1;background:#0000ff"></i></div>');
      const image = decodePng(await page.locator('div').screenshot());
      expect([image.width, image.height]).toEqual([40, 10]);
      expect(colorAt(image, 2, 5)).toBe('#ff0000');
      expect(colorAt(image, 37, 5)).toBe('#0000ff');
      expect(nonFlatShare(image)).toBeCloseTo(0.5);
    } finally {
      await context.close();
    }
  });
});

describe('given forced colours (a contrast theme)', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    ({ context, page } = await openContext({ width: 1280, height: 800 }));
    await page.emulateMedia({ forcedColors: 'active' });
  });
  afterAll(async () => {
    await context?.close();
  });

  /** Opens the awkward symptom (no diagnostics tick its checks) with every check unticked. */
  async function openChecklist(): Promise<Locator> {
    await openOn(page, HOSTILE_SYMPTOM, 'en');
    const checklist = panel(page).locator('[data-help-part="symptom"] [data-help-part="checklist"]');
    await checklist.waitFor();
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    await checklist.getByRole('button', { name: 'Reset checks' }).click();
    await checklist.locator('[data-help-part="check"][data-state="checked"]').first().waitFor({ state: 'detached' });
    return checklist;
  }

  /** The system colour `keyword` resolves to here (forced colours keep system colours as they are). */
  const systemColor = (keyword: string) =>
    page.evaluate((color) => {
      const probe = document.body.appendChild(document.createElement('div'));
      probe.style.color = color;
      const value = getComputedStyle(probe).color;
      probe.remove();
      return value;
    }, keyword);

  it('shows each checkbox unchecked and checked, and the two apart', async () => {
    const checklist = await openChecklist();
    const box = checklist.getByRole('checkbox').first();
    const unchecked = await box.screenshot();
    await box.check();
    await checklist.locator('[data-help-part="check"][data-state="checked"]').first().waitFor();
    const checked = await box.screenshot();
    expect(nonFlatShare(decodePng(unchecked))).toBeGreaterThan(0.05);
    expect(nonFlatShare(decodePng(checked))).toBeGreaterThan(0.05);
    expect(Buffer.compare(unchecked, checked)).not.toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('draws a half-full progress bar with its fill and its edge', async () => {
    const checklist = await openChecklist();
    const boxes = checklist.getByRole('checkbox');
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    const meter = checklist.locator('[data-help-part="checklist-meter"]');
    await checklist.locator('[data-help-part="checklist-meter"][value="2"]').waitFor();
    expect(await meter.getAttribute('max')).toBe('4');
    // Its colours are its own (a forced Canvas fill would vanish), and it has an edge. The fill is a
    // pseudo-element that getComputedStyle cannot read: the pixels below show it.
    const style = await meter.evaluate((el) => {
      const own = getComputedStyle(el);
      return { adjust: own.forcedColorAdjust, border: own.borderTopStyle };
    });
    expect(style).toEqual({ adjust: 'none', border: 'solid' });
    const image = decodePng(await meter.screenshot());
    const middle = Math.floor(image.height / 2);
    const row = (from: number, to: number) => ({ x: Math.round(image.width * from), y: middle, width: Math.round(image.width * (to - from)), height: 1 });
    const filled = colorCounts(image, row(0.05, 0.45))[0]![0];
    const empty = colorCounts(image, row(0.55, 0.95))[0]![0];
    expect(filled).not.toBe(empty);
    // The edge shows around the empty half too: its first column is not the empty half's colour.
    expect(colorAt(image, image.width - 1, middle)).not.toBe(empty);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('rings the button that has keyboard focus', async () => {
    const checklist = await openChecklist();
    const reset = checklist.getByRole('button', { name: 'Reset checks' });
    const box = (await reset.boundingBox())!;
    const around = { x: box.x - 6, y: box.y - 6, width: box.width + 12, height: box.height + 12 };
    await checklist.getByRole('checkbox').last().focus();
    const blurred = await page.screenshot({ clip: around });
    await page.keyboard.press('Tab');
    expect(await reset.evaluate((el) => el === document.activeElement && el.matches(':focus-visible'))).toBe(true);
    const ring = await reset.evaluate((el) => {
      const style = getComputedStyle(el);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), color: style.outlineColor };
    });
    expect(ring.style).toBe('solid');
    expect(ring.width).toBeGreaterThanOrEqual(2);
    expect(ring.color).toBe(await systemColor('Highlight'));
    const focused = await page.screenshot({ clip: around });
    // At least a one-pixel line all round the button changed when it took focus.
    expect(differingPixels(decodePng(blurred), decodePng(focused))).toBeGreaterThan(2 * (box.width + box.height));
    expect(await axeViolations(page)).toEqual([]);
  });

  it('marks the selected search option apart from the others', async () => {
    await openOn(page, HOSTILE_SYMPTOM, 'en');
    await panel(page).locator('[data-help-part="symptom"]').waitFor();
    await panel(page).getByRole('combobox').fill('session');
    const options = panel(page).getByRole('option');
    await options.nth(1).waitFor();
    await page.keyboard.press('ArrowDown');
    await panel(page).locator('[role="option"][aria-selected="true"]').waitFor();
    expect(await options.first().getAttribute('aria-selected')).toBe('true');
    const selected = await options.first().evaluate((el) => {
      const style = getComputedStyle(el);
      return { adjust: style.forcedColorAdjust, background: style.backgroundColor, color: style.color };
    });
    expect(selected).toEqual({ adjust: 'none', background: await systemColor('Highlight'), color: await systemColor('HighlightText') });
    const chosen = decodePng(await options.first().screenshot());
    const other = decodePng(await options.nth(1).screenshot());
    expect(colorCounts(chosen)[0]![0]).not.toBe(colorCounts(other)[0]![0]);
    // Its text still shows on the selection colour.
    expect(nonFlatShare(chosen)).toBeGreaterThan(0.02);
    expect(await axeViolations(page)).toEqual([]);
  });
});
