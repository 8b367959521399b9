/**
 * The measured-runs model (framework-free: no React, Zustand or browser API anywhere under web/src/runs,
 * except the live client, which takes its WebSocket constructor as an argument).
 *
 * A `RunRecord` is what one run of a workflow on a NodeTool server really did, derived from what the server
 * sent (a WebSocket recording), from its trace file, or from an editor's ExecutionTimeStore. All times in a
 * record are milliseconds relative to `startedAt` (epoch ms), so a record is independent of clock and zone.
 */

/** Bump when the shape of `RunRecord` changes; readers migrate or refuse older/newer versions. */
export const RUN_RECORD_VERSION = 1;

/**
 * How the job ended.
 * - `completed`: the server reported `job_update` `completed`.
 * - `failed`: the server reported `failed` (or `error`), or a node errored and the job then ended.
 * - `cancelled`: the client cancelled and the server confirmed (`reconnect_job` answered `cancelled`).
 * - `incomplete`: the recording stops before the server reported an end (cancel never confirmed, connection
 *   lost, timeout). Never `completed`.
 */
export type RunStatus = 'completed' | 'failed' | 'cancelled' | 'incomplete';

/** Where a record came from. */
export type RunSource =
  | 'live' // recorded by this profiler's live client
  | 'recording' // an imported WebSocket recording (JSONL or JSON array)
  | 'trace' // NodeTool's TypeScript server trace file (NODETOOL_TRACE_FILE, OpenTelemetry-style spans)
  | 'debug-bundle' // nodetool-debug/<job_id>-*/server/{messages,trace}.jsonl
  | 'execution-time-store'; // timings handed over from NodeTool's own ExecutionTimeStore

/**
 * Why a measured time cannot be trusted. A flagged time is kept and shown, never hidden or invented.
 * - `after-job-end`: the terminal message arrived after the server's own end of the job (job start + server
 *   `duration`), so it was held in the end-of-job delivery stall and the time is too long.
 * - `unfinished`: the node started and never sent `completed`/`error` (no end time).
 * - `no-ready-time`: no input-ready moment could be derived for a node with inputs; the start is its
 *   `running` message, which may include waiting for inputs.
 * - `message-delayed`: the node's end may include time the server's single event loop spent on other work
 *   (a CPU-bound sibling ran at the same time and held messages back).
 * - `client-clock`: only client receive times exist for this node (no server timing confirms them). Not set
 *   for every WebSocket time (that would flag all of them); set where the adapter knows less than usual,
 *   e.g. ExecutionTimeStore timings without a ready-time correction.
 */
export type TrustFlag = 'after-job-end' | 'unfinished' | 'no-ready-time' | 'message-delayed' | 'client-clock';

/** One execution of a node (a node that runs once per list item has several). */
export interface NodeExecution {
  /** Own-work start: the later of its `running` and the moment its inputs were ready. */
  startMs: number;
  /** `completed` / `error` receive time; null when it never finished. */
  endMs: number | null;
  /** Receive time of the `running` message this execution is attributed to (NodeTool's own start). */
  runningMs: number;
  /** When its inputs were ready (upstream completion, an item on an incoming edge, the previous execution). */
  readyMs: number | null;
  status: 'completed' | 'error' | 'unfinished';
  /** Empty when the times are trusted. */
  flags: TrustFlag[];
}

/** Status of a node in one run. `not-run`: the node sent nothing (downstream of an error, cancelled). */
export type NodeRunStatus = 'completed' | 'error' | 'unfinished' | 'not-run';

export interface NodeRun {
  nodeId: string;
  /** NodeTool type as the server reported it (or from the workflow). */
  nodeType: string | null;
  status: NodeRunStatus;
  executions: NodeExecution[];
  /**
   * The node's own work in this run: the sum of its finished executions' (end − start). Null when no
   * execution finished.
   */
  totalMs: number | null;
  /** True when every execution is finished and carries no flag. */
  trusted: boolean;
  /** Union of the executions' flags (what makes it untrusted). */
  flags: TrustFlag[];
  /** Error text when `status` is `error`. */
  error: string | null;
  /** NodeTool's own naive time: first `running` to last terminal message (for comparison in docs/tests). */
  naiveMs: number | null;
}

