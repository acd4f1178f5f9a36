import { useEffect, useId, useRef, useState } from 'react';
import { resolveSupportLabels, type SupportLabels } from './support-labels';

/** `idle` before a copy, `copied` after one, `manual` when the clipboard is missing or refused. */
export type CopyStatus = 'idle' | 'copied' | 'manual';

export interface CopySummaryProps {
  /** The plain-text summary (`formatEscalationSummary`). */
  text: string;
  /** After a successful copy (emit `escalation-sent` with channel `copy`). */
  onCopied?: () => void;
  /** The clipboard to use. Default `navigator.clipboard`; tests and hosts in iframes may pass their own. */
  clipboard?: Pick<Clipboard, 'writeText'> | null;
  /** Strings; missing keys use the English defaults. */
  labels?: Partial<SupportLabels>;
  /** Class on the root element. */
  className?: string;
}

/**
 * "Copy summary for support". When the clipboard API is missing (insecure
 * origin, old browser) or refused (permissions, iframe policy), the summary
 * appears in a read-only text area, selected, with instructions to copy it by
 * hand — the user is never left without the text.
 */
export function CopySummary({ text, onCopied, clipboard, labels: partial, className }: CopySummaryProps) {
  const labels = resolveSupportLabels(partial);
  const [status, setStatus] = useState<CopyStatus>('idle');
  const area = useRef<HTMLTextAreaElement>(null);
  const areaId = useId();
  const hintId = useId();

  useEffect(() => {
    if (status !== 'manual' || !area.current) return;
    area.current.focus();
    area.current.select();
  }, [status]);

  const copy = async () => {
    const target = clipboard === undefined ? defaultClipboard() : clipboard;
    if (!target || typeof target.writeText !== 'function') {
      setStatus('manual');
      return;
    }
    try {
      await target.writeText(text);
      setStatus('copied');
      onCopied?.();
    } catch {
      setStatus('manual');
    }
  };

  return (
    <div data-help-part="copy-summary" data-status={status} className={className}>
      <button type="button" data-help-part="copy-summary-button" onClick={() => void copy()}>
        {labels.copySummary}
      </button>
      <p role="status" data-help-part="copy-summary-status">
        {status === 'copied' ? labels.copied : ''}
      </p>
      {status === 'manual' ? (
        <div data-help-part="copy-summary-fallback">
          <p id={hintId}>{labels.copyFallback}</p>
          <label htmlFor={areaId}>{labels.summary}</label>
          <textarea
            id={areaId}
            ref={area}
            readOnly
            value={text}
            rows={Math.min(16, text.split('\n').length + 1)}
            aria-describedby={hintId}
            data-help-part="copy-summary-text"
          />
        </div>
      ) : null}
    </div>
  );
}

function defaultClipboard(): Pick<Clipboard, 'writeText'> | null {
  try {
    return typeof navigator !== 'undefined' && navigator.clipboard ? navigator.clipboard : null;
  } catch {
    return null;
  }
}
