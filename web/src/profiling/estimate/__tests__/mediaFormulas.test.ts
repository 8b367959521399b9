import { resolveHardware } from '../../hardware';
import {
  applyOffload,
  computeActivationBytes,
  computeEvalsPerStep,
  computeFlopsPerEvalT,
  computeMsPerStep,
} from '../formulas/diffusion';
import { computeImageOpMs } from '../formulas/ops';
import {
  computeSpeechSecondsFromChars,
  computeWhisperTiming,
  computeWhisperWindows,
} from '../formulas/speech';
import { findKnownDiffusion, findKnownSpeech } from '../models';
import type { KnownDiffusion, KnownSpeech } from '../models/types';

const diff = (id: string) => findKnownDiffusion(id) as KnownDiffusion;
const hw = resolveHardware('rtx-4090');

describe('diffusion', () => {
  it('classifier-free guidance doubles evaluations; FLUX is guidance-distilled', () => {
    expect(computeEvalsPerStep(diff('sdxl'), 7.5)).toBe(2);
    expect(computeEvalsPerStep(diff('sdxl'), 1)).toBe(1);
    expect(computeEvalsPerStep(diff('flux.1-dev'), 3.5)).toBe(1);
  });

  it('uses the measured FLOPs at the native size and grows faster than pixels above it', () => {
    const sdxl = diff('sdxl');
    expect(computeFlopsPerEvalT(sdxl, 1024, 1024)).toBeCloseTo(5.98, 6);
    expect(computeFlopsPerEvalT(sdxl, 2048, 2048)).toBeGreaterThan(4 * 5.98);
    expect(computeFlopsPerEvalT(sdxl, 512, 512)).toBeLessThan(5.98 / 3.9);
  });

  it('step time is monotone in size, batch and evaluations, with a per-call floor', () => {
    const m = diff('sd-v1');
    const base = computeMsPerStep(m, hw, { width: 512, height: 512, batch: 1, evals: 2 });
    expect(computeMsPerStep(m, hw, { width: 768, height: 768, batch: 1, evals: 2 })).toBeGreaterThan(base);
    expect(computeMsPerStep(m, hw, { width: 512, height: 512, batch: 4, evals: 2 })).toBeGreaterThan(base);
    expect(computeMsPerStep(m, hw, { width: 512, height: 512, batch: 1, evals: 1 })).toBeLessThan(base);
    expect(computeMsPerStep(m, hw, { width: 64, height: 64, batch: 1, evals: 1 })).toBeGreaterThan(4);
  });

  it('SD1.5 on an RTX 4090 runs near the published 40 it/s (512², CFG)', () => {
    const its = 1000 / computeMsPerStep(diff('sd-v1'), hw, { width: 512, height: 512, batch: 1, evals: 2 });
    expect(its).toBeGreaterThan(40.5 / 1.5);
    expect(its).toBeLessThan(40.5 * 1.5);
  });

  it('video costs more than an image and activations grow with frames', () => {
    const wan = diff('wan2.1-t2v-1.3b');
    expect(computeFlopsPerEvalT(wan, 832, 480, 161)).toBeGreaterThan(computeFlopsPerEvalT(wan, 832, 480, 81));
    expect(computeActivationBytes(wan, 832, 480, 81, 1)).toBeGreaterThan(
      computeActivationBytes(wan, 832, 480, 17, 1),
    );
  });

  it('offload trades time for memory', () => {
    expect(applyOffload('none', 100, 5e9)).toBe(100);
    expect(applyOffload('model', 100, 5e9)).toBe(150);
    expect(applyOffload('group', 100, 24e9)).toBeCloseTo(2000, 6);
  });
});

describe('speech', () => {
  const small = findKnownSpeech('openai/whisper-small') as KnownSpeech;
  const large = findKnownSpeech('whisper-large-v2') as KnownSpeech;

  it('counts 30-second windows', () => {
    expect(computeWhisperWindows(30)).toBe(1);
    expect(computeWhisperWindows(31)).toBe(2);
    expect(computeWhisperWindows(780)).toBe(26);
    expect(computeWhisperWindows(0)).toBe(1);
  });

  it('takes longer for longer audio and bigger models', () => {
    const a = computeWhisperTiming(small, hw, { audioSeconds: 60 }).totalMs;
    expect(computeWhisperTiming(small, hw, { audioSeconds: 600 }).totalMs).toBeGreaterThan(a);
    expect(computeWhisperTiming(large, hw, { audioSeconds: 60 }).totalMs).toBeGreaterThan(a);
  });

  it('batching windows shares the decoder steps', () => {
    const one = computeWhisperTiming(large, hw, { audioSeconds: 780 }).totalMs;
    const eight = computeWhisperTiming(large, hw, { audioSeconds: 780, batch: 8 }).totalMs;
    expect(eight).toBeLessThan(one / 2);
  });

  it('estimates speech length from text at ~15 characters per second', () => {
    expect(computeSpeechSecondsFromChars(1500)).toBe(100);
  });
});

describe('light ops', () => {
  it('image ops scale with pixels', () => {
    expect(computeImageOpMs(4_000_000, 'filter')).toBeGreaterThan(computeImageOpMs(1_000_000, 'filter'));
    expect(computeImageOpMs(1_000_000, 'filter')).toBeGreaterThan(computeImageOpMs(1_000_000, 'point'));
  });
});
