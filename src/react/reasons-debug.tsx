import { describeReason } from '../engine/match/index';
import type { Reason } from '../engine/types';
import { useHelpContext } from './help-context';

/** The developer's line under a suggested symptom: the patterns that matched. Shown only with `debug`. */
export default function ReasonsDebug({ reasons }: { reasons: readonly Reason[] }) {
  const { labels } = useHelpContext('HelpPanel.Symptom');
  return <p data-help-part="reasons-debug">{labels.suggestedBecause(reasons.map(describeReason))}</p>;
}
