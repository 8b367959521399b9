/**
 * Read a WebSocket recording (../shared/nodetool-runs format): JSONL, one `{ recv_ms, msg, sent?, frame? }`
 * per line (blank lines allowed), or one JSON array of the same objects.
 */
import { describeValue, isRecord } from './readFields';
import { RunParseError, type RecordingLine } from './types';
import { checkTextSize } from './textSize';
import { locateJsonSyntaxError } from '../workflow/parseJsonText';
import { parseJsonLine } from './jsonLineError';

export interface ParseRecordingOptions {
  /**
   * Largest accepted text, in UTF-8 bytes.
   * @default 67108864 (64 MB)
   */
  maxBytes?: number;
}

/**
 * Parse a recording's text into its lines.
 *
 * @throws RunParseError `run.empty` (nothing but whitespace), `run.too-large` (over `maxBytes`),
 *   `run.not-json` (a line, or the array document, is not JSON; 1-based line), `run.line-shape` (an entry
 *   is not `{ recv_ms: finite number, msg }`, or `sent`/`frame` have the wrong type).
 * @example
 * const lines = parseRecordingText(await file.text());
 */
export function parseRecordingText(text: string, options: ParseRecordingOptions = {}): RecordingLine[] {
  checkTextSize(text, options.maxBytes);
  const start = firstContentIndex(text);
  if (start < 0) throw new RunParseError('run.empty', 'The recording is empty.');
  return text[start] === '[' ? parseArrayDocument(text) : parseJsonLines(text);
}

/** JSONL text of `lines` (one entry per line, trailing newline); `parseRecordingText` reads it back equal. */
export function serializeRecording(lines: readonly RecordingLine[]): string {
  let out = '';
  for (const line of lines) out += JSON.stringify(line) + '\n';
  return out;
}

function firstContentIndex(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // space, tab, CR, LF, BOM
    if (c !== 32 && c !== 9 && c !== 13 && c !== 10 && c !== 0xfeff) return i;
  }
  return -1;
}

function parseJsonLines(text: string): RecordingLine[] {
  const lines: RecordingLine[] = [];
  let lineNo = 0;
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    lineNo++;
    const lineText = text.slice(from, to);
    from = to + 1;
    const parsed = parseJsonLine(
      lineText,
      lineNo,
      'run.not-json',
      'not JSON (a recording has one JSON object per line: {"recv_ms", "msg"}).',
    );
    if (parsed === undefined) continue;
    lines.push(toRecordingLine(parsed, lineNo));
  }
  return lines;
}

function parseArrayDocument(text: string): RecordingLine[] {
  let parsed: unknown;
  const body = text.replace(/^\ufeff/, '');
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    // The engine's message would quote the file's text: the line and column of the error say where.
    const where = locateJsonSyntaxError(body, error);
    throw new RunParseError(
      'run.not-json',
      'the recording starts with "[" but is not a JSON array.',
      where?.line ?? 1,
      where?.column ?? null,
    );
  }
  if (!Array.isArray(parsed)) throw new RunParseError('run.not-json', 'expected a JSON array.', 1);
  if (parsed.length === 0) throw new RunParseError('run.empty', 'The recording array is empty.');
  // In an array document "line" means the entry's 1-based position in the array.
  return parsed.map((entry, i) => toRecordingLine(entry, i + 1));
}

/** Latest `recv_ms` accepted (1e14 ms ≈ the year 5138). */
export const MAX_EPOCH_MS = 1e14;

/** Validate one entry; `line` is 1-based. */
export function toRecordingLine(value: unknown, line: number): RecordingLine {
  if (!isRecord(value)) {
    throw new RunParseError(
      'run.line-shape',
      `expected { recv_ms, msg }, got ${describeValue(value)}.`,
      line,
    );
  }
  const recv = value.recv_ms;
  // Epoch ms between 1970 and the year 5138: any real clock, and differences of two stay finite.
  if (typeof recv !== 'number' || !Number.isFinite(recv) || recv < 0 || recv > MAX_EPOCH_MS) {
    throw new RunParseError(
      'run.line-shape',
      `"recv_ms" must be a time in epoch milliseconds, got ${describeValue(recv)}.`,
      line,
    );
  }
  if (!('msg' in value)) throw new RunParseError('run.line-shape', 'missing "msg".', line);
  const out: RecordingLine = { recv_ms: recv, msg: value.msg };
  if (value.sent !== undefined) {
    if (typeof value.sent !== 'boolean') {
      throw new RunParseError('run.line-shape', `"sent" must be true or false.`, line);
    }
    out.sent = value.sent;
  }
  if (value.frame !== undefined) {
    if (value.frame !== 'text' && value.frame !== 'binary') {
      throw new RunParseError('run.line-shape', `"frame" must be "text" or "binary".`, line);
    }
    out.frame = value.frame;
  }
  return out;
}
