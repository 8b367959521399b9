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
  /** Share of the listed FP16 peak reached in prefill (F16 weights). */
  prefillCompute: number;
  /** Share of the listed FP16 peak reached by PyTorch diffusion / encoder work. */
  torchCompute: number;
  /** Fixed time per denoiser call (launch overhead, eager PyTorch), ms. */
  torchCallMs: number;
  /** Per-layer, per-token overhead of eager PyTorch autoregressive decoding (Whisper, MusicGen), ms. */
  torchLayerMs: number;
}

const TABLE: Readonly<Record<DeviceClass, Efficiency>> = {
  'nvidia-consumer': {
    decodeBandwidth: 0.95,
    decodeLayerMs: 0.078,
    prefillCompute: 0.82,
    torchCompute: 0.55,
    torchCallMs: 5,
    torchLayerMs: 1.2,
  },
  'nvidia-pro': {
    decodeBandwidth: 0.91,
    decodeLayerMs: 0.091,
    prefillCompute: 0.445,
    torchCompute: 0.5,
    torchCallMs: 5,
    torchLayerMs: 1.2,
  },
  'nvidia-datacenter': {
    decodeBandwidth: 0.84,
    decodeLayerMs: 0.156,
    prefillCompute: 0.19,
    torchCompute: 0.3,
    torchCallMs: 25,
    torchLayerMs: 1.6,
  },
  apple: {
    decodeBandwidth: 0.84,
    decodeLayerMs: 0.185,
    prefillCompute: 0.69,
    torchCompute: 0.3,
    torchCallMs: 10,
    torchLayerMs: 1.5,
  },
  // ASSUMPTION: AMD / Intel GPUs between Apple and NVIDIA pro (no calibration rows).
  'gpu-other': {
    decodeBandwidth: 0.8,
    decodeLayerMs: 0.15,
    prefillCompute: 0.4,
    torchCompute: 0.3,
    torchCallMs: 10,
    torchLayerMs: 1.5,
  },
  cpu: {
    decodeBandwidth: 0.67,
    decodeLayerMs: 0.5,
    prefillCompute: 0.32,
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

/** Quantization factor on prefill compute efficiency: ≤ 6-bit 0.833 (fitted); 8-bit 0.9 (ASSUMPTION); 16-bit 1. */
export function prefillQuantFactor(bitsPerWeight: number): number {
  if (bitsPerWeight >= 15) return 1;
  if (bitsPerWeight >= 7.5) return 0.9;
  return 0.833;
}
