// @vitest-environment node
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { earlyBucket, earlyFileName } from '../../src/engine/split/early-files';
import { openSplitIndex, prefetchSplitContent } from '../../src/react/open-split-index';
import type { HelpIndex } from '../../src/schema/help-index';
import { compiledSample } from '../engine/fixtures/compiled-samples';
import { compileSources } from '../../src/compiler/index';
import { createSite, isChunk, isEarlyFile, type Site } from './fixtures/split-site';

// The shell's head start on an error: the early file its code names goes out with the manifest and
// the panel's code, and the chunks that file gives for the code as soon as it is in, before the
// loader has matched anything; the loader then takes each response over instead of fetching again.

let ochre: HelpIndex;
beforeAll(async () => {
  ochre = await compiledSample('ochre');
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const CODE = 'MIGRATION_STALLED';

const sites: Site[] = [];
/** A site of its own for each test, all served by one global fetch (by their folder's URL). */
function serve(): Site {
  const site = createSite(ochre);
  sites.push(site);
  vi.stubGlobal('fetch', ((input: string) => sites.find((candidate) => String(input).startsWith(candidate.base))!.fetch(input)) as typeof fetch);
  return site;
}

const earlyUrl = (site: Site, code: string) => {
  const early = site.split.manifest.early!;
  return site.url(earlyFileName(earlyBucket(code, early.buckets), early.tag));
};

describe('given an error with a code, before the loader has come', () => {
  it('fetches the early file its code names beside the manifest, and has the checklist from it alone, the chunk left for when it is asked for', async () => {
    const site = serve();
    const manifest = site.reference().manifest;
    site.hold((url) => url === manifest);
    prefetchSplitContent(site.reference(), undefined, { error: { code: CODE } });
    // At once, beside the manifest: no round trip for the code's file.
    expect(site.requests).toEqual(expect.arrayContaining([manifest, earlyUrl(site, CODE)]));
    const symptom = ochre.symptoms.find((s) => ochre.articles.find((a) => a.id === s.articleId)?.context.errors.some((e) => e.raw === CODE))!;
    await new Promise((resolve) => setTimeout(resolve, 20));
    // One article claims the code, and its checklist is in the early file: no chunk shares the network with the panel's code.
    expect(site.requests.filter(isChunk)).toEqual([]);
    expect(site.waiting()).toEqual([manifest]);
    site.release();
    const engine = await openSplitIndex(site.reference(), undefined);
    await engine.lazy.prepareMatch({ error: { code: CODE } });
    const [best] = engine.match({ error: { code: CODE } });
    expect(best?.symptom.id).toBe(symptom.id);
    expect(engine.symptom(symptom.id)?.checks.map((check) => [check.id, check.text])).toEqual(symptom.checks.map((check) => [check.id, check.text]));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(site.requests.filter(isChunk)).toEqual([]);
    // The screen asks for the article's chunk; each file once, the loader having taken the early response over.
    await engine.lazy.load(best!.symptom.id);
    expect(engine.article(symptom.articleId)?.id).toBe(symptom.articleId);
    expect(site.count(earlyUrl(site, CODE))).toBe(1);
    expect(site.count(site.chunkUrl(symptom.id))).toBe(1);
  });

  it('fetches the chunk of a second article that claims the code as soon as the early file is in, with the manifest still on its way', async () => {
    const { index: twice } = compileSources(
      [
        { path: 'held.md', text: '---\nerrors: [PAYOUT_HELD]\n---\n# Payouts are held\n\nSymptom: the payout is on hold\nChecks:\n- [ ] The hold has been lifted\n' },
        { path: 'review.md', text: '---\nerrors: [PAYOUT_HELD]\nroutes: [/payouts/**]\n---\n# Payouts wait for review\n\nSymptom: the payout waits for a review\nChecks:\n- [ ] The review is done\n' },
      ],
      { helpCenter: { id: 'twice' } },
    );
    const site = createSite(twice);
    sites.push(site);
    vi.stubGlobal('fetch', ((input: string) => sites.find((candidate) => String(input).startsWith(candidate.base))!.fetch(input)) as typeof fetch);
    const manifest = site.reference().manifest;
    site.hold((url) => url === manifest);
    prefetchSplitContent(site.reference(), undefined, { route: '/payouts/1', error: { code: 'PAYOUT_HELD' } });
    const second = twice.symptoms[1]!;
    await vi.waitFor(() => expect(site.requests).toContain(site.chunkUrl(second.id)));
    expect(site.requests.filter(isChunk)).toEqual([site.chunkUrl(second.id)]);
    expect(site.waiting()).toEqual([manifest]);
    site.release();
    const engine = await openSplitIndex(site.reference(), undefined);
    await engine.lazy.load(second.id);
    expect(site.count(site.chunkUrl(second.id))).toBe(1);
  });

  it('fetches no early file for an error without a code, or from a module without early files', async () => {
    const site = serve();
    prefetchSplitContent(site.reference(), undefined, { error: { message: 'The migration is stuck' } });
    expect(site.requests.filter(isEarlyFile)).toEqual([]);
    const other = serve();
    const { early: _early, ...reference } = other.reference();
    prefetchSplitContent(reference, undefined, { error: { code: CODE } });
    expect(other.requests.filter(isEarlyFile)).toEqual([]);
    await Promise.all([openSplitIndex(site.reference(), undefined), openSplitIndex(reference, undefined)]);
  });

  it('keeps the host working when the early file is missing or damaged', async () => {
    const site = serve();
    site.fail(earlyUrl(site, CODE), 404);
    prefetchSplitContent(site.reference(), undefined, { error: { code: CODE } });
    const other = serve();
    other.fail(earlyUrl(other, CODE), 'truncate');
    prefetchSplitContent(other.reference(), undefined, { error: { code: CODE } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    // No chunk guessed from a file that did not read.
    expect(site.requests.filter(isChunk)).toEqual([]);
    expect(other.requests.filter(isChunk)).toEqual([]);
    // The loader took the failed response over: matching goes on without the file, and a retry fetches it again.
    const engine = await openSplitIndex(site.reference(), undefined);
    const context = { error: { code: CODE } };
    await engine.lazy.prepareMatch(context).catch(() => {});
    expect(engine.lazy.matchReady(context)).toBe(true);
    expect(engine.match(context)).toEqual([]);
    site.heal(earlyUrl(site, CODE));
    engine.lazy.retry();
    await engine.lazy.prepareMatch(context);
    expect(engine.match(context)[0]?.reasons[0]?.kind).toBe('error-code');
    expect(site.count(earlyUrl(site, CODE))).toBe(2);
  });
});
