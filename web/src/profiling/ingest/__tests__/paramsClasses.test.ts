import fc from 'fast-check';
import { ingestWorkflow } from '../ingestWorkflow';
import { MAX_CLASSES_PER_TYPE, ParamsClasses, sameParams } from '../paramsClasses';
import { paramsFingerprint } from '../paramsFingerprint';

/** Parameter values as a parsed file gives them, with objects and arrays one level deep. */
const primitive = fc.oneof(
  fc.constantFrom('', 'a', 'ab', 'ba', 'abc'),
  fc.constantFrom(0, -0, 1, 1.5, 2, -1),
  fc.boolean(),
  fc.constant(null),
);
const value = fc.oneof(
  primitive,
  fc.array(primitive, { maxLength: 2 }),
  fc.dictionary(fc.constantFrom('x', 'y'), primitive, { maxKeys: 2 }),
);
/** Few keys and values, so that equal parameter sets come up often. */
const params = fc.dictionary(fc.constantFrom('text', 'template', 'width', 'model'), value, { maxKeys: 3 });

/**
 * Oracle: equal as the memo compares parameters (same own keys in any order, values equal as primitives or
 * as arrays / objects of primitives), written as a canonical text with sorted keys (-0 reads as 0).
 */
function canonical(x: unknown): string {
  if (Array.isArray(x)) return `[${x.map(canonical).join(',')}]`;
  if (x !== null && typeof x === 'object') {
    const o = x as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(',')}}`;
  }
  return Object.is(x, -0) ? '0' : JSON.stringify(x);
}

/** The same own properties inserted in reverse order. */
function reversed(object: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(object).reverse()) out[key] = object[key];
  return out;
}

describe('parameter classes', () => {
  it('give two nodes the same class exactly when their types and parameters are equal', () => {
    const types = fc.constantFrom('nodetool.text.FormatText', 'nodetool.agents.Agent');
    fc.assert(
      fc.property(fc.array(fc.tuple(types, params, fc.boolean()), { maxLength: 30 }), (specs) => {
        const workflow = ingestWorkflow({
          graph: {
            nodes: specs.map(([type, data, flip], i) => ({
              id: `n${i}`,
              type,
              data: flip ? reversed(data) : JSON.parse(JSON.stringify(data)),
            })),
            edges: [],
          },
        });
        const firstOf = new Map<string, number>();
        for (let v = 0; v < workflow.nodeCount; v++) {
          const key = `${workflow.types[v]} ${canonical(workflow.params[v])}`;
          if (!firstOf.has(key)) firstOf.set(key, firstOf.size);
          // Classes are numbered in order of first appearance.
          expect(workflow.paramsClass[v]).toBe(firstOf.get(key));
          expect(canonical(workflow.classParams[workflow.paramsClass[v]!])).toBe(
            canonical(workflow.params[v]),
          );
        }
        expect(workflow.classParams.length).toBe(firstOf.size);
      }),
      { numRuns: 300 },
    );
  });

  it('compare the parameters ingest keeps: merged dynamic properties, non-finite numbers dropped', () => {
    const workflow = ingestWorkflow({
      graph: {
        nodes: [
          { id: 'a', type: 'nodetool.text.FormatText', data: { template: '{{ text }}', text: '' } },
          {
            id: 'b',
            type: 'nodetool.text.FormatText',
            data: { template: '{{ text }}' },
            dynamic_properties: { text: '' },
          },
          { id: 'c', type: 'nodetool.image.Fit', data: { width: Number.NaN, height: 512 } },
          { id: 'd', type: 'nodetool.image.Fit', data: { height: 512 } },
          { id: 'e', type: 'nodetool.image.Resize', data: { height: 512 } },
        ],
        edges: [],
      },
    });
    expect(Array.from(workflow.paramsClass)).toEqual([0, 0, 1, 1, 2]);
    expect(workflow.classParams[1]).toEqual({ height: 512 });
  });

  it('stop at the per-type bound: later parameter sets of that type get no class, other types still do', () => {
    const setCount = MAX_CLASSES_PER_TYPE + 40;
    fc.assert(
      fc.property(
        fc.array(fc.nat(setCount - 1), { maxLength: 40 }),
        fc.nat(setCount - 1),
        fc.array(fc.nat(setCount - 1), { maxLength: 40 }),
        (before, rotation, after) => {
          // Every set once (rotated), between random picks: always more sets than a type keeps classes for,
          // many sharing a fingerprint (templates of equal length), while a failing case still shrinks fast.
          const all = Array.from({ length: setCount }, (_, i) => (i + rotation) % setCount);
          const picks = [...before, ...all, ...after];
          const sets = Array.from({ length: setCount }, (_, i) => ({
            template: String.fromCharCode(97 + (i % 26)).repeat(3),
            [`k${i % 3}`]: Math.floor(i / 26),
          }));
          const nodes = picks.map((p, i) => ({
            id: `n${i}`,
            type: 'nodetool.text.FormatText',
            data: JSON.parse(JSON.stringify(sets[p]!)) as Record<string, unknown>,
          }));
          nodes.push({ id: 'other', type: 'nodetool.image.Fit', data: { width: 1 } });
          const workflow = ingestWorkflow({ graph: { nodes, edges: [] } });
          const rankOf = new Map<number, number>();
          picks.forEach((p, v) => {
            if (!rankOf.has(p)) rankOf.set(p, rankOf.size);
            const rank = rankOf.get(p)!;
            expect(workflow.paramsClass[v]).toBe(rank < MAX_CLASSES_PER_TYPE ? rank : -1);
          });
          expect(workflow.paramsClass[picks.length]).toBe(MAX_CLASSES_PER_TYPE);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('never put unequal parameters in one class, whatever their fingerprints', () => {
    // A degenerate fingerprint (always 0) leaves the key-by-key comparison alone to decide.
    fc.assert(
      fc.property(fc.array(params, { maxLength: 20 }), (sets) => {
        const classes = new ParamsClasses().reset();
        const assigned = sets.map((p) => classes.assign('t', p, 0));
        for (let i = 0; i < sets.length; i++) {
          for (let j = 0; j < i; j++) {
            const equal = canonical(sets[i]) === canonical(sets[j]);
            expect(assigned[i] === assigned[j]).toBe(equal);
            expect(sameParams(sets[i]!, sets[j]!)).toBe(equal);
          }
        }
        // With the real fingerprint, the same classes.
        const real = new ParamsClasses().reset();
        expect(sets.map((p) => real.assign('t', p, paramsFingerprint(p)))).toEqual(assigned);
      }),
      { numRuns: 300 },
    );
  });
});
