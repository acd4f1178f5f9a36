/**
 * The deflection funnel: how far sessions got towards solving their problem
 * without support. Every step counts sessions (a session counts once per step,
 * however often it repeats the step), so each number is at most the one before
 * it, except `escalated`, which is counted against the whole funnel.
 */
export interface Funnel {
  /** Sessions that opened the panel. */
  opened: number;
  /** … in which a symptom was shown (matched, searched or browsed to). */
  symptomShown: number;
  /** … in which at least one check of a shown symptom was ticked (by the user or a passing diagnostic). */
  checkedAny: number;
  /** … in which every check of a shown symptom was ticked. */
  checkedAll: number;
  /** … that answered "helpful: yes". */
  helpfulYes: number;
  /** Sessions that sent an escalation to support. */
  escalated: number;
}

/** The funnel of one symptom: sessions in which it was shown, and how far they got with it. */
export interface SymptomFunnel {
  /** Sessions that showed the symptom. */
  shown: number;
  /** … that ticked at least one of its checks. */
  checkedAny: number;
  /** … that ticked all of its checks. */
  checkedAll: number;
  /** … that said it helped. */
  helpfulYes: number;
  /** … that said it did not help. */
  helpfulNo: number;
  /** … that escalated from it. */
  escalated: number;
  /** … that escalated from it after ticking at least one of its checks. */
  escalatedAfterChecks: number;
}

export const emptyFunnel = (): Funnel => ({ opened: 0, symptomShown: 0, checkedAny: 0, checkedAll: 0, helpfulYes: 0, escalated: 0 });

export const emptySymptomFunnel = (): SymptomFunnel => ({
  shown: 0,
  checkedAny: 0,
  checkedAll: 0,
  helpfulYes: 0,
  helpfulNo: 0,
  escalated: 0,
  escalatedAfterChecks: 0,
});

/** The funnel's steps in order, with the words the terminal and HTML reports use. */
export const FUNNEL_STEPS: readonly { key: keyof Funnel; label: string }[] = [
  { key: 'opened', label: 'Opened the panel' },
  { key: 'symptomShown', label: 'Saw a symptom' },
  { key: 'checkedAny', label: 'Ticked a check' },
  { key: 'checkedAll', label: 'Ticked every check' },
  { key: 'helpfulYes', label: 'Said it helped' },
  { key: 'escalated', label: 'Escalated to support' },
];

/** `part` of `whole` in percent, one decimal; 0 when `whole` is 0. */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10;
}
