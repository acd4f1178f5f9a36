import { resolveSupportLabels, type SupportLabels } from './support-labels';

export interface ContactSupportProps {
  /** Opens the escalation form. */
  onClick: () => void;
  /** Where it sits, for CSS (`data-place`): `home`, `symptom`, `no-results`. */
  place?: string;
  /** Every check is done: CSS can make it stand out (`data-prominent`). Default `false`. */
  prominent?: boolean;
  /** Strings; missing keys use the English defaults. */
  labels?: Partial<SupportLabels>;
  /** Class on the button. */
  className?: string;
}

/** "Still stuck? Contact support": the entry to the escalation form. */
export function ContactSupport({ onClick, place, prominent = false, labels, className }: ContactSupportProps) {
  return (
    <button
      type="button"
      data-help-part="contact-support"
      data-place={place}
      data-prominent={prominent ? '' : undefined}
      className={className}
      onClick={onClick}
    >
      {resolveSupportLabels(labels).contactSupport}
    </button>
  );
}
