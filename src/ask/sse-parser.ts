/**
 * A parser for `text/event-stream` (server-sent events) as the HTML standard
 * describes it, fed text in whatever pieces the network delivers: lines end in
 * `\n`, `\r\n` or `\r` (a `\r` at the end of one piece may meet its `\n` in the
 * next), a blank line ends an event, `data:` lines join with `\n`, one space
 * after the colon is dropped, lines starting with `:` are comments
 * (`: keep-alive`), unknown fields are ignored, and a byte order mark at the
 * very start is skipped. Decoding bytes to text (UTF-8 across pieces) is the
 * caller's, with a streaming `TextDecoder`.
 *
 * Written here rather than taken from a package: the `help-panel/ask` entry
 * imports none (it runs in browsers and edge runtimes alike), and the format is
 * one page of the standard.
 */

/** One event of the stream. */
export interface SseEvent {
  /** The `event:` field, `'message'` when the event gave none. */
  event: string;
  /** The `data:` lines, joined with `\n`. */
  data: string;
  /** The `id:` field, when the event gave one. */
  id?: string;
}

export interface SseParser {
  /** Reads the next piece of the stream, calling `onEvent` for each event it completes. */
  feed(text: string): void;
  /** The stream ended: an event without its closing blank line is dropped, as browsers drop it. */
  end(): void;
}

/** Longest line kept: a server that never ends a line must not fill memory. */
export const MAX_SSE_LINE = 1_000_000;

/**
 * Creates a parser that calls `onEvent` for every complete event.
 *
 * @throws {RangeError} from `feed`, when a line runs past {@link MAX_SSE_LINE} characters.
 */
export function createSseParser(onEvent: (event: SseEvent) => void): SseParser {
  let buffer = '';
  let first = true;
  /** The previous piece ended in `\r`: a `\n` opening this one belongs to that line end. */
  let afterCarriageReturn = false;
  let data: string[] = [];
  let hasData = false;
  let event = '';
  let id: string | undefined;

  const dispatch = () => {
    if (hasData) onEvent({ event: event === '' ? 'message' : event, data: data.join('\n'), ...(id !== undefined ? { id } : {}) });
    data = [];
    hasData = false;
    event = '';
    id = undefined;
  };

  const line = (text: string) => {
    if (text === '') {
      dispatch();
      return;
    }
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    switch (field) {
      case 'data':
        data.push(value);
        hasData = true;
        break;
      case 'event':
        event = value;
        break;
      case 'id':
        // The standard ignores an id with a NUL in it.
        if (!value.includes('\0')) id = value;
        break;
      default:
        // `retry` and unknown fields say nothing about the text.
        break;
    }
  };

  return {
    feed(piece: string) {
      let text = piece;
      if (first && text !== '') {
        first = false;
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      }
      if (afterCarriageReturn && text.startsWith('\n')) text = text.slice(1);
      afterCarriageReturn = false;
      buffer += text;
      let start = 0;
      for (;;) {
        const cr = buffer.indexOf('\r', start);
        const lf = buffer.indexOf('\n', start);
        if (cr === -1 && lf === -1) break;
        const end = cr === -1 ? lf : lf === -1 ? cr : Math.min(cr, lf);
        line(buffer.slice(start, end));
        if (buffer[end] === '\r') {
          if (end + 1 === buffer.length) {
            // Its `\n`, if any, is in the next piece.
            afterCarriageReturn = true;
            start = end + 1;
            break;
          }
          start = buffer[end + 1] === '\n' ? end + 2 : end + 1;
        } else start = end + 1;
      }
      buffer = buffer.slice(start);
      if (buffer.length > MAX_SSE_LINE) {
        buffer = '';
        throw new RangeError(`The event stream sent a line longer than ${MAX_SSE_LINE} characters; it is not a stream of chat-completion events.`);
      }
    },
    end() {
      buffer = '';
      data = [];
      hasData = false;
    },
  };
}
