/**
 * Open to checklist in a real browser: an app built with the Vite plugin over
 * 1,000 generated articles (test/e2e/large-app.ts, the same one the browser
 * test uses), a route that a generated context names, the manifest and the
 * best match's chunk in (network idle), then the click on the trigger until
 * the checklist is visible. Skipped without Debian's chromium.
 */
import { existsSync } from 'node:fs';
import { launchChromium, CHROMIUM } from '../test/e2e/browser';
import { buildLargeApp, measureOpen } from '../test/e2e/large-app';
import type { SplitRow } from './split-index';

const NETWORKS = [
  { name: 'no throttling', latency: 0, kbps: 0 },
  { name: '10 Mbit/s, 40 ms', latency: 40, kbps: 10_000 },
  { name: '1.6 Mbit/s, 150 ms', latency: 150, kbps: 1_600 },
] as const;

export async function benchOpenTiming(rows: SplitRow[]): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    rows.push({ measure: 'open to checklist in Chromium', articles: '1,000', single: '', split: `skipped: no browser at ${CHROMIUM}` });
    return;
  }
  const app = await buildLargeApp({ articles: 1000 });
  const browser = await launchChromium();
  try {
    const routes = app.kb.contexts.filter((context) => context.route !== undefined && context.expectId.includes('#')).slice(0, 5);
    for (const network of NETWORKS) {
      const times: number[] = [];
      for (const context of routes) {
        const browserContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const page = await browserContext.newPage();
        if (network.kbps > 0) {
          const cdp = await browserContext.newCDPSession(page);
          await cdp.send('Network.enable');
          await cdp.send('Network.emulateNetworkConditions', {
            offline: false,
            latency: network.latency,
            downloadThroughput: (network.kbps * 1000) / 8,
            uploadThroughput: (network.kbps * 1000) / 8,
          });
        }
        try {
          times.push((await measureOpen(page, context.route!, app.url)).openMs);
        } finally {
          await browserContext.close();
        }
      }
      times.sort((a, b) => a - b);
      const median = times[Math.floor(times.length / 2)] ?? Number.NaN;
      rows.push({
        measure: `open to checklist in Chromium, manifest in (ms, median / worst of ${times.length}, ${network.name})`,
        articles: '1,000',
        single: '',
        split: `${median.toFixed(0)} / ${(times[times.length - 1] ?? Number.NaN).toFixed(0)}`,
        target: '≤ 100 ms',
        pass: median <= 100,
      });
    }
  } finally {
    await browser.close();
    await app.close();
  }
}
