import fc from 'fast-check';
import { analyzeTiming } from '../analyzeTiming';
import { computePipelinedBottomLevels } from '../pipelinedTiming';
import { computeTopologicalOrder } from '../topologicalOrder';
import { allPaths, kernelOf, smallDag } from './oracles';
import { pathLengthUnderRule, pipeChoice, pipelineOf, relaxRule } from './pipeOracles';

const pipedDag = fc.record({ dag: smallDag(8), choice: pipeChoice(8) }).map(({ dag, choice }) => {
  const g = kernelOf(dag.n, dag.edges);
  return { ...dag, g, pipe: pipelineOf(g, dag.weight, choice) };
});

/**
 * Item by item: the producer sends `items` evenly after its load; the consumer's k-th execution starts at
 * max(arrival of item k, end of execution k − 1) and the first one also loads. Returns the consumer's end.
 */
function simulateItems(
  producer: { load: number; work: number },
  consumer: { load: number; each: number },
  items: number,
) {
  let end = 0;
  for (let k = 1; k <= items; k++) {
    const arrival = producer.load + (k * producer.work) / items;
    end = Math.max(arrival, end) + consumer.each + (k === 1 ? consumer.load : 0);
  }
  return end;
}

describe('analyzeTiming with streaming edges', () => {
  it('a producer → per-item consumer chain ends exactly where the item-by-item simulation ends', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 2, max: 12 }),
        (pLoad, pWork, cLoad, each, items) => {
          const g = kernelOf(2, [[0, 1]]);
          const weight = [pLoad + pWork, cLoad + each * items];
          const pipe = {
            outSlot: Uint8Array.of(1),
            inSlot: Uint8Array.of(1),
            lead: Float64Array.of(pLoad + pWork / items, 0),
            tail: Float64Array.of(0, each),
          };
          const t = analyzeTiming(g, computeTopologicalOrder(g), Float64Array.from(weight), pipe);
          const expected = simulateItems({ load: pLoad, work: pWork }, { load: cLoad, each }, items);
          expect(t.earliestFinish[1]).toBeCloseTo(expected, 9);
          expect(t.earliestStart[1]).toBeCloseTo(pLoad + pWork / items, 9);
          expect(t.criticalPathMs).toBeCloseTo(Math.max(weight[0]!, expected), 9);
        },
      ),
    );
  });

  it('earliest/latest times, slack and critical path equal constraint relaxation and path enumeration', () => {
    fc.assert(
      fc.property(pipedDag, ({ n, edges, weight, g, pipe }) => {
        const order = computeTopologicalOrder(g);
        const t = analyzeTiming(g, order, Float64Array.from(weight), pipe);
        const r = relaxRule(g, weight, pipe);
        expect(t.criticalPathMs).toBeCloseTo(r.cp, 9);
        for (let v = 0; v < n; v++) {
          expect(t.earliestStart[v]).toBeCloseTo(r.es[v]!, 9);
          expect(t.earliestFinish[v]).toBeCloseTo(r.ef[v]!, 9);
          expect(t.latestStart[v]).toBeCloseTo(r.ls[v]!, 9);
          const slack = Math.min(r.ls[v]! - r.es[v]!, r.lf[v]! - r.ef[v]!);
          expect(t.slack[v]).toBeCloseTo(Math.max(0, slack), 9);
        }
        expect(Array.from(computePipelinedBottomLevels(g, order, Float64Array.from(weight), pipe))).toEqual(
          Array.from(t.bottomLevel),
        );
        // The longest path under the rule is the critical path, which is a path of the DAG with slack 0.
        const best = Math.max(...allPaths(n, edges).map((p) => pathLengthUnderRule(g, p, weight, pipe)));
        expect(best).toBeCloseTo(t.criticalPathMs, 9);
        expect(pathLengthUnderRule(g, t.criticalPath, weight, pipe)).toBeCloseTo(t.criticalPathMs, 9);
        for (const v of t.criticalPath) expect(t.slack[v]).toBe(0);
        expect(g.in.start[t.criticalPath[0]! + 1]).toBe(g.in.start[t.criticalPath[0]!]);
      }),
    );
  });

  it('with no edge pipelined, equals the plain timing', () => {
    fc.assert(
      fc.property(pipedDag, ({ weight, g, pipe }) => {
        const order = computeTopologicalOrder(g);
        const w = Float64Array.from(weight);
        const none = { ...pipe, outSlot: new Uint8Array(g.m), inSlot: new Uint8Array(g.m) };
        const piped = analyzeTiming(g, order, w, none);
        const plain = analyzeTiming(g, order, w);
        expect(piped).toEqual(plain);
      }),
    );
  });
});
