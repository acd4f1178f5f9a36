import type { Reason } from '../types';

const MAX_MESSAGE = 80;

function shorten(text: string): string {
  return text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE - 3)}…` : text;
}

/**
 * The developer's sentence for a reason, for logs and debug views:
 * `error code WEBHOOK_DELIVERY_FAILED matched WEBHOOK_*`, `route is /login/mfa`.
 * An exact hit reads as a fact (`HTTP status is 403`) rather than as
 * `403 matched 403`. End users get plain labels instead (see the React labels).
 */
export function describeReason(reason: Reason): string {
  const { kind, pattern, value } = reason;
  // `code:E_TIMEOUT` and `name:AbortError` are the explicit forms of a plain code or name.
  const exact = pattern === value || pattern.replace(/^(code|name):/, '') === value;
  let sentence: string;
  switch (kind) {
    case 'route':
      sentence = exact ? `route is ${value}` : `route ${value} matched ${pattern}`;
      break;
    case 'error-code':
      sentence = exact ? `error code is ${value}` : `error code ${value} matched ${pattern}`;
      break;
    case 'status':
      sentence = exact ? `HTTP status is ${value}` : `HTTP status ${value} matched ${pattern}`;
      break;
    case 'status-class':
      sentence = `HTTP status ${value} matched ${pattern}`;
      break;
    case 'name':
      sentence = exact ? `error name is ${value}` : `error name ${value} matched ${pattern}`;
      break;
    case 'message':
      sentence = `error message "${shorten(value)}" matched ${pattern}`;
      break;
    case 'related-search':
      sentence = value === '' ? `a search for "${pattern}" found it` : `a search for "${pattern}" (from ${shorten(value)}) found it`;
      break;
    case 'search-rank':
      sentence = `a search for "${pattern}"${value === '' ? '' : ` (from ${shorten(value)})`} ranked it first, well ahead of the next`;
      break;
    default:
      sentence = `${String(kind)} ${value} matched ${pattern}`;
  }
  return reason.inherited ? `${sentence} (context inherited from the article)` : sentence;
}
