/**
 * Strongly connected components by Tarjan's algorithm, iterative (explicit stacks): a million-node cycle does
 * not overflow the call stack. O(n + m).
 */
import { allocInt32, allocUint8 } from './scratch';
import type { GraphKernel } from './buildGraph';

export interface Components {
  /** Component id of each node; ids are numbered in topological order of the condensed graph. */
  componentOf: Int32Array;
  count: number;
}

/** Find the strongly connected components of the kernel. */
export function findStronglyConnectedComponents(graph: GraphKernel): Components {
  const { n } = graph;
  const { start, adj } = graph.out;
  const index = allocInt32(n).fill(-1);
  const low = allocInt32(n);
  const onStack = allocUint8(n);
  const stack = allocInt32(n);
  const callNode = allocInt32(n);
  const callEdge = allocInt32(n);
  const componentOf = allocInt32(n);
  let sp = 0;
  let next = 0;
  let count = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    let depth = 0;
    callNode[0] = root;
    callEdge[0] = start[root]!;
    index[root] = low[root] = next++;
    stack[sp++] = root;
    onStack[root] = 1;
    while (depth >= 0) {
      const u = callNode[depth]!;
      const k = callEdge[depth]!;
      if (k < start[u + 1]!) {
        callEdge[depth] = k + 1;
        const v = adj[k]!;
        if (index[v] === -1) {
          index[v] = low[v] = next++;
          stack[sp++] = v;
          onStack[v] = 1;
          depth++;
          callNode[depth] = v;
          callEdge[depth] = start[v]!;
        } else if (onStack[v] && index[v]! < low[u]!) {
          low[u] = index[v]!;
        }
        continue;
      }
      if (low[u] === index[u]) {
        let w: number;
        do {
          w = stack[--sp]!;
          onStack[w] = 0;
          componentOf[w] = count;
        } while (w !== u);
        count++;
      }
      depth--;
      if (depth >= 0) {
        const parent = callNode[depth]!;
        if (low[u]! < low[parent]!) low[parent] = low[u]!;
      }
    }
  }
  // Tarjan emits components in reverse topological order: flip the numbering.
  for (let v = 0; v < n; v++) componentOf[v] = count - 1 - componentOf[v]!;
  return { componentOf, count };
}
