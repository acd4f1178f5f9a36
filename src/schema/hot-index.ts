/**
 * The window event the Vite plugin's virtual modules dispatch in development
 * when an edited help center recompiles. `HelpProvider` listens for it and
 * swaps `previous` for `next`, so the panel follows edits wherever the app
 * imported the index.
 */
export const HOT_INDEX_EVENT = 'help-panel:index';

/** `event.detail` of {@link HOT_INDEX_EVENT}. */
export interface HotIndexDetail {
  /** The index object the page had. */
  previous: unknown;
  /** The recompiled index that replaces it. */
  next: unknown;
}
