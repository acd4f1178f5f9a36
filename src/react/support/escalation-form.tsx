import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import {
  buildEscalationPayload,
  prefill,
  type BuildEscalationPayloadInput,
  type EscalationField,
  type EscalationPayload,
} from '../../engine/support/index';
import { createEscalationDraftStore, type EscalationDraftStore } from '../../engine/state/index';
import { escalationMailto } from '../../engine/support/index';
import { formatEscalationSummary } from '../../engine/support/index';
import { escalationSentEvent, safeCall, safeEmit, type HelpEventHandler } from '../../engine/events/index';
import type { EscalationSpec } from '../../schema/help-index';
import { CopySummary } from './copy-summary';
import { resolveSupportLabels, type SupportLabels } from './support-labels';
import { useEscalation, type EscalateHandler } from './use-escalation';
import { useEscalationDraft } from './use-escalation-draft';

/** What the panel knows about the escalation, minus what the form collects. */
export type EscalationAbout = Omit<
  BuildEscalationPayloadInput,
  'note' | 'fieldValues' | 'detailAnswers' | 'fields' | 'details' | 'context'
>;

export interface EscalationFormProps {
  /** Help center, article, symptom, route, error, checks ticked, diagnostic outcomes, searches, first seen. */
  about: EscalationAbout;
  /** Fields the host asks for (workspace slug, account id). Default none. */
  fields?: readonly EscalationField[];
  /** The article's escalation details (`article.escalation.details`). Default none. */
  details?: EscalationSpec['details'];
  /** The host's `context` prop: pre-fills fields and details by id (or `contextKey`), and goes into the payload. */
  context?: Record<string, unknown>;
  /**
   * Sends the payload. May return a promise (sending / sent / failed with
   * retry). Without it, the form offers a summary to copy and, with
   * `supportEmail`, a mail link.
   */
  onEscalate?: EscalateHandler;
  /** Support address for the `mailto:` link when there is no `onEscalate`. */
  supportEmail?: string;
  /** Keeps the note and answers until sent. Default: one store shared by every form on the page (session storage, else memory). */
  store?: EscalationDraftStore;
  onEvent?: HelpEventHandler;
  /** Put the note into events. Default `false`. */
  includeNoteInEvents?: boolean;
  /** Clipboard for "Copy summary". Default `navigator.clipboard`. */
  clipboard?: Pick<Clipboard, 'writeText'> | null;
  /** Shows a "Back to help" button after sending. */
  onDone?: () => void;
  /** Heading level of the form's title. Default 2. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Strings; missing keys use the English defaults. */
  labels?: Partial<SupportLabels>;
  /** Class on the root element. */
  className?: string;
}

let sharedStore: EscalationDraftStore | undefined;
/** The page-wide draft store, created on first use so SSR never touches storage. */
export function defaultEscalationDraftStore(): EscalationDraftStore {
  sharedStore ??= createEscalationDraftStore();
  return sharedStore;
}

/**
 * "Contact support": an optional note, the host's fields, the article's
 * details, and everything the panel already knows, sent through
 * `onEscalate` or handed over as a summary to copy or email.
 */
