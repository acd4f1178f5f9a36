import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchEarly, takeEarly } from '../../../src/engine/split/early-fetch';

// The shell's head start on a file: fetched once, read whole as it arrives, handed to the loader
// once, and never fetched again once the loader has asked for it.

afterEach(() => {
  vi.unstubAllGlobals();
});

let n = 0;
const url = () => `https://cdn.example.com/early/${++n}/x0.abcdef12.json`;

describe('a file fetched ahead of the loader', () => {
  it('is fetched once however often it is asked for, read whole, and handed over once', async () => {
    const fetch = vi.fn(async () => new Response('{"kind":"match"}', { status: 200, headers: { 'content-type': 'application/json' } }));
    vi.stubGlobal('fetch', fetch);
    const at = url();
    const first = fetchEarly(at, true);
    expect(fetchEarly(at, true)).toBe(first);
    expect(fetch).toHaveBeenCalledTimes(1);
    const response = await takeEarly(at)!;
    expect([response.ok, response.status]).toEqual([true, 200]);
    expect(JSON.parse(await response.text())).toEqual({ kind: 'match' });
    // Taken: a later load fetches anew itself, and the shell no longer starts it.
    expect(takeEarly(at)).toBeUndefined();
    expect(fetchEarly(at, true)).toBeUndefined();
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('revalidates a manifest, and keeps a failure\'s status and text, and a bodiless response\'s status', async () => {
    const fetch = vi.fn(async (input: string, init?: RequestInit) =>
      input.endsWith('/missing.json') ? new Response('Not found', { status: 404 }) : input.endsWith('/empty.json') ? new Response(null, { status: 204 }) : new Response(String(init?.cache)),
    );
    vi.stubGlobal('fetch', fetch);
    const manifest = url().replace(/x0\.[0-9a-f]+\.json$/, 'manifest.json');
    fetchEarly(manifest);
    expect(await (await takeEarly(manifest)!).text()).toBe('no-cache');
    const missing = url().replace(/x0\.[0-9a-f]+\.json$/, 'missing.json');
    fetchEarly(missing, true);
    const failed = await takeEarly(missing)!;
    expect([failed.ok, failed.status, await failed.text()]).toEqual([false, 404, 'Not found']);
    const empty = url().replace(/x0\.[0-9a-f]+\.json$/, 'empty.json');
    fetchEarly(empty, true);
    expect((await takeEarly(empty)!).status).toBe(204);
  });

  it('never throws, with no fetch or one that throws at once', () => {
    vi.stubGlobal('fetch', undefined);
    expect(fetchEarly(url(), true)).toBeUndefined();
    vi.stubGlobal('fetch', () => {
      throw new TypeError('bad URL');
    });
    expect(fetchEarly(url(), true)).toBeUndefined();
  });
});
