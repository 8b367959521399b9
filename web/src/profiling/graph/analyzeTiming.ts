/**
 * Timing over a weighted DAG with unlimited workers, in two linear passes over a topological order:
 * level (longest hop count from a source), earliest start/finish, latest start, slack, and the critical path
 * (the longest path weighted by node time, as a node sequence).
 */
import { allocFloat64, allocInt32, allocUint8 } from './scratch';
import type { GraphKernel } from './buildGraph';
import { analyzePipelinedTiming, type Pipelining } from './pipelinedTiming';

export interface Timing {
  level: Int32Array;
  earliestStart: Float64Array;
  earliestFinish: Float64Array;
  latestStart: Float64Array;
  slack: Float64Array;
  /** Longest path from each node to a sink, including the node's own weight (the list schedule's priority). */
  bottomLevel: Float64Array;
  /** Length of the longest weighted path (= the makespan with unlimited workers). */
  criticalPathMs: number;
  /** DAG nodes of one longest path, source to sink. Ties go to the first predecessor listed and
   * the sink earliest in topological order. */
  criticalPath: number[];
  /** 1 for nodes of `criticalPath`. */
  onCriticalPath: Uint8Array;
}

/**
 * Compute the timing of `dag` whose node `v` takes `weight[v]` ms, given a topological `order`.
 *
 * @remarks Slack below 1e-9 of the critical path is rounded to 0 (floating-point noise of the two passes).
 * With `pipe`, consumers of streaming producers start on the first item (see pipelinedTiming.ts).
 */
export function analyzeTiming(
  dag: GraphKernel,
  order: Int32Array,
  weight: Float64Array,
  pipe?: Pipelining | null,
): Timing {
  if (pipe) return analyzePipelinedTiming(dag, order, weight, pipe);
  const { n } = dag;
  const { start: outStart, adj: outAdj } = dag.out;
  const { start: inStart, adj: inAdj } = dag.in;
  const level = allocInt32(n);
  const es = allocFloat64(n);
  const ef = allocFloat64(n);
  const best = allocInt32(n).fill(-1);
  let cp = 0;
  let end = -1;
  for (let i = 0; i < n; i++) {
    const v = order[i]!;
    let start = 0;
    let lvl = 0;
    let arg = -1;
    // Loop bounds read once: every array here is a view of one scratch buffer, so V8 cannot tell that the
    // stores in the loop leave them unchanged and would read them again on every iteration.
    for (let k = inStart[v]!, end = inStart[v + 1]!; k < end; k++) {
      const u = inAdj[k]!;
      const f = ef[u]!;
      if (arg === -1 || f > start) {
        start = f;
        arg = u;
      }
      if (level[u]! + 1 > lvl) lvl = level[u]! + 1;
    }
    best[v] = arg;
    es[v] = start;
    level[v] = lvl;
    const finish = start + weight[v]!;
    ef[v] = finish;
    if (end === -1 || finish > cp) {
      cp = finish;
      end = v;
    }
  }
  const ls = allocFloat64(n);
  const slack = allocFloat64(n);
  const bottom = allocFloat64(n);
  const eps = cp * 1e-9;
  for (let i = n - 1; i >= 0; i--) {
    const v = order[i]!;
    let lf = cp;
    let below = 0;
    for (let k = outStart[v]!, end = outStart[v + 1]!; k < end; k++) {
      const w = outAdj[k]!;
      const s = ls[w]!;
      if (s < lf) lf = s;
      const b = bottom[w]!;
      if (b > below) below = b;
    }
    bottom[v] = below + weight[v]!;
    const latest = lf - weight[v]!;
    ls[v] = latest;
    const sl = latest - es[v]!;
    slack[v] = sl < eps ? 0 : sl;
  }
  const path: number[] = [];
  const onCriticalPath = allocUint8(n);
  for (let v = end; v !== -1; v = best[v]!) {
    path.push(v);
    onCriticalPath[v] = 1;
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
