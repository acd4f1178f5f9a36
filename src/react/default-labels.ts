import { defaultAskLabels } from './ask-labels';
import { panelLabels, type HelpLabels } from './labels';
import { defaultSupportLabels } from './support/support-labels';

/**
 * English defaults for {@link HelpLabels}: every string, support and answers included.
 * Its own module: the panel itself only needs the eager strings, and the
 * support and answer screens bring their own defaults when they load.
 */
// One call marked pure, with no spread to evaluate: a page that never reads `defaultLabels` carries
// none of the strings it gathers (the answer screen's would otherwise reach every page load).
export const defaultLabels: HelpLabels = /* @__PURE__ */ Object.assign({}, defaultSupportLabels, defaultAskLabels, panelLabels);
