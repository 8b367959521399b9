/**
 * Timing with unlimited workers when some edges stream items (a producer's consumers start on its first item).
 *
 * Each step v has a start event S(v) and a finish event F(v), with S(v) + w(v) ≤ F(v). An ordinary edge u → v
 * waits for the end: F(u) ≤ S(v). A pipelined edge (u streams items that v handles one execution each) gives
 * S(u) + lead(u) ≤ S(v), v starting on u's first item, and F(u) + tail(v) ≤ F(v), v's last execution starting
 * no earlier than u's last item. With items arriving evenly and each execution starting at
 * max(arrival of item k, end of execution k − 1), v's last execution ends at exactly
 * max(S(v) + w(v), F(u) + tail(v)) — the latest of the two bounds — so the event graph is exact for one
 * pipelined predecessor. Earliest times are longest paths to each event in topological order, latest times
 * longest paths from each event to the end: two linear passes, as in analyzeTiming. A consumer waiting for
 * items may have more room at its start than at its finish, so its slack is the smaller of the two (the delay
 * the node as a whole can take): nodes of the critical path keep slack 0.
 */
import { allocFloat64, allocInt32, allocUint8 } from './scratch';
import type { GraphKernel } from './buildGraph';
import type { Timing } from './analyzeTiming';

/** Which edges of a DAG stream items, and how a step's items are spaced. */
export interface Pipelining {
  /** 1 per out-CSR slot (= per distinct edge) that is pipelined. */
  outSlot: Uint8Array;
  /** The same flags aligned with the in-CSR slots. */
  inSlot: Uint8Array;
  /** Per step: ms from its start until its first item is out (used when it has pipelined out-edges). */
  lead: Float64Array;
  /** Per step: ms of one execution, its last (used when it has pipelined in-edges). */
  tail: Float64Array;
}

/** Event ids on the critical-path pointers: 2v is S(v), 2v + 1 is F(v); -1 is the beginning. */
const NONE = -1;

/** `analyzeTiming` under the pipelining rule (see the file comment). O(n + m). */
export function analyzePipelinedTiming(
  dag: GraphKernel,
  order: Int32Array,
  weight: Float64Array,
  pipe: Pipelining,
): Timing {
  const { n } = dag;
  const { start: inStart, adj: inAdj } = dag.in;
  const { lead, tail, inSlot } = pipe;
  const level = allocInt32(n);
  const es = allocFloat64(n);
  const ef = allocFloat64(n);
  const fromS = allocInt32(n);
  const fromF = allocInt32(n);
  let cp = 0;
  let end = -1;
  for (let i = 0; i < n; i++) {
    const v = order[i]!;
    let s = 0;
    let argS = NONE;
    let lvl = 0;
    for (let k = inStart[v]!, stop = inStart[v + 1]!; k < stop; k++) {
      const u = inAdj[k]!;
      const streamed = inSlot[k] === 1;
      const at = streamed ? es[u]! + lead[u]! : ef[u]!;
      if (argS === NONE || at > s) {
        s = at;
        argS = streamed ? 2 * u : 2 * u + 1;
      }
      if (level[u]! + 1 > lvl) lvl = level[u]! + 1;
    }
    let f = s + weight[v]!;
    let argF = 2 * v;
    for (let k = inStart[v]!, stop = inStart[v + 1]!; k < stop; k++) {
      if (inSlot[k] !== 1) continue;
      const at = ef[inAdj[k]!]! + tail[v]!;
      if (at > f) {
        f = at;
        argF = 2 * inAdj[k]! + 1;
      }
    }
    es[v] = s;
    ef[v] = f;
    fromS[v] = argS;
    fromF[v] = argF;
    level[v] = lvl;
    if (end === -1 || f > cp) {
      cp = f;
      end = v;
    }
  }
  const fromFinish = allocFloat64(n);
  const bottom = computeRemaining(dag, order, weight, pipe, fromFinish);
  const ls = allocFloat64(n);
  const slack = allocFloat64(n);
  const eps = cp * 1e-9;
  for (let v = 0; v < n; v++) {
    ls[v] = cp - bottom[v]!;
    const atStart = ls[v]! - es[v]!;
    const atFinish = cp - fromFinish[v]! - ef[v]!;
    const sl = atStart < atFinish ? atStart : atFinish;
    slack[v] = sl < eps ? 0 : sl;
  }
  const path: number[] = [];
  const onCriticalPath = allocUint8(n);
  for (let e = end === -1 ? NONE : 2 * end + 1; e !== NONE;) {
    const v = e >> 1;
    if (path[path.length - 1] !== v) {
      path.push(v);
      onCriticalPath[v] = 1;
    }
    e = (e & 1) === 1 ? fromF[v]! : fromS[v]!;
  }
  path.reverse();
  return {
    level,
    earliestStart: es,
    earliestFinish: ef,
    latestStart: ls,
    slack,
    bottomLevel: bottom,
    criticalPathMs: cp,
    criticalPath: path,
    onCriticalPath,
  };
}

/**
 * Longest path from each step's start event to the end of the run, under the pipelining rule: the list
 * schedule's priority, and criticalPathMs − latest start. Equals computeBottomLevels when no edge is pipelined.
 */
export function computePipelinedBottomLevels(
  dag: GraphKernel,
  order: Int32Array,
  weight: Float64Array,
  pipe: Pipelining,
): Float64Array {
  return computeRemaining(dag, order, weight, pipe, allocFloat64(dag.n));
}

/** Longest paths from each step's start event (returned) and finish event (into `fromFinish`) to the end. */
function computeRemaining(
  dag: GraphKernel,
  order: Int32Array,
  weight: Float64Array,
  pipe: Pipelining,
  fromFinish: Float64Array,
): Float64Array {
  const { n } = dag;
  const { start, adj } = dag.out;
  const { lead, tail, outSlot } = pipe;
  const fromStart = allocFloat64(n);
  for (let i = n - 1; i >= 0; i--) {
    const v = order[i]!;
    let f = 0;
    let s = 0;
    for (let k = start[v]!, stop = start[v + 1]!; k < stop; k++) {
      const w = adj[k]!;
      if (outSlot[k] === 1) {
        const after = tail[w]! + fromFinish[w]!;
        if (after > f) f = after;
        const early = lead[v]! + fromStart[w]!;
        if (early > s) s = early;
      } else if (fromStart[w]! > f) f = fromStart[w]!;
    }
    fromFinish[v] = f;
    fromStart[v] = Math.max(s, weight[v]! + f);
  }
  return fromStart;
}
