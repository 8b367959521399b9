import { resolveHardware } from '../../hardware';
import { computeMsPerStep } from '../formulas/diffusion';
import {
  computeDiffusionFlopsPerSec,
  computeTorchFlopsPerSec,
  getDiffusionCallMs,
} from '../formulas/efficiency';
import { findKnownDiffusion } from '../models';
import type { KnownDiffusion } from '../models/types';

const diff = (id: string) => findKnownDiffusion(id) as KnownDiffusion;

describe('diffusion on Apple silicon', () => {
  it('uses the fitted Apple diffusion efficiency, leaving Whisper and encoders on the class η', () => {
    const m3 = resolveHardware('apple-m3');
    expect(computeDiffusionFlopsPerSec(m3) / computeTorchFlopsPerSec(m3)).toBeCloseTo(0.5 / 0.3, 6);
    expect(getDiffusionCallMs(m3)).toBe(40);
    const rtx = resolveHardware('rtx-4090');
    expect(computeDiffusionFlopsPerSec(rtx)).toBe(computeTorchFlopsPerSec(rtx));
  });

  // apple/ml-stable-diffusion README, SDXL 1024², 20 steps, CFG, Core ML GPU: M1 Max 0.46, M2 Ultra 1.11 iter/s.
  it.each([
    ['apple-m1-max', 0.46],
    ['apple-m2-ultra', 1.11],
  ])('SDXL 1024² with CFG on %s runs within 25 %% of the published %s it/s', (id, published) => {
    const ms = computeMsPerStep(diff('sdxl'), resolveHardware(id), {
      width: 1024,
      height: 1024,
      batch: 1,
      evals: 2,
    });
    expect(1000 / ms / published).toBeGreaterThan(0.8);
    expect(1000 / ms / published).toBeLessThan(1.25);
  });

  it('SD1.5 at 512×768 on an M3 takes 1.2–2 s per step (was 2.5 s with the assumed η 0.3)', () => {
    const ms = computeMsPerStep(diff('sd1.5'), resolveHardware('apple-m3'), {
      width: 512,
      height: 768,
      batch: 1,
      evals: 2,
    });
    expect(ms).toBeGreaterThan(1200);
    expect(ms).toBeLessThan(2000);
  });
});
