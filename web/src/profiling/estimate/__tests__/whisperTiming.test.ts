import fc from 'fast-check';
import { resolveHardware } from '../../hardware';
import {
  computeCrossAttentionBytes,
  computeWhisperBeamFactor,
  computeWhisperStoredBytes,
  computeWhisperTiming,
  WHISPER_DEFAULT_BEAM,
  WHISPER_IMPL_FACTOR,
  type WhisperImpl,
} from '../formulas/speech';
import { getEfficiency } from '../formulas/efficiency';
import { findKnownSpeech } from '../models';
import type { KnownSpeech } from '../models/types';

const large = findKnownSpeech('whisper-large-v2') as KnownSpeech;
const gpu = resolveHardware('rtx-4090');
const cpu = resolveHardware('cpu-ddr5-6400');
const IMPLS = Object.keys(WHISPER_IMPL_FACTOR) as WhisperImpl[];

describe('Whisper beam search', () => {
  it('costs more with every extra beam, for every implementation', () => {
    fc.assert(
      fc.property(fc.constantFrom(...IMPLS), fc.integer({ min: 1, max: 15 }), (impl, beam) => {
        const at = (b: number) =>
          computeWhisperTiming(large, gpu, { audioSeconds: 300, impl, beam: b }).totalMs;
        expect(at(beam + 1)).toBeGreaterThan(at(beam));
      }),
    );
  });

  it('keeps beam 5, the width the implementation factors were fitted at, as the reference', () => {
    for (const impl of IMPLS) expect(computeWhisperBeamFactor(impl, 5)).toBeCloseTo(1, 12);
  });

  it('uses each library default when no beam is given', () => {
    for (const impl of IMPLS)
      expect(computeWhisperTiming(large, gpu, { audioSeconds: 60, impl }).beam).toBe(
        WHISPER_DEFAULT_BEAM[impl],
      );
  });

  it('reads the encoder keys and values once per hypothesis', () => {
    const perBeam = 32 * 1500 * 1280 * 2 * 2;
    expect(computeCrossAttentionBytes(large, 1)).toBe(perBeam);
    expect(computeCrossAttentionBytes(large, 5)).toBe(perBeam * 5);
  });
});

describe('Whisper windows', () => {
  it('advances the batched transformers pipeline by 2/3 of the chunk (stride chunk / 6 per side)', () => {
    const batched = computeWhisperTiming(large, gpu, { audioSeconds: 9000, impl: 'transformers', batch: 24 });
    const sequential = computeWhisperTiming(large, gpu, { audioSeconds: 9000, impl: 'transformers' });
    const ct2 = computeWhisperTiming(large, gpu, { audioSeconds: 9000, impl: 'faster-whisper', batch: 8 });
    expect(batched.windows).toBe(450);
    expect(sequential.windows).toBe(300);
    expect(ct2.windows).toBe(300);
  });
});

describe('openai-whisper weight casts', () => {
  it('moves 8 bytes per decoder weight on a GPU (read fp32, write and read the fp16 copy), whatever the stated precision', () => {
    const step = (impl: 'openai-whisper' | 'transformers', bytes: number) =>
      computeWhisperTiming(large, gpu, { audioSeconds: 60, impl, bytesPerWeight: bytes, beam: 1 })
        .decoderMsPerToken;
    const bandwidth = getEfficiency(gpu).decodeBandwidth * gpu.memoryBandwidthGBs * 1e9;
    const decoderWeights = (1.55 - 0.635) * 1e9;
    // openai-whisper holds fp32 weights on a GPU: fp16 and fp32 rows are the same run.
    expect(step('openai-whisper', 2)).toBeCloseTo(step('openai-whisper', 4), 9);
    // Against transformers at fp16 (2 bytes): 6 more bytes per decoder weight, plus the per-layer factor difference.
    const layers = large.decoderLayers ?? 12;
    const overheadGap =
      layers *
      getEfficiency(gpu).torchLayerMs *
      (WHISPER_IMPL_FACTOR['openai-whisper'] * computeWhisperBeamFactor('openai-whisper', 1) -
        WHISPER_IMPL_FACTOR.transformers * computeWhisperBeamFactor('transformers', 1));
    expect(step('openai-whisper', 2) - step('transformers', 2) - overheadGap).toBeCloseTo(
      ((decoderWeights * 6) / bandwidth) * 1000,
      6,
    );
    expect(computeWhisperStoredBytes('openai-whisper', 2, true)).toBe(4);
    expect(computeWhisperStoredBytes('transformers', 2, true)).toBe(2);
  });

  it('has no cast on a CPU, where fp32 is the compute precision', () => {
    const step = (bytes: number) =>
      computeWhisperTiming(large, cpu, { audioSeconds: 60, impl: 'openai-whisper', bytesPerWeight: bytes })
        .decoderMsPerToken;
    const faster = (bytes: number) =>
      computeWhisperTiming(large, cpu, { audioSeconds: 60, impl: 'faster-whisper', bytesPerWeight: bytes })
        .decoderMsPerToken;
    expect(step(4) - step(2)).toBeCloseTo(faster(4) - faster(2), 9);
  });
});
