/**
 * Estimators for speech-to-text (Whisper family), text-to-speech and audio generation nodes.
 */
import type { NodeCategory } from '../../types';
import { hasGpu } from '../estimateNode';
import { HOSTED_MEDIA_SECONDS } from '../formulas/hosted';
import { computeLoadMs } from '../formulas/llm';
import {
  computeMusicGenMs,
  computeSpeechSecondsFromChars,
  computeWhisperMemoryBytes,
  computeWhisperTiming,
  WHISPER_DEFAULT_BEAM,
  type WhisperImpl,
} from '../formulas/speech';
import { findKnownSpeech, KNOWN_SPEECH } from '../models';
import type { KnownSpeech } from '../models/types';
import { readModelRef } from '../parse/modelRef';
import { readerFor, type ParamReader } from '../parse/paramReader';
import { countOwnPromptChars } from '../parse/promptText';
import { parseQuantization } from '../parse/quantization';
import type { EstimateContext, NodeEstimate, NormalizedNode } from '../types';
import { finishEstimate, HOST_BYTES, placeMemory } from './finish';

const named = (name: string): KnownSpeech =>
  (KNOWN_SPEECH.find((m) => m.name === name) ?? KNOWN_SPEECH[0]) as KnownSpeech;

/** Audio length: not in the graph, so a visible assumption (constant durations win when the engine passes them). */
function readAudioSeconds(reader: ParamReader, fallback: number): number {
  return reader.number(['audio_seconds', 'duration'], {
    fallback,
    min: 0.1,
    max: 86_400,
    label: 'Audio length (not known from the graph)',
    unit: 's',
    assumptionKey: 'audioSeconds',
  });
}

function hostedAudio(
  reader: ParamReader,
  category: NodeCategory,
  seconds: number,
  perSecond: number,
  provider: string,
): NodeEstimate {
  const runtimeMs = (0.5 + seconds * perSecond) * 1000;
  reader.assume(
    'hostedSecondsPerAudioSecond',
    `Provider processing time per audio second (${provider})`,
    perSecond,
    's/s',
  );
  return finishEstimate(reader, {
    category,
    baseComplexity: 3,
    runtimeMs,
    memoryMb: 30,
    vramMb: 0,
    device: 'remote',
    confidence: 'low',
    source: `hosted API: 0.5 s + audio length × rate (ASSUMPTION, ${provider})`,
    details: { audioSeconds: seconds },
  });
}

/** Whisper-family transcription. */
export function estimateSpeechToText(
  node: NormalizedNode,
  ctx: EstimateContext,
  opts: { defaultModel: string; impl: WhisperImpl },
): NodeEstimate {
  const reader = readerFor(node, ctx);
  const ref = readModelRef(reader.raw('model'));
  const audioSeconds = readAudioSeconds(reader, 60);
  if (ref?.hosted || node.type.startsWith('openai.'))
    return hostedAudio(
      reader,
      'speech-to-text',
      audioSeconds,
      HOSTED_MEDIA_SECONDS.transcriptionPerAudioSecond,
      ref?.provider ?? 'openai',
    );
  const found = findKnownSpeech(ref?.text);
  const model = found?.kind === 'whisper' ? found : named(opts.defaultModel);
  if (found?.kind !== 'whisper')
    reader.assume(
      'model',
      ref
        ? `Model "${ref.id}" not in the table: assumed ${model.name}`
        : `No model named: assumed ${model.name}`,
      model.name,
    );
  const chunk = reader.number('chunk_length_s', {
    fallback: 30,
    min: 1,
    max: 30,
    label: 'Chunk length',
    unit: 's',
  });
  const batch = reader.number('batch_size', {
    fallback: 1,
    min: 1,
    max: 64,
    label: 'Windows per batch',
    integer: true,
  });
  const beam = reader.number(['num_beams', 'beam_size'], {
    fallback: WHISPER_DEFAULT_BEAM[opts.impl],
    min: 1,
    max: 16,
    label: 'Beam width',
    integer: true,
  });
  const gpu = hasGpu(ctx);
  const quant = parseQuantization(ref?.text) ?? parseQuantization(reader.raw('compute_type'));
  const bytesPerWeight = quant ? quant.bitsPerWeight / 8 : gpu ? 2 : 4;
  const timing = computeWhisperTiming(model, ctx.hardware, {
    audioSeconds,
    chunkSeconds: chunk,
    batch,
    impl: opts.impl,
    bytesPerWeight,
    beam,
  });
  const weights = model.paramsB * 1e9 * bytesPerWeight;
  const loadMs = computeLoadMs(weights, 2);
  const total = computeWhisperMemoryBytes(model, bytesPerWeight, gpu, batch);
  const mem = placeMemory(gpu, weights, total - weights, HOST_BYTES.torchAudio);
  return finishEstimate(reader, {
    category: 'speech-to-text',
    baseComplexity: 5,
    runtimeMs: loadMs + timing.totalMs,
    ...mem,
    device: gpu ? 'gpu' : 'cpu',
    // mlx's decoding factor is an assumption, and the one published mlx-whisper run held out for checking (M4 Pro)
    // took ~3× longer than estimated (docs/estimation.md §8): never more than low confidence.
    confidence: found && opts.impl !== 'mlx' ? 'medium' : 'low',
    source:
      opts.impl === 'mlx'
        ? `physics: ${timing.windows} windows × (encoder + tokens × decoder step), mlx (decoding factor assumed; a published M4 Pro run took ~3× longer)`
        : `physics: ${timing.windows} windows × (encoder + tokens × decoder step), ${opts.impl}; fitted on faster-whisper benchmarks`,
    modelKey: `${opts.impl}:${model.name}@${bytesPerWeight * 8}bit`,
    loadMs,
    details: {
      model: model.name,
      paramsB: model.paramsB,
      audioSeconds,
      windows: timing.windows,
      realTimeFactor: timing.totalMs / 1000 / audioSeconds,
      encoderMsPerWindow: timing.encoderMsPerWindow,
      decoderMsPerToken: timing.decoderMsPerToken,
      chunkSeconds: chunk,
      batch,
      beam,
      loadMs,
    },
  });
}

