/**
 * Whisper transcription time and speech-model memory against data/calibration/speech_audio.csv.
 * Rows whose notes start with `holdout` were never used to fit a constant: they are scored as their own quantity
 * (docs/estimation.md §8), so the fit is checked on measurements it has not seen.
 */
import {
  computeWhisperMemoryBytes,
  computeWhisperStoredBytes,
  computeWhisperTiming,
  type WhisperImpl,
} from '../../web/src/profiling/estimate/formulas/speech';
import { findKnownSpeech } from '../../web/src/profiling/estimate/models';
import { resolveCalibrationDevice } from './devices';
import type { Skipped } from './llm';
import type { Comparison } from './stats';

function implOf(text: string): WhisperImpl | undefined {
  if (/faster-whisper/i.test(text)) return 'faster-whisper';
  if (/whisper\.cpp/i.test(text)) return 'whisper.cpp';
  if (/transformers/i.test(text)) return 'transformers';
  if (/openai\/whisper/i.test(text)) return 'openai-whisper';
  if (/\bmlx\b/i.test(text)) return 'mlx';
  return undefined;
}

function bytesOf(precision: string): number {
  if (/int8/i.test(precision)) return 1;
  if (/fp32|f32/i.test(precision)) return 4;
  return 2;
}

/** True when a row is held out from fitting (its notes start with `holdout`). */
export function isHoldout(row: Record<string, string>): boolean {
  return /^\s*holdout\b/i.test(row.notes ?? '');
}

/** Why a transcription row cannot be compared, or undefined when it can. */
function reasonNotCompared(r: Record<string, string>, impl: WhisperImpl, onGpu: boolean): string | undefined {
  if (!r.batch) return 'batch size not published';
  // openai-whisper computes in fp16 on CUDA whatever the stored precision (its fp32 traffic is modelled).
  if (onGpu && impl !== 'openai-whisper' && bytesOf(r.precision ?? '') === 4)
    return 'fp32 on a GPU not modelled (fp16 inference only)';
  return undefined;
}

export interface SpeechComparisons {
  /** Transcription time on rows used for fitting. */
  time: Comparison[];
  /** Transcription time on held-out rows. */
  heldOut: Comparison[];
  memory: Comparison[];
}

export function compareSpeech(rows: Record<string, string>[], skipped: Skipped[]): SpeechComparisons {
  const time: Comparison[] = [];
  const heldOut: Comparison[] = [];
  const memory: Comparison[] = [];
  for (const r of rows) {
    const beam = r.beam ? ` · beam ${r.beam}` : '';
    const label = `${r.model} · ${r.implementation} · ${r.device} · ${r.precision}${beam}${r.batch && r.batch !== '1' ? ` · batch ${r.batch}` : ''}${r.task === 'stt' ? ` · ${r.audio_s} s` : ''}`;
    const model = findKnownSpeech(r.model ?? '');
    const impl = implOf(r.implementation ?? '');
    if (!model || model.kind !== 'whisper' || !impl) {
      skipped.push({
        file: 'speech_audio.csv',
        label,
        reason: !model ? 'model not in the table' : 'implementation not modelled',
      });
      continue;
    }
    const bytes = bytesOf(r.precision ?? '');
    const memMb = Number(r.mem_mb);
    if (r.task === 'stt') {
      const hw = resolveCalibrationDevice(r.device ?? '');
      if (!hw) {
        skipped.push({ file: 'speech_audio.csv', label, reason: 'device not mapped' });
        continue;
      }
      const why = reasonNotCompared(r, impl, hw.vendor !== 'cpu');
      if (why) {
        skipped.push({ file: 'speech_audio.csv', label, reason: why });
        continue;
      }
      const t = computeWhisperTiming(model, hw, {
        audioSeconds: Number(r.audio_s),
        batch: Number(r.batch) || 1,
        beam: Number(r.beam) || undefined,
        impl,
        bytesPerWeight: bytes,
      });
      (isHoldout(r) ? heldOut : time).push({ label, observed: Number(r.value), predicted: t.totalMs / 1000 });
      if (memMb > 0)
        memory.push({
          label: `${label} (${r.mem_kind})`,
          observed: memMb,
          predicted:
            computeWhisperMemoryBytes(
              model,
              computeWhisperStoredBytes(impl, bytes, hw.vendor !== 'cpu'),
              hw.vendor !== 'cpu',
              Number(r.batch) || 1,
            ) / 1e6,
        });
    } else if (r.task === 'stt-memory' && memMb > 0) {
      memory.push({
        label: `${label} (${r.mem_kind})`,
        observed: memMb,
        predicted:
          computeWhisperMemoryBytes(
            model,
            computeWhisperStoredBytes(impl, bytes, /GPU/i.test(r.device ?? '')),
            /GPU/i.test(r.device ?? ''),
          ) / 1e6,
      });
    }
  }
  return { time, heldOut, memory };
}
