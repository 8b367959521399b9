/**
 * Second pass: sort the job's messages into per-node status events and per-edge item arrivals, in one
 * walk over the messages (they are already in time order).
 */
import type { JobMessage } from './collectJobMessages';
import { stringField } from './readFields';

export type NodeEventKind = 'running' | 'completed' | 'error';

export interface NodeEvent {
  kind: NodeEventKind;
  t: number;
  /** Error text of an `error` event. */
  error: string | null;
}

export interface NodeEvents {
  nodeType: string | null;
  /** `running` / `completed` / `error` events in time order (`waiting`, `suspended` are not work). */
  events: NodeEvent[];
  /** Whether the node sent any node_update at all (also `waiting` etc.). */
  seen: boolean;
}

export interface RunEvents {
  nodes: Map<string, NodeEvents>;
  /** Edge id → receive times of its `edge_update` `message_sent` (one per item; `counter` 1…N), ascending. */
  itemsByEdge: Map<string, number[]>;
  /** Receive times of every job message, ascending (for gaps in the stream). */
  messageTimes: number[];
}

export function collectNodeEvents(messages: readonly JobMessage[]): RunEvents {
  const nodes = new Map<string, NodeEvents>();
  const itemsByEdge = new Map<string, number[]>();
  const messageTimes: number[] = new Array<number>(messages.length);
  for (let i = 0; i < messages.length; i++) {
    const { t, msg } = messages[i]!;
    messageTimes[i] = t;
    if (msg.type === 'edge_update') {
      const edgeId = stringField(msg, 'edge_id');
      if (edgeId === null || stringField(msg, 'status') !== 'message_sent') continue;
      const list = itemsByEdge.get(edgeId);
      if (list) list.push(t);
      else itemsByEdge.set(edgeId, [t]);
      continue;
    }
    if (msg.type !== 'node_update') continue;
    const nodeId = stringField(msg, 'node_id');
    if (nodeId === null) continue;
    let node = nodes.get(nodeId);
    if (!node) {
      node = { nodeType: null, events: [], seen: true };
      nodes.set(nodeId, node);
    }
    node.nodeType ??= stringField(msg, 'node_type');
    const status = stringField(msg, 'status');
    if (status === 'running' || status === 'completed' || status === 'error') {
      node.events.push({ kind: status, t, error: status === 'error' ? errorText(msg) : null });
    }
  }
  return { nodes, itemsByEdge, messageTimes };
}

function errorText(msg: Record<string, unknown>): string {
  return stringField(msg, 'error') ?? 'error (no message)';
}

/** Index of the last value ≤ `bound` in an ascending array, or -1. */
export function lastAtOrBefore(sorted: readonly number[], bound: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= bound) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
