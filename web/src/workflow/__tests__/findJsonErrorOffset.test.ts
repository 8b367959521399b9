import fc from 'fast-check';
import { findJsonErrorOffset } from '../findJsonErrorOffset';

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('findJsonErrorOffset', () => {
  it('finds no error in any serialized JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, pretty) => {
        expect(findJsonErrorOffset(JSON.stringify(value, null, pretty ? 2 : 0))).toBeUndefined();
      }),
    );
  });

  it('agrees with JSON.parse on arbitrary text built from JSON characters', () => {
    const jsonish = fc.string({
      unit: fc.constantFrom(
        '{',
        '}',
        '[',
        ']',
        '"',
        ':',
        ',',
        ' ',
        'a',
        '1',
        '-',
        '.',
        'e',
        'n',
        'u',
        'l',
        '\\',
      ),
    });
    fc.assert(
      fc.property(jsonish, (text) => {
        const offset = findJsonErrorOffset(text);
        expect(offset === undefined).toBe(parses(text));
        if (offset !== undefined) expect(offset).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 500 },
    );
  });
});
