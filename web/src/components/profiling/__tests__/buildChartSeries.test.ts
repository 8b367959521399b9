import { buildMemorySeries, buildRuntimeSeries, buildTimelineSeries } from '../charts/buildChartSeries';
import { makeProfile } from './profileFixture';

describe('buildRuntimeSeries', () => {
  const profile = makeProfile([
    { id: 'a', runtimeMs: 100, critical: true },
    { id: 'b', runtimeMs: 400 },
    { id: 'c', runtimeMs: 50 },
    { id: 'd', runtimeMs: 250, critical: true },
    { id: 'note', runtimeMs: 0, layoutOnly: true },
  ]);

  it('keeps the top N slowest nodes in order and sums the rest into "other"', () => {
    const series = buildRuntimeSeries(profile, 2);
    expect(series.bars.map((bar) => bar.key)).toEqual(['b', 'd', '__other__']);
    const other = series.bars[2];
    expect(other?.runtimeMs).toBe(150);
    expect(other?.nodeCount).toBe(2);
    expect(other?.label).toBe('Other (2 nodes)');
    expect(series.bars.reduce((sum, bar) => sum + bar.runtimeMs, 0)).toBe(profile.summary.totalRuntimeMs);
  });

  it('computes shares of the total and marks critical-path bars', () => {
    const series = buildRuntimeSeries(profile, 10);
    expect(series.bars).toHaveLength(4);
    expect(series.bars[0]?.share).toBeCloseTo(0.5);
    expect(series.bars.find((bar) => bar.key === 'd')?.onCriticalPath).toBe(true);
    expect(series.costedNodeCount).toBe(4);
  });

  it('returns the same series object for the same profile (cache)', () => {
    expect(buildRuntimeSeries(profile, 3)).toBe(buildRuntimeSeries(profile, 3));
  });
});

describe('buildMemorySeries', () => {
  it('orders nodes by RAM + VRAM and leaves out nodes without memory', () => {
    const profile = makeProfile([
      { id: 'llm', runtimeMs: 10, memoryMb: 500, vramMb: 8000 },
      { id: 'csv', runtimeMs: 10, memoryMb: 50 },
      { id: 'none', runtimeMs: 10 },
      { id: 'sd', runtimeMs: 10, memoryMb: 1000, vramMb: 10_000 },
    ]);
    const series = buildMemorySeries(profile, 10);
    expect(series.bars.map((bar) => bar.nodeId)).toEqual(['sd', 'llm', 'csv']);
    expect(series.nodeWithMemoryCount).toBe(3);
  });
});

describe('buildTimelineSeries', () => {
  const profile = makeProfile([
    { id: 'a', runtimeMs: 100, startMs: 0, critical: true, lane: 'gpu-0' },
    { id: 'b', runtimeMs: 10, startMs: 0, lane: 'worker-0' },
    { id: 'c', runtimeMs: 300, startMs: 100, critical: true, lane: 'gpu-0' },
    { id: 'd', runtimeMs: 50, startMs: 10, lane: 'worker-1' },
    { id: 'e', runtimeMs: 0, startMs: 0, lane: 'worker-2' },
  ]);

  it('always keeps critical-path tasks, fills with the longest others, in start order', () => {
    const series = buildTimelineSeries(profile, 3);
    expect(series.rows.map((row) => row.nodeId)).toEqual(['a', 'd', 'c']);
    expect(series.rows[2]?.range).toEqual([100, 400]);
    expect(series.scheduledCount).toBe(4);
    expect(series.lanes).toEqual(['gpu-0', 'worker-0', 'worker-1', 'worker-2']);
  });

  it('leaves out zero-length tasks that are not critical', () => {
    const series = buildTimelineSeries(profile, 10);
    expect(series.rows.some((row) => row.nodeId === 'e')).toBe(false);
    expect(series.makespanMs).toBe(400);
  });
});

describe('label disambiguation', () => {
  it('appends the node id to repeated titles', () => {
    const profile = makeProfile([
      { id: 'a', runtimeMs: 30, title: 'Wan_T2V' },
      { id: 'b', runtimeMs: 20, title: 'Wan_T2V' },
      { id: 'c', runtimeMs: 10, title: 'Upscale' },
    ]);
    expect(buildRuntimeSeries(profile, 5).bars.map((bar) => bar.label)).toEqual([
      'Wan_T2V · a',
      'Wan_T2V · b',
      'Upscale',
    ]);
  });
});
