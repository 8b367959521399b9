/**
 * The editor's nodes and edges as the profiler should see them: the same array references for as long as
 * nothing the analysis reads has changed. Dragging a card, selecting it or React Flow measuring it gives the
 * editor new arrays (new positions, `selected`, `measured`), but the estimates do not depend on those, so
 * the panel does not re-analyse (and the report does not re-render) on every drag frame or click.
 */
import { useState } from 'react';
import type { FlowEdge, FlowNode } from '../editor';

/** True when two lists are the same length and every pair of items is identical or `same`. */
function sameLists<T>(previous: readonly T[], next: readonly T[], same: (a: T, b: T) => boolean): boolean {
  if (previous === next) return true;
  if (previous.length !== next.length) return false;
  for (let i = 0; i < next.length; i += 1) {
    const a = previous[i];
    const b = next[i];
    if (a === b) continue;
    if (a == null || b == null || !same(a, b)) return false;
  }
  return true;
}

/** True when two node lists agree on everything the engine reads (ids, types, parameters, groups, order). */
export function isSameAnalysisNodes(previous: readonly FlowNode[], next: readonly FlowNode[]): boolean {
  // The editor store replaces `data` whenever a parameter or the title changes (immutable updates).
  return sameLists(
    previous,
    next,
    (a, b) => a.id === b.id && a.type === b.type && a.data === b.data && a.parentId === b.parentId,
  );
}

/** True when two edge lists agree on their ids, endpoints, handles and data. */
export function isSameAnalysisEdges(previous: readonly FlowEdge[], next: readonly FlowEdge[]): boolean {
  return sameLists(
    previous,
    next,
    (a, b) =>
      a.id === b.id &&
      a.source === b.source &&
      a.target === b.target &&
      (a.sourceHandle ?? null) === (b.sourceHandle ?? null) &&
      (a.targetHandle ?? null) === (b.targetHandle ?? null) &&
      a.data === b.data,
  );
}

/**
 * Returns `nodes` and `edges`, or the previously returned arrays when the change is irrelevant to the
 * analysis (an O(n) reference comparison per editor update).
 *
 * @example
 * const graph = useAnalysisGraph(useEditor((s) => s.nodes), useEditor((s) => s.edges));
 * <PerformanceProfiler workflowId="wf" nodes={graph.nodes} edges={graph.edges} />
 */
export function useAnalysisGraph(
  nodes: FlowNode[],
  edges: FlowEdge[],
): { nodes: FlowNode[]; edges: FlowEdge[] } {
  const [graph, setGraph] = useState(() => ({ nodes, edges }));
  const nodesChanged = !isSameAnalysisNodes(graph.nodes, nodes);
  const edgesChanged = !isSameAnalysisEdges(graph.edges, edges);
  if (!nodesChanged && !edgesChanged) return graph;
  // React's "adjust state while rendering" pattern: the next render starts from the new graph.
  const next = { nodes: nodesChanged ? nodes : graph.nodes, edges: edgesChanged ? edges : graph.edges };
  setGraph(next);
  return next;
}
