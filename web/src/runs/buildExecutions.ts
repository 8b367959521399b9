/**
 * Split one node's status events into executions and give each its own-work start: the later of its
 * `running` and the moment its inputs were ready.
 *
 * NodeTool sends (see ../shared/nodetool-runs/README.md): `running`, `running`, `completed` per item for a
 * node that runs once per item; one `running` per received input plus one before the work for a buffered
 * node; and a `running` at job start for Output / Collect / Preview, long before any input exists. So an
 * execution is the `running` events up to a terminal event, attributed to the LAST of those runnings (the
 * one sent right before the work), and its inputs are ready when the last item it consumed arrived.
 */
import { lastAtOrBefore, type NodeEvent, type RunEvents } from './collectNodeEvents';
import type { IncomingEdge } from './readWorkflowGraph';
import type { NodeExecution } from './types';

export interface ExecutionInputs {
  events: readonly NodeEvent[];
  /** Incoming edges from the workflow; null when the graph is unknown. */
  incoming: readonly IncomingEdge[] | null;
  run: RunEvents;
  /** Terminal times of other nodes, for inputs whose edge reported no item. */
  terminalTimes: ReadonlyMap<string, number[]>;
}

export function buildExecutions(input: ExecutionInputs): NodeExecution[] {
  const executions: NodeExecution[] = [];
  let lastRunning: number | null = null;
  let previousEnd: number | null = null;
  for (const event of input.events) {
    if (event.kind === 'running') {
      lastRunning = event.t;
      continue;
    }
    const execution = startExecution(input, lastRunning, event.t, previousEnd);
    execution.endMs = event.t;
    execution.status = event.kind === 'error' ? 'error' : 'completed';
    executions.push(execution);
    previousEnd = event.t;
    lastRunning = null;
  }
  if (lastRunning !== null) {
    const open = startExecution(input, lastRunning, null, previousEnd);
    open.flags.push('unfinished');
    executions.push(open);
  }
  return executions;
}

function startExecution(
  input: ExecutionInputs,
  running: number | null,
  end: number | null,
  previousEnd: number | null,
): NodeExecution {
  const anchor = running ?? end ?? Infinity;
  let ready = inputsReadyAt(input, anchor, end ?? Infinity);
  if (previousEnd !== null && (ready === null || previousEnd > ready)) ready = previousEnd;
  const hasInputs = input.incoming === null || input.incoming.length > 0;
  const runningMs = running ?? ready ?? end ?? 0;
  const flags: NodeExecution['flags'] = [];
  if (ready === null && hasInputs) flags.push('no-ready-time');
  return {
    startMs: ready !== null && ready > runningMs ? ready : runningMs,
    endMs: null,
    runningMs,
    readyMs: ready,
    status: 'unfinished',
    flags,
  };
}

/**
 * When the inputs of an execution attributed to the `running` at `anchor` were ready: per incoming edge
 * the last item that arrived by `anchor` (a node announces `running` after taking its item), else, for
 * nodes that announce `running` before any input (Output, Collect), the last item before its `end`; for an
 * edge that reported no item, the source node's last terminal message. The latest edge wins.
 */
function inputsReadyAt(input: ExecutionInputs, anchor: number, end: number): number | null {
  if (input.incoming === null || input.incoming.length === 0) return null;
  let ready: number | null = null;
  for (const edge of input.incoming) {
    const at = edgeReadyAt(input, edge, anchor, end);
    if (at !== null && (ready === null || at > ready)) ready = at;
  }
  return ready;
}

function edgeReadyAt(input: ExecutionInputs, edge: IncomingEdge, anchor: number, end: number): number | null {
  const items = input.run.itemsByEdge.get(edge.edgeId);
  if (items) {
    const upToAnchor = lastAtOrBefore(items, anchor);
    if (upToAnchor >= 0) return items[upToAnchor]!;
    const upToEnd = lastAtOrBefore(items, end);
    if (upToEnd >= 0) return items[upToEnd]!;
  }
  const terminals = input.terminalTimes.get(edge.sourceId);
  if (!terminals) return null;
  const k = lastAtOrBefore(terminals, end);
  return k >= 0 ? terminals[k]! : null;
}
