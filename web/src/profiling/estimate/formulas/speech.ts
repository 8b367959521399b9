/**
 * Speech physics (../shared/ESTIMATION.md §Speech).
 * Whisper: time = ceil(windows / batch) × (batch × encoder time + tokens per window × decoder step)
 *   encoder: 2 × encoder params × 1500 frames (+20 % attention) FLOPs at η_torch × peak
 *   decoder step (beam 5): decoder weight bytes / (η_bw × bandwidth) + decoder layers × τ × implementation factor
 * TTS: time = audio seconds × real-time factor. Music (MusicGen): 50 frames/s, each a bandwidth-bound step.
 */
import type { HardwareSpec } from '../../types';
import type { KnownSpeech } from '../models/types';
import { computeTorchFlopsPerSec, getEfficiency } from './efficiency';

/** Whisper implementations and their per-layer decoding cost relative to transformers (fitted on calibration). */
export const WHISPER_IMPL_FACTOR = {
  transformers: 1,
  'faster-whisper': 0.5,
  'whisper.cpp': 0.5,
  'openai-whisper': 1.6,
  mlx: 0.7,
} as const;
export type WhisperImpl = keyof typeof WHISPER_IMPL_FACTOR;

/** Tokens per second of speech: ≈ 150 words/min × 1.3 tokens/word ≈ 3.3 (ASSUMPTION) + timestamps. */
export const SPEECH_TOKENS_PER_SECOND = 3.3;

/** Number of 30-s (or `chunkSeconds`) windows Whisper processes. */
export function computeWhisperWindows(audioSeconds: number, chunkSeconds = 30): number {
  return Math.max(1, Math.ceil(Math.max(0, audioSeconds) / Math.max(1, chunkSeconds)));
}

export interface WhisperTiming {
  windows: number;
  encoderMsPerWindow: number;
  decoderMsPerToken: number;
  tokensPerWindow: number;
  totalMs: number;
}

/** Whisper transcription time. `bytesPerWeight`: 2 for fp16, 1 for int8, 4 for fp32. */
export function computeWhisperTiming(
  model: KnownSpeech,
  hw: HardwareSpec,
  opts: {
    audioSeconds: number;
    chunkSeconds?: number;
    batch?: number;
    impl?: WhisperImpl;
    bytesPerWeight?: number;
  },
): WhisperTiming {
  const eff = getEfficiency(hw);
  const chunk = opts.chunkSeconds ?? 30;
  const windows = computeWhisperWindows(opts.audioSeconds, chunk);
  const batch = Math.max(1, Math.round(opts.batch ?? 1));
  const encB = model.encoderB ?? model.paramsB * 0.4;
  const encFlops = 2 * encB * 1e9 * 1500 * 1.2;
  const encoderMsPerWindow = (encFlops / computeTorchFlopsPerSec(hw)) * 1000;
  const decBytes = Math.max(0, model.paramsB - encB) * 1e9 * (opts.bytesPerWeight ?? 2);
  const impl = WHISPER_IMPL_FACTOR[opts.impl ?? 'transformers'];
  const decoderMsPerToken =
    (decBytes / (eff.decodeBandwidth * hw.memoryBandwidthGBs * 1e9)) * 1000 +
    (model.decoderLayers ?? 12) * eff.torchLayerMs * impl;
  const tokensPerWindow = Math.min(
    448,
    Math.min(chunk, Math.max(1, opts.audioSeconds)) * SPEECH_TOKENS_PER_SECOND + 4,
  );
  const rounds = Math.ceil(windows / batch);
  const perRound = Math.min(batch, windows) * encoderMsPerWindow + tokensPerWindow * decoderMsPerToken;
  return { windows, encoderMsPerWindow, decoderMsPerToken, tokensPerWindow, totalMs: rounds * perRound };
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
