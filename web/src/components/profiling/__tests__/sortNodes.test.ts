import { filterNodes, sortNodes } from '../table/sortNodes';
import { makeProfile } from './profileFixture';

const profile = makeProfile([
  { id: 'n1', runtimeMs: 300, vramMb: 10, confidence: 'low', title: 'Writer', parallelizable: false },
  { id: 'n2', runtimeMs: 100, vramMb: 30, confidence: 'high', title: 'Embed' },
  { id: 'n3', runtimeMs: 200, vramMb: 20, confidence: 'medium', title: 'Agent' },
]);

describe('sortNodes', () => {
  it('sorts numbers both ways without mutating the input', () => {
    const before = profile.nodes.map((n) => n.id);
    expect(sortNodes(profile.nodes, 'runtimeMs', 'desc').map((n) => n.id)).toEqual(['n1', 'n3', 'n2']);
    expect(sortNodes(profile.nodes, 'vramMb', 'asc').map((n) => n.id)).toEqual(['n1', 'n3', 'n2']);
    expect(profile.nodes.map((n) => n.id)).toEqual(before);
  });

  it('ranks confidence high > medium > low and sorts titles alphabetically', () => {
    expect(sortNodes(profile.nodes, 'confidence', 'desc').map((n) => n.confidence)).toEqual([
      'high',
      'medium',
      'low',
    ]);
    expect(sortNodes(profile.nodes, 'title', 'asc').map((n) => n.title)).toEqual([
      'Agent',
      'Embed',
      'Writer',
    ]);
  });
});

describe('filterNodes', () => {
  it('matches title, type or id case-insensitively', () => {
    expect(filterNodes(profile.nodes, 'EMB').map((n) => n.id)).toEqual(['n2']);
    expect(filterNodes(profile.nodes, 'kind.n3').map((n) => n.id)).toEqual(['n3']);
    expect(filterNodes(profile.nodes, '  ')).toHaveLength(3);
  });
});
