import type { EscalationAnswer, EscalationPayload } from './escalation';
import type { JsonValue } from '../base/index';

/**
 * The payload as plain text a support agent can read in an email or a ticket:
 * the story first (what, where, when, the user's own words), then what was
 * already tried, then the technical context. Empty sections are left out.
 */
export function formatEscalationSummary(payload: EscalationPayload): string {
  const lines: string[] = [];
  const section = (title: string, body: string[]) => {
    if (body.length === 0) return;
    if (lines.length > 0) lines.push('');
    lines.push(title, ...body);
  };

  const heading = payload.helpCenter ? `Support request from ${payload.helpCenter.title}` : 'Support request';
  const about: string[] = [];
  if (payload.symptom) about.push(`Problem: ${payload.symptom.title} (${payload.symptom.id})`);
  if (payload.article) about.push(`Article: ${payload.article.title} (${payload.article.id})`);
  if (payload.route) about.push(`Page: ${payload.route}`);
  const error = describeError(payload.error);
  if (error) about.push(`Error: ${error}`);
  if (payload.firstSeen) about.push(`First seen: ${describeTime(payload.firstSeen)}`);
  section(heading, about);

  if (payload.note) section('Note from the user:', payload.note.split(/\r\n|\r|\n/).map((line) => `  ${line}`));
  if (payload.ask) {
    const { question, answer, citations, grounded } = payload.ask;
    section('Asked in their own words:', [
      `  Question: ${oneLine(question)}`,
      ...(answer ? ['  Answer the panel gave:', ...answer.split(/\r\n|\r|\n/).map((line) => `    ${line}`)] : ['  No answer was shown: no help article covered it, or the answer failed.']),
      ...(citations.length > 0 ? [`  Sources: ${citations.map((c) => `[${c.key}] ${c.title} (${c.id})`).join('; ')}`] : []),
      ...(answer && !grounded ? ['  (Part of the answer was not backed by the help articles.)'] : []),
    ]);
  }
  section('Details:', answers([...payload.fields, ...payload.details]));

  const { done, notDone } = payload.checks;
  const total = done.length + notDone.length;
  section(
    total > 0 ? `Checks done (${done.length} of ${total}):` : 'Checks done:',
    done.map((c) => `  [x] ${c.text}`),
  );
  section('Checks not done:', notDone.map((c) => `  [ ] ${c.text}`));
  section(
    'Automatic checks:',
    payload.diagnostics.map((d) => {
      const status = d.status === 'passed' ? 'passed' : d.status === 'failed' ? 'FAILED' : `could not check (${d.reason ?? 'unknown'})`;
      return `  ${status}: ${d.text}${d.detail ? ` — ${d.detail}` : ''}`;
    }),
  );
  section('Searched for:', payload.searches.map((q) => `  "${q}"`));

  const technical: string[] = [];
  const contextLines = flatten(payload.context);
  technical.push(...contextLines.map((line) => `  ${line}`));
  if (payload.userAgent) technical.push(`  User agent: ${payload.userAgent}`);
  if (payload.createdAt) technical.push(`  Sent: ${describeTime(payload.createdAt)}`);
  section('Context:', technical);

  return lines.join('\n');
}

function answers(list: EscalationAnswer[]): string[] {
  return list.map((a) => `  ${a.label.replace(/[.:]\s*$/, '')}: ${a.value === '' ? '(not given)' : oneLine(a.value)}`);
}

function describeError(error: EscalationPayload['error']): string {
  if (!error) return '';
  const parts: string[] = [];
  if (error.code) parts.push(error.code);
  if (typeof error.status === 'number') parts.push(`HTTP ${error.status}`);
  if (error.name) parts.push(error.name);
  if (error.message) parts.push(`"${oneLine(error.message)}"`);
  if (error.url) parts.push(`at ${error.url}`);
  return parts.join(' · ');
}

function describeTime(time: NonNullable<EscalationPayload['firstSeen']>): string {
  return time.timeZone.startsWith('UTC') ? time.iso : `${time.iso} (${time.timeZone}, UTC${time.utcOffset})`;
}

/** `key: value` lines for the host context, nested keys joined with dots. */
function flatten(value: JsonValue, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return prefix ? [`${prefix}: ${oneLine(String(value))}`] : [];
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== 'object')) {
      return prefix ? [`${prefix}: ${value.map((v) => oneLine(String(v))).join(', ')}`] : [];
    }
    return value.flatMap((v, i) => flatten(v, `${prefix}[${i}]`));
  }
  return Object.entries(value).flatMap(([key, v]) => flatten(v, prefix ? `${prefix}.${key}` : key));
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}
