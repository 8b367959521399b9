import { createTheme } from '@mui/material/styles';
import fc from 'fast-check';
import {
  buildHeatDecorations,
  buildHeatOverlay,
  classifyRuntimeRank,
  classifyRuntimeShare,
  rankQuantiles,
} from '../heatOverlay';
import { makeProfile } from './profileFixture';

describe('classifyRuntimeShare', () => {
  it.each([
    [0, 'none'],
    [0.01, 'low'],
    [0.05, 'medium'],
    [0.2, 'high'],
    [0.5, 'critical'],
  ])('%d → %s', (share, band) => {
    expect(classifyRuntimeShare(share)).toBe(band);
  });
});

describe('buildHeatOverlay', () => {
  const profile = makeProfile(
    [
      { id: 'in', runtimeMs: 10, critical: true },
      { id: 'llm', runtimeMs: 700, critical: true },
      { id: 'side', runtimeMs: 90 },
      { id: 'out', runtimeMs: 200, critical: true },
      { id: 'note', runtimeMs: 0, layoutOnly: true },
    ],
    ['in', 'llm', 'out'],
  );

  it('colours nodes by the rank of their runtime with theme colours', () => {
    const theme = createTheme();
    const overlay = buildHeatOverlay(profile, theme);
    // Four work nodes: ranks 0, 1/3, 2/3, 1.
    expect(overlay.getNodeHeat('llm')?.band).toBe('critical');
    expect(overlay.getNodeHeat('out')?.band).toBe('medium');
    expect(overlay.getNodeHeat('side')?.band).toBe('low');
    expect(overlay.getNodeHeat('in')?.band).toBe('low');
    expect(overlay.getNodeHeat('llm')?.share).toBe(0.7);
    expect(overlay.getNodeHeat('note')?.band).toBe('none');
    expect(overlay.getNodeHeat('llm')?.style.boxShadow).toContain(theme.palette.error.main);
    expect(overlay.getNodeHeat('note')?.style.boxShadow).toBeUndefined();
  });

  it('marks critical-path nodes and exactly the edges between consecutive critical nodes', () => {
    const overlay = buildHeatOverlay(profile, createTheme());
    expect(overlay.getNodeHeat('llm')?.className).toContain('profiler-heat--critical-path');
    expect(overlay.getNodeHeat('side')?.className).not.toContain('critical-path');
    expect(overlay.getEdgeHeat({ source: 'in', target: 'llm' })?.animated).toBe(true);
    expect(overlay.getEdgeHeat({ source: 'llm', target: 'out' })).toBeDefined();
    expect(overlay.getEdgeHeat({ source: 'in', target: 'out' })).toBeUndefined();
    expect(overlay.getEdgeHeat({ source: 'llm', target: 'in' })).toBeUndefined();
  });

  it('follows the theme in dark mode', () => {
    const dark = createTheme({ palette: { mode: 'dark' } });
    const overlay = buildHeatOverlay(profile, dark);
    expect(overlay.bands.find((band) => band.id === 'critical')?.color).toBe(dark.palette.error.main);
    expect(overlay.criticalPathColor).toBe(dark.palette.secondary.main);
  });
});

describe('rank bands on a large graph', () => {
  it('a 1,000-node graph with one dominant node is not all one colour', () => {
    const nodes = Array.from({ length: 1000 }, (_, i) => ({
      id: `n${i}`,
      runtimeMs: i === 0 ? 1e6 : 10 + i,
    }));
    const overlay = buildHeatOverlay(makeProfile(nodes, ['n0']), createTheme());
    const counts = new Map<string, number>();
    for (const heat of overlay.nodes.values()) counts.set(heat.band, (counts.get(heat.band) ?? 0) + 1);
    // By share, 999 nodes would be < 5 % ("low"); by rank each band holds its quantile range.
    expect(counts.get('critical')).toBe(100);
    expect(counts.get('high')).toBe(150);
    expect(counts.get('medium')).toBe(250);
    expect(counts.get('low')).toBe(500);
  });

  it('rankQuantiles matches counting by brute force (ties share a rank; zero costs rank 0)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 40 }), (costs) => {
        const got = rankQuantiles(costs);
        const positive = costs.filter((c) => c > 0);
        costs.forEach((cost, i) => {
          const expected =
            cost <= 0
              ? 0
              : positive.length <= 1
                ? 1
                : positive.filter((c) => c < cost).length / (positive.length - 1);
          expect(got[i]).toBeCloseTo(expected, 12);
        });
      }),
    );
  });

  it('classifyRuntimeRank: bands at the 50th, 75th and 90th percentiles; zero cost is none', () => {
    expect(classifyRuntimeRank(0.49, 1)).toBe('low');
    expect(classifyRuntimeRank(0.5, 1)).toBe('medium');
    expect(classifyRuntimeRank(0.75, 1)).toBe('high');
    expect(classifyRuntimeRank(0.9, 1)).toBe('critical');
    expect(classifyRuntimeRank(1, 0)).toBe('none');
  });
});

describe('buildHeatDecorations', () => {
  it('keys node decorations by node id and edge decorations by edge id (critical edges only)', () => {
    const profile = makeProfile(
      [
        { id: '__proto__', runtimeMs: 600, critical: true },
        { id: 'b', runtimeMs: 400, critical: true },
        { id: 'c', runtimeMs: 0 },
        { id: 'note', runtimeMs: 0, layoutOnly: true },
      ],
      ['__proto__', 'b'],
    );
    const overlay = buildHeatOverlay(profile, createTheme());
    const decorations = buildHeatDecorations(overlay, [
      { id: 'e1', source: '__proto__', target: 'b' },
      { id: 'e2', source: 'b', target: 'c' },
    ]);
    expect(Object.keys(decorations.nodes).sort()).toEqual(['__proto__', 'b']);
    expect(Object.getPrototypeOf(decorations.nodes)).toBe(Object.prototype);
    expect(decorations.nodes.b?.className).toContain('profiler-heat--critical');
    expect(Object.keys(decorations.edges)).toEqual(['e1']);
    expect(decorations.edges.e1?.animated).toBe(true);
  });
});
