/**
 * Adapter: per-node start/end times from an ExecutionTimeStore (NodeTool's or ours) → a RunRecord.
 *
 * Those times start at NodeTool's `running` status, which a node reaches before its inputs have arrived, so
 * the raw span counts waiting for upstream nodes. With the graph's edges, a node's own work is taken to start
 * at the later of its start and the latest end of its upstream nodes (the ready-time correction).
 */
import {
  RUN_RECORD_VERSION,
  type NodeExecution,
  type NodeRun,
  type RunRecord,
  type RunStatus,
  type TrustFlag,
} from './types';

/** A node's timing as the store holds it: epoch ms, `end` missing while it runs. */
export interface ExecutionTimes {
  start: number;
  end?: number;
}

export interface ExecutionTimesInput {
  workflowId: string;
  jobId?: string | null;
  /** By node id. */
  timings: Record<string, ExecutionTimes>;
  /** The workflow's edges; without them no ready time can be derived (every node is flagged). */
  graph?: { edges: ReadonlyArray<{ source: string; target: string }> };
  /** How the job ended, when the caller knows. @default 'completed' when every node ended, else 'incomplete' */
  status?: RunStatus;
  /** Cost-relevant hash of the workflow (computeWorkflowVersion). @default null */
  workflowVersion?: string | null;
}

const SOURCE = 'execution-time-store';

/**
 * Builds a RunRecord (source `execution-time-store`) with all times relative to the earliest start.
 *
 * @remarks
 * - With `graph`: `startMs = max(start, latest end of upstream nodes)`. A node whose upstream never ended, or
 *   which ended before its upstream did (it consumed a stream), keeps its own start and is flagged
 *   `no-ready-time`.
 * - Without `graph`: every node keeps its own start and is flagged `no-ready-time`.
 * - A node without `end` is `unfinished` with a null end and the `unfinished` flag.
 * - Endpoints of edges that have no timing are listed as `not-run`.
 *
 * @example
 * const record = runRecordFromExecutionTimes({
 *   workflowId: 'wf', jobId: 'job-1', graph: { edges },
 *   timings: executionTimeStore.getState().getRunTimings('wf', 'job-1'),
 * });
 */
export function runRecordFromExecutionTimes(input: ExecutionTimesInput): RunRecord {
  const { workflowId, timings, graph } = input;
  const jobId = input.jobId ?? null;
  const entries = Object.entries(timings);
  const origin = entries.reduce((min, [, t]) => Math.min(min, t.start), Infinity);
  const startedAt = Number.isFinite(origin) ? origin : 0;
  const upstream = graph ? upstreamOf(graph.edges) : null;

  // A Map, so a node id such as "__proto__" is an ordinary key.
  const nodes = new Map<string, NodeRun>();
  let last: number | null = null;
  for (const [nodeId, timing] of entries) {
    const execution = toExecution(timing, startedAt, readyTime(nodeId, upstream, timings, startedAt));
    last = Math.max(last ?? 0, execution.endMs ?? execution.runningMs);
    nodes.set(nodeId, toNodeRun(nodeId, execution));
  }
  for (const edge of graph?.edges ?? []) {
    for (const nodeId of [edge.source, edge.target]) {
      if (!nodes.has(nodeId)) nodes.set(nodeId, notRun(nodeId));
    }
  }

  const allEnded = entries.length > 0 && entries.every(([, t]) => t.end !== undefined);
  const warnings = graph
    ? []
    : ['No graph was given: node times start at NodeTool’s "running" and include waiting for inputs.'];
  return {
    version: RUN_RECORD_VERSION,
    id: `${SOURCE}:${jobId ?? workflowId}:${startedAt}`,
    source: SOURCE,
    workflowId,
    jobId,
    status: input.status ?? (allEnded ? 'completed' : 'incomplete'),
    startedAt,
    lastMessageMs: last,
    serverDurationMs: null,
    serverStartMs: null,
    wallMs: last,
    wallFromServer: false,
    nodes: Object.fromEntries(nodes),
    error: null,
    workflowVersion: input.workflowVersion ?? null,
    warnings,
  };
}

/** Upstream node ids by target id. */
function upstreamOf(edges: ReadonlyArray<{ source: string; target: string }>): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const { source, target } of edges) {
    if (source === target) continue;
    const set = map.get(target) ?? new Set<string>();
    set.add(source);
    map.set(target, set);
  }
  return map;
}

/**
 * Relative ms when the node's inputs were ready: `undefined` when no graph is known or an upstream node
 * started but never ended; null for a node without timed upstream nodes (ready at once).
 */
function readyTime(
  nodeId: string,
  upstream: Map<string, Set<string>> | null,
  timings: Record<string, ExecutionTimes>,
  origin: number,
): number | null | undefined {
  if (!upstream) return undefined;
  let ready: number | null = null;
  for (const source of upstream.get(nodeId) ?? []) {
    const timing = Object.hasOwn(timings, source) ? timings[source] : undefined;
    if (!timing) continue; // never ran: no input came from it
    if (timing.end === undefined) return undefined;
    ready = Math.max(ready ?? -Infinity, timing.end - origin);
  }
  return ready;
}

function toExecution(
  timing: ExecutionTimes,
  origin: number,
  ready: number | null | undefined,
): NodeExecution {
  const runningMs = timing.start - origin;
  const endMs = timing.end === undefined ? null : timing.end - origin;
  const flags: TrustFlag[] = [];
  let startMs = runningMs;
  if (ready === undefined) flags.push('no-ready-time');
  else if (ready !== null && endMs !== null && ready > endMs) flags.push('no-ready-time');
  else if (ready !== null) startMs = Math.max(runningMs, ready);
  if (endMs === null) flags.push('unfinished');
  return {
    startMs,
    endMs,
    runningMs,
    readyMs: ready === undefined ? null : (ready ?? runningMs),
    status: endMs === null ? 'unfinished' : 'completed',
    flags,
  };
}

function toNodeRun(nodeId: string, execution: NodeExecution): NodeRun {
  const finished = execution.endMs !== null;
  return {
    nodeId,
    nodeType: null,
    status: finished ? 'completed' : 'unfinished',
    executions: [execution],
    totalMs: finished ? (execution.endMs as number) - execution.startMs : null,
    trusted: finished && execution.flags.length === 0,
    flags: execution.flags,
    error: null,
    naiveMs: finished ? (execution.endMs as number) - execution.runningMs : null,
  };
}

function notRun(nodeId: string): NodeRun {
  return {
    nodeId,
    nodeType: null,
    status: 'not-run',
    executions: [],
    totalMs: null,
    trusted: false,
    flags: [],
    error: null,
    naiveMs: null,
  };
}
