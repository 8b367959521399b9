/**
 * `parallelizable` for every node in O(n + m): true when some other node can run at the same time, i.e. neither
 * is reachable from the other.
 *
 * With a topological order `pos`, node v (at p) is comparable to every other node iff every node before it
 * reaches v and v reaches every node after it. A node u before v reaches v iff following, from u, the
 * successor with the smallest position eventually lands on p — which holds for all u < p exactly when
 * max over u < p of minSuccPos(u) ≤ p. Symmetrically, v reaches every later node iff
 * min over w > p of maxPredPos(w) ≥ p. Prefix maxima and suffix minima give all answers in one pass each.
 *
 * Ignored nodes (layout nodes that are sources or sinks: Comment, Group, Preview) are left out on both sides;
 * removing sources and sinks does not change reachability between the remaining nodes.
 */
import { allocInt32, allocUint8 } from './scratch';
import type { GraphKernel } from './buildGraph';

/**
 * @param ignore 1 for nodes that neither count as "another node" nor get the flag (must be sources or sinks).
 */
export function computeParallelizable(dag: GraphKernel, order: Int32Array, ignore: Uint8Array): Uint8Array {
  const { n } = dag;
  const pos = allocInt32(n);
  for (let i = 0; i < n; i++) pos[order[i]!] = i;
  const { start: outStart, adj: outAdj } = dag.out;
  const { start: inStart, adj: inAdj } = dag.in;
  // Indexed by position.
  const minSucc = allocInt32(n);
  const maxPred = allocInt32(n);
  for (let i = 0; i < n; i++) {
    const v = order[i]!;
    let lo = n;
    for (let k = outStart[v]!, end = outStart[v + 1]!; k < end; k++) {
      const w = outAdj[k]!;
      if (!ignore[w] && pos[w]! < lo) lo = pos[w]!;
    }
    let hi = -1;
    for (let k = inStart[v]!, end = inStart[v + 1]!; k < end; k++) {
      const u = inAdj[k]!;
      if (!ignore[u] && pos[u]! > hi) hi = pos[u]!;
    }
    minSucc[i] = lo;
    maxPred[i] = hi;
  }
  const result = allocUint8(n);
  // prefixOk[p]: max over non-ignored u at positions < p of minSucc(u) ≤ p.
  const prefixMax = allocInt32(n);
  let running = -1;
  for (let i = 0; i < n; i++) {
    prefixMax[i] = running;
    if (!ignore[order[i]!] && minSucc[i]! > running) running = minSucc[i]!;
  }
  let suffixMin = n;
  for (let i = n - 1; i >= 0; i--) {
    const v = order[i]!;
    if (!ignore[v]) {
      const comparableToAll = prefixMax[i]! <= i && suffixMin >= i;
      result[v] = comparableToAll ? 0 : 1;
      if (maxPred[i]! < suffixMin) suffixMin = maxPred[i]!;
    }
  }
  return result;
}
