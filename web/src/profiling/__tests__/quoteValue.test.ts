import { QUOTED_CHARS, quoteValue } from '../quoteValue';

describe('quoteValue', () => {
  it('quotes short strings whole and long ones as a prefix with their length', () => {
    expect(quoteValue('fifty')).toBe('"fifty"');
    const long = quoteValue('y'.repeat(10_000_000));
    expect(long).toBe(`"${'y'.repeat(QUOTED_CHARS)}…" (10,000,000 characters)`);
  });

  it('names containers instead of serialising them (no stack overflow on deep ones)', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(quoteValue(deep)).toBe('an array of 1');
    expect(quoteValue({ a: 1 })).toBe('an object');
    expect(quoteValue(null)).toBe('null');
    expect(quoteValue(true)).toBe('true');
    expect(quoteValue(10n ** 100n)).toHaveLength(QUOTED_CHARS + 1);
  });
});
