import fc from 'fast-check';
import { analyzeTiming } from '../analyzeTiming';
import { buildGraph } from '../buildGraph';
import { condenseGraph } from '../condenseGraph';
import { computeParallelizable } from '../parallelizable';
import { findStronglyConnectedComponents } from '../stronglyConnected';
import { computeTopologicalOrder } from '../topologicalOrder';
import { allPaths, kernelOf, pathWeight, reachability, smallDag, smallDigraph } from './oracles';

describe('graph kernel — fixed graphs', () => {
  // a(2) → b(5) → d(1); a → c(3) → d; e(4) alone.
  const edges: Array<[number, number]> = [
    [0, 1],
    [0, 2],
    [1, 3],
    [2, 3],
  ];
  const weight = Float64Array.from([2, 5, 3, 1, 4]);

  it('merges parallel edges and computes fan-in/fan-out by distinct neighbour', () => {
    const g = kernelOf(3, [
      [0, 1],
      [0, 1],
      [1, 2],
    ]);
    expect(g.m).toBe(2);
    expect(Array.from(g.out.adj)).toEqual([1, 2]);
  });

  it('computes levels, earliest starts, slack and the critical path of a diamond', () => {
    const g = kernelOf(5, edges);
    const order = computeTopologicalOrder(g);
    const t = analyzeTiming(g, order, weight);
    expect(Array.from(t.level)).toEqual([0, 1, 1, 2, 0]);
    expect(Array.from(t.earliestStart)).toEqual([0, 2, 2, 7, 0]);
    expect(t.criticalPathMs).toBe(8);
    expect(t.criticalPath).toEqual([0, 1, 3]);
    expect(Array.from(t.slack)).toEqual([0, 0, 2, 0, 4]);
    expect(Array.from(t.onCriticalPath)).toEqual([1, 1, 0, 1, 0]);
  });

  it('flags parallelizable nodes, ignoring layout sources and sinks', () => {
    const g = kernelOf(5, edges);
    const order = computeTopologicalOrder(g);
    expect(Array.from(computeParallelizable(g, order, new Uint8Array(5)))).toEqual([1, 1, 1, 1, 1]);
    // Node 4 is an isolated layout node (Comment): it no longer makes every node parallelizable.
    expect(Array.from(computeParallelizable(g, order, Uint8Array.from([0, 0, 0, 0, 1])))).toEqual([
      0, 1, 1, 0, 0,
    ]);
    const chain = kernelOf(3, [
      [0, 1],
      [1, 2],
    ]);
    expect(
      Array.from(computeParallelizable(chain, computeTopologicalOrder(chain), new Uint8Array(3))),
    ).toEqual([0, 0, 0]);
  });

  it('condenses cycles into components numbered in topological order', () => {
    // 0 → 1 → 2 → 1, 2 → 3
    const g = kernelOf(4, [
      [0, 1],
      [1, 2],
      [2, 1],
      [2, 3],
    ]);
    const c = condenseGraph(g);
    expect(c.cycles.map((cycle) => [...cycle].sort())).toEqual([[1, 2]]);
    expect(c.dag.n).toBe(3);
    const comp = c.componentOf!;
    expect(comp[1]).toBe(comp[2]);
    expect(comp[0]! < comp[1]! && comp[1]! < comp[3]!).toBe(true);
  });

  it('handles a 1,000,000-node chain and a 1,000,000-node cycle without recursion', () => {
    const n = 1_000_000;
    const src = new Int32Array(n);
    const dst = new Int32Array(n);
    for (let i = 0; i < n - 1; i++) {
      src[i] = i;
      dst[i] = i + 1;
    }
    const g = buildGraph(n, n - 1, src, dst);
    const order = computeTopologicalOrder(g);
    expect(order.length).toBe(n);
    const t = analyzeTiming(g, order, new Float64Array(n).fill(1));
    expect(t.criticalPathMs).toBe(n);
    expect(t.criticalPath.length).toBe(n);
    src[n - 1] = n - 1;
    dst[n - 1] = 0;
    const ring = buildGraph(n, n, src, dst);
    const scc = findStronglyConnectedComponents(ring);
    expect(scc.count).toBe(1);
  });
});

