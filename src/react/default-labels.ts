import { panelLabels, type HelpLabels } from './labels';
import { defaultSupportLabels } from './support/support-labels';

/**
 * English defaults for {@link HelpLabels}: every string, support included.
 * Its own module: the panel itself only needs the eager strings, and the
 * support screens bring their own defaults when they load.
 */
export const defaultLabels: HelpLabels = { ...defaultSupportLabels, ...panelLabels };