export interface RunRecord {
  version: typeof RUN_RECORD_VERSION;
  /** This profiler's id of the record (stable: derived from source + job id + start time). */
  id: string;
  source: RunSource;
  /** `workflow_id` sent in `run_job` (or from the trace). */
  workflowId: string | null;
  /** The server's job id (first seen on the first `job_update`); the client's is ignored by the server. */
  jobId: string | null;
  status: RunStatus;
  /** Epoch ms: when `run_job` was sent (or the first span started). */
  startedAt: number;
  /** Relative ms of the last message about the job the client received; null when none. */
  lastMessageMs: number | null;
  /** `job_update.duration` in ms when the server reported it (on `completed`). */
  serverDurationMs: number | null;
  /**
   * Relative ms when the server's own job began: the second `job_update` `running` (the one without
   * `run_state`), or the first if there is only one. Null when never seen.
   */
  serverStartMs: number | null;
  /** Wall time of the run: `serverDurationMs` when reported, else last message − start; null if unknown. */
  wallMs: number | null;
  /** Whether `wallMs` is the server's own figure (true) or the client's receive times (false). */
  wallFromServer: boolean;
  /** Per node id. Nodes of the workflow that sent nothing are present with status `not-run`. */
  nodes: Record<string, NodeRun>;
  /** The job's error (failed runs): message and the node that raised it, when known. */
  error: { message: string; nodeId: string | null } | null;
  /** Cost-relevant hash of the workflow that ran (see workflowVersion.ts); null when the graph is unknown. */
  workflowVersion: string | null;
  /** Things the parser noticed that the user should know (e.g. messages dropped in JSON mode). */
  warnings: string[];
}

/**
 * One line of a WebSocket recording, as in ../shared/nodetool-runs: `recv_ms` is the epoch receive time
 * (send time when `sent`), `msg` the decoded message (JSON text frame or msgpack binary frame).
 */
export interface RecordingLine {
  recv_ms: number;
  frame?: 'text' | 'binary';
  sent?: boolean;
  msg: unknown;
}

/** Error codes of the run parsers (see docs/reference.md, "Run recordings"). */
export type RunErrorCode =
  | 'run.empty' // nothing to read
  | 'run.not-json' // a line (or the document) is not JSON
  | 'run.line-shape' // a line is not `{ recv_ms, msg }`
  | 'run.no-run-job' // no `run_job` request was sent in the recording
  | 'run.other-job' // messages of another job than the one this recording ran
  | 'run.no-job' // the server never answered with a job
  | 'run.trace-shape' // a trace line is not a span of the documented shape
  | 'run.no-spans' // a trace file without any `node.process` span
  | 'run.too-large'; // over the size limit

/** "line 3", "line 3, column 17", or "" when the place is unknown. */
export function describeRunErrorPlace(line: number | null, column: number | null = null): string {
  if (line === null) return '';
  return column === null ? `line ${line}` : `line ${line}, column ${column}`;
}

/** A coded parse error naming the line (1-based) and, for JSON syntax errors, the column when there is one. */
export class RunParseError extends Error {
  readonly code: RunErrorCode;
  readonly line: number | null;
  /** 1-based column within the line, when known (a JSON syntax error). */
  readonly column: number | null;
  /** What was wrong, without the code and the place. */
  readonly reason: string;
  constructor(code: RunErrorCode, message: string, line: number | null = null, column: number | null = null) {
    const where = describeRunErrorPlace(line, column);
    super(`${code}: ${where ? `${where}: ` : ''}${message}`);
    this.name = 'RunParseError';
    this.code = code;
    this.line = line;
    this.column = column;
    this.reason = message;
  }
}

export function isRunParseError(error: unknown): error is RunParseError {
  return error instanceof RunParseError;
}

/**
 * Measurements of one node across the selected runs, next to its estimate (see `attachMeasurements`).
 * `ms` is the median over runs of the node's `totalMs` in a run (trusted runs when there are any).
 */
export interface NodeActual {
  /** Median own-work time per run, ms; null when the node ran in no selected run to completion. */
  ms: number | null;
  /** Median executions per run. */
  executions: number;
  /** How many runs the median is over. */
  runs: number;
  /** Status in the latest of those runs. */
  status: NodeRunStatus;
  /** True when every run used was trusted for this node. */
  trusted: boolean;
  /** ms / the estimate's runtimeMs (null when the estimate is 0 or `ms` is null). */
  ratio: number | null;
  /** Ids of the runs the median is over. */
  runIds: string[];
}

/** Run-level summary next to the estimate. */
export interface ActualSummary {
  runs: number;
  /** Status of the latest run. */
  status: RunStatus;
  /** Median wall time of the runs (ms); null when no run reported one. */
  wallMs: number | null;
  estimatedMakespanMs: number;
}
