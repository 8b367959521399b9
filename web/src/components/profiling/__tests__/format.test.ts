import { buildTimeTicks } from '../charts/timeTicks';
import {
  approximately,
  formatCount,
  formatDuration,
  durationTickFormatter,
  megabytesTickFormatter,
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

describe('approximately', () => {
  it('marks an estimate with ≈ but not a bound or an unknown value', () => {
    expect(approximately('1.4 s')).toBe('≈ 1.4 s');
    expect(approximately('< 1 ms')).toBe('< 1 ms');
    expect(approximately('< 1 MB')).toBe('< 1 MB');
    expect(approximately('—')).toBe('—');
  });
});

describe('time axis ticks', () => {
  it('lands on round clock values', () => {
    expect(buildTimeTicks(132_000)).toEqual([0, 30_000, 60_000, 90_000, 120_000, 150_000]);
    const ticks = buildTimeTicks(132_000);
    expect(ticks.map(durationTickFormatter(ticks))).toEqual([
      '0 s',
      '30 s',
      '60 s',
      '90 s',
      '120 s',
      '150 s',
    ]);
    const hours = buildTimeTicks(9_540_000);
    expect(hours.map(durationTickFormatter(hours))).toEqual(['0 h', '1 h', '2 h', '3 h']);
    expect(buildTimeTicks(0)).toEqual([0]);
  });

  it('labels every tick of an axis in one unit', () => {
    for (const max of [0, 1, 7, 999, 4_321, 61_000, 132_000, 3_600_001, 400_000_000]) {
      const ticks = buildTimeTicks(max);
      const units = new Set(ticks.map((tick) => durationTickFormatter(ticks)(tick).split(' ')[1]));
      expect(units.size).toBe(1);
    }
    expect(buildTimeTicks(4_321).map(durationTickFormatter(buildTimeTicks(4_321)))).toEqual([
      '0 s',
      '1 s',
      '2 s',
      '3 s',
      '4 s',
      '5 s',
    ]);
    expect(buildTimeTicks(999).map(durationTickFormatter(buildTimeTicks(999)))[1]).toBe('200 ms');
  });

  it('labels a memory axis in GB from 1 GB up, in MB below', () => {
    expect([0, 2000, 4000].map(megabytesTickFormatter(4000))).toEqual(['0 GB', '2 GB', '4 GB']);
    expect([0, 250, 500].map(megabytesTickFormatter(500))).toEqual(['0 MB', '250 MB', '500 MB']);
  });

  it('covers the maximum with at most five intervals', () => {
    for (const max of [1, 7, 999, 4_321, 61_000, 3_600_001, 400_000_000]) {
      const ticks = buildTimeTicks(max);
      expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(max);
      expect(ticks.length - 1).toBeLessThanOrEqual(5);
    }
  });
});
