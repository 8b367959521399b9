/**
 * Efficiency constants per device class. Fitted by least squares in log space on
 * ../shared/calibration/llamacpp_gpu_cpu_benchmarks.csv (196 llama-bench rows, 23 devices; device specs from
 * hardware_specs.csv and the NVIDIA Ampere/Ada whitepapers) — procedure in docs/estimation.md. Diffusion
 * constants from diffusion_image_video.csv (diffusers benchmarks). "ASSUMPTION" marks a value with no row.
 */
import { describeDeviceClass, type DeviceClass } from '../../hardware/deviceClass';
import type { HardwareSpec } from '../../types';

export interface Efficiency {
  /** Share of peak memory bandwidth reached streaming weights during decode (F16 weights). */
  decodeBandwidth: number;
  /** Fixed time per layer per generated token (kernel launches, synchronisation), ms. */
  decodeLayerMs: number;
  /**
   * Prefill efficiency on the listed FP16 peak (F16 weights), before occupancy saturation (see
   * `PREFILL_SATURATION_TFLOPS`). Above 1 on GeForce: their listed peak is the FP32-accumulate rate and
   * llama.cpp's FP16-accumulate kernels run up to twice as fast.
   */
  prefillCompute: number;
  /**
   * PyTorch (diffusion, encoders) efficiency before occupancy saturation: usable FLOP/s = η · F / (1 + F / F_sat),
   * F_sat = 283 TFLOPS as for prefill (see `computeTorchFlopsPerSec`). Fitted on diffusion_image_video.csv:
   * SD1.5 on RTX 3090 / 4090 (0.76 / 0.78), L40 forwards of SDXL / FLUX / LTX (0.74–1.0 → 0.88), SDXL batch 4 on
   * an A100 (1.4: its ceiling η·F_sat ≈ 400 TFLOPS); T4 0.21 (70 W). Apple / other / CPU 0.3: ASSUMPTION (Apple
   * diffusion has its own fitted value, `diffusion` below).
   */
  torchCompute: number;
  /** Fixed time per denoiser call (launch overhead, eager PyTorch), ms. */
  torchCallMs: number;
  /**
   * Diffusion (denoiser and VAE) efficiency when it differs from `torchCompute`, with its own per-call time. Apple
   * only: fitted on 11 published rows (Core ML GPU SDXL on M1/M2 Max/Ultra, PyTorch MPS SD2.1 on an M2 Ultra) —
   * docs/estimation.md §5.3. Whisper and encoders keep `torchCompute`.
   */
  diffusion?: { compute: number; callMs: number };
  /** Per-layer, per-token overhead of eager PyTorch autoregressive decoding (Whisper, MusicGen), ms. */
  torchLayerMs: number;
}

const TABLE: Readonly<Record<DeviceClass, Efficiency>> = {
  'nvidia-consumer': {
    decodeBandwidth: 0.95,
    decodeLayerMs: 0.078,
    prefillCompute: 1.116,
    torchCompute: 0.77,
    torchCallMs: 5,
    torchLayerMs: 1.2,
  },
  'nvidia-pro': {
    decodeBandwidth: 0.91,
    decodeLayerMs: 0.091,
    prefillCompute: 0.669,
    torchCompute: 0.88,
    torchCallMs: 5,
    torchLayerMs: 1.2,
  },
  'nvidia-datacenter': {
    decodeBandwidth: 0.84,
    decodeLayerMs: 0.156,
    prefillCompute: 0.53,
    torchCompute: 1.4,
    torchCallMs: 25,
    torchLayerMs: 1.6,
  },
  // ASSUMPTION for the LLM constants (no rows): as datacenter parts. torchCompute fitted on the T4 SD1.5 rows.
  'nvidia-lowpower': {
    decodeBandwidth: 0.84,
    decodeLayerMs: 0.156,
    prefillCompute: 0.53,
    torchCompute: 0.21,
    torchCallMs: 25,
    torchLayerMs: 1.6,
  },
  apple: {
    decodeBandwidth: 0.84,
    decodeLayerMs: 0.185,
    prefillCompute: 0.742,
    torchCompute: 0.3,
    torchCallMs: 10,
    torchLayerMs: 1.5,
    // Apple GPUs issue FP16 FMAs at the FP32 rate (philipturner/metal-benchmarks), so the listed peak is the real
    // ceiling; MPSGraph / Core ML convolutions and GEMMs reach about half of it on SD UNets (0.54 Core ML SDXL,
    // 0.46 PyTorch MPS SD2.1). 40 ms per call: the PyTorch MPS batch 1 → 4 rows' intercept (eager op dispatch).
    diffusion: { compute: 0.5, callMs: 40 },
  },
  // ASSUMPTION: AMD / Intel GPUs between Apple and NVIDIA pro (no calibration rows).
  'gpu-other': {
    decodeBandwidth: 0.8,
    decodeLayerMs: 0.15,
    prefillCompute: 0.5,
    torchCompute: 0.3,
    torchCallMs: 10,
    torchLayerMs: 1.5,
  },
  cpu: {
    decodeBandwidth: 0.67,
    decodeLayerMs: 0.5,
    prefillCompute: 0.328,
    torchCompute: 0.3,
    torchCallMs: 0,
    torchLayerMs: 10,
  },
};

