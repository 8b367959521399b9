/**
 * The subset of the Trace Event Format this profiler writes (Google, "Trace Event Format", the document linked
 * from https://github.com/google/trace-viewer and Perfetto's "JSON trace format" page): the JSON Object Format
 * with complete events (`ph: "X"`) and metadata events (`ph: "M"`). Times are in microseconds.
 */

/** A complete event: one slice on the thread `tid` of the process `pid`. */
export interface CompleteEvent {
  name: string;
  /** Comma-separated categories. */
  cat: string;
  ph: 'X';
  /** Start, µs. */
  ts: number;
  /** Duration, µs. */
  dur: number;
  pid: number;
  tid: number;
  args: Record<string, string | number | boolean | null | string[]>;
}

/** Names and orders processes and threads (tracks). */
export interface MetadataEvent {
  name: 'process_name' | 'process_sort_index' | 'thread_name' | 'thread_sort_index';
  ph: 'M';
  pid: number;
  tid: number;
  args: { name: string } | { sort_index: number };
}

export type TraceEvent = CompleteEvent | MetadataEvent;

/** The JSON Object Format document. */
export interface ChromeTrace {
  traceEvents: TraceEvent[];
  /** How the viewer shows times; the data stays in µs. */
  displayTimeUnit: 'ms';
  /** Free-form metadata, shown by chrome://tracing's "Metadata" button. */
  otherData: Record<string, string>;
}
