import fc from 'fast-check';
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
});
