/**
 * Estimators for embedding models and vision encoders (depth, captioning, classification, detection,
 * segmentation, upscaling): FLOPs = 2 × params × tokens (or per-pixel conv cost) at η_torch × peak FP16.
 */
import { hasGpu } from '../estimateNode';
import { computeTorchFlopsPerSec, getEfficiency } from '../formulas/efficiency';
import { HOSTED_MEDIA_SECONDS } from '../formulas/hosted';
import { computeLoadMs } from '../formulas/llm';
import { findKnownEncoder, KNOWN_ENCODERS } from '../models';
import type { KnownEncoder } from '../models/types';
import { parseParamCount } from '../parse/modelId';
import { warnIfModelSizeClamped } from './warnModelSize';
import { readModelRef } from '../parse/modelRef';
import { readerFor } from '../parse/paramReader';
import { charsToTokens, countOwnPromptChars } from '../parse/promptText';
import type { EstimateContext, NodeEstimate, NormalizedNode } from '../types';
import { finishEstimate, HOST_BYTES, placeMemory } from './finish';

const named = (name: string): KnownEncoder =>
  (KNOWN_ENCODERS.find((m) => m.name === name) ?? KNOWN_ENCODERS[0]) as KnownEncoder;

function computeMs(ctx: EstimateContext, flops: number, gpu: boolean): number {
  const eff = getEfficiency(ctx.hardware);
  return (gpu ? eff.torchCallMs : 2) + (flops / computeTorchFlopsPerSec(ctx.hardware)) * 1000;
}

/** Text embeddings: tokens of the input text (chars / 4, else an assumption) through the encoder. */
export function estimateEmbedding(
  node: NormalizedNode,
  ctx: EstimateContext,
  opts: { defaultModel: string },
): NodeEstimate {
  const reader = readerFor(node, ctx);
  const ref = readModelRef(reader.raw('model'));
  const chars = Math.max(0, ctx.upstreamTextChars || 0) + countOwnPromptChars(reader);
  const tokens =
    chars > 0
      ? charsToTokens(chars)
      : reader.number('tokens', {
          fallback: 512,
          min: 1,
          max: 1e7,
          label: 'Tokens to embed (input not known from the graph)',
          unit: 'tokens',
          assumptionKey: 'embedTokens',
        });
  if (ref?.hosted) {
    return finishEstimate(reader, {
      category: 'embedding',
      baseComplexity: 2,
      runtimeMs: HOSTED_MEDIA_SECONDS.embedding * 1000,
      memoryMb: 20,
      vramMb: 0,
      device: 'remote',
      confidence: 'low',
      source: 'hosted embedding API latency (ASSUMPTION)',
      details: { model: ref.id, promptTokens: tokens },
    });
  }
  const found = findKnownEncoder(ref?.text);
  const parsed = parseParamCount(ref?.id);
  if (!found) warnIfModelSizeClamped(reader, parsed, ref?.id);
  const model = found ?? named(opts.defaultModel);
  const paramsB = found ? found.paramsB : (parsed?.paramsB ?? model.paramsB);
  if (!found)
    reader.assume(
      'model',
      `Embedding model ${ref ? `"${ref.id}"` : '(none named)'}: assumed ${parsed ? `${paramsB} B` : model.name}`,
      model.name,
    );
  const gpu = hasGpu(ctx);
  const runtimeMs = computeMs(ctx, 2 * paramsB * 1e9 * tokens, gpu);
  const weights = paramsB * 1e9 * (gpu ? 2 : 4);
  // ASSUMPTION: activations 20 % of weights + 16 KB per token (a 1024-wide fp32 hidden state × 4 live tensors).
  const mem = placeMemory(gpu, weights, weights * 0.2 + tokens * 4096 * 4, HOST_BYTES.encoder);
  return finishEstimate(reader, {
    category: 'embedding',
    baseComplexity: 2,
    runtimeMs: runtimeMs + computeLoadMs(weights, 2),
    ...mem,
    device: gpu ? 'gpu' : 'cpu',
    confidence: found ? 'medium' : 'low',
    source: 'physics: 2 × params × tokens at η·peak',
    modelKey: `embed:${found?.name ?? ref?.id ?? model.name}`,
    loadMs: computeLoadMs(weights, 2),
    details: { model: found?.name ?? ref?.id ?? model.name, paramsB, promptTokens: tokens },
  });
}

