/**
 * Speech physics (docs/estimation.md §5.4).
 * Whisper: time = ⌈windows / batch⌉ × (batch × encoder time + tokens per window × decoder step)
 *   encoder: 2 × encoder params × 1500 frames (+20 % attention) FLOPs at the usable PyTorch FLOP/s
 *   decoder step: (weight + cross-attention traffic) / (η_bw × bandwidth) + decoder layers × τ × k_impl × beam factor
 * TTS: time = audio seconds × real-time factor. Music (MusicGen): 50 frames/s, each a bandwidth-bound step.
 */
import type { HardwareSpec } from '../../types';
import type { KnownSpeech } from '../models/types';
import { computeTorchFlopsPerSec, getEfficiency } from './efficiency';

/**
 * Per-layer decoding overhead k of each Whisper implementation (× τ_torch), at beam 5, the width of the faster-whisper
 * README rows they are fitted on. Least squares in log space on the fitted rows of speech_audio.csv: faster-whisper
 * on all its GPU and CPU rows, transformers and whisper.cpp on their RTX 3070 Ti rows, openai-whisper on its RTX
 * 3070 Ti (v20240930), A30 and CPU rows — not the 2022 V100S row, which predates its SDPA attention. openai-whisper
 * 1.17: refitted (sum of squared log errors 0.248 on those 7 rows) once its GPU rows were charged the fp32 weight
 * traffic it really has (`computeWeightTraffic`); held-out rows were not used. mlx: ASSUMPTION.
 */
export const WHISPER_IMPL_FACTOR = {
  transformers: 0.93,
  'faster-whisper': 0.4,
  'whisper.cpp': 0.46,
  'openai-whisper': 1.17,
  mlx: 0.7,
} as const;
export type WhisperImpl = keyof typeof WHISPER_IMPL_FACTOR;

/**
 * Beam width each implementation uses when none is set: transformers `generate` and openai-whisper's
 * `transcribe()` decode greedily (generation config / DecodingOptions.beam_size = None), faster-whisper's
 * `transcribe(beam_size=5)`; whisper.cpp 5 and mlx-whisper 1 (greedy only) from their CLIs.
 */
export const WHISPER_DEFAULT_BEAM: Readonly<Record<WhisperImpl, number>> = {
  transformers: 1,
  'faster-whisper': 5,
  'whisper.cpp': 5,
  'openai-whisper': 1,
  mlx: 1,
};

/**
 * Share of the per-layer decoding overhead each extra beam adds (the beams run as one batch, so weights are read
 * once; their cross-attention traffic is counted in `computeCrossAttentionBytes`; this is the rest — logit filters,
 * sorting, bookkeeping per hypothesis). Fitted with that traffic in place. PyTorch 0.035: openai-whisper large-v2 on an
 * A30, 160 s at beam 5 vs 140 s greedy (~13 min) and 23 vs 20 s (90 s) (SYSTRAN/faster-whisper#720). CTranslate2
 * 0.13: faster-whisper on an RTX 3090, beam 10 vs 1, 123.06 / 66.65 s (large-v2) and 117.4 / 47.24 s (medium)
 * (SYSTRAN/faster-whisper#172), log-mean of the two. whisper.cpp as CTranslate2, mlx as PyTorch: ASSUMPTION.
 */
export const WHISPER_BEAM_COST: Readonly<Record<WhisperImpl, number>> = {
  transformers: 0.035,
  'faster-whisper': 0.13,
  'whisper.cpp': 0.13,
  'openai-whisper': 0.035,
  mlx: 0.035,
};

/** Decoding-overhead multiplier of a beam width relative to beam 5, the width the implementation factors were fitted at. */
export function computeWhisperBeamFactor(impl: WhisperImpl, beam: number): number {
  const b = WHISPER_BEAM_COST[impl];
  return (1 + b * (Math.max(1, Math.round(beam)) - 1)) / (1 + 4 * b);
}

