import { assignOwn } from '../readFields';

describe('assignOwn', () => {
  it('gives what object spread gives: own enumerable keys in order, later sources winning', () => {
    const a = { b: 1, a: 2, 3: 'x' };
    const b = { a: 5, c: 6 };
    const copy = assignOwn(assignOwn({}, a), b);
    expect(copy).toEqual({ ...a, ...b });
    expect(Object.keys(copy)).toEqual(Object.keys({ ...a, ...b }));
  });

  it('keeps a __proto__ key as a plain key, as spread does (the prototype is not changed)', () => {
    const source = JSON.parse('{"__proto__": {"polluted": true}, "x": 1}') as object;
    const copy = assignOwn({}, source) as Record<string, unknown>;
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(['__proto__', 'x']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(copy).toEqual({ ...source });
  });

  it('ignores inherited and non-enumerable properties', () => {
    const source = Object.create({ inherited: 1 }) as Record<string, unknown>;
    Object.defineProperty(source, 'hidden', { value: 2, enumerable: false });
    source.own = 3;
    expect(assignOwn({}, source)).toEqual({ own: 3 });
  });
});
