import { lazy, Suspense } from 'react';
import { useHelpContext } from './help-context';

// A small part below the checklist: it arrives just after the content (and is prefetched with the panel).
const Loaded = lazy(() => import('./copy-link').then((m) => ({ default: m.CopyLink })));

/** "Copy link" for an article or symptom id; nothing when deep links are off, or until its code has arrived. */
export function CopyLink({ id }: { id: string }) {
  const { linkTo } = useHelpContext('HelpPanel.Content');
  if (linkTo(id) === null) return null;
  return (
    <Suspense fallback={null}>
      <Loaded id={id} />
    </Suspense>
  );
}
