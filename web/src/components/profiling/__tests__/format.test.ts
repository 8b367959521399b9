import { buildTimeTicks } from '../charts/timeTicks';
import {
  formatCount,
  formatDuration,
  formatDurationTick,
  formatMegabytes,
  formatMetricValue,
  formatShare,
} from '../format';

describe('formatDuration', () => {
  it.each([
    [0, '0 ms'],
    [0.4, '< 1 ms'],
    [12, '12 ms'],
    [999, '999 ms'],
    [1400, '1.4 s'],
    [12_340, '12.3 s'],
    [125_000, '2 min 05 s'],
    [3_780_000, '1 h 03 min'],
  ])('%d ms → %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it('renders impossible values as a dash', () => {
    expect(formatDuration(Number.NaN)).toBe('—');
    expect(formatDuration(-5)).toBe('—');
  });
});

describe('formatMegabytes', () => {
  it.each([
    [0, '0 MB'],
    [512, '512 MB'],
    [3_200, '3.2 GB'],
    [24_000, '24 GB'],
    [1_500_000, '1.5 TB'],
  ])('%d MB → %s', (mb, text) => {
    expect(formatMegabytes(mb)).toBe(text);
  });
});

describe('other formats', () => {
  it('formats shares, counts and metric units', () => {
    expect(formatShare(0.1234)).toBe('12.3 %');
    expect(formatCount(12345)).toBe('12,345');
    expect(formatMetricValue(2500, 'ms')).toBe('2.5 s');
    expect(formatMetricValue(0.5, 'ratio')).toBe('50 %');
    expect(formatMetricValue(8000, 'MB')).toBe('8 GB');
  });
});

describe('time axis ticks', () => {
  it('lands on round clock values', () => {
    expect(buildTimeTicks(132_000)).toEqual([0, 30_000, 60_000, 90_000, 120_000, 150_000]);
    expect(buildTimeTicks(132_000).map(formatDurationTick)).toEqual([
      '0ms',
      '30s',
      '1m',
      '1.5m',
      '2m',
      '2.5m',
    ]);
    expect(buildTimeTicks(9_540_000).map(formatDurationTick)).toEqual(['0ms', '1h', '2h', '3h']);
    expect(buildTimeTicks(0)).toEqual([0]);
  });

  it('covers the maximum with at most five intervals', () => {
    for (const max of [1, 7, 999, 4_321, 61_000, 3_600_001, 400_000_000]) {
      const ticks = buildTimeTicks(max);
      expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(max);
      expect(ticks.length - 1).toBeLessThanOrEqual(5);
    }
  });
});
