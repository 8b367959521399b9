/**
 * LLM physics (../shared/ESTIMATION.md §LLM): weights + KV cache + overhead for memory; load, compute-bound
 * prefill and bandwidth-bound decode for time. Pure functions; all sizes in bytes, times in ms.
 */
import type { HardwareSpec } from '../../types';
import type { LlmArchitecture } from '../models/types';
import type { Quantization } from '../parse/quantization';
import { computePrefillFlopsPerSec, decodeQuantFactor, getEfficiency } from './efficiency';

export type LlmRuntime = 'llama.cpp' | 'mlx' | 'transformers';

/** Weight bytes: body at the quant's bits per weight, output matrix (vocab × hidden) at its own precision. */
export function computeWeightBytes(
  arch: Pick<LlmArchitecture, 'paramsB' | 'vocab' | 'hidden'>,
  quant: Quantization,
): number {
  const params = arch.paramsB * 1e9;
  const out = Math.min(params * 0.5, Math.max(0, arch.vocab * arch.hidden));
  return ((params - out) * quant.bitsPerWeight + out * quant.outputBitsPerWeight) / 8;
}

/** Bytes of weights read per generated token: active parameters for MoE (ratio to total), all for dense. */
export function computeActiveWeightBytes(arch: LlmArchitecture, quant: Quantization): number {
  const total = computeWeightBytes(arch, quant);
  const active = arch.activeParamsB ?? arch.paramsB;
  return total * Math.min(1, active / arch.paramsB);
}

/** KV cache bytes: 2 (K and V) × layers × kv heads × head dim × tokens × bytes per element (f16: 2). */
export function computeKvCacheBytes(
  arch: Pick<LlmArchitecture, 'layers' | 'kvHeads' | 'headDim'>,
  tokens: number,
  bytesPerElement = 2,
): number {
  return 2 * arch.layers * arch.kvHeads * arch.headDim * Math.max(0, tokens) * bytesPerElement;
}

/**
 * Activation share on top of weights: ≈ 0.05 for llama.cpp / MLX, ≈ 0.2 for PyTorch/transformers
 * (accelerate's "add up to 20 %"), ESTIMATION.md.
 */
export function activationFactor(runtime: LlmRuntime): number {
  return runtime === 'transformers' ? 0.2 : 0.05;
}

/** Runtime overhead: CUDA context + cuBLAS workspace ≈ 0.4 GB (ASSUMPTION, ESTIMATION.md 0.3–0.5 GB); Apple/CPU 0.15 GB. */
export function runtimeOverheadBytes(hw: HardwareSpec): number {
  return hw.vendor === 'nvidia' || hw.vendor === 'amd' || hw.vendor === 'intel' ? 0.4e9 : 0.15e9;
}

/** Peak memory of a loaded model with its KV cache. */
export function computeLlmMemoryBytes(
  weightBytes: number,
  kvBytes: number,
  runtime: LlmRuntime,
  hw: HardwareSpec,
): number {
  return weightBytes * (1 + activationFactor(runtime)) + kvBytes + runtimeOverheadBytes(hw);
}

/**
 * Decode speed (tokens/s): time per token = bytes read / (η_bw · q · bandwidth) + layers · τ, where bytes read
 * are the active weights plus the KV cache at the average context of the generation.
 */
export function computeDecodeTokensPerSec(
  arch: LlmArchitecture,
  quant: Quantization,
  hw: HardwareSpec,
  avgContextTokens: number,
): number {
  const eff = getEfficiency(hw);
  const bytes = computeActiveWeightBytes(arch, quant) + computeKvCacheBytes(arch, avgContextTokens);
  const bw = eff.decodeBandwidth * decodeQuantFactor(quant.bitsPerWeight) * hw.memoryBandwidthGBs * 1e9;
  const seconds = bytes / bw + (arch.layers * eff.decodeLayerMs) / 1000;
  return 1 / seconds;
}

/**
 * Prefill time (ms) for a prompt of n tokens: dense FLOPs 2·P_active·n plus causal attention 2·L·d_attn·n²,
 * at η_prefill · q · peak FP16.
 */
export function computePrefillMs(
  arch: LlmArchitecture,
  quant: Quantization,
  hw: HardwareSpec,
  promptTokens: number,
): number {
  const n = Math.max(0, promptTokens);
  if (n === 0) return 0;
  const flopsPerSec = computePrefillFlopsPerSec(hw, quant.bitsPerWeight);
  const active = (arch.activeParamsB ?? arch.paramsB) * 1e9;
  const flops = 2 * active * n + 2 * arch.layers * arch.attnDim * n * n;
  return (flops / flopsPerSec) * 1000;
}

/** Prefill throughput (tokens/s) for an n-token prompt. */
export function computePrefillTokensPerSec(
  arch: LlmArchitecture,
  quant: Quantization,
  hw: HardwareSpec,
  promptTokens: number,
): number {
  const n = Math.max(1, promptTokens);
  return n / (computePrefillMs(arch, quant, hw, n) / 1000);
}

/** Cold load time (ms): weight bytes from disk at `diskGBs` GB/s plus a fixed runtime start (ASSUMPTION 300 ms). */
export function computeLoadMs(weightBytes: number, diskGBs: number): number {
  return 300 + (weightBytes / (Math.max(0.05, diskGBs) * 1e9)) * 1000;
}
