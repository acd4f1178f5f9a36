import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { HELP_EVENT_ENVELOPE_VERSION, type HelpEventEnvelope } from '../engine/events/index';

/** A line of a log that is not an event envelope. */
export interface MalformedLine {
  /** The log file, as given. */
  file: string;
  /** 1-based line number. */
  line: number;
  /** What is wrong with it, e.g. `not JSON`, `no "event.type"`. */
  reason: string;
}

export interface ReadEventsStats {
  /** Lines read, blank ones included. */
  lines: number;
  /** Envelopes handed on. */
  events: number;
  /** Lines skipped as malformed. */
  malformed: number;
  /** The first {@link MAX_MALFORMED_LISTED} malformed lines, in reading order. */
  malformedLines: MalformedLine[];
}

/** Malformed lines listed one by one; the rest are only counted, so a log of garbage cannot fill memory. */
export const MAX_MALFORMED_LISTED = 50;

/** Longest line accepted: no event comes close, and a runaway line must not be buffered forever. */
const MAX_LINE_CHARACTERS = 1_000_000;

/**
 * Reads NDJSON event logs line by line and hands each valid envelope to
 * `onEnvelope`, in file order. Streams: memory stays flat whatever the size of
 * the files. Malformed lines (not JSON, not an envelope, an envelope of a newer
 * version) are skipped and counted with their line numbers; a missing or
 * unreadable file rejects with a message that names it.
 */
export async function readEvents(
  files: readonly string[],
  onEnvelope: (envelope: HelpEventEnvelope) => void,
): Promise<ReadEventsStats> {
  const stats: ReadEventsStats = { lines: 0, events: 0, malformed: 0, malformedLines: [] };
  for (const file of files) await readFile(file, onEnvelope, stats);
  return stats;
}

async function readFile(file: string, onEnvelope: (envelope: HelpEventEnvelope) => void, stats: ReadEventsStats): Promise<void> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let lineNumber = 0;
  let skippingLongLine = false;
  const handle = (text: string) => {
    lineNumber++;
    stats.lines++;
    const reason = acceptLine(text, onEnvelope);
    if (reason === null) stats.events++;
    else if (reason !== '') malformed(stats, file, lineNumber, reason);
  };
  const stream = createReadStream(file, { highWaterMark: 1 << 20 });
  try {
    for await (const chunk of stream) {
      const text = rest + decoder.write(chunk as Buffer);
      let start = 0;
      let end = text.indexOf('\n', start);
      while (end !== -1) {
        if (skippingLongLine) {
          skippingLongLine = false;
          lineNumber++;
          stats.lines++;
          malformed(stats, file, lineNumber, `longer than ${MAX_LINE_CHARACTERS} characters`);
        } else handle(text.slice(start, end));
        start = end + 1;
        end = text.indexOf('\n', start);
      }
      rest = text.slice(start);
      if (rest.length > MAX_LINE_CHARACTERS) {
        skippingLongLine = true;
        rest = '';
      }
    }
  } catch (cause) {
    const code = cause && typeof cause === 'object' && 'code' in cause ? String((cause as { code: unknown }).code) : '';
    const why = code === 'ENOENT' ? 'it does not exist' : code === 'EISDIR' ? 'it is a directory' : code || String(cause);
    throw new Error(`could not read the event log ${file} (${why}); pass NDJSON files written from onEvent envelopes.`);
  }
  rest += decoder.end();
  if (skippingLongLine) {
    lineNumber++;
    stats.lines++;
    malformed(stats, file, lineNumber, `longer than ${MAX_LINE_CHARACTERS} characters`);
  } else if (rest !== '') handle(rest);
}

function malformed(stats: ReadEventsStats, file: string, line: number, reason: string): void {
  stats.malformed++;
  if (stats.malformedLines.length < MAX_MALFORMED_LISTED) stats.malformedLines.push({ file, line, reason });
}

/** `null` when the line was an envelope (and was handed on), `''` for a blank line, otherwise why it was skipped. */
function acceptLine(raw: string, onEnvelope: (envelope: HelpEventEnvelope) => void): string | null {
  const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  if (text.trim() === '') return '';
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'not JSON';
  }
  const problem = envelopeProblem(value);
  if (problem !== null) return problem;
  onEnvelope(value as HelpEventEnvelope);
  return null;
}

/** Why `value` is not an envelope this report can read, or `null` when it is. */
export function envelopeProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const envelope = value as Record<string, unknown>;
  if (typeof envelope.v !== 'number') return 'no version "v"';
  if (envelope.v > HELP_EVENT_ENVELOPE_VERSION) return `envelope version ${envelope.v} is newer than this report reads (${HELP_EVENT_ENVELOPE_VERSION}); update help-panel`;
  if (typeof envelope.session !== 'string' || envelope.session === '') return 'no "session"';
  if (typeof envelope.at !== 'string') return 'no "at" timestamp';
  const event = envelope.event as Record<string, unknown> | null | undefined;
  if (typeof event !== 'object' || event === null || typeof event.type !== 'string') return 'no "event.type"';
  if (envelope.helpCenter !== undefined && typeof envelope.helpCenter !== 'string') return '"helpCenter" is not a string';
  if (envelope.build !== undefined && typeof envelope.build !== 'string') return '"build" is not a string';
  return null;
}
