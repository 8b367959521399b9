/**
 * Estimator for image and video diffusion nodes (text-to-image, image-to-image, ControlNet, inpainting,
 * text/image-to-video), local (diffusers, mflux) or hosted.
 */
import { hasGpu } from '../estimateNode';
import {
  applyOffload,
  OFFLOAD_RESIDENT_SHARE,
  type OffloadMode,
  computeActivationBytes,
  computeDiffusionWeightBytes,
  computeEncodeDecodeMs,
  computeEvalsPerStep,
  computeMsPerStep,
} from '../formulas/diffusion';
import { HOSTED_MEDIA_SECONDS } from '../formulas/hosted';
import { computeLoadMs, runtimeOverheadBytes } from '../formulas/llm';
import { findKnownDiffusion, KNOWN_DIFFUSION } from '../models';
import type { KnownDiffusion } from '../models/types';
import { readModelRef } from '../parse/modelRef';
import { readerFor, type ParamReader } from '../parse/paramReader';
import { bitsToQuantization, parseQuantization } from '../parse/quantization';
import type { EstimateContext, NodeEstimate, NormalizedNode } from '../types';
import { finishEstimate, HOST_BYTES, placeMemory } from './finish';
import { usableDeviceBytes } from './offload';

export interface DiffusionNodeProfile {
  /** Model used when the node names none (e.g. a fixed-model node). */
  defaultModel: string;
  video?: boolean;
  /** img2img / inpainting: the input image sets the size and `strength` scales the steps. */
  imageToImage?: boolean;
  /** ControlNet adds ≈ 40 % FLOPs per evaluation (ControlNet copies the UNet encoder; ASSUMPTION). */
  controlNet?: boolean;
  /** Runs through MLX (Apple only). */
  mlx?: boolean;
}

const byName = (name: string): KnownDiffusion =>
  (KNOWN_DIFFUSION.find((m) => m.name === name) ?? KNOWN_DIFFUSION[0]) as KnownDiffusion;

/** Offload mode from the node's parameters (`offload: "group"`, `enable_sequential_cpu_offload`, …). */
function readOffload(reader: ParamReader): OffloadMode {
  const named = reader.string(['offload', 'offload_mode']);
  if (named && ['model', 'sequential', 'group'].includes(named)) return named as OffloadMode;
  const seq = reader.raw('sequential_cpu_offload') ?? reader.raw('enable_sequential_cpu_offload');
  if (seq === true) return 'sequential';
  const m =
    reader.raw('cpu_offload') ?? reader.raw('enable_cpu_offload') ?? reader.raw('enable_model_cpu_offload');
  return m === true ? 'model' : 'none';
}

function estimateHostedMedia(reader: ParamReader, provider: string, video: boolean): NodeEstimate {
  const seconds =
    reader.override('hostedSeconds') ?? (video ? HOSTED_MEDIA_SECONDS.video : HOSTED_MEDIA_SECONDS.image);
  reader.assume(
    'hostedSeconds',
    `Provider latency per ${video ? 'video' : 'image'} (${provider})`,
    seconds,
    's',
    true,
  );
  return finishEstimate(reader, {
    category: video ? 'video-diffusion' : 'image-diffusion',
    baseComplexity: 4,
    runtimeMs: seconds * 1000,
    memoryMb: 30,
    vramMb: 0,
    device: 'remote',
    confidence: 'low',
    source: `hosted ${video ? 'video' : 'image'} API latency (ASSUMPTION)`,
  });
}

