import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { localePacks } from '../../scripts/locale-pack-sizes.mjs';
import type { HelpLocalePack } from '../../src/react/labels';
import { packChunk } from '../../src/react/panel-chunks';
import { SHIPPED_PACKS, shellLabels } from '../../src/react/shell-labels';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const packs = await Promise.all(
  localePacks(join(root, 'src/locales'), '.ts').map(async ({ tag, file }) => ({ tag, pack: ((await import(file)) as { default: HelpLocalePack }).default })),
);

describe('given the strings the page shows before any pack has come', () => {
  it('knows every pack the package ships, and no other', () => {
    expect([...SHIPPED_PACKS].sort()).toEqual(packs.map(({ tag }) => tag).sort());
  });

  it.each(packs.map(({ tag, pack }) => [tag, pack] as const))('says in %s what its pack says, so the trigger does not change its words when the pack comes', (tag, pack) => {
    const shell = shellLabels(tag, undefined, undefined, false);
    const { trigger, loading, loadError, retry, close } = pack.labels;
    expect(shell).toEqual({ trigger, loading, loadError, retry, close, lang: tag, dir: pack.dir ?? 'ltr' });
  });

  it.each(packs.map(({ tag, pack }) => [tag, pack] as const))('loads the %s pack on demand, as the entry exports it', async (tag, pack) => {
    await expect(packChunk(tag)!.load()).resolves.toBe(pack);
  });

  it('picks by the same chain as content, and English for a language without a pack', () => {
    expect(shellLabels('de-AT', undefined, undefined, false).trigger).toBe('Hilfe');
    expect(shellLabels('zh-CN', undefined, undefined, false).lang).toBe('zh-Hans');
    expect(shellLabels('zh-TW', undefined, undefined, false).lang).toBe('en');
    expect(shellLabels('sv', undefined, undefined, false)).toMatchObject({ trigger: 'Help', lang: 'en', dir: 'ltr' });
    expect(shellLabels(undefined, undefined, undefined, false).lang).toBe('en');
  });

  it('takes the host’s pack and labels over its own, and no pack of its own when the host gave packs', () => {
    const de = packs.find(({ tag }) => tag === 'de')!.pack;
    expect(shellLabels('de', de, { trigger: 'Hilfe & Support' }, true)).toMatchObject({ trigger: 'Hilfe & Support', loading: de.labels.loading, lang: 'de' });
    expect(shellLabels('fr', undefined, undefined, true)).toMatchObject({ trigger: 'Help', lang: 'en' });
    // Labels without a pack are the host's words, in the user's language.
    expect(shellLabels('sv', undefined, { trigger: 'Hjälp' }, false)).toMatchObject({ trigger: 'Hjälp', lang: 'sv' });
  });
});
