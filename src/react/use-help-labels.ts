import { useMemo } from 'react';
import { pickLocale, textDirection } from '../engine/base/index';
import { panelLabels, type HelpLabels, type HelpLocalePack } from './labels';
import { useChunk } from './lazy-chunk';
import { packChunk } from './panel-chunks';
import { SHIPPED_PACKS, type ShellLabels } from './shell-labels';

interface HelpLabelsOptions {
  requestedLocale: string | undefined;
  /** The host's pack for the user's locale, chosen by the shell among `translations`. */
  hostPack: HelpLocalePack | undefined;
  /** Whether the host gave packs at all: then the panel loads none of its own. */
  hostGavePacks: boolean;
  overrides: Partial<HelpLabels> | undefined;
  /** What the shell shows meanwhile, in the same language as the pack that is coming. */
  shell: ShellLabels;
}

/**
 * The labels and their language: the host's pack for the user's locale when it gave
 * `translations`, else the package's own pack for that locale, loaded on demand (one small chunk,
 * chosen with the same fallback chain as content), else English; the host's `labels` on top.
 * `pending` while that pack is on its way, so the drawer does not open in English first.
 */
export function useHelpLabels({ requestedLocale, hostPack, hostGavePacks, overrides, shell }: HelpLabelsOptions) {
  const shippedTag = hostGavePacks ? '' : pickLocale(SHIPPED_PACKS, requestedLocale, '');
  const chunk = shippedTag === '' ? undefined : packChunk(shippedTag);
  const shipped = useChunk(chunk ?? NO_CHUNK, chunk !== undefined);
  const pack = hostPack ?? (chunk ? shipped.module : undefined);
  const pending = chunk !== undefined && shipped.module === undefined && !shipped.failed;
  const labels = useMemo(
    () => ({ ...panelLabels, ...(pending ? pickShell(shell) : undefined), ...pack?.labels, ...overrides }),
    [pack, overrides, pending, shell],
  );
  const locale = pack?.locale ?? (pending ? shell.lang : overrides && requestedLocale ? requestedLocale : 'en');
  // `HelpPanel`'s own `dir` still wins.
  const dir = pack?.dir ?? textDirection(locale);
  return { labels, locale, dir, pending };
}

const NO_CHUNK = { current: () => undefined, load: () => Promise.reject(new Error('no pack')), subscribe: () => () => {} };

const pickShell = ({ trigger, loading, loadError, retry, close }: ShellLabels) => ({ trigger, loading, loadError, retry, close });
