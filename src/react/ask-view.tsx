import { useEffect, useId, useMemo, useRef } from 'react';
import { safeCall } from '../engine/events/index';
import { ArticleBody } from './article-body';
import { answerBlocks } from './answer-markdown';
import { resolveAskLabels } from './ask-labels';
import { AnswerHits, Citations } from './citations';
import { useHelpContext } from './help-context';
import { resolveSupportLabels } from './support/support-labels';
import { checkedAnswer, useAskSession, type AskEnvironment } from './use-ask';
import { visuallyHidden } from './visually-hidden';

/**
 * The answer screen: the question, the answer as it streams (Markdown, drawn by
 * the article renderer), the sources it cites as buttons that open them, Stop
 * while it is written, "Was this helpful?" and "Contact support" once it is.
 * When no article covers the question, or the answer fails, it says so and
 * offers the search results and support instead: never a blank screen.
 * A chunk of its own, loaded only by a panel with `ask`.
 */
export default function AskScreen() {
  const help = useHelpContext('HelpPanel.Answer');
  const { engine, view, labels, navigate, asks } = help;
  const text = { ...labels, ...resolveAskLabels(labels), ...resolveSupportLabels(labels) };
  const { session, state } = useAskSession(asks);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const baseId = useId();

  const environment = (): AskEnvironment | null =>
    engine
      ? {
          engine,
          route: help.route,
          error: help.error,
          locale: help.userLocale ?? help.locale,
          ask: help.host.current.ask,
          emit: help.emit,
          onError: (error) => safeCall(help.host.current.onError, 'onError', error),
        }
      : null;

  const viewId = view.screen === 'ask' ? view.id : -1;
  const question = view.screen === 'ask' ? view.question : '';
  useEffect(() => {
    // A new asking of a question (not Back to the one already on screen) starts its answer.
    const env = environment();
    if (viewId < 0 || !env || session.get()?.viewId === viewId) return;
    session.start(viewId, question, env);
    // `environment` reads the latest context when called.
  }, [viewId, question, engine]);

  useEffect(() => {
    // The panel focuses a screen's title after navigating, but this one arrived late.
    titleRef.current?.focus();
  }, []);

  const current = state && state.viewId === viewId ? state : null;
  const status = current?.status ?? 'finding';
  const answer = useMemo(() => (current ? checkedAnswer(current) : { text: '', cited: [], removed: false }), [current?.raw, current?.passages]);
  const blocks = useMemo(() => answerBlocks(answer.text), [answer.text]);
  const writing = status === 'finding' || status === 'writing';
  const settled = status === 'done' || status === 'stopped';

  const statusLine =
    status === 'finding' ? text.findingSources : status === 'writing' ? text.writingAnswer : status === 'done' ? text.answerReady : status === 'stopped' ? text.stopped : '';
  const stop = () => {
    session.stop();
    titleRef.current?.focus();
  };
  const again = () => {
    const env = environment();
    if (env) session.retry(env);
  };
  const escalate = () => navigate({ screen: 'escalation', fromAnswer: true });

  return (
    <section data-help-part="answer" data-status={status} aria-labelledby={`${baseId}-title`} aria-busy={writing}>
      <h3 id={`${baseId}-title`} ref={titleRef} tabIndex={-1} data-help-part="screen-title">
        <span style={visuallyHidden}>{text.yourQuestion}: </span>
        {question}
      </h3>
      <p role="status" data-help-part="answer-status">
        {statusLine}
      </p>
      {writing && (
        <button type="button" data-help-part="answer-stop" onClick={stop}>
          {text.stop}
        </button>
      )}
      {answer.text !== '' && (
        <div data-help-part="answer-body">
          <ArticleBody nodes={blocks} articleId="" idPrefix={`${baseId}-answer`} title="" topLevel={4} />
        </div>
      )}
      {answer.removed && (
        <p data-help-part="answer-unsupported" role="note">
          {text.notFullySupported}
        </p>
      )}
      {status === 'done' && answer.cited.length > 0 && <p data-help-part="answer-notice">{text.answerNotice}</p>}
      <Citations passages={answer.cited} label={text.sources} />
      {status === 'not-covered' && (
        <div data-help-part="answer-not-covered">
          <p>{text.notCovered}</p>
          <p>{text.tryInstead}</p>
        </div>
      )}
      {status === 'failed' && (
        <div role="alert" data-help-part="answer-failed">
          <p>{text.answerFailed}</p>
          {current?.error instanceof Error && current.error.message !== '' && <p data-help-part="error-detail">{current.error.message}</p>}
          <p>{text.tryInstead}</p>
        </div>
      )}
      {(status === 'failed' || status === 'stopped') && (
        <button type="button" data-help-part="answer-again" onClick={again}>
          {status === 'failed' ? text.retry : text.askAgain}
        </button>
      )}
      {(status === 'failed' || status === 'not-covered') && <AnswerHits hits={current?.hits ?? []} label={text.searchInstead} />}
      {status === 'done' && (
        <div data-help-part="feedback" role="group" aria-labelledby={`${baseId}-helpful`}>
          {current?.helpful === undefined ? (
            <>
              <span id={`${baseId}-helpful`}>{text.helpfulQuestion}</span>
              <button type="button" data-help-part="feedback-yes" onClick={() => session.vote(true)}>
                {text.yes}
              </button>
              <button type="button" data-help-part="feedback-no" onClick={() => session.vote(false)}>
                {text.no}
              </button>
            </>
          ) : (
            <p id={`${baseId}-helpful`} role="status">
              {text.thanks}
            </p>
          )}
        </div>
      )}
      {!writing && (
        <div data-help-part="support" data-place="answer">
          <button
            type="button"
            data-help-part="contact-support"
            data-place="answer"
            data-prominent={current?.helpful === false || status === 'not-covered' || (settled && answer.cited.length === 0) ? '' : undefined}
            onClick={escalate}
          >
            {text.contactSupport}
          </button>
        </div>
      )}
    </section>
  );
}
