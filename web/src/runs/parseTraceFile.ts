/**
 * NodeTool's trace file (`NODETOOL_TRACE_FILE`) → `RunRecord`. Shape and source: readTraceSpans.ts.
 */
import { readTraceSpans } from './readTraceSpans';
import { spansToRunRecord } from './spansToRunRecord';
import type { RunRecord } from './types';

export interface ParseTraceOptions {
  /** Which run of a file that several runs appended to; default the latest with node spans. */
  traceId?: string;
  /** The workflow that ran (adds `not-run` nodes and the workflow version). */
  workflow?: unknown;
  /** @default 67108864 (64 MB) */
  maxBytes?: number;
}

/**
 * Read a trace file into a record (source `trace`): one execution per `node.process` span, its own
 * duration being the work.
 *
 * @throws RunParseError `run.empty`, `run.too-large`, `run.trace-shape` (line), `run.no-spans`.
 * @example
 * const record = parseTraceFile(await file.text());
 */
export function parseTraceFile(text: string, options: ParseTraceOptions = {}): RunRecord {
  const spans = readTraceSpans(text, options.maxBytes);
  return spansToRunRecord(spans, { source: 'trace', traceId: options.traceId, workflow: options.workflow });
}
