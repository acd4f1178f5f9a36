// A checklist outside the drawer, on your own error page: it shares its ticks with the drawer's.
import { HelpPanel } from 'help-panel';

export function StripeErrorPage() {
  return (
    <section aria-labelledby="stripe-error">
      <h1 id="stripe-error">Stripe data is missing</h1>
      <HelpPanel.Checklist symptomId="stripe-not-showing#customer-360-shows-no-stripe-data" />
    </section>
  );
}
