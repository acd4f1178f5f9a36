import { useId } from 'react';
import { askButtonLabels } from './ask-labels';
import { useHelpContext } from './help-context';

/** Loads the answer screen ahead of the click: on hover and focus of the button. */
const prefetchAnswer = () => {
  import('./ask-view').catch(() => undefined);
};

/**
 * "Ask" beside the search results, when the host gave `ask`: asks the typed query as a question
 * and opens its answer. Its hint says what it does, for screen readers too.
 */
export function AskButton({ onAsk }: { onAsk(): void }) {
  const { labels } = useHelpContext('HelpPanel.Search');
  const hintId = useId();
  return (
    <div data-help-part="ask">
      <button type="button" data-help-part="ask-button" aria-describedby={hintId} onClick={onAsk} onPointerEnter={prefetchAnswer} onFocus={prefetchAnswer}>
        {labels.ask ?? askButtonLabels.ask}
      </button>
      <span id={hintId} data-help-part="ask-hint">
        {labels.askHint ?? askButtonLabels.askHint}
      </span>
    </div>
  );
}
