/** @jest-environment node */
import { checkBudget, hasRelativeLimits, parseBudget } from '../cli/parseBudget';
import type { Profile } from '../../web/src/profiling';
import { UsageError } from '../cli/parseArgs';

describe('parseBudget', () => {
  it('reads units as own keys only: "80constructor" or "1toString" are usage errors', () => {
    for (const text of ['score=80constructor', 'criticalPathMs=1toString', 'peakVramMb=2__proto__']) {
      expect(() => parseBudget(text)).toThrow(UsageError);
    }
  });

  it('refuses a value that overflows to Infinity', () => {
    expect(() => parseBudget(`criticalPathMs=${'9'.repeat(400)}h`)).toThrow(UsageError);
  });

  it('still reads valid budgets with units', () => {
    expect(parseBudget('score=80,criticalPathMs=2m,peakVramMb=1GB').map((l) => l.value)).toEqual([
      80, 120_000, 1000,
    ]);
  });

  it('reads limits relative to a baseline: percentages, signed amounts with units, grade steps', () => {
    const limits = parseBudget(
      'makespanMs=+10%,peakVramMb=+0.5GB,score=-5,grade=-1,criticalPathMs=-20%,totalRuntimeMs=30s',
    );
    expect(limits.map(({ key, value, relative }) => [key, value, relative])).toEqual([
      ['makespanMs', 10, 'percent'],
      ['peakVramMb', 500, 'delta'],
      ['score', -5, 'delta'],
      ['grade', -1, 'delta'],
      ['criticalPathMs', -20, 'percent'],
      ['totalRuntimeMs', 30_000, null],
    ]);
    expect(hasRelativeLimits(limits)).toBe(true);
    expect(hasRelativeLimits(parseBudget('score=80,grade=B'))).toBe(false);
    for (const bad of ['makespanMs=+%', 'makespanMs=-100%', 'score=+x', 'grade=-B', 'peakVramMb=+1TB'])
      expect(() => parseBudget(bad)).toThrow(UsageError);
  });

  it('checks relative limits against the baseline, and fails them without one or without a score', () => {
    const summary = (makespanMs: number, score: number | null, grade: Profile['summary']['grade']) =>
      ({ makespanMs, score, grade }) as Profile['summary'];
    const limits = parseBudget('makespanMs=+10%,score=-2,grade=-0');
    expect(checkBudget(summary(1100, 88, 'B'), limits, summary(1000, 90, 'B')).passed).toBe(true);
    const grown = checkBudget(summary(1101, 88, 'B'), limits, summary(1000, 90, 'B'));
    expect(grown.passed).toBe(false);
    expect(grown.lines[0]).toBe('FAIL  makespanMs ≤ baseline +10% (actual 1101; baseline 1000, limit 1100)');
    expect(checkBudget(summary(900, 87, 'B'), limits, summary(1000, 90, 'B')).lines[1]).toMatch(
      /^FAIL {2}score/,
    );
    expect(checkBudget(summary(900, 90, 'C'), limits, summary(1000, 90, 'B')).lines[2]).toBe(
      'FAIL  grade ≥ baseline −0 grades (actual C; baseline B, limit B)',
    );
    expect(checkBudget(summary(900, 90, 'B'), limits, summary(1000, null, null)).passed).toBe(false);
    expect(checkBudget(summary(900, 90, 'B'), limits, null).passed).toBe(false);
  });
});
