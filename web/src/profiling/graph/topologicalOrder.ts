/** Kahn's algorithm with an array queue: no recursion, O(n + m). */
import { allocInt32 } from './scratch';
import type { GraphKernel } from './buildGraph';

/**
 * A topological order of the kernel's nodes. When the graph has cycles the result is shorter than `n`
 * (the nodes on or behind a cycle are missing); callers then condense strongly connected components.
 * Ties are broken by node index (sources in input order), so the order is deterministic.
 */
export function computeTopologicalOrder(graph: GraphKernel): Int32Array {
  const { n } = graph;
  const { start: inStart } = graph.in;
  const { start, adj } = graph.out;
  const remaining = allocInt32(n);
  const order = allocInt32(n);
  let tail = 0;
  for (let v = 0; v < n; v++) {
    remaining[v] = inStart[v + 1]! - inStart[v]!;
    if (remaining[v] === 0) order[tail++] = v;
  }
  for (let head = 0; head < tail; head++) {
    const u = order[head]!;
    for (let k = start[u]!; k < start[u + 1]!; k++) {
      const v = adj[k]!;
      if (--remaining[v]! === 0) order[tail++] = v;
    }
  }
  return tail === n ? order : order.subarray(0, tail);
}
