/**
 * Diffusion physics (../shared/ESTIMATION.md §Image/Video diffusion).
 *   step time = t_call + evals × batch × FLOPs(W, H, frames) / (η_torch × peak FP16)
 *   evals = 1 for guidance-distilled models or guidance ≤ 1, else 2 (classifier-free guidance)
 *   FLOPs(W, H) = F₀ × ((1 − a)·s + a·s²), s = pixels (× frames) relative to the native size, a = attention share
 *   node time = steps × step time + text encode + VAE decode (+ cold load)
 * Memory: weights × bytes/weight + activations ∝ pixels × batch + CUDA overhead.
 */
import type { HardwareSpec } from '../../types';
import type { KnownDiffusion } from '../models/types';
import { describeDeviceClass } from '../../hardware/deviceClass';
import { computeDiffusionFlopsPerSec, computeTorchFlopsPerSec, getDiffusionCallMs } from './efficiency';

/** Evaluations of the denoiser per step. */
export function computeEvalsPerStep(model: Pick<KnownDiffusion, 'distilled'>, guidanceScale: number): number {
  return model.distilled || guidanceScale <= 1 ? 1 : 2;
}

/** Size of the work relative to the native resolution (and frame count for video). */
export function computeSizeRatio(model: KnownDiffusion, width: number, height: number, frames = 1): number {
  const px = (Math.max(1, width) * Math.max(1, height)) / (model.nativeWidth * model.nativeHeight);
  const f = model.video ? Math.max(1, frames) / (model.nativeFrames ?? 1) : 1;
  return px * f;
}

/** TFLOPs of one denoiser evaluation of one image (or clip) at the requested size. */
export function computeFlopsPerEvalT(
  model: KnownDiffusion,
  width: number,
  height: number,
  frames = 1,
): number {
  const s = computeSizeRatio(model, width, height, frames);
  const a = model.attnShare ?? (model.arch === 'unet' ? 0.15 : 0.2);
  return model.flopsPerEvalT * ((1 - a) * s + a * s * s);
}

/** ms per denoising step. `extraFlopsShare` adds work per eval (ControlNet ≈ +0.4, ASSUMPTION). */
export function computeMsPerStep(
  model: KnownDiffusion,
  hw: HardwareSpec,
  opts: {
    width: number;
    height: number;
    frames?: number;
    batch: number;
    evals: number;
    extraFlopsShare?: number;
  },
): number {
  // SD1.5-class models underfill datacenter GPUs (calibration: SD1.5 vs SDXL on the A100); on consumer and
  // workstation cards SD1.5 already runs at the class η.
  const utilisation = describeDeviceClass(hw) === 'nvidia-datacenter' ? (model.utilisation ?? 1) : 1;
  const flops =
    computeFlopsPerEvalT(model, opts.width, opts.height, opts.frames) *
    1e12 *
    (1 + (opts.extraFlopsShare ?? 0));
  const compute =
    (opts.evals * Math.max(1, opts.batch) * flops) / (computeDiffusionFlopsPerSec(hw) * utilisation);
  return getDiffusionCallMs(hw) + compute * 1000;
}

/**
 * VAE decode FLOPs ≈ 1.2 T per 512² image (ASSUMPTION: SD VAE decoder at 64² latent, ~0.6 T MACs), ∝ pixels;
 * text encoders: one forward of ≈ 256 tokens through the encoders' parameters.
 */
export function computeEncodeDecodeMs(
  model: KnownDiffusion,
  hw: HardwareSpec,
  width: number,
  height: number,
  images: number,
): number {
  const vae = 1.2e12 * ((width * height) / (512 * 512)) * Math.max(1, images);
  const text = 2 * model.encodersB * 1e9 * 256;
  // The VAE runs in the diffusion runtime; text encoders are transformer forwards like any other encoder.
  const ms = (vae / computeDiffusionFlopsPerSec(hw) + text / computeTorchFlopsPerSec(hw)) * 1000;
  return ms + 2 * getDiffusionCallMs(hw);
}

/** Weight bytes of the pipeline (denoiser + encoders + VAE). */
export function computeDiffusionWeightBytes(
  model: KnownDiffusion,
  bitsPerWeight: number,
  encoderBits = 16,
): number {
  return (
    (model.denoiserB * 1e9 * bitsPerWeight +
      model.encodersB * 1e9 * Math.max(encoderBits, Math.min(16, bitsPerWeight))) /
    8
  );
}

/**
 * Activation memory: ≈ 0.9 GB per 512²-equivalent image for UNets, 0.6 GB for DiTs, video per 16 frames (fitted on ESTIMATION.md:
 * SD1.5 512² b1 3.4 GB; SDXL 1024² b4 21.7 GB; FLUX 1024² 36 GB, each minus fp16 weights and 0.4 GB CUDA).
 */
export function computeActivationBytes(
  model: KnownDiffusion,
  width: number,
  height: number,
  frames: number,
  batch: number,
): number {
  const perUnit = model.arch === 'unet' ? 0.9e9 : 0.6e9;
  const units =
    ((width * height) / (512 * 512)) * (model.video ? Math.max(1, frames) / 16 : 1) * Math.max(1, batch);
  return perUnit * units;
}

/** How the pipeline keeps weights off the GPU. */
export type OffloadMode = 'none' | 'model' | 'sequential' | 'group';

/**
 * Host↔device bandwidth for streamed (group) offload: ≈ 12 GB/s effective PCIe 4.0 ×16 (ASSUMPTION; the
 * diffusers group-offload rows of the calibration imply 9–12.5 GB/s).
 */
export const OFFLOAD_PCIE_GBS = 12;

/**
 * Time of one denoiser call under offload. model: whole components swap per stage, ×1.5 (ESTIMATION.md
 * 1.4–1.7); sequential (accelerate hooks per module): ×5.9 (ESTIMATION.md, SDXL on A100); group (streamed
 * layer groups overlapping compute): max(compute, denoiser bytes / PCIe bandwidth).
 */
export function applyOffload(mode: OffloadMode, computeMs: number, denoiserBytes: number): number {
  if (mode === 'model') return computeMs * 1.5;
  if (mode === 'sequential') return computeMs * 5.9;
  if (mode === 'group') return Math.max(computeMs, (denoiserBytes / (OFFLOAD_PCIE_GBS * 1e9)) * 1000);
  return computeMs;
}

/** Share of the weights resident on the GPU under each offload mode (ASSUMPTION: largest component ≈ 75 %). */
export const OFFLOAD_RESIDENT_SHARE: Readonly<Record<OffloadMode, number>> = {
  none: 1,
  model: 0.75,
  sequential: 0.05,
  group: 0.03,
};