export interface VisionNodeProfile {
  defaultModel: string;
  category: 'image-op' | 'llm';
  /** Autoregressive caption tokens after the encoder (captioning). */
  captionTokens?: number;
  /** Upscaler: conv FLOPs per input pixel (Real-ESRGAN RRDBNet ≈ 35 M at ×4, ≈ 10 M at ×2 after pixel-unshuffle; ASSUMPTION). */
  upscaler?: boolean;
}

/** Vision model inference on one image. */
export function estimateVision(
  node: NormalizedNode,
  ctx: EstimateContext,
  profile: VisionNodeProfile,
): NodeEstimate {
  const reader = readerFor(node, ctx);
  const ref = readModelRef(reader.raw('model'));
  const found = findKnownEncoder(ref?.text);
  const model = found && found.kind === 'vision' ? found : named(profile.defaultModel);
  const gpu = hasGpu(ctx);
  let flops = 2 * model.paramsB * 1e9 * (model.tokensPerInput ?? 577);
  let workBytes = 0.3e9;
  const details: Record<string, unknown> = { model: ref?.id ?? model.name, paramsB: model.paramsB };
  if (profile.upscaler) {
    const w = reader.number(['width', 'image_width'], {
      fallback: 512,
      min: 8,
      max: 16384,
      label: 'Input image width',
      unit: 'px',
      integer: true,
      assumptionKey: 'imageWidth',
    });
    const h = reader.number(['height', 'image_height'], {
      fallback: 512,
      min: 8,
      max: 16384,
      label: 'Input image height',
      unit: 'px',
      integer: true,
      assumptionKey: 'imageHeight',
    });
    const scaleRaw = String(reader.raw('scale') ?? ref?.text ?? 'x4');
    const scale = /x?2(?![0-9])/.test(scaleRaw) ? 2 : 4;
    flops = w * h * (scale === 2 ? 10e6 : 35e6);
    workBytes = w * h * scale * scale * 3 * 4 * 6;
    Object.assign(details, { width: w, height: h, scale });
  }
  const eff = getEfficiency(ctx.hardware);
  let runtimeMs = computeMs(ctx, flops, gpu);
  if (profile.captionTokens) {
    const step =
      ((model.paramsB * 0.6 * 1e9 * 2) / (eff.decodeBandwidth * ctx.hardware.memoryBandwidthGBs * 1e9)) *
        1000 +
      12 * eff.torchLayerMs * 0.25;
    runtimeMs += profile.captionTokens * step;
    reader.assume('captionTokens', 'Caption length', profile.captionTokens, 'tokens');
    details.outputTokens = profile.captionTokens;
  }
  const weights = model.paramsB * 1e9 * (gpu ? 2 : 4);
  const loadMs = computeLoadMs(weights, 2);
  const mem = placeMemory(gpu, weights, workBytes, HOST_BYTES.runtime);
  return finishEstimate(reader, {
    category: profile.category,
    baseComplexity: 3,
    runtimeMs: runtimeMs + loadMs,
    ...mem,
    device: gpu ? 'gpu' : 'cpu',
    confidence: found ? 'medium' : 'low',
    source: profile.upscaler
      ? 'physics: conv FLOPs per pixel at η·peak'
      : 'physics: 2 × params × patches at η·peak',
    modelKey: `vision:${model.name}`,
    loadMs,
    details: { ...details, loadMs },
  });
}
