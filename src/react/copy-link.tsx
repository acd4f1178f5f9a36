import { useEffect, useRef, useState } from 'react';
import { useHelpContext } from './help-context';

/** `idle` before a copy, `copied` once the clipboard took it, `failed` when it refused (the link is shown to copy by hand). */
type CopyState = 'idle' | 'copied' | 'failed';

/**
 * "Copy link": puts a deep link to this article or symptom on the clipboard,
 * for a user to send to a colleague or support to send to a user. Renders
 * nothing when deep links are off.
 */
export function CopyLink({ id }: { id: string }) {
  const { labels, linkTo } = useHelpContext('HelpPanel.Content');
  const [state, setState] = useState<{ id: string; status: CopyState }>({ id, status: 'idle' });
  const status = state.id === id ? state.status : 'idle';
  const field = useRef<HTMLInputElement>(null);
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);
  useEffect(() => {
    if (status === 'failed') field.current?.select();
  }, [status]);

  const link = linkTo(id);
  if (link === null) return null;

  const copy = () => {
    const done = (next: CopyState) => live.current && setState({ id, status: next });
    try {
      const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
      if (!clipboard) return done('failed');
      clipboard.writeText(link).then(
        () => done('copied'),
        () => done('failed'),
      );
    } catch {
      done('failed');
    }
  };

  return (
    <div data-help-part="copy-link" data-status={status}>
      <button type="button" data-help-part="copy-link-button" onClick={copy}>
        {labels.copyLink}
      </button>
      <span role="status" data-help-part="copy-link-status">
        {status === 'copied' ? labels.linkCopied : ''}
      </span>
      {status === 'failed' && (
        <label data-help-part="copy-link-manual">
          <span>{labels.copyLinkManually}</span>
          <input ref={field} type="text" readOnly value={link} data-help-part="copy-link-field" />
        </label>
      )}
    </div>
  );
}
