import fc from 'fast-check';
import { gradeScore } from '../gradeScore';
import { complementaryErrorFunction, scoreLogNormal, standardNormalCdf } from '../logNormalScore';
import { scoreAnalysis } from '../scoreAnalysis';
import { SCORING_MODEL, usableMemoryMb } from '../scoringModel';

describe('log-normal scoring curve', () => {
  const curve = { p10: 30_000, median: 180_000 };

  it('passes through its control points', () => {
    expect(scoreLogNormal(curve.p10, curve)).toBeCloseTo(0.9, 6);
    expect(scoreLogNormal(curve.median, curve)).toBeCloseTo(0.5, 6);
    expect(scoreLogNormal(0, curve)).toBe(1);
    expect(scoreLogNormal(-5, curve)).toBe(1);
    expect(scoreLogNormal(Number.POSITIVE_INFINITY, curve)).toBe(0);
  });

  it('is monotone decreasing and stays in [0, 1]', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-3, max: 1e9, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e9, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a < b ? [a, b] : [b, a];
          const sLo = scoreLogNormal(lo, curve);
          const sHi = scoreLogNormal(hi, curve);
          expect(sLo).toBeGreaterThanOrEqual(sHi - 1e-12);
          expect(sLo).toBeLessThanOrEqual(1);
          expect(sHi).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });

  it('computes Φ and erfc to published values', () => {
    expect(standardNormalCdf(0)).toBeCloseTo(0.5, 7);
    expect(standardNormalCdf(1.2815515655446004)).toBeCloseTo(0.9, 6);
    expect(standardNormalCdf(-1.959963985)).toBeCloseTo(0.025, 6);
    expect(complementaryErrorFunction(1)).toBeCloseTo(0.157299207, 6);
  });
});

describe('grades and the scoring model', () => {
  it('uses the bands A ≥ 90, B 75–89, C 60–74, D 40–59, F < 40', () => {
    expect([100, 90, 89, 75, 74, 60, 59, 40, 39, 0].map(gradeScore)).toEqual([
      'A',
      'A',
      'B',
      'B',
      'C',
      'C',
      'D',
      'D',
      'F',
      'F',
    ]);
  });

  it('has weights that sum to 1 and valid control points', () => {
    expect(SCORING_MODEL.reduce((s, m) => s + m.weight, 0)).toBeCloseTo(1, 12);
    for (const m of SCORING_MODEL) expect(0 < m.p10 && m.p10 < m.median).toBe(true);
  });

  it('scores a perfect workflow 100/A and an oversized one low; nothing to score gives null', () => {
    const base = {
      criticalPathMs: 1000,
      makespanMs: 1000,
      totalRuntimeMs: 1000,
      peakDeviceMemoryMb: 100,
      usableMemoryMb: 10_000,
      workNodeCount: 5,
      unknownNodeCount: 0,
    };
    const good = scoreAnalysis(base);
    expect([good.score, good.grade]).toEqual([100, 'A']);
    const bad = scoreAnalysis({
      ...base,
      criticalPathMs: 3_600_000,
      makespanMs: 7_200_000,
      totalRuntimeMs: 9_000_000,
      peakDeviceMemoryMb: 30_000,
      unknownNodeCount: 5,
    });
    expect(bad.grade).toBe('F');
    const none = scoreAnalysis({ ...base, workNodeCount: 0 });
    expect([none.score, none.grade, none.breakdown]).toEqual([null, null, []]);
    expect(none.reason).toMatch(/nothing to score/i);
  });

  it('takes usable memory per vendor', () => {
    expect(usableMemoryMb({ vendor: 'apple', memoryGb: 16 })).toBeCloseTo(11_200, 6);
    expect(usableMemoryMb({ vendor: 'apple', memoryGb: 64 })).toBeCloseTo(49_920, 6);
    expect(usableMemoryMb({ vendor: 'nvidia', memoryGb: 24 })).toBe(24_000);
    expect(usableMemoryMb({ vendor: 'cpu', memoryGb: 32 })).toBeCloseTo(25_600, 6);
  });
});