/** Efficiency constants for a device. */
export function getEfficiency(hw: HardwareSpec): Efficiency {
  return TABLE[describeDeviceClass(hw)];
}

/**
 * Quantization factor on decode bandwidth efficiency: dequantising costs some bandwidth efficiency.
 * ≤ 6-bit GGUF/int: 0.915 (fitted, Q4_0 and Q4_K_M rows); 8-bit 0.95 (ASSUMPTION, interpolated); 16/32-bit 1.
 */
export function decodeQuantFactor(bitsPerWeight: number): number {
  if (bitsPerWeight >= 15) return 1;
  if (bitsPerWeight >= 7.5) return 0.95;
  return 0.915;
}

/** Quantization factor on prefill compute efficiency: ≤ 6-bit 0.815 (fitted); 8-bit 0.9 (ASSUMPTION); 16-bit 1. */
export function prefillQuantFactor(bitsPerWeight: number): number {
  if (bitsPerWeight >= 15) return 1;
  if (bitsPerWeight >= 7.5) return 0.9;
  return 0.815;
}

/**
 * Occupancy saturation of batch-1 prefill: a 512-token micro-batch cannot fill the largest GPUs, so the usable
 * peak is F / (1 + F / F_sat). F_sat = 283 TFLOPS, fitted jointly with the η above (it explains why an H100
 * prefills only ~1.4× faster than an A100 despite 2.4× the peak, and why small GeForce cards show higher η).
 */
export const PREFILL_SATURATION_TFLOPS = 283;

/** Usable prefill FLOP/s on a device for weights of the given precision. */
export function computePrefillFlopsPerSec(hw: HardwareSpec, bitsPerWeight: number): number {
  const eff = getEfficiency(hw);
  const peak = hw.fp16Tflops;
  return (
    (eff.prefillCompute * prefillQuantFactor(bitsPerWeight) * peak * 1e12) /
    (1 + peak / PREFILL_SATURATION_TFLOPS)
  );
}

/** Usable FLOP/s of diffusion work (denoiser, VAE) on a device: the class's diffusion η where it has one. */
export function computeDiffusionFlopsPerSec(hw: HardwareSpec): number {
  const eff = getEfficiency(hw);
  const peak = hw.fp16Tflops;
  const eta = eff.diffusion?.compute ?? eff.torchCompute;
  return (eta * peak * 1e12) / (1 + peak / PREFILL_SATURATION_TFLOPS);
}

/** Fixed time per diffusion denoiser / VAE call on a device, ms. */
export function getDiffusionCallMs(hw: HardwareSpec): number {
  const eff = getEfficiency(hw);
  return eff.diffusion?.callMs ?? eff.torchCallMs;
}

/** Usable FLOP/s of PyTorch-style work (vision and text encoders, Whisper) on a device. */
export function computeTorchFlopsPerSec(hw: HardwareSpec): number {
  const peak = hw.fp16Tflops;
  return (getEfficiency(hw).torchCompute * peak * 1e12) / (1 + peak / PREFILL_SATURATION_TFLOPS);
}
