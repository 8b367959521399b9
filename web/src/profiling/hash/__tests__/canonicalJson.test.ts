import fc from 'fast-check';
import { canonicalJson } from '../canonicalJson';

/** The plain recursive definition, as an oracle for data that is neither deep nor cyclic. */
function oracle(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(oracle).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${oracle(record[key])}`).join(',')}}`;
}

describe('canonicalJson', () => {
  it('equals the recursive definition on any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => expect(canonicalJson(value)).toBe(oracle(value))));
  });

  it('does not depend on key order, and reads like JSON', () => {
    expect(canonicalJson({ b: 1, a: [true, null, { d: 'x', c: undefined }] })).toBe(
      '{"a":[true,null,{"d":"x"}],"b":1}',
    );
    expect(canonicalJson([1, NaN, undefined])).toBe('[1,null,null]');
  });

  it('never throws: 100,000 levels deep, cycles, BigInt', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 100_000; i++) deep = { m: deep };
    expect(canonicalJson(deep).length).toBeGreaterThan(600_000);
    const loop: Record<string, unknown> = { a: 1 };
    loop.self = loop;
    expect(canonicalJson(loop)).toBe('{"a":1,"self":"[circular]"}');
    const shared = { x: 1 };
    expect(canonicalJson([shared, shared])).toBe('[{"x":1},{"x":1}]');
    expect(canonicalJson({ n: 12n })).toBe('{"n":"12"}');
  });
});
