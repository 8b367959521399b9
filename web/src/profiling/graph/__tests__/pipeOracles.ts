/** Random streaming edges and brute-force oracles of the pipelining rule, for the timing and schedule tests. */
import fc from 'fast-check';
import type { GraphKernel } from '../buildGraph';
import type { Pipelining } from '../pipelinedTiming';

/** Raw choices for a pipelining: a flag per edge, lead and tail as quarters of each step's weight. */
export interface PipeChoice {
  flags: boolean[];
  leadQuarters: number[];
  tailQuarters: number[];
}

export const pipeChoice = (maxNodes = 8): fc.Arbitrary<PipeChoice> =>
  fc.record({
    flags: fc.array(fc.boolean(), { minLength: 2 * maxNodes, maxLength: 2 * maxNodes }),
    leadQuarters: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: maxNodes, maxLength: maxNodes }),
    tailQuarters: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: maxNodes, maxLength: maxNodes }),
  });

/** Build a Pipelining of `dag` (edges numbered as dag.src/dst), with lead and tail ≤ weight as in the engine. */
export function pipelineOf(dag: GraphKernel, weight: readonly number[], choice: PipeChoice): Pipelining {
  const outSlot = Uint8Array.from({ length: dag.m }, (_, e) => (choice.flags[e] ? 1 : 0));
  const inSlot = new Uint8Array(dag.m);
  for (let v = 0; v < dag.n; v++) {
    for (let k = dag.in.start[v]!; k < dag.in.start[v + 1]!; k++) {
      const u = dag.in.adj[k]!;
      const e = edgeIndex(dag, u, v);
      inSlot[k] = outSlot[e]!;
    }
  }
  const quarter = (q: readonly number[], v: number) => (weight[v]! * q[v]!) / 4;
  return {
    outSlot,
    inSlot,
    lead: Float64Array.from(weight, (_, v) => quarter(choice.leadQuarters, v)),
    tail: Float64Array.from(weight, (_, v) => quarter(choice.tailQuarters, v)),
  };
}

function edgeIndex(dag: GraphKernel, u: number, v: number): number {
  for (let e = 0; e < dag.m; e++) if (dag.src[e] === u && dag.dst[e] === v) return e;
  throw new Error(`no edge ${u} → ${v}`);
}

export interface RuleTimes {
  es: number[];
  ef: number[];
  ls: number[];
  lf: number[];
  cp: number;
}

/**
 * Earliest and latest start/finish of every step by relaxing every constraint of the rule until nothing
 * changes (n + 1 rounds suffice on a DAG): no topological order, no event graph.
 */
export function relaxRule(dag: GraphKernel, weight: readonly number[], pipe: Pipelining): RuleTimes {
  const { n, m, src, dst } = dag;
  const es = new Array<number>(n).fill(0);
  const ef = weight.slice(0, n);
  for (let round = 0; round <= n; round++) {
    for (let e = 0; e < m; e++) {
      const a = src[e]!;
      const b = dst[e]!;
      if (pipe.outSlot[e]) {
        es[b] = Math.max(es[b]!, es[a]! + pipe.lead[a]!);
        ef[b] = Math.max(ef[b]!, ef[a]! + pipe.tail[b]!);
      } else es[b] = Math.max(es[b]!, ef[a]!);
      ef[b] = Math.max(ef[b]!, es[b]! + weight[b]!);
    }
  }
  const cp = Math.max(0, ...ef);
  const lf = new Array<number>(n).fill(cp);
  const ls = weight.slice(0, n).map((w) => cp - w);
  for (let round = 0; round <= n; round++) {
    for (let e = 0; e < m; e++) {
      const a = src[e]!;
      const b = dst[e]!;
      if (pipe.outSlot[e]) {
        ls[a] = Math.min(ls[a]!, ls[b]! - pipe.lead[a]!);
        lf[a] = Math.min(lf[a]!, lf[b]! - pipe.tail[b]!);
      } else lf[a] = Math.min(lf[a]!, ls[b]!);
      ls[a] = Math.min(ls[a]!, lf[a]! - weight[a]!);
    }
  }
  return { es, ef, ls, lf, cp };
}

/** Length of one path (a node list) under the rule, with only the path's own edges as constraints. */
export function pathLengthUnderRule(
  dag: GraphKernel,
  path: readonly number[],
  weight: readonly number[],
  pipe: Pipelining,
): number {
  let s = 0;
  let f = weight[path[0]!]!;
  for (let i = 1; i < path.length; i++) {
    const a = path[i - 1]!;
    const b = path[i]!;
    if (pipe.outSlot[edgeIndex(dag, a, b)]) {
      s += pipe.lead[a]!;
      f = Math.max(s + weight[b]!, f + pipe.tail[b]!);
    } else {
      s = f;
      f = s + weight[b]!;
    }
  }
  return f;
}
