/** @jest-environment node */
import { parseBudget } from '../cli/parseBudget';
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
});
