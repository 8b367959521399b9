/** Roll one node's executions up into its `NodeRun` (status, own-work total, trust, NodeTool's naive time). */
import type { NodeEvent } from './collectNodeEvents';
import type { NodeExecution, NodeRun, TrustFlag } from './types';

export function summarizeNodeRun(
  nodeId: string,
  nodeType: string | null,
  executions: NodeExecution[],
  events: readonly NodeEvent[],
  seen: boolean,
): NodeRun {
  const flags: TrustFlag[] = [];
  let totalMs: number | null = null;
  let error: string | null = null;
  for (const execution of executions) {
    for (const flag of execution.flags) if (!flags.includes(flag)) flags.push(flag);
    if (execution.endMs !== null) totalMs = (totalMs ?? 0) + (execution.endMs - execution.startMs);
  }
  for (const event of events) if (event.kind === 'error') error = event.error;
  const status = nodeStatus(executions, seen);
  if (status === 'unfinished' && !flags.includes('unfinished')) flags.push('unfinished');
  return {
    nodeId,
    nodeType,
    status,
    executions,
    totalMs,
    trusted: executions.length > 0 && flags.length === 0 && status !== 'unfinished',
    flags,
    error: status === 'error' ? error : null,
    naiveMs: naiveTime(events),
  };
}

function nodeStatus(executions: readonly NodeExecution[], seen: boolean): NodeRun['status'] {
  if (executions.some((e) => e.status === 'error')) return 'error';
  if (executions.some((e) => e.status === 'unfinished')) return 'unfinished';
  if (executions.length > 0) return 'completed';
  return seen ? 'unfinished' : 'not-run';
}

/** NodeTool's own time: first `running` to last terminal message; null without both. */
function naiveTime(events: readonly NodeEvent[]): number | null {
  let first: number | null = null;
  let last: number | null = null;
  for (const event of events) {
    if (event.kind === 'running') first ??= event.t;
    else last = event.t;
  }
  return first !== null && last !== null && last >= first ? last - first : null;
}

/** A node of the workflow that sent nothing. */
export function notRunNode(nodeId: string, nodeType: string | null): NodeRun {
  return summarizeNodeRun(nodeId, nodeType, [], [], false);
}
