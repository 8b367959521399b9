import type { NodeEstimate } from '../../estimate/types';
import { carryCalibration } from '../applyCalibration';

const estimate = (runtimeMs: number, details: Record<string, unknown> = {}): NodeEstimate => ({
  category: 'data',
  complexity: 1,
  runtimeMs,
  memoryMb: 1,
  vramMb: 0,
  device: 'cpu',
  known: false,
  confidence: 'low',
  layoutOnly: false,
  details: { source: 'default', assumptions: [], ...details },
});

describe('carryCalibration (suggestion re-estimates of calibrated nodes)', () => {
  it('keeps a measured node’s measured/estimated ratio', () => {
    const carried = carryCalibration(estimate(800, { estimatedMs: 5 }), estimate(10));
    expect(carried.runtimeMs).toBeCloseTo(1600, 9);
    expect(carried.details.source).toBe('default (scaled ×160 as calibrated)');
  });

  it('keeps a type factor', () => {
    expect(carryCalibration(estimate(50, { calibrationFactor: 2.5 }), estimate(4)).runtimeMs).toBeCloseTo(
      10,
      9,
    );
  });

  it('returns an uncalibrated re-estimate unchanged', () => {
    const fresh = estimate(4);
    expect(carryCalibration(estimate(50), fresh)).toBe(fresh);
  });
});
