import { lazy, Suspense } from 'react';
import type { FeedbackProps } from './feedback';

// "Was this helpful?" sits below every article and symptom: its code arrives after the content.
const Loaded = lazy(() => import('./feedback').then((m) => ({ default: m.Feedback })));

/**
 * "Was this helpful?" with yes / no and an optional comment after "no", one
 * vote per view. Loaded on first use; renders nothing until it has arrived.
 */
export function Feedback(props: FeedbackProps) {
  return (
    <Suspense fallback={null}>
      <Loaded {...props} />
    </Suspense>
  );
}
