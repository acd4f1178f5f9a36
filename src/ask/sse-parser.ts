import { createParser, type ParseError } from 'eventsource-parser';

/**
 * Reading `text/event-stream` (server-sent events), fed text in whatever pieces the network
 * delivers, with eventsource-parser: lines end in `\n`, `\r\n` or `\r` (across pieces too), a blank
 * line ends an event, `data:` lines join with `\n`, comments (`: keep-alive`) and unknown fields are
 * skipped, a byte order mark at the start is dropped. One field the standard does not have is read:
 * an `error:` line, which llama.cpp's server sends for a failure mid-stream, comes as an `error` event
 * (its value the data) as soon as the line ends. Decoding bytes to text (UTF-8 across pieces)
 * is the caller's, with a streaming `TextDecoder`. This module only fits the parser to what the
 * chat-completions client reads, and bounds what a server may make it hold.
 */

/** One event of the stream. */
export interface SseEvent {
  /** The `event:` field, `'message'` when the event gave none (as browsers name it). */
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

/** Most characters held for a line or an event not yet ended: a server that never ends one must not fill memory. */
export const MAX_SSE_LINE = 1_000_000;

/**
 * Creates a parser that calls `onEvent` for every complete event.
 *
 * @throws {RangeError} from `feed`, when a line or an event runs past {@link MAX_SSE_LINE} characters.
 */
export function createSseParser(onEvent: (event: SseEvent) => void): SseParser {
  let overflow: ParseError | undefined;
  const parser = createParser({
    maxBufferSize: MAX_SSE_LINE,
    onEvent: (message) => onEvent({ event: message.event ?? 'message', data: message.data, ...(message.id !== undefined ? { id: message.id } : {}) }),
    onError: (error) => {
      if (error.type === 'max-buffer-size-exceeded') overflow = error;
      // llama.cpp's server writes `error: {"code":500,"message":…}` where other servers write an
      // `event: error` or a `data: {"error": …}`; skipped as an unknown field, the failure would be lost.
      else if (error.type === 'unknown-field' && error.field === 'error') onEvent({ event: 'error', data: error.value ?? '' });
    },
  });
  let first = true;
  let endsInCarriageReturn = false;
  return {
    feed(piece: string) {
      let text = piece;
      // The standard's byte order mark, at the very start of the stream only.
      if (first && text !== '') {
        first = false;
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      }
      if (text !== '') endsInCarriageReturn = text.endsWith('\r');
      parser.feed(text);
      if (overflow) {
        overflow = undefined;
        parser.reset();
        throw new RangeError(`The event stream sent a line longer than ${MAX_SSE_LINE} characters; it is not a stream of chat-completion events.`);
      }
    },
    end() {
      // A last `\r` waits to see whether `\n` follows; the stream has ended, so it ends its line (a `\n`
      // joins it as one line end). An event without its closing blank line is still dropped.
      if (endsInCarriageReturn) parser.feed('\n');
      parser.reset();
    },
  };
}
