import { useHelpContext, type SupportPlace } from './help-context';

/**
 * Where a "Contact support" action goes on the home, symptom and no-results
 * screens. Renders nothing until the escalation feature provides one.
 */
export function SupportSlot({ place }: { place: SupportPlace }) {
  const { renderSupport } = useHelpContext('HelpPanel.Content');
  const action = renderSupport?.(place);
  if (action === undefined || action === null || action === false) return null;
  return (
    <div data-help-part="support" data-place={place}>
      {action}
    </div>
  );
}