export function EscalationForm(props: EscalationFormProps) {
  const { about, fields = [], details = [], context, onEscalate, supportEmail, onEvent, includeNoteInEvents, onDone } = props;
  const labels = resolveSupportLabels(props.labels);
  const store = useMemo(() => props.store ?? defaultEscalationDraftStore(), [props.store]);
  const [draft, update, replaced] = useEscalationDraft(store);
  const { state, send } = useEscalation({ onEscalate, store, onEvent, includeNoteInEvents });
  const [invalid, setInvalid] = useState<string[]>([]);
  const baseId = useId();
  const titleId = `${baseId}-title`;
  const formRef = useRef<HTMLFormElement>(null);
  const Heading = `h${props.headingLevel ?? 2}` as 'h2';

  const started = useRef(false);
  useEffect(() => {
    // A ref, not state: StrictMode's double effect must not report two starts.
    if (started.current) return;
    started.current = true;
    safeEmit(onEvent, {
      type: 'escalation-started',
      ...(about.article ? { articleId: about.article.id } : {}),
      ...(about.symptom ? { symptomId: about.symptom.id } : {}),
    });
    // Only the first mount counts; later prop changes are the same escalation.
  }, []);

  const sentRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    // The form (and the focused button) is gone once sent: keep keyboard users in the panel.
    if (state.status === 'sent') sentRef.current?.focus();
  }, [state.status]);

  const fieldValue = (field: EscalationField) => draft.fields[field.id] ?? prefill(field, context);
  const detailValue = (detail: { id: string }) => draft.details[detail.id] ?? prefill(detail, context);

  const payload = (): EscalationPayload =>
    buildEscalationPayload({
      ...about,
      note: draft.note,
      fields,
      fieldValues: Object.fromEntries(fields.map((f) => [f.id, fieldValue(f)])),
      details,
      detailAnswers: Object.fromEntries(details.map((d) => [d.id, detailValue(d)])),
      context,
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Without onEscalate there is nothing to send: Enter in a field must not "fail" a send.
    if (!onEscalate) return;
    const missing = fields.filter((f) => f.required && fieldValue(f).trim() === '').map((f) => f.id);
    setInvalid(missing);
    if (missing.length > 0) {
      formRef.current?.querySelector<HTMLElement>(`[data-field-id="${CSS_escape(missing[0]!)}"]`)?.focus();
      return;
    }
    send(payload());
  };

  if (state.status === 'sent') {
    return (
      <section data-help-part="escalation" data-status="sent" aria-labelledby={titleId} className={props.className}>
        <Heading id={titleId}>{labels.escalationTitle}</Heading>
        <p role="status" data-help-part="escalation-sent" ref={sentRef} tabIndex={-1}>
          {labels.sent}
        </p>
        {onDone ? (
          <button type="button" data-help-part="escalation-done" onClick={() => safeCall(onDone, 'onDone')}>
            {labels.done}
          </button>
        ) : null}
      </section>
    );
  }

  const sending = state.status === 'sending';
  const noteId = `${baseId}-note`;
  const summary = onEscalate ? '' : formatEscalationSummary(payload());
  const mailto = !onEscalate && supportEmail ? escalationMailto(payload(), supportEmail) : null;
  const emitManual = (channel: 'copy' | 'mailto') =>
    safeEmit(onEvent, escalationSentEvent(payload(), channel, { includeNoteInEvents }));

  return (
    <section
      data-help-part="escalation"
      data-status={state.status}
      aria-labelledby={titleId}
      aria-busy={sending || undefined}
      className={props.className}
    >
      <Heading id={titleId}>{labels.escalationTitle}</Heading>
      <p data-help-part="escalation-intro">{labels.escalationIntro}</p>
      <form ref={formRef} noValidate onSubmit={submit} aria-labelledby={titleId} data-help-part="escalation-form">
        <div data-help-part="escalation-field" data-field-id="note">
          <label htmlFor={noteId}>{labels.note}</label>
          <textarea
            id={noteId}
            value={draft.note}
            rows={4}
            aria-describedby={`${noteId}-hint`}
            onChange={(e) => update({ note: e.currentTarget.value })}
            readOnly={sending}
          />
          <p id={`${noteId}-hint`} data-help-part="escalation-hint">
            {labels.noteHint}
          </p>
          {replaced ? (
            <div role="status" data-help-part="escalation-replaced">
              <p>{labels.noteReplaced}</p>
              <p data-help-part="escalation-replaced-note">{replaced.note}</p>
              <button type="button" data-help-part="escalation-use-other" onClick={() => store.restoreReplaced?.()}>
                {labels.useOtherNote}
              </button>
              <button type="button" data-help-part="escalation-discard-other" onClick={() => store.dismissReplaced?.()}>
                {labels.discardOtherNote}
              </button>
            </div>
          ) : null}
        </div>
        {fields.map((field, i) => (
          <TextField
            key={field.id}
            id={`${baseId}-f${i}`}
            fieldId={field.id}
            label={field.label}
            value={fieldValue(field)}
            required={!!field.required}
            multiline={!!field.multiline}
            description={field.description}
            error={invalid.includes(field.id) ? labels.required(field.label) : undefined}
            readOnly={sending}
            onChange={(value) => {
              update({ fields: { [field.id]: value } });
              if (invalid.includes(field.id) && value.trim() !== '') setInvalid(invalid.filter((id) => id !== field.id));
            }}
          />
        ))}
        {details.length > 0 ? (
          <fieldset data-help-part="escalation-details">
            <legend>{labels.detailsHeading}</legend>
            {details.map((detail, i) => (
              <TextField
                key={detail.id}
                id={`${baseId}-d${i}`}
                fieldId={detail.id}
                label={detail.label}
                value={detailValue(detail)}
                required={false}
                multiline={false}
                readOnly={sending}
                onChange={(value) => update({ details: { [detail.id]: value } })}
              />
            ))}
          </fieldset>
        ) : null}
        {onEscalate ? (
          <>
            {state.status === 'failed' ? (
              <p role="alert" data-help-part="escalation-error">
                {labels.sendFailed}
              </p>
            ) : null}
            <button type="submit" data-help-part="escalation-send" aria-disabled={sending || undefined}>
              {sending ? labels.sending : state.status === 'failed' ? labels.retry : labels.send}
            </button>
            <p role="status" data-help-part="escalation-progress">
              {sending ? labels.sending : ''}
            </p>
          </>
        ) : null}
      </form>
      {onEscalate ? null : (
        <div data-help-part="escalation-manual">
          <CopySummary
            text={summary}
            labels={props.labels ?? {}}
            onCopied={() => emitManual('copy')}
            {...(props.clipboard === undefined ? {} : { clipboard: props.clipboard })}
          />
          {mailto ? (
            <a href={mailto} data-help-part="escalation-mailto" onClick={() => emitManual('mailto')}>
              {labels.emailSupport}
            </a>
          ) : null}
        </div>
      )}
    </section>
  );
}

interface TextFieldProps {
  id: string;
  fieldId: string;
  label: string;
  value: string;
  required: boolean;
  multiline: boolean;
  description?: string | undefined;
  error?: string | undefined;
  readOnly: boolean;
  onChange: (value: string) => void;
}

function TextField({ id, fieldId, label, value, required, multiline, description, error, readOnly, onChange }: TextFieldProps) {
  const describedBy = [description ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    readOnly,
    required,
    'aria-required': required || undefined,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    'data-field-id': fieldId,
  } as const;
  return (
    <div data-help-part="escalation-field" data-invalid={error ? '' : undefined}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => onChange(e.currentTarget.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => onChange(e.currentTarget.value)} />
      )}
      {description ? (
        <p id={`${id}-hint`} data-help-part="escalation-hint">
          {description}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} data-help-part="escalation-field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** `CSS.escape` where it exists (browsers); a conservative fallback elsewhere (old jsdom). */
function CSS_escape(value: string): string {
  if (typeof CSS !== 'undefined' && typeof CSS.escape === 'function') return CSS.escape(value);
  return value.replace(/["\\]/g, '\\$&');
}
