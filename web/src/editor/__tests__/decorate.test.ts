import { decorate, isSameDecoration, type DecorationCache } from '../components/EditorCanvas';

type Item = { id: string; className?: string; style?: Record<string, string>; animated?: boolean };

const items: Item[] = [{ id: 'a', className: 'own' }, { id: 'b' }, { id: 'c' }];

describe('decorate', () => {
  it('merges classes and styles, tints cards, and leaves undecorated items untouched', () => {
    const out = decorate(items, {
      a: { className: 'hot', style: { backgroundColor: 'red', outline: '1px' } },
      b: { animated: true },
    });
    expect(out[0]?.className).toBe('own hot');
    expect(out[0]?.style).toMatchObject({ backgroundColor: 'red', outline: '1px', '--wpp-node-bg': 'red' });
    expect(out[1]?.animated).toBe(true);
    expect(out[2]).toBe(items[2]);
    expect(decorate(items, {})).toBe(items);
  });

  it('with a cache, keeps the identity of items whose node and decoration are unchanged by value', () => {
    const cache: DecorationCache<Item> = new Map();
    const first = decorate(items, { a: { style: { color: 'red' } }, b: { style: { color: 'blue' } } }, cache);
    // Rebuilt decorations (new objects, same values for a; new colour for b).
    const second = decorate(
      items,
      { a: { style: { color: 'red' } }, b: { style: { color: 'green' } } },
      cache,
    );
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1]?.style).toEqual({ color: 'green' });
    // A changed item (e.g. moved) is re-decorated.
    const moved = [{ ...items[0], style: { left: '1px' } } as Item, ...items.slice(1)];
    const third = decorate(moved, { a: { style: { color: 'red' } } }, cache);
    expect(third[0]).not.toBe(first[0]);
    expect(third[0]?.style).toEqual({ left: '1px', color: 'red' });
  });
});

describe('isSameDecoration', () => {
  it('compares class names, animation and style values', () => {
    expect(
      isSameDecoration(
        { className: 'x', style: { color: 'red' } },
        { className: 'x', style: { color: 'red' } },
      ),
    ).toBe(true);
    expect(isSameDecoration({ className: 'x' }, { className: 'y' })).toBe(false);
    expect(isSameDecoration({ animated: true }, { animated: false })).toBe(false);
    expect(isSameDecoration({ style: { color: 'red' } }, { style: { color: 'red', outline: '1px' } })).toBe(
      false,
    );
    expect(isSameDecoration({ style: { color: 'red' } }, { style: { color: 'blue' } })).toBe(false);
  });
});
