/**
 * Whisper transcription time and speech-model memory against ../shared/calibration/speech_audio.csv.
 */
import {
  computeWhisperMemoryBytes,
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
  return undefined;
}

function bytesOf(precision: string): number {
  if (/int8/i.test(precision)) return 1;
  if (/fp32|f32/i.test(precision)) return 4;
  return 2;
}

export function compareSpeech(
  rows: Record<string, string>[],
  skipped: Skipped[],
): { time: Comparison[]; memory: Comparison[] } {
  const time: Comparison[] = [];
  const memory: Comparison[] = [];
  for (const r of rows) {
    const label = `${r.model} · ${r.implementation} · ${r.device} · ${r.precision}${r.batch && r.batch !== '1' ? ` · batch ${r.batch}` : ''}`;
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
      const t = computeWhisperTiming(model, hw, {
        audioSeconds: Number(r.audio_s),
        batch: Number(r.batch) || 1,
        impl,
        bytesPerWeight: bytes,
      });
      time.push({ label, observed: Number(r.value), predicted: t.totalMs / 1000 });
      if (memMb > 0)
        memory.push({
          label: `${label} (${r.mem_kind})`,
          observed: memMb,
          predicted: computeWhisperMemoryBytes(model, bytes, hw.vendor !== 'cpu', Number(r.batch) || 1) / 1e6,
        });
    } else if (r.task === 'stt-memory' && memMb > 0) {
      memory.push({
        label: `${label} (${r.mem_kind})`,
        observed: memMb,
        predicted: computeWhisperMemoryBytes(model, bytes, /GPU/i.test(r.device ?? '')) / 1e6,
      });
    }
  }
  return { time, memory };
}
