import fc from 'fast-check';
import { topNodesByRuntime } from '../collectCandidates';

describe('topNodesByRuntime', () => {
  it('gives the longest work nodes, longest first and earlier nodes first on ties, as sorting them all does', () => {
    const node = fc.tuple(fc.constantFrom(0, -1, 1, 2, 2.5, 10, 1e6), fc.boolean());
    fc.assert(
      fc.property(fc.array(node, { maxLength: 60 }), fc.integer({ min: 1, max: 8 }), (nodes, limit) => {
        const runtime = Float64Array.from(nodes.map(([ms]) => ms));
        const layout = Uint8Array.from(nodes.map(([, isLayout]) => (isLayout ? 1 : 0)));
        const expected = nodes
          .map(([ms, isLayout], v) => ({ ms, isLayout, v }))
          .filter((x) => x.ms > 0 && !x.isLayout)
          .sort((a, b) => b.ms - a.ms || a.v - b.v)
          .slice(0, limit)
          .map((x) => x.v);
        expect(topNodesByRuntime(runtime, layout, limit)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
