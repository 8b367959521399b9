/**
 * Reduce a graph to a DAG: when Kahn's order is complete the graph is its own condensation; otherwise each
 * strongly connected component (a cycle) becomes one node of a condensed DAG. O(n + m).
 */
import { allocInt32, allocUint8 } from './scratch';
import { buildGraph, type GraphKernel } from './buildGraph';
import { buildCsr, type Csr } from './csr';
import { findStronglyConnectedComponents } from './stronglyConnected';
import { computeTopologicalOrder } from './topologicalOrder';

export interface CondensedGraph {
  /** The DAG to analyse: the graph itself, or its condensation when it has cycles. */
  dag: GraphKernel;
  /** Topological order of `dag`'s nodes. */
  order: Int32Array;
  /** Component (dag node) of each graph node; null when the graph is acyclic (component = node). */
  componentOf: Int32Array | null;
  /** Graph nodes of each component (CSR); null when acyclic. */
  members: Csr | null;
  /** Node indices of each cycle (components of two or more nodes), in topological order of components. */
  cycles: number[][];
}

/** Condense `graph` into a DAG of its strongly connected components. */
export function condenseGraph(graph: GraphKernel): CondensedGraph {
  const order = computeTopologicalOrder(graph);
  if (order.length === graph.n) return { dag: graph, order, componentOf: null, members: null, cycles: [] };
  const { componentOf, count } = findStronglyConnectedComponents(graph);
  const from = allocInt32(graph.m);
  const to = allocInt32(graph.m);
  const control = allocUint8(graph.m);
  let m = 0;
  for (let e = 0; e < graph.m; e++) {
    const a = componentOf[graph.src[e]!]!;
    const b = componentOf[graph.dst[e]!]!;
    if (a === b) continue;
    from[m] = a;
    to[m] = b;
    control[m] = graph.control[e]!;
    m++;
  }
  const dag = buildGraph(count, m, from, to, control);
  const nodeIds = allocInt32(graph.n);
  for (let v = 0; v < graph.n; v++) nodeIds[v] = v;
  const members = buildCsr(count, graph.n, componentOf, nodeIds);
  const cycles: number[][] = [];
  for (let c = 0; c < count; c++) {
    const size = members.start[c + 1]! - members.start[c]!;
    if (size > 1) cycles.push(Array.from(members.adj.subarray(members.start[c]!, members.start[c + 1]!)));
  }
  // Components are numbered in topological order (see findStronglyConnectedComponents).
  const dagOrder = allocInt32(count);
  for (let c = 0; c < count; c++) dagOrder[c] = c;
  return { dag, order: dagOrder, componentOf, members, cycles };
}
