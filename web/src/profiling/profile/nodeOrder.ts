/** Graph nodes in an order compatible with the condensed DAG (members of a cycle consecutively). */
import { allocInt32 } from '../graph/scratch';
import type { CondensedGraph } from '../graph/condenseGraph';

/** Node indices, topologically ordered by component; members of one component in index order. */
export function computeNodeOrder(condensed: CondensedGraph, nodeCount: number): Int32Array {
  const { members, order } = condensed;
  if (!members) return order;
  const out = allocInt32(nodeCount);
  let i = 0;
  for (let k = 0; k < order.length; k++) {
    const c = order[k]!;
    for (let j = members.start[c]!; j < members.start[c + 1]!; j++) out[i++] = members.adj[j]!;
  }
  return out;
}

/** Component of node `v` (the node itself when the graph is acyclic). */
export function componentOfNode(condensed: CondensedGraph, v: number): number {
  return condensed.componentOf ? condensed.componentOf[v]! : v;
}
