/** @jest-environment node */
import { deltaTone, formatDelta, formatGradeChange, formatRelativeChange, gradeTone } from '../formatDelta';
import { formatParamChange, formatParamValue } from '../formatParamValue';
import { figureDelta } from '../figureDelta';

describe('formatDelta', () => {
  it('writes durations and sizes with a sign, using the panel formatters', () => {
    expect(formatDelta(18_500, 'ms')).toBe('+18.5 s');
    expect(formatDelta(-450, 'ms')).toBe('−450 ms');
    expect(formatDelta(-1_200, 'MB')).toBe('−1.2 GB');
    expect(formatDelta(512, 'MB')).toBe('+512 MB');
    expect(formatDelta(3, 'score')).toBe('+3');
    expect(formatDelta(-2, 'count')).toBe('−2');
  });

  it('says ±0 for a change that rounds to nothing and — when a side is missing', () => {
    expect(formatDelta(0.2, 'ms')).toBe('±0 ms');
    expect(formatDelta(0, 'MB')).toBe('±0 MB');
    expect(formatDelta(0.4, 'score')).toBe('±0');
    expect(formatDelta(null, 'ms')).toBe('—');
    expect(formatDelta(Number.NaN, 'MB')).toBe('—');
  });

  it('gives the relative change, or null without a ratio', () => {
    expect(formatRelativeChange(figureDelta(22_500, 41_000))).toBe('+82 %');
    expect(formatRelativeChange(figureDelta(1000, 880))).toBe('−12 %');
    expect(formatRelativeChange(figureDelta(0, 880))).toBeNull();
    expect(formatRelativeChange(figureDelta(null, 880))).toBeNull();
  });

  it('writes grade changes and their tone', () => {
    expect(formatGradeChange({ before: 'B', after: 'C', changed: true })).toBe('B → C');
    expect(formatGradeChange({ before: 'B', after: 'B', changed: false })).toBe('B');
    expect(formatGradeChange({ before: null, after: 'A', changed: true })).toBe('– → A');
    expect(gradeTone({ before: 'B', after: 'C', changed: true })).toBe('worse');
    expect(gradeTone({ before: 'C', after: 'A', changed: true })).toBe('better');
    expect(gradeTone({ before: 'C', after: 'C', changed: false })).toBe('neutral');
  });

  it('calls less time, less memory and a higher score better', () => {
    expect(deltaTone(-100, 'ms')).toBe('better');
    expect(deltaTone(100, 'MB')).toBe('worse');
    expect(deltaTone(4, 'score')).toBe('better');
    expect(deltaTone(-4, 'score')).toBe('worse');
    expect(deltaTone(3, 'count')).toBe('neutral');
    expect(deltaTone(0.1, 'ms')).toBe('neutral');
    expect(deltaTone(null, 'ms')).toBe('neutral');
  });
});

describe('formatParamValue', () => {
  it('writes values short, and says unset for a missing one', () => {
    expect(formatParamValue(30)).toBe('30');
    expect(formatParamValue(undefined)).toBe('unset');
    expect(formatParamValue('Euler')).toBe('"Euler"');
    expect(formatParamValue({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
    expect(formatParamValue('x'.repeat(100))).toHaveLength(40);
    expect(formatParamChange({ key: 'num_inference_steps', before: 30, after: 60 })).toBe(
      'num_inference_steps 30 → 60',
    );
  });
});
