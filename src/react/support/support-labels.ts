import type { UnknownReason } from '../../engine/support/index';

/**
 * Every string the diagnostics, escalation and feedback parts show. Pass a
 * partial object as `labels` to reword or translate; missing keys fall back to
 * {@link defaultSupportLabels}.
 */
export interface SupportLabels {
  /** A diagnostic is running. Default `"Checking…"`. */
  checking: string;
  /** A diagnostic passed. Default `"Passed"`. */
  passed: string;
  /** A diagnostic failed. Default `"Failed"`. */
  failed: string;
  /** A diagnostic could not tell. Default `"Could not check"`. */
  couldNotCheck: string;
  /** Why a check could not run, shown after {@link couldNotCheck}. Default: a short English sentence per reason. */
  unknownReason: (reason: UnknownReason) => string;
  /** Summary while diagnostics run. Default `"Checking 3 items…"`. */
  checkingCount: (count: number) => string;
  /** Summary once they finished. Default `"2 passed, 1 failed, 1 could not be checked."`. */
  checkSummary: (counts: { passed: number; failed: number; unknown: number }) => string;
  /** Rerun button. Default `"Run checks again"`. */
  runAgain: string;
  /** Entry point to the escalation form. Default `"Still stuck? Contact support"`. */
  contactSupport: string;
  /** Escalation form heading. Default `"Contact support"`. */
  escalationTitle: string;
  /** Under the heading. Default: says what is sent along. */
  escalationIntro: string;
  /** Note field label. Default `"What happened? (optional)"`. */
  note: string;
  /** Hint under the note. Default `"Your note is kept until you send it."`. */
  noteHint: string;
  /** Shown when a note typed in another tab replaced this one (or this one replaced it). Default: says the other note is kept. */
  noteReplaced: string;
  /** Swaps in the other tab's note (the current one is kept in its place). Default `"Use the other note"`. */
  useOtherNote: string;
  /** Forgets the other tab's note. Default `"Discard the other note"`. */
  discardOtherNote: string;
  /** Heading of the article's details. Default `"Support will also need"`. */
  detailsHeading: string;
  /** Marks an optional field. Default `"(optional)"`. */
  optional: string;
  /** A required field was left empty. Default `"Please fill in “Label”."`. */
  required: (label: string) => string;
  /** Submit button. Default `"Send to support"`. */
  send: string;
  /** While sending. Default `"Sending…"`. */
  sending: string;
  /** Sent. Default `"Sent. Support has everything you tried."`. */
  sent: string;
  /** Sending failed; your input is kept. Default: says so. */
  sendFailed: string;
  /** Retry button. Default `"Try again"`. */
  retry: string;
  /** Button after sending. Default `"Back to help"`. */
  done: string;
  /** Copy button (no `onEscalate`). Default `"Copy summary for support"`. */
  copySummary: string;
  /** After a successful copy. Default `"Copied. Paste it into your message to support."`. */
  copied: string;
  /** Clipboard missing or refused. Default: how to copy by hand. */
  copyFallback: string;
  /** Label of the fallback text area. Default `"Summary for support"`. */
  summary: string;
  /** Mail link. Default `"Email support"`. */
  emailSupport: string;
  /** Feedback question. Default `"Was this helpful?"`. */
  helpfulQuestion: string;
  /** Default `"Yes"`. */
  yes: string;
  /** Default `"No"`. */
  no: string;
  /** Comment label after "No". Default `"What was missing? (optional)"`. */
  feedbackComment: string;
  /** Default `"Send feedback"`. */
  sendFeedback: string;
  /** Default `"Skip"`. */
  skip: string;
  /** After voting. Default `"Thanks for your feedback."`. */
  thanks: string;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const reasons: Record<UnknownReason, string> = {
  'reported-unknown': 'The app could not tell.',
  threw: 'The check failed to run.',
  rejected: 'The check failed to run.',
  'invalid-result': 'The check gave an answer the panel could not read.',
  timeout: 'The check took too long.',
  aborted: 'The check was stopped.',
};

/** English defaults for {@link SupportLabels}. */
export const defaultSupportLabels: SupportLabels = {
  checking: 'Checking…',
  passed: 'Passed',
  failed: 'Failed',
  couldNotCheck: 'Could not check',
  unknownReason: (reason) => reasons[reason] ?? '',
  checkingCount: (n) => `Checking ${count(n, 'item', 'items')}…`,
  checkSummary: ({ passed, failed, unknown }) =>
    [
      `${passed} passed`,
      `${failed} failed`,
      ...(unknown > 0 ? [`${unknown} could not be checked`] : []),
    ].join(', ') + '.',
  runAgain: 'Run checks again',
  contactSupport: 'Still stuck? Contact support',
  escalationTitle: 'Contact support',
  escalationIntro: 'Support will see this page, the error, the checks you did and what you searched for, so you do not have to repeat it.',
  note: 'What happened? (optional)',
  noteHint: 'Your note is kept until you send it.',
  noteReplaced: 'A different note was typed in another tab. It is kept until you choose:',
  useOtherNote: 'Use the other note',
  discardOtherNote: 'Discard the other note',
  detailsHeading: 'Support will also need',
  optional: '(optional)',
  required: (label) => `Please fill in “${label.replace(/[.:]\s*$/, '')}”.`,
  send: 'Send to support',
  sending: 'Sending…',
  sent: 'Sent. Support has everything you tried.',
  sendFailed: 'Your message could not be sent. Nothing you entered was lost.',
  retry: 'Try again',
  done: 'Back to help',
  copySummary: 'Copy summary for support',
  copied: 'Copied. Paste it into your message to support.',
  copyFallback: 'Copying is not available here. Select the text below and copy it with Ctrl+C (⌘C on a Mac).',
  summary: 'Summary for support',
  emailSupport: 'Email support',
  helpfulQuestion: 'Was this helpful?',
  yes: 'Yes',
  no: 'No',
  feedbackComment: 'What was missing? (optional)',
  sendFeedback: 'Send feedback',
  skip: 'Skip',
  thanks: 'Thanks for your feedback.',
};

/** `defaultSupportLabels` with `labels` on top; keys set to `undefined` keep the default. */
export function resolveSupportLabels(labels?: Partial<SupportLabels>): SupportLabels {
  if (!labels) return defaultSupportLabels;
  const out = { ...defaultSupportLabels } as Record<string, unknown>;
  for (const [key, value] of Object.entries(labels)) if (value !== undefined) out[key] = value;
  return out as unknown as SupportLabels;
}
