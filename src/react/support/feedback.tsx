import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { feedbackEvent, safeCall, safeEmit, type HelpEventHandler } from '../../engine/events/index';
import { resolveSupportLabels, type SupportLabels } from './support-labels';

/** What `onFeedback` receives. */
export interface HelpFeedback {
  /** The article voted on. */
  articleId: string;
  /** Set when the vote is about a symptom. */
  symptomId?: string;
  /** `true` for "Yes". */
  helpful: boolean;
  /** Only after "No", and only when the user wrote one. */
  comment?: string;
}

/** `asking` the question, `commenting` after "No", `done` once voted. */
export type FeedbackStatus = 'asking' | 'commenting' | 'done';

export interface FeedbackProps {
  /** The article shown. A new article (or symptom) is a new view: the question is asked again. */
  articleId: string;
  /** The symptom shown, if any. */
  symptomId?: string;
  /** Receives one vote per view. Errors it throws are contained. */
  onFeedback?: (feedback: HelpFeedback) => void;
  onEvent?: HelpEventHandler;
  /** Put the comment into the `feedback` event. Default `false`. */
  includeNoteInEvents?: boolean;
  /** Strings; missing keys use the English defaults. */
  labels?: Partial<SupportLabels>;
  /** Class on the root element. */
  className?: string;
}

/**
 * "Was this helpful?" with yes / no and an optional comment after "no". One
 * vote per view: the question resets when the article or symptom changes. A
 * "no" whose comment is never sent is still counted when the view goes away.
 */
export function Feedback({ articleId, symptomId, onFeedback, onEvent, includeNoteInEvents, labels: partial, className }: FeedbackProps) {
  const labels = resolveSupportLabels(partial);
  const view = `${articleId}\u0000${symptomId ?? ''}`;
  const [state, setState] = useState<{ view: string; status: FeedbackStatus }>({ view, status: 'asking' });
  const [comment, setComment] = useState('');
  const status: FeedbackStatus = state.view === view ? state.status : 'asking';
  const baseId = useId();
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const thanksRef = useRef<HTMLParagraphElement>(null);
  const latest = useRef({ onFeedback, onEvent, includeNoteInEvents });
  latest.current = { onFeedback, onEvent, includeNoteInEvents };
  /** The view whose "no" awaits its comment, so leaving still counts the vote once. */
  const pendingNo = useRef<{ articleId: string; symptomId?: string } | null>(null);

  const vote = (feedback: HelpFeedback) => {
    const { onFeedback: handler, onEvent: emit, includeNoteInEvents: withNote } = latest.current;
    safeCall(handler, 'onFeedback', feedback);
    safeEmit(emit, feedbackEvent(feedback, { includeNoteInEvents: withNote }));
  };
  const subject = { articleId, ...(symptomId ? { symptomId } : {}) };

  // Leaving the view (or unmounting) with a "no" not yet sent: count it without a comment.
  useEffect(() => {
    return () => {
      const pending = pendingNo.current;
      if (!pending) return;
      pendingNo.current = null;
      vote({ ...pending, helpful: false });
    };
    // Runs once per view; `vote` reads the latest callbacks through a ref.
  }, [view]);

  useEffect(() => {
    if (status === 'commenting') commentRef.current?.focus();
    if (status === 'done' && thanksRef.current && thanksRef.current.contains(document.activeElement) === false) {
      // Focus moves to the thanks so keyboard users are not dropped on <body> when the buttons vanish.
      thanksRef.current.focus();
    }
  }, [status]);

  const yes = () => {
    setState({ view, status: 'done' });
    vote({ ...subject, helpful: true });
  };
  const no = () => {
    pendingNo.current = subject;
    setComment('');
    setState({ view, status: 'commenting' });
  };
  const finish = (withComment: boolean) => (event?: FormEvent) => {
    event?.preventDefault();
    pendingNo.current = null;
    const text = comment.trim();
    setState({ view, status: 'done' });
    vote({ ...subject, helpful: false, ...(withComment && text !== '' ? { comment: text.slice(0, 2000) } : {}) });
  };

  const questionId = `${baseId}-question`;
  return (
    <div data-help-part="feedback" data-status={status} className={className}>
      {status === 'asking' ? (
        <div role="group" aria-labelledby={questionId} data-help-part="feedback-question">
          <p id={questionId}>{labels.helpfulQuestion}</p>
          <button type="button" data-help-part="feedback-yes" onClick={yes}>
            {labels.yes}
          </button>{' '}
          <button type="button" data-help-part="feedback-no" onClick={no}>
            {labels.no}
          </button>
        </div>
      ) : null}
      {status === 'commenting' ? (
        <form onSubmit={finish(true)} data-help-part="feedback-form">
          <label id={`${baseId}-comment-label`} htmlFor={`${baseId}-comment`}>
            {labels.feedbackComment}
          </label>
          <textarea
            id={`${baseId}-comment`}
            ref={commentRef}
            rows={3}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
          />
          <button type="submit" data-help-part="feedback-send">
            {labels.sendFeedback}
          </button>{' '}
          <button type="button" data-help-part="feedback-skip" onClick={finish(false)}>
            {labels.skip}
          </button>
        </form>
      ) : null}
      <p role="status" data-help-part="feedback-thanks" ref={thanksRef} tabIndex={status === 'done' ? -1 : undefined}>
        {status === 'done' ? labels.thanks : ''}
      </p>
    </div>
  );
}