/** Estimate a diffusion node for one execution. */
export function estimateDiffusion(
  node: NormalizedNode,
  ctx: EstimateContext,
  profile: DiffusionNodeProfile,
): NodeEstimate {
  const reader = readerFor(node, ctx);
  const ref = readModelRef(reader.raw('model'));
  if (ref?.hosted) return estimateHostedMedia(reader, ref.provider ?? 'hosted', Boolean(profile.video));
  const found =
    findKnownDiffusion(ref?.text) ??
    findKnownDiffusion(node.type.toLowerCase().includes('xl') ? 'sdxl' : undefined);
  const model = found ?? byName(profile.defaultModel);
  if (!found)
    reader.assume(
      'model',
      ref
        ? `Model "${ref.id}" not in the table: assumed ${model.name}`
        : `No model named: assumed ${model.name}`,
      model.name,
    );
  const hw = ctx.hardware;
  const sizeKeys = profile.imageToImage
    ? ['width', 'height', 'target_width', 'target_height']
    : ['width', 'height'];
  const width = reader.number(sizeKeys[0] as string, {
    fallback: model.nativeWidth,
    min: 64,
    max: 8192,
    label: profile.imageToImage ? 'Input image width' : 'Width',
    unit: 'px',
    integer: true,
    assumptionKey: profile.imageToImage ? 'imageWidth' : 'width',
  });
  const height = reader.number(sizeKeys[1] as string, {
    fallback: model.nativeHeight,
    min: 64,
    max: 8192,
    label: profile.imageToImage ? 'Input image height' : 'Height',
    unit: 'px',
    integer: true,
    assumptionKey: profile.imageToImage ? 'imageHeight' : 'height',
  });
  const frames =
    profile.video || model.video
      ? reader.number(['num_frames', 'frames', 'length'], {
          fallback: model.nativeFrames ?? 49,
          min: 1,
          max: 2000,
          label: 'Frames',
          unit: 'frames',
          integer: true,
        })
      : 1;
  const steps = reader.number(['num_inference_steps', 'steps'], {
    fallback: model.defaultSteps,
    min: 1,
    max: 1000,
    label: 'Denoising steps',
    unit: 'steps',
    integer: true,
  });
  const guidance = reader.number(['guidance_scale', 'cfg_scale', 'cfg', 'guidance'], {
    fallback: model.distilled ? 1 : 7.5,
    min: 0,
    max: 100,
    label: 'Guidance scale',
  });
  const batch = reader.number(['num_images', 'batch_size', 'num_images_per_prompt', 'batch'], {
    fallback: 1,
    min: 1,
    max: 64,
    label: 'Images per run',
    integer: true,
  });
  const strength = profile.imageToImage
    ? reader.number('strength', { fallback: 0.8, min: 0.01, max: 1, label: 'Denoising strength (img2img)' })
    : 1;
  const effSteps = Math.max(1, Math.ceil(steps * strength));
  const evals = computeEvalsPerStep(model, guidance);
  const quant = parseQuantization(ref?.text) ??
    bitsToQuantization(Number(reader.raw('quantize'))) ?? {
      label: 'F16',
      bitsPerWeight: 16,
      family: 'float',
    };
  // mflux quantizes the whole pipeline (text encoders too); diffusers GGUF / bnb quantize the denoiser only.
  const encoderBits = quant.family === 'mlx' || profile.mlx ? quant.bitsPerWeight : 16;
  const offload = readOffload(reader);
  const msPerStep = computeMsPerStep(model, hw, {
    width,
    height,
    frames,
    batch,
    evals,
    extraFlopsShare: profile.controlNet ? 0.4 : 0,
  });
  const encDecMs = computeEncodeDecodeMs(
    model,
    hw,
    width,
    height,
    batch * (model.video ? frames : 1) * (profile.imageToImage ? 1.5 : 1),
  );
  const weightBytes =
    computeDiffusionWeightBytes(model, quant.bitsPerWeight, encoderBits) +
    (profile.controlNet ? 0.36e9 * 2 : 0);
  const actBytes = computeActivationBytes(model, width, height, frames, batch);
  const diskGBs = reader.override('diskGBs') ?? 2;
  reader.assume('diskGBs', 'Disk read speed for a cold model load (NVMe)', diskGBs, 'GB/s', true);
  const loadMs = computeLoadMs(weightBytes, diskGBs);
  const gpu = hasGpu(ctx);
  const denoiserBytes = (model.denoiserB * 1e9 * quant.bitsPerWeight) / 8;
  const stepMs = applyOffload(offload, msPerStep, denoiserBytes);
  const runtimeMs =
    loadMs + effSteps * stepMs + applyOffload(offload === 'group' ? 'none' : offload, encDecMs, 0);
  const resident = weightBytes * OFFLOAD_RESIDENT_SHARE[offload];
  const mem = placeMemory(
    gpu,
    resident,
    actBytes + (gpu ? runtimeOverheadBytes(hw) : 0),
    HOST_BYTES.diffusers + (weightBytes - resident),
  );
  if (gpu && resident + actBytes > usableDeviceBytes(hw)) {
    reader.warn(
      'estimate.exceeds-device-memory',
      'model',
      `Node "${node.id}": ${model.name} at ${width}×${height}, batch ${batch} needs ≈ ${((resident + actBytes) / 1e9).toFixed(1)} GB of GPU memory; ${hw.name} lets it use ≈ ${(usableDeviceBytes(hw) / 1e9).toFixed(1)} GB. Enable CPU offload, quantize or lower the size.`,
    );
  }
  if (profile.mlx && hw.vendor !== 'apple')
    reader.warn(
      'estimate.platform-mismatch',
      'model',
      `Node "${node.id}" runs on MLX (Apple silicon only); estimated as if ${hw.name} could run it.`,
    );
  if (offload !== 'none') reader.assume('offload', 'CPU offload mode', offload);
  return finishEstimate(reader, {
    category: profile.video || model.video ? 'video-diffusion' : 'image-diffusion',
    baseComplexity: profile.video ? 12 : 8,
    runtimeMs,
    ...mem,
    device: gpu ? 'gpu' : 'cpu',
    confidence: found ? 'medium' : 'low',
    source: `physics: steps × evals × FLOPs / (η·peak), η fitted on diffusers benchmarks${offload !== 'none' ? `, ${offload} offload` : ''}`,
    modelKey: `diffusers:${model.name.toLowerCase()}@${quant.label}${profile.controlNet ? '+controlnet' : ''}`,
    loadMs,
    details: {
      model: ref?.id ?? model.name,
      family: model.name,
      paramsB: model.denoiserB,
      encodersB: model.encodersB,
      steps: effSteps,
      evalsPerStep: evals,
      msPerStep: stepMs,
      width,
      height,
      batch,
      frames: model.video ? frames : undefined,
      guidanceScale: guidance,
      weightsGb: weightBytes / 1e9,
      activationsGb: actBytes / 1e9,
      loadMs,
    },
  });
}
