import { formatCount, formatDuration, formatMegabytes, formatMetricValue, formatShare } from '../format';

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
