import { createTheme } from '@mui/material/styles';
import { makeRunRecord } from '../../../runs/testing/makeRunRecord';
import type { NodeActual } from '../../../runs/types';
import { buildTimelineSeries } from '../charts/buildChartSeries';
import { buildMeasuredTimeline } from '../charts/buildMeasuredTimeline';
import { buildHeatOverlay } from '../heatOverlay';
import { makeProfile } from './profileFixture';

const actual = (ms: number | null): NodeActual => ({
  ms,
  executions: 1,
  runs: 1,
  status: 'completed',
  trusted: true,
  ratio: null,
  runIds: ['r1'],
});

describe('heat overlay by measured time', () => {
  const profile = makeProfile([
    { id: 'a', runtimeMs: 900 },
    { id: 'b', runtimeMs: 100 },
    { id: 'c', runtimeMs: 0 },
  ]);

  it('colours measured nodes by their measured share and the rest by their estimate', () => {
    const overlay = buildHeatOverlay(profile, createTheme(), { a: actual(100), b: actual(900), c: null });
    expect(overlay.getNodeHeat('a')).toMatchObject({ share: 0.1, measured: true });
    expect(overlay.getNodeHeat('b')).toMatchObject({ share: 0.9, measured: true, band: 'critical' });
    expect(overlay.getNodeHeat('c')).toMatchObject({ measured: false, band: 'none' });
  });

  it('falls back to the estimate for a node without a finished measurement', () => {
    const overlay = buildHeatOverlay(profile, createTheme(), { a: actual(null), b: actual(100) });
    expect(overlay.getNodeHeat('a')).toMatchObject({ share: 0.9, measured: false });
    expect(buildHeatOverlay(profile, createTheme()).getNodeHeat('a')?.measured).toBe(false);
  });
});

describe('buildMeasuredTimeline', () => {
  it('spans a node from its first own-work start to its last end in the run', () => {
    const profile = makeProfile([
      { id: 'a', runtimeMs: 100, critical: true },
      { id: 'b', runtimeMs: 50, startMs: 100, critical: true },
    ]);
    const run = makeRunRecord('r1', { a: { ms: [40, 60] }, b: { status: 'unfinished' } });
    const { rows, measuredEndMs, measuredCount } = buildMeasuredTimeline(
      buildTimelineSeries(profile).rows,
      run,
    );
    expect(rows.find((row) => row.nodeId === 'a')).toMatchObject({
      measured: [0, 100],
      measuredMs: 100,
      measuredExecutions: 2,
    });
    expect(rows.find((row) => row.nodeId === 'b')?.measured).toBeNull();
    expect(measuredEndMs).toBe(100);
    expect(measuredCount).toBe(1);
  });
});
