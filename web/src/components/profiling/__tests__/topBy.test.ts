/** @jest-environment node */
import fc from 'fast-check';
import { topBy } from '../charts/topBy';

describe('topBy', () => {
  it('equals a stable descending sort cut to n (brute-force oracle)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ id: fc.nat(), v: fc.integer({ min: -5, max: 5 }) })),
        fc.integer({ min: -1, max: 12 }),
        (items, n) => {
          const expected = [...items].sort((a, b) => b.v - a.v).slice(0, Math.max(0, n));
          expect(topBy(items, n, (item) => item.v)).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });
});
