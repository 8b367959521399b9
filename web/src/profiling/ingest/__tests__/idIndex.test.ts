import fc from 'fast-check';
import { hashId, IdIndex } from '../idIndex';

/** Add ids in order the way ingest does; returns what `add` answered for each. */
function addAll(index: IdIndex, ids: readonly string[]): number[] {
  return ids.map((id) => index.add(id));
}

describe('IdIndex', () => {
  it('gives ids their insertion index and reports the first index of a repeated id', () => {
    const index = new IdIndex(4);
    expect(addAll(index, ['a', 'b', 'a', 'c'])).toEqual([-1, -1, 0, -1]);
    expect(index.size).toBe(3);
    expect([index.get('a'), index.get('b'), index.get('c'), index.get('d')]).toEqual([0, 1, 2, undefined]);
    expect(index.has('b')).toBe(true);
    expect(index.has('')).toBe(false);
    expect(index.idList()).toEqual(['a', 'b', 'c']);
  });

  it('treats __proto__, constructor and toString as plain ids', () => {
    const index = new IdIndex(3);
    addAll(index, ['__proto__', 'constructor', 'toString']);
    expect(index.get('__proto__')).toBe(0);
    expect(index.get('constructor')).toBe(1);
    expect(index.get('hasOwnProperty')).toBeUndefined();
  });

  it('hashes every character (ids differing only in the middle spread out)', () => {
    const a = hashId('node-0000-aaaa-0000-node');
    const b = hashId('node-0000-aaab-0000-node');
    expect(a).not.toBe(b);
  });

  it('answers like a Map whatever the ids (property test)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 6 }), { maxLength: 200 }),
        fc.array(fc.string({ maxLength: 6 })),
        (ids, probes) => {
          const index = new IdIndex(ids.length);
          const map = new Map<string, number>();
          ids.forEach((id) => {
            const answer = index.add(id);
            expect(answer).toBe(map.has(id) ? map.get(id) : -1);
            if (!map.has(id)) map.set(id, map.size);
          });
          for (const id of [...ids, ...probes]) expect(index.get(id)).toBe(map.get(id));
          expect(index.size).toBe(map.size);
        },
      ),
    );
  });

  it('stays correct (and linear) when every id collides: it falls back to a Map', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `n${i}`);
    const index = new IdIndex(ids.length, () => 7);
    expect(addAll(index, ids).every((answer) => answer === -1)).toBe(true);
    expect(ids.every((id, i) => index.get(id) === i)).toBe(true);
    expect(index.add('n17')).toBe(17);
    expect(index.get('missing')).toBeUndefined();
  });

  it('accepts more ids than its capacity', () => {
    const index = new IdIndex(2);
    expect(addAll(index, ['a', 'b', 'c', 'd', 'b'])).toEqual([-1, -1, -1, -1, 1]);
    expect(index.get('d')).toBe(3);
    expect(index.size).toBe(4);
  });
});