/** Tokens per second of speech: ≈ 150 words/min × 1.3 tokens/word ≈ 3.3 (ASSUMPTION) + timestamps. */
export const SPEECH_TOKENS_PER_SECOND = 3.3;

/** Number of 30-s (or `chunkSeconds`) windows Whisper processes, each advancing by `strideSeconds` (default: the chunk). */
export function computeWhisperWindows(
  audioSeconds: number,
  chunkSeconds = 30,
  strideSeconds = chunkSeconds,
): number {
  return Math.max(1, Math.ceil(Math.max(0, audioSeconds) / Math.max(1, strideSeconds)));
}

/**
 * How far each window advances. transformers batches one file only through the chunked ASR pipeline, whose
 * default overlap is chunk / 6 on each side (`stride_length_s`, transformers AutomaticSpeechRecognitionPipeline
 * docs), so windows advance by 2/3 of the chunk; the sequential implementations advance by the whole window.
 */
function computeWindowAdvance(impl: WhisperImpl, chunk: number, batch: number): number {
  return impl === 'transformers' && batch > 1 ? chunk - 2 * (chunk / 6) : chunk;
}

/**
 * Bytes per weight as the implementation holds them. openai-whisper's `load_model` builds the model in PyTorch's
 * default fp32 whatever the checkpoint's dtype (openai/whisper whisper/__init__.py), and `transcribe(fp16=True)`, its
 * default on CUDA, only changes the activations: on a GPU its weights are fp32 whatever precision a benchmark states.
 */
export function computeWhisperStoredBytes(impl: WhisperImpl, bytesPerWeight: number, onGpu: boolean): number {
  return impl === 'openai-whisper' && onGpu ? 4 : bytesPerWeight;
}

/**
 * Bytes moved per weight per forward pass. openai-whisper casts each fp32 weight to the activations' fp16 in every
 * Linear call (openai/whisper whisper/model.py `Linear.forward`), so on a GPU it reads 4 bytes, writes and reads a
 * 2-byte copy: 8 bytes.
 */
function computeWeightTraffic(impl: WhisperImpl, bytesPerWeight: number, onGpu: boolean): number {
  const stored = computeWhisperStoredBytes(impl, bytesPerWeight, onGpu);
  return impl === 'openai-whisper' && onGpu ? stored + 4 : stored;
}

/**
 * Cross-attention traffic per generated token: every hypothesis attends to its own copy of the encoder keys and
 * values (layers × 1500 frames × d_model × K and V × fp16) — openai-whisper repeats the audio features per beam
 * (`repeat_interleave(n_group)` in whisper/decoding.py), CTranslate2 and transformers tile the encoder output the
 * same way. Reordering those caches between beams is not charged: the batched faster-whisper rows (8 windows × 5
 * beams) leave no room for it.
 */
export function computeCrossAttentionBytes(model: KnownSpeech, beam: number): number {
  const perBeam = (model.decoderLayers ?? 12) * 1500 * (model.dModel ?? 1024) * 2 * 2;
  return perBeam * beam;
}

export interface WhisperTiming {
  windows: number;
  encoderMsPerWindow: number;
  /** One decoder step of a round (all its batched windows). */
  decoderMsPerToken: number;
  tokensPerWindow: number;
  beam: number;
  totalMs: number;
}

