/**
 * An error response's body text, read as the facts it may hold: JSON parsed (a list of errors as
 * `{ errors }`, its first read as the error and the rest as causes), other text trimmed, and
 * nothing for a blank body or markup (an HTML error page says nothing a message table lists).
 * Shared by `readErrorBody` (a fetch `Response`) and `normalizeError` (a client's kept body).
 */
export function parseBodyText(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.startsWith('<')) return undefined;
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[') && !trimmed.startsWith('"')) return trimmed;
  try {
    const parsed: unknown = JSON.parse(trimmed);
    return Array.isArray(parsed) ? { errors: parsed } : parsed;
  } catch {
    return undefined;
  }
}
