/**
 * Compressed sparse row adjacency over integer node ids: the neighbours of node `v` are
 * `adj[start[v]] … adj[start[v + 1] - 1]`. Built by counting sort: O(n + m), no per-node arrays.
 */
import { allocInt32, copyInt32 } from './scratch';
export interface Csr {
  start: Int32Array;
  adj: Int32Array;
}

/** Build the out-adjacency (from `from` to `to`) of `n` nodes and `m` edges. */
export function buildCsr(n: number, m: number, from: Int32Array, to: Int32Array): Csr {
  const start = allocInt32(n + 1);
  for (let e = 0; e < m; e++) start[from[e]! + 1]!++;
  for (let v = 0; v < n; v++) start[v + 1]! += start[v]!;
  const fill = copyInt32(start, n);
  const adj = allocInt32(m);
  for (let e = 0; e < m; e++) adj[fill[from[e]!]!++] = to[e]!;
  return { start, adj };
}
