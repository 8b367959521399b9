/**
 * Which dependencies of the analysed DAG stream items (pipelinedTiming.ts gives the timing rule).
 *
 * A data edge u → v is pipelined when u sends more than one item (a list/stream producer, or a node that runs
 * once per item) and v is not a collector: v runs once per item and starts on the first. Items are taken to
 * leave u evenly after its load: lead(u) = load + (runtime − load) / emitted(u). One execution of v takes
 * tail(v) = (runtime − load) / items(v). Edges into or out of a cycle step are not pipelined (its members run
 * one after another). O(n + m); null when no edge is pipelined, so most workflows take the plain passes.
 */
import { allocFloat64, allocUint8, copyInt32 } from '../graph/scratch';
import type { CondensedGraph } from '../graph/condenseGraph';
import type { Pipelining } from '../graph/pipelinedTiming';
import type { EstimateColumns } from './estimateColumns';
import type { NodeWork } from './computeWork';

/** The pipelining of `condensed`'s DAG for these estimates and item counts, or null when nothing streams. */
export function computePipelining(
  condensed: CondensedGraph,
  cols: EstimateColumns,
  work: NodeWork,
): Pipelining | null {
  const { dag, members } = condensed;
  const { emitted, itemCount, runtimeMs } = work;
  const { n, m, src, dst, control } = dag;
  // The node of a one-node step, -1 for a cycle step.
  const nodeOf = (c: number): number =>
    members === null
      ? c
      : members.start[c + 1]! - members.start[c]! === 1
        ? members.adj[members.start[c]!]!
        : -1;
  let outSlot: Uint8Array | null = null;
  for (let e = 0; e < m; e++) {
    if (control[e]) continue;
    const u = nodeOf(src[e]!);
    if (u < 0 || !(emitted[u]! > 1)) continue;
    const v = nodeOf(dst[e]!);
    if (v < 0 || cols.collects[v]) continue;
    outSlot ??= allocUint8(m);
    outSlot[e] = 1;
  }
  if (outSlot === null) return null;
  const inSlot = allocUint8(m);
  const fill = copyInt32(dag.in.start, n);
  for (let e = 0; e < m; e++) inSlot[fill[dst[e]!]!++] = outSlot[e]!;
  const lead = allocFloat64(n);
  const tail = allocFloat64(n);
  for (let c = 0; c < n; c++) {
    const v = nodeOf(c);
    if (v < 0) continue;
    const total = runtimeMs[v]!;
    const load = cols.loadMs[v]!;
    // 0 for a step that sends one item: it has no pipelined edge, and the schedule then adds no event for it.
    lead[c] = emitted[v]! > 1 ? load + (total - load) / emitted[v]! : 0;
    tail[c] = (total - load) / itemCount[v]!;
  }
  return { outSlot, inSlot, lead, tail };
}
