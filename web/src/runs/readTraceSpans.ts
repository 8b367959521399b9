/**
 * Read NodeTool's trace file: JSONL, one span per line, as written by the TypeScript server when
 * `NODETOOL_TRACE_FILE` (or `--trace-file`) is set. Shape (`TraceRecord` in nodetool-ai/nodetool
 * packages/runtime/src/trace-exporters.ts @ 6853f6dff3826c08d0e64c3275a615edb6115756):
 *
 *   { trace_id, span_id, parent_span_id | null, name, kind, start_time_ms, end_time_ms, duration_ms,
 *     status: { code: "UNSET" | "OK" | "ERROR", message? }, attributes, events, resource }
 *
 * Times are integer epoch ms of the server's clock. Node spans are named `node.process` with attributes
 * `node.id`, `node.type` and `workflow.id` when known; the run itself is a `workflow.run` span.
 */
import { describeValue, field, isRecord, stringField, type JsonRecord } from './readFields';
import { checkTextSize } from './textSize';
import { RunParseError } from './types';
import { parseJsonLine } from './jsonLineError';

export interface TraceSpan {
  traceId: string | null;
  spanId: string | null;
  name: string;
  startMs: number;
  endMs: number;
  /** `status.code`: UNSET, OK or ERROR. */
  statusCode: string;
  statusMessage: string | null;
  attributes: JsonRecord;
  /** 1-based line in the file. */
  line: number;
}

export const NODE_SPAN = 'node.process';
export const WORKFLOW_SPAN = 'workflow.run';

/**
 * Parse every span line (blank lines allowed).
 * @throws RunParseError `run.empty`, `run.too-large`, `run.trace-shape` (with the 1-based line).
 */
export function readTraceSpans(text: string, maxBytes?: number): TraceSpan[] {
  checkTextSize(text, maxBytes);
  const spans: TraceSpan[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const parsed = parseJsonLine(
      lines[i]!,
      i + 1,
      'run.trace-shape',
      'not JSON; a trace file has one JSON span per line.',
    );
    if (parsed === undefined) continue;
    spans.push(toSpan(parsed, i + 1));
  }
  if (spans.length === 0) throw new RunParseError('run.empty', 'The trace file is empty.');
  return spans;
}

function toSpan(value: unknown, line: number): TraceSpan {
  const fail = (what: string): never => {
    throw new RunParseError('run.trace-shape', `${what} (expected NodeTool's span record).`, line);
  };
  if (!isRecord(value)) return fail(`a span must be an object, got ${describeValue(value)}`);
  const name = stringField(value, 'name');
  if (name === null) return fail('"name" must be a string');
  const start = value.start_time_ms;
  const end = value.end_time_ms;
  if (typeof start !== 'number' || !Number.isFinite(start))
    return fail('"start_time_ms" must be a finite number');
  if (typeof end !== 'number' || !Number.isFinite(end)) return fail('"end_time_ms" must be a finite number');
  if (end < start) return fail('"end_time_ms" is before "start_time_ms"');
  const attributes = field(value, 'attributes') ?? {};
  if (!isRecord(attributes)) return fail('"attributes" must be an object');
  const status = field(value, 'status');
  if (status !== undefined && status !== null && !isRecord(status)) return fail('"status" must be an object');
  if (name === NODE_SPAN && stringField(attributes, 'node.id') === null) {
    return fail('a node.process span needs the "node.id" attribute');
  }
  return {
    traceId: stringField(value, 'trace_id'),
    spanId: stringField(value, 'span_id'),
    name,
    startMs: start,
    endMs: end,
    statusCode: stringField(status, 'code') ?? 'UNSET',
    statusMessage: stringField(status, 'message'),
    attributes,
    line,
  };
}

/** Whether a parsed JSON object has the span record's identifying fields (for format detection). */
export function looksLikeSpan(value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value.name === 'string' &&
    'start_time_ms' in value &&
    ('span_id' in value || 'trace_id' in value || 'end_time_ms' in value)
  );
}
