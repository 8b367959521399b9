import { pluralNoun, pluralize } from '../pluralize';

describe('pluralize', () => {
  it('uses the singular for exactly one and the plural otherwise', () => {
    expect(pluralize(1, 'lane')).toBe('1 lane');
    expect(pluralize(0, 'lane')).toBe('0 lanes');
    expect(pluralize(2, 'edge')).toBe('2 edges');
    expect(pluralize(1.5, 'run')).toBe('2 runs');
  });

  it('groups thousands and takes an irregular plural', () => {
    expect(pluralize(1000, 'node')).toBe('1,000 nodes');
    expect(pluralize(3, 'entry', 'entries')).toBe('3 entries');
    expect(pluralNoun(1, 'entry', 'entries')).toBe('entry');
  });

  it('shows a dash for a count that is not a number', () => {
    expect(pluralize(Number.NaN, 'node')).toBe('— nodes');
  });
});