/** Text-to-speech: audio seconds from the text (≈ 15 chars/s) × real-time factor. */
export function estimateTextToSpeech(
  node: NormalizedNode,
  ctx: EstimateContext,
  opts: { defaultModel: string; hosted?: boolean },
): NodeEstimate {
  const reader = readerFor(node, ctx);
  const ref = readModelRef(reader.raw('model')) ?? readModelRef(reader.raw('voice'));
  const chars = Math.max(0, ctx.upstreamTextChars || 0) + countOwnPromptChars(reader);
  const fromText = computeSpeechSecondsFromChars(chars);
  const audioSeconds = fromText > 0 ? fromText : readAudioSeconds(reader, 30);
  if (fromText > 0) reader.assume('speechCharsPerSecond', 'Speaking rate', 15, 'chars/s');
  if (opts.hosted || ref?.hosted)
    return hostedAudio(
      reader,
      'text-to-speech',
      audioSeconds,
      HOSTED_MEDIA_SECONDS.speechPerAudioSecond,
      ref?.provider ?? node.type.split('.')[0] ?? 'hosted',
    );
  const found = findKnownSpeech(ref?.text ?? node.type);
  const model = found && found.kind === 'tts' ? found : named(opts.defaultModel);
  const gpu = hasGpu(ctx);
  const rtf = (gpu ? model.rtfGpu : model.rtfCpu) ?? 1;
  reader.assume('realTimeFactor', `${model.name} real-time factor on ${gpu ? 'GPU' : 'CPU'}`, rtf, '×');
  const weights = model.paramsB * 1e9 * (gpu ? 2 : 4);
  const loadMs = computeLoadMs(weights, 2);
  // ASSUMPTION: activations 20 % of weights + runtime (0.5 GB CUDA context on GPU, 0.1 GB on CPU).
  const mem = placeMemory(gpu, weights, weights * 0.2 + (gpu ? 0.5e9 : 0.1e9), HOST_BYTES.runtime);
  return finishEstimate(reader, {
    category: 'text-to-speech',
    baseComplexity: 4,
    runtimeMs: loadMs + audioSeconds * rtf * 1000,
    ...mem,
    device: gpu ? 'gpu' : 'cpu',
    confidence: 'low',
    source: 'audio seconds × real-time factor (thin data: low confidence)',
    modelKey: `tts:${model.name}`,
    loadMs,
    details: { model: model.name, paramsB: model.paramsB, audioSeconds, realTimeFactor: rtf, loadMs },
  });
}

/** Music / sound generation (MusicGen autoregressive; latent-diffusion audio by real-time factor). */
export function estimateAudioGeneration(
  node: NormalizedNode,
  ctx: EstimateContext,
  opts: { defaultModel: string },
): NodeEstimate {
  const reader = readerFor(node, ctx);
  const ref = readModelRef(reader.raw('model'));
  const found = findKnownSpeech(ref?.text ?? node.type);
  const model =
    found && (found.kind === 'music' || found.kind === 'audio') ? found : named(opts.defaultModel);
  const maxNew = Number(reader.raw('max_new_tokens'));
  const seconds =
    Number.isFinite(maxNew) && maxNew > 0
      ? maxNew / 50
      : reader.number(['duration', 'audio_length_in_s', 'seconds_total'], {
          fallback: 10,
          min: 0.5,
          max: 600,
          label: 'Generated audio length',
          unit: 's',
          assumptionKey: 'audioSeconds',
        });
  const gpu = hasGpu(ctx);
  const runtime =
    model.kind === 'music'
      ? computeMusicGenMs(model, ctx.hardware, seconds)
      : seconds * ((gpu ? model.rtfGpu : model.rtfCpu) ?? 1) * 1000;
  const weights = model.paramsB * 1e9 * (gpu ? 2 : 4);
  const loadMs = computeLoadMs(weights, 2);
  // ASSUMPTION: activations 20 % of weights + runtime and EnCodec / VAE decoder (0.8 GB GPU, 0.2 GB CPU).
  const mem = placeMemory(gpu, weights, weights * 0.2 + (gpu ? 0.8e9 : 0.2e9), HOST_BYTES.torchAudio);
  return finishEstimate(reader, {
    category: 'audio-generation',
    baseComplexity: 6,
    runtimeMs: loadMs + runtime,
    ...mem,
    device: gpu ? 'gpu' : 'cpu',
    confidence: 'low',
    source:
      model.kind === 'music'
        ? 'physics: 50 frames/s × bandwidth-bound decoder step'
        : 'audio seconds × real-time factor (ASSUMPTION)',
    modelKey: `audio:${model.name}`,
    loadMs,
    details: { model: model.name, paramsB: model.paramsB, audioSeconds: seconds, loadMs },
  });
}
