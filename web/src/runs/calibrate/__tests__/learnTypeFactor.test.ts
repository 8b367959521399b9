import fc from 'fast-check';
import { MAX_TYPE_FACTOR, MIN_TYPE_FACTOR } from '../../../profiling/calibration/types';
import {
  FACTOR_SHRINKAGE_K,
  learnTypeFactor,
  MIN_FACTOR_SAMPLES,
  type RatioSample,
} from '../learnTypeFactor';

const sample = (measuredMs: number, estimatedMs: number, runId = 'r'): RatioSample => ({
  measuredMs,
  estimatedMs,
  runId,
});

describe('learnTypeFactor', () => {
  it('needs at least three usable samples', () => {
    expect(MIN_FACTOR_SAMPLES).toBe(3);
    expect(learnTypeFactor([sample(20, 10), sample(20, 10)])).toBeNull();
    // A zero side carries no ratio and does not count.
    expect(learnTypeFactor([sample(20, 10), sample(20, 10), sample(0, 10)])).toBeNull();
  });

  it('takes the median log ratio and shrinks it by n/(n+k)', () => {
    const learned = learnTypeFactor([sample(40, 10, 'a'), sample(40, 10, 'b'), sample(40, 10, 'c')])!;
    expect(learned.rawFactor).toBeCloseTo(4, 10);
    // n = 3, k = 3: half the log correction, √4 = 2.
    expect(FACTOR_SHRINKAGE_K).toBe(3);
    expect(learned.factor).toBeCloseTo(2, 10);
    expect(learned.samples).toBe(3);
    expect(learned.runs).toBe(3);
  });

  it('counts distinct runs', () => {
    const learned = learnTypeFactor([sample(5, 10, 'a'), sample(5, 10, 'a'), sample(5, 10, 'b')])!;
    expect(learned.runs).toBe(2);
    expect(learned.factor).toBeCloseTo(Math.exp(Math.log(0.5) / 2), 10);
  });

  // Ratios within the factor bounds (1e-3 to 1e3), so clamping does not enter the oracle.
  const ratioSample = fc.record({
    measuredMs: fc.double({ min: 1, max: 1000, noNaN: true }),
    estimatedMs: fc.double({ min: 1, max: 1000, noNaN: true }),
    runId: fc.constantFrom('a', 'b', 'c', 'd'),
  });

  it('property: the shrunk factor lies between 1 and the raw factor, within the bounds', () => {
    fc.assert(
      fc.property(fc.array(ratioSample, { minLength: 3, maxLength: 40 }), (samples) => {
        const learned = learnTypeFactor(samples)!;
        const n = samples.length;
        expect(learned.factor).toBeGreaterThanOrEqual(MIN_TYPE_FACTOR);
        expect(learned.factor).toBeLessThanOrEqual(MAX_TYPE_FACTOR);
        const logFactor = Math.log(learned.factor);
        const logRaw = Math.log(learned.rawFactor);
        expect(Math.abs(logFactor)).toBeLessThanOrEqual(Math.abs(logRaw) + 1e-9);
        expect(logFactor * logRaw).toBeGreaterThanOrEqual(0);
        // Never more than n/(n+k) of the correction.
        expect(Math.abs(logFactor)).toBeLessThanOrEqual(
          (Math.abs(logRaw) * n) / (n + FACTOR_SHRINKAGE_K) + 1e-9,
        );
      }),
    );
  });

  it('property: one outlier sample cannot move the raw factor beyond the other samples’ range', () => {
    fc.assert(
      fc.property(
        fc.array(ratioSample, { minLength: 3, maxLength: 30 }),
        fc.double({ min: 1e-6, max: 1e9, noNaN: true }),
        (others, outlierMs) => {
          const ratios = others.map((s) => s.measuredMs / s.estimatedMs);
          const learned = learnTypeFactor([...others, sample(outlierMs, 1, 'x')])!;
          const lo = Math.max(MIN_TYPE_FACTOR, Math.min(...ratios));
          const hi = Math.min(MAX_TYPE_FACTOR, Math.max(...ratios));
          expect(learned.rawFactor).toBeGreaterThanOrEqual(lo * (1 - 1e-9));
          expect(learned.rawFactor).toBeLessThanOrEqual(hi * (1 + 1e-9));
        },
      ),
    );
  });

  it('property: a larger shrinkage constant never gives a stronger correction', () => {
    fc.assert(
      fc.property(
        fc.array(ratioSample, { minLength: 3, maxLength: 20 }),
        fc.integer({ min: 0, max: 20 }),
        (s, k) => {
          const weak = Math.abs(Math.log(learnTypeFactor(s, k + 1)!.factor));
          const strong = Math.abs(Math.log(learnTypeFactor(s, k)!.factor));
          expect(weak).toBeLessThanOrEqual(strong + 1e-9);
        },
      ),
    );
  });
});
