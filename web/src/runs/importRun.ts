/**
 * Import any run file this profiler reads, recognised by its content: a WebSocket recording, NodeTool's
 * trace file, or a debug bundle's messages.jsonl.
 */
import { deriveRunRecord } from './deriveRun';
import { parseDebugBundle } from './parseDebugBundle';
import { parseRecordingText } from './parseRecording';
import { parseTraceFile } from './parseTraceFile';
import { isRecord } from './readFields';
import { looksLikeSpan } from './readTraceSpans';
import { checkTextSize } from './textSize';
import { RunParseError, type RunRecord } from './types';

export type RunFileKind = 'recording' | 'trace' | 'debug-messages';

export interface ImportedRun {
  record: RunRecord;
  /** The recording's text, kept so the run can be exported as received; null for other kinds. */
  recording: string | null;
}

/**
 * Detect the kind of run file by the shape of its lines (every line votes, so one odd first line does not
 * decide) and read it.
 *
 * @param fileName only names the file in error messages.
 * @throws RunParseError any code of the chosen parser, prefixed with the file name.
 * @example
 * const { record, recording } = importRunText(await file.text(), file.name);
 */
export function importRunText(text: string, fileName?: string): ImportedRun {
  try {
    const kind = detectRunFileKind(text);
    if (kind === 'trace') return { record: parseTraceFile(text), recording: null };
    if (kind === 'debug-messages')
      return { record: parseDebugBundle({ messagesJsonl: text }), recording: null };
    return { record: deriveRunRecord(parseRecordingText(text)), recording: text };
  } catch (error) {
    if (fileName === undefined || !(error instanceof RunParseError)) throw error;
    throw new RunParseError(error.code, `${fileName}: ${error.reason}`, error.line, error.column);
  }
}

/**
 * The kind of run file `text` is: the kind most of its JSON lines have (a recording when undecided, so
 * its parser reports what is wrong).
 */
export function detectRunFileKind(text: string): RunFileKind {
  checkTextSize(text);
  const trimmed = text.trimStart().replace(/^\ufeff/, '');
  if (trimmed === '') throw new RunParseError('run.empty', 'The file is empty.');
  if (trimmed.startsWith('[')) return 'recording';
  let recording = 0;
  let trace = 0;
  let messages = 0;
  for (const line of text.split('\n')) {
    const raw = line.trim();
    if (raw === '' || raw[0] !== '{') continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      continue;
    }
    if (!isRecord(value)) continue;
    if ('recv_ms' in value && 'msg' in value) recording++;
    else if (looksLikeSpan(value)) trace++;
    else if (typeof value.type === 'string') messages++;
  }
  if (trace > recording && trace >= messages) return 'trace';
  if (messages > recording && messages > trace) return 'debug-messages';
  return 'recording';
}