describe('graph kernel — properties against brute-force oracles', () => {
  it('topological order puts every edge forward and includes every node of a DAG', () => {
    fc.assert(
      fc.property(smallDag(), ({ n, edges }) => {
        const order = computeTopologicalOrder(kernelOf(n, edges));
        const pos = new Map(Array.from(order).map((v, i) => [v, i]));
        expect(order.length).toBe(n);
        for (const [a, b] of edges) expect(pos.get(a)!).toBeLessThan(pos.get(b)!);
      }),
    );
  });

  it('critical path = the heaviest of all enumerated paths, and is itself a path of that weight', () => {
    fc.assert(
      fc.property(smallDag(), ({ n, edges, weight }) => {
        const g = kernelOf(n, edges);
        const t = analyzeTiming(g, computeTopologicalOrder(g), Float64Array.from(weight));
        const paths = allPaths(n, edges);
        const best = Math.max(...paths.map((p) => pathWeight(p, weight)));
        expect(t.criticalPathMs).toBe(best);
        expect(pathWeight(t.criticalPath, weight)).toBe(best);
        for (let i = 1; i < t.criticalPath.length; i++) {
          expect(edges.some(([a, b]) => a === t.criticalPath[i - 1] && b === t.criticalPath[i])).toBe(true);
        }
      }),
    );
  });

  it('slack = critical path − heaviest path through the node; level = longest hop path into it', () => {
    fc.assert(
      fc.property(smallDag(), ({ n, edges, weight }) => {
        const g = kernelOf(n, edges);
        const t = analyzeTiming(g, computeTopologicalOrder(g), Float64Array.from(weight));
        const paths = allPaths(n, edges);
        for (let v = 0; v < n; v++) {
          const through = Math.max(...paths.filter((p) => p.includes(v)).map((p) => pathWeight(p, weight)));
          expect(t.slack[v]).toBeCloseTo(t.criticalPathMs - through, 9);
          const into = Math.max(...paths.filter((p) => p[p.length - 1] === v).map((p) => p.length - 1));
          expect(t.level[v]).toBe(into);
        }
      }),
    );
  });

  it('parallelizable ⇔ some other counted node is unreachable both ways (layout sources/sinks ignored)', () => {
    fc.assert(
      fc.property(
        smallDag(),
        fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
        ({ n, edges }, layout) => {
          const g = kernelOf(n, edges);
          const indeg = new Array(n).fill(0);
          const outdeg = new Array(n).fill(0);
          for (const [a, b] of edges) {
            outdeg[a]++;
            indeg[b]++;
          }
          const ignore = Uint8Array.from({ length: n }, (_, v) =>
            layout[v] && (indeg[v] === 0 || outdeg[v] === 0) ? 1 : 0,
          );
          const got = computeParallelizable(g, computeTopologicalOrder(g), ignore);
          const r = reachability(n, edges);
          for (let v = 0; v < n; v++) {
            let expected = false;
            if (!ignore[v])
              for (let u = 0; u < n; u++)
                if (u !== v && !ignore[u] && !r[u]![v] && !r[v]![u]) expected = true;
            expect(got[v] === 1).toBe(expected);
          }
        },
      ),
    );
  });

  it('strongly connected components = classes of mutual reachability; condensation is a DAG', () => {
    fc.assert(
      fc.property(smallDigraph(), ({ n, edges }) => {
        const g = kernelOf(n, edges);
        const { componentOf } = findStronglyConnectedComponents(g);
        const r = reachability(n, edges);
        for (let u = 0; u < n; u++)
          for (let v = 0; v < n; v++) {
            const same = u === v || (r[u]![v]! && r[v]![u]!);
            expect(componentOf[u] === componentOf[v]).toBe(same);
          }
        const c = condenseGraph(g);
        expect(computeTopologicalOrder(c.dag).length).toBe(c.dag.n);
        // With cycles, components are numbered in topological order of the condensation.
        if (c.componentOf) {
          for (const [a, b] of edges) {
            const ca = c.componentOf[a]!;
            const cb = c.componentOf[b]!;
            if (ca !== cb) expect(ca).toBeLessThan(cb);
          }
        }
      }),
    );
  });
});
