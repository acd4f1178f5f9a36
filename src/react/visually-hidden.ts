import type { CSSProperties } from 'react';

/**
 * Hides text visually but keeps it for screen readers. Inline, not a class, so
 * it still works in `unstyled` mode and without the stylesheet.
 */
export const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0, 0, 0, 0)',
  whiteSpace: 'nowrap',
  border: 0,
};