/** Whisper transcription time. `bytesPerWeight`: 2 for fp16, 1 for int8, 4 for fp32; `beam` defaults per implementation. */
export function computeWhisperTiming(
  model: KnownSpeech,
  hw: HardwareSpec,
  opts: {
    audioSeconds: number;
    chunkSeconds?: number;
    batch?: number;
    impl?: WhisperImpl;
    bytesPerWeight?: number;
    beam?: number;
  },
): WhisperTiming {
  const eff = getEfficiency(hw);
  const implName = opts.impl ?? 'transformers';
  const chunk = opts.chunkSeconds ?? 30;
  const batch = Math.max(1, Math.round(opts.batch ?? 1));
  const beam = Math.max(1, Math.round(opts.beam ?? WHISPER_DEFAULT_BEAM[implName]));
  const windows = computeWhisperWindows(
    opts.audioSeconds,
    chunk,
    computeWindowAdvance(implName, chunk, batch),
  );
  const bandwidth = eff.decodeBandwidth * hw.memoryBandwidthGBs * 1e9;
  const traffic = computeWeightTraffic(implName, opts.bytesPerWeight ?? 2, hw.vendor !== 'cpu');
  const encB = model.encoderB ?? model.paramsB * 0.4;
  const encFlops = 2 * encB * 1e9 * 1500 * 1.2;
  const encoderMsPerWindow =
    (encFlops / computeTorchFlopsPerSec(hw)) * 1000 +
    (traffic > 4 ? ((encB * 1e9 * traffic) / bandwidth) * 1000 : 0);
  // One decoder step serves every window of the round: weights are read once, encoder keys/values once per window.
  const decBytes =
    Math.max(0, model.paramsB - encB) * 1e9 * traffic +
    Math.min(batch, windows) * computeCrossAttentionBytes(model, beam);
  const decoderMsPerToken =
    (decBytes / bandwidth) * 1000 +
    (model.decoderLayers ?? 12) *
      eff.torchLayerMs *
      WHISPER_IMPL_FACTOR[implName] *
      computeWhisperBeamFactor(implName, beam);
  const tokensPerWindow = Math.min(
    448,
    Math.min(chunk, Math.max(1, opts.audioSeconds)) * SPEECH_TOKENS_PER_SECOND + 4,
  );
  const rounds = Math.ceil(windows / batch);
  const perRound = Math.min(batch, windows) * encoderMsPerWindow + tokensPerWindow * decoderMsPerToken;
  return {
    windows,
    encoderMsPerWindow,
    decoderMsPerToken,
    tokensPerWindow,
    beam,
    totalMs: rounds * perRound,
  };
}

/**
 * Whisper memory: weights × (1 + 0.2 activations) + runtime base (PyTorch/CUDA ≈ 1.0 GB on GPUs, 0.3 GB on CPU;
 * fitted on the faster-whisper / transformers rows of speech_audio.csv).
 */
export function computeWhisperMemoryBytes(
  model: KnownSpeech,
  bytesPerWeight: number,
  onGpu: boolean,
  batch = 1,
): number {
  // Each extra batched window holds its encoder output and beam KV cache: ≈ 0.2 GB on GPU for large-v2 at fp16
  // (faster-whisper batch 8: +1.6 GB over batch 1, calibration), ∝ model size (ASSUMPTION for other sizes).
  const perWindow = 0.2e9 * (model.paramsB / 1.55) * (bytesPerWeight / 2);
  return (
    model.paramsB * 1e9 * bytesPerWeight * 1.2 + (onGpu ? 1.0e9 : 0.3e9) + Math.max(0, batch - 1) * perWindow
  );
}

/** Seconds of speech in a text: ≈ 15 characters per second (150 words/min; ASSUMPTION). */
export function computeSpeechSecondsFromChars(chars: number): number {
  return Math.max(0, chars) / 15;
}

/** MusicGen-style autoregressive audio: 50 frames per second of audio, each one bandwidth-bound decoder step (CFG batch 2). */
export function computeMusicGenMs(model: KnownSpeech, hw: HardwareSpec, seconds: number): number {
  const eff = getEfficiency(hw);
  const frames = Math.max(1, seconds) * 50;
  const step =
    ((model.paramsB * 1e9 * 2) / (eff.decodeBandwidth * hw.memoryBandwidthGBs * 1e9)) * 1000 +
    (model.decoderLayers ?? 24) * eff.torchLayerMs * 0.25;
  return frames * step;
}
