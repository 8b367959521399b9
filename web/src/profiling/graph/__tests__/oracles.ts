/** Brute-force oracles and random DAG generators for the graph-kernel property tests. */
import fc from 'fast-check';
import { buildGraph, type GraphKernel } from '../buildGraph';

export interface SmallDag {
  n: number;
  edges: Array<[number, number]>;
  weight: number[];
}

/** Random DAG: edges only from lower to higher index of a random permutation (so always acyclic). */
export const smallDag = (maxNodes = 8): fc.Arbitrary<SmallDag> =>
  fc
    .integer({ min: 1, max: maxNodes })
    .chain((n) =>
      fc.record({
        n: fc.constant(n),
        perm: fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }),
        pairs: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: n * 2 }),
        weight: fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 50 })), {
          minLength: n,
          maxLength: n,
        }),
      }),
    )
    .map(({ n, perm, pairs, weight }) => {
      const rank = new Array<number>(n);
      perm.forEach((v, i) => (rank[v] = i));
      const edges = pairs
        .filter(([a, b]) => a !== b)
        .map(([a, b]) => (rank[a]! < rank[b]! ? [a, b] : [b, a]) as [number, number]);
      return { n, edges, weight };
    });

/** Random directed graph that may contain cycles (no self-loops). */
export const smallDigraph = (maxNodes = 8) =>
  fc.integer({ min: 1, max: maxNodes }).chain((n) =>
    fc.record({
      n: fc.constant(n),
      edges: fc
        .array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: n * 2 })
        .map((pairs) => pairs.filter(([a, b]) => a !== b)),
    }),
  );

export function kernelOf(n: number, edges: Array<[number, number]>): GraphKernel {
  return buildGraph(
    n,
    edges.length,
    Int32Array.from(edges.map((e) => e[0])),
    Int32Array.from(edges.map((e) => e[1])),
  );
}

/** reach[u][v]: a path of ≥ 1 edge from u to v (Floyd–Warshall closure). */
export function reachability(n: number, edges: Array<[number, number]>): boolean[][] {
  const r = Array.from({ length: n }, () => new Array<boolean>(n).fill(false));
  for (const [a, b] of edges) r[a]![b] = true;
  for (let k = 0; k < n; k++)
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (r[i]![k] && r[k]![j]) r[i]![j] = true;
  return r;
}

/** Every maximal-or-not path (as node lists) of a DAG, by explicit enumeration from every node. */
export function allPaths(n: number, edges: Array<[number, number]>): number[][] {
  const succ = Array.from({ length: n }, () => [] as number[]);
  for (const [a, b] of edges) if (!succ[a]!.includes(b)) succ[a]!.push(b);
  const paths: number[][] = [];
  const walk = (path: number[]) => {
    paths.push(path);
    for (const s of succ[path[path.length - 1]!]!) walk([...path, s]);
  };
  for (let v = 0; v < n; v++) walk([v]);
  return paths;
}

export const pathWeight = (path: number[], weight: number[]) => path.reduce((s, v) => s + weight[v]!, 0);
