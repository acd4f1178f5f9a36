import { useCallback, useState } from 'react';
import type { PanelOpenedBy } from '../engine/events/index';
import type { ReportErrorOptions } from './help-context';
import type { HelpView } from './help-view';

/**
 * What just went wrong: the `error` prop, or the error reported since it last changed (the
 * newest wins), and `reportError`, which can also open the drawer on what the error matches.
 */
export function useErrorState(errorProp: unknown, show: (views: HelpView[], via: PanelOpenedBy) => void, onReport: (error: unknown) => void) {
  const [reported, setReported] = useState<{ error: unknown } | null>(null);
  const [seenErrorProp, setSeenErrorProp] = useState(errorProp);
  if (!Object.is(seenErrorProp, errorProp)) {
    setSeenErrorProp(errorProp);
    setReported(null);
  }
  const error = reported ? reported.error : errorProp;
  const reportError = useCallback(
    (next: unknown, options: ReportErrorOptions = {}) => {
      setReported({ error: next });
      // What the error needs starts now, not after the render this causes.
      onReport(next);
      // `auto` opens the best match once the runtime can say what it is (after a split index's
      // match files and an unmatched error's related search have had their say).
      if (options.open) show([{ screen: 'auto' }], 'error');
    },
    [show, onReport],
  );
  return { error, reportError };
}
