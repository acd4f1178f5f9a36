import { describe, expect, it } from 'vitest';
import { createSseParser, MAX_SSE_LINE, type SseEvent } from '../../src/ask/sse-parser';

function parse(pieces: readonly string[]): SseEvent[] {
  const events: SseEvent[] = [];
  const parser = createSseParser((event) => events.push(event));
  for (const piece of pieces) parser.feed(piece);
  parser.end();
  return events;
}

/** Every way of cutting `text` in two. */
const cuts = (text: string) => Array.from({ length: text.length + 1 }, (_, i) => [text.slice(0, i), text.slice(i)]);

describe('given an event stream as chat-completions servers send it', () => {
  const stream = 'data: {"a":1}\n\ndata: {"a":2}\n\ndata: [DONE]\n\n';

  it('reads each `data:` event, in order', () => {
    expect(parse([stream]).map((event) => event.data)).toEqual(['{"a":1}', '{"a":2}', '[DONE]']);
  });

  it('reads the same events wherever the pieces are cut, even between \\r and \\n', () => {
    for (const lineEnd of ['\n', '\r\n', '\r']) {
      const text = stream.replaceAll('\n', lineEnd);
      for (const pieces of cuts(text)) expect(parse(pieces).map((event) => event.data)).toEqual(['{"a":1}', '{"a":2}', '[DONE]']);
      // One character at a time.
      expect(parse([...text]).map((event) => event.data)).toEqual(['{"a":1}', '{"a":2}', '[DONE]']);
    }
  });

  it('reads several events that come in one piece', () => {
    expect(parse(['data: x\n\ndata: y\n\ndata: z\n\n'])).toHaveLength(3);
  });

  it('skips comments such as `: keep-alive`, and unknown fields', () => {
    expect(parse([': keep-alive\n\nretry: 100\nfoo: bar\ndata: x\n\n: ping\n\n'])).toEqual([{ event: 'message', data: 'x' }]);
  });

  it('joins multi-line data with \\n and keeps the event name and id', () => {
    expect(parse(['event: delta\nid: 7\ndata: one\ndata:two\ndata\n\n'])).toEqual([{ event: 'delta', id: '7', data: 'one\ntwo\n' }]);
  });

  it('drops one space after the colon, not more', () => {
    expect(parse(['data:  two spaces\n\n'])[0]?.data).toBe(' two spaces');
  });

  it('skips a byte order mark at the start of the stream only', () => {
    expect(parse(['\ufeffdata: x\n\n'])[0]?.data).toBe('x');
    expect(parse(['data: x\n\n', '\ufeffdata: y\n\n']).map((event) => event.data)).toEqual(['x']);
  });

  it('dispatches nothing for an event without data, or without its closing blank line', () => {
    expect(parse(['event: ping\n\n'])).toEqual([]);
    expect(parse(['data: cut short'])).toEqual([]);
  });

  it('reads an `error:` line, which llama.cpp\'s server sends for a failure mid-stream, as an `error` event', () => {
    const line = 'error: {"code":500,"message":"the request exceeds the available context size","type":"exceed_context_size_error"}\n\n';
    expect(parse(['data: x\n\n', line])).toEqual([
      { event: 'message', data: 'x' },
      { event: 'error', data: '{"code":500,"message":"the request exceeds the available context size","type":"exceed_context_size_error"}' },
    ]);
    // Other unknown fields are still skipped.
    expect(parse(['errors: x\nfoo: bar\n\n'])).toEqual([]);
  });

  it('refuses a line that never ends instead of filling memory', () => {
    const parser = createSseParser(() => undefined);
    expect(() => parser.feed('x'.repeat(MAX_SSE_LINE + 1))).toThrow(/longer than/);
  });
});
