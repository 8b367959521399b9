import fc from 'fast-check';
import { groupNodes, MEMO_GROUPS_PER_TYPE } from '../../profile/estimateMemo';
import { ingestWorkflow } from '../ingestWorkflow';
import { paramsFingerprint } from '../paramsFingerprint';

/** Parameter values as a parsed file gives them, with objects and arrays one level deep. */
const primitive = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);
const value = fc.oneof(
  primitive,
  fc.array(primitive, { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 4 }), primitive, { maxKeys: 3 }),
);
const params = fc.dictionary(fc.string({ maxLength: 8 }), value, { maxKeys: 6 });

/** The same own properties inserted in reverse order (an object the memo finds equal). */
function reversed(object: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(object).reverse()) {
    Object.defineProperty(out, key, { value: object[key], enumerable: true, writable: true });
  }
  return out;
}

const deepCopy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('paramsFingerprint', () => {
  it('is equal for parameters equal as the estimate memo compares them (key order, copies, -0)', () => {
    fc.assert(
      fc.property(params, (p) => {
        expect(paramsFingerprint(reversed(p))).toBe(paramsFingerprint(p));
        expect(paramsFingerprint(deepCopy(p))).toBe(paramsFingerprint(p));
      }),
      { numRuns: 200 },
    );
    expect(paramsFingerprint({ x: -0 })).toBe(paramsFingerprint({ x: 0 }));
  });

  it('tells apart parameter sets that differ in a key or a value length', () => {
    expect(paramsFingerprint({ text: '' })).not.toBe(paramsFingerprint({ context: '' }));
    expect(paramsFingerprint({ template: 'ab' })).not.toBe(paramsFingerprint({ template: 'abc' }));
    expect(paramsFingerprint({ a: 1, b: 2 })).not.toBe(paramsFingerprint({ a: 1 }));
  });

  it('is what ingest records for each node, of the parameters it keeps (merged, non-finite numbers dropped)', () => {
    const workflow = ingestWorkflow({
      graph: {
        nodes: [
          { id: 'a', type: 'nodetool.text.FormatText', data: { template: '{{ text }}' } },
          {
            id: 'b',
            type: 'nodetool.text.FormatText',
            data: { template: '{{ text }}' },
            dynamic_properties: { text: '', topic: '' },
          },
          { id: 'c', type: 'nodetool.image.Fit', data: { width: Number.NaN, height: 512 } },
        ],
        edges: [],
      },
    });
    expect(workflow.params[2]).toEqual({ height: 512 });
    for (let v = 0; v < workflow.nodeCount; v++) {
      expect(workflow.paramsFingerprints[v]).toBe(paramsFingerprint(workflow.params[v]!));
    }
  });

  it('leaves the memo groups as comparing every group gives them', () => {
    const setCount = MEMO_GROUPS_PER_TYPE + 40;
    fc.assert(
      fc.property(
        fc.array(fc.nat(setCount - 1), { maxLength: 40 }),
        fc.nat(setCount - 1),
        fc.array(fc.nat(setCount - 1), { maxLength: 40 }),
        fc.boolean(),
        (before, rotation, after, flip) => {
          // Every set once (rotated), between random picks: always more sets than a type keeps groups for,
          // while a failing case still shrinks quickly.
          const all = Array.from({ length: setCount }, (_, i) => (i + rotation) % setCount);
          const picks = [...before, ...all, ...after];
          // More parameter sets of one type than a type keeps groups for, many sharing a fingerprint
          // (templates of equal length), some in reversed key order.
          const sets = Array.from({ length: setCount }, (_, i) => ({
            template: String.fromCharCode(97 + (i % 26)).repeat(3),
            [`k${i % 3}`]: Math.floor(i / 26),
          }));
          const workflow = ingestWorkflow({
            graph: {
              nodes: picks.map((p, i) => ({
                id: `n${i}`,
                type: 'nodetool.text.FormatText',
                data: flip && i % 2 ? reversed(sets[p]!) : deepCopy(sets[p]!),
              })),
              edges: [],
            },
          });
          const { groupOf, groups } = groupNodes(workflow, new Int32Array(workflow.nodeCount));
          // Reference: the first distinct sets (up to the per-type bound) get groups in order of first
          // appearance, later sets none.
          const rankOf = new Map<number, number>();
          picks.forEach((p, v) => {
            if (!rankOf.has(p)) rankOf.set(p, rankOf.size);
            const rank = rankOf.get(p)!;
            expect(groupOf[v]).toBe(rank < MEMO_GROUPS_PER_TYPE ? rank : -1);
          });
          expect(groups.length).toBe(Math.min(MEMO_GROUPS_PER_TYPE, rankOf.size));
        },
      ),
      { numRuns: 40 },
    );
  });
});
