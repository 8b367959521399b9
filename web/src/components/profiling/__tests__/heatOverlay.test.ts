import { createTheme } from '@mui/material/styles';
import { buildHeatDecorations, buildHeatOverlay, classifyRuntimeShare } from '../heatOverlay';
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

  it('colours nodes by runtime share with theme colours', () => {
    const theme = createTheme();
    const overlay = buildHeatOverlay(profile, theme);
    expect(overlay.getNodeHeat('llm')?.band).toBe('critical');
    expect(overlay.getNodeHeat('out')?.band).toBe('high');
    expect(overlay.getNodeHeat('side')?.band).toBe('medium');
    expect(overlay.getNodeHeat('in')?.band).toBe('low');
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
