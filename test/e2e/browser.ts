import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's chromium; the tests never download a browser of their own. */
export const CHROMIUM = process.env.HELP_PANEL_CHROMIUM ?? '/usr/bin/chromium';

/** Flags for a headless run on a CI machine without internet or a GPU. */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

/**
 * Launches chromium headless. Playwright gives every launch its own fresh,
 * temporary user-data-dir and deletes it on close, so runs never share state.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;

export type ViewportName = keyof typeof VIEWPORTS;

/** A context per test file and viewport: its own storage, so progress saved by one test never leaks into another file. */
export async function openContext(browser: Browser, viewport: ViewportName): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: VIEWPORTS[viewport],
    isMobile: viewport === 'phone',
    hasTouch: viewport === 'phone',
    reducedMotion: 'reduce',
  });
  // Fail in seconds, not the default 30 s, when something the test waits for never shows.
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  return { context, page };
}
