/**
 * Classify a device for efficiency constants: consumer NVIDIA, datacenter NVIDIA, Apple, other GPU (AMD, Intel
 * Arc), CPU. Vendor 'intel' means an Intel GPU; CPU-only machines use vendor 'cpu'.
 */
import type { HardwareSpec } from '../types';

export type DeviceClass = 'nvidia-consumer' | 'nvidia-datacenter' | 'apple' | 'gpu-other' | 'cpu';

/** Datacenter parts run batch-1 inference far below peak (ESTIMATION.md: A100/H100 η ≈ 0.4). */
const DATACENTER = /\b(a100|h100|h200|b100|b200|gh200|v100|a40|l40|l4|t4|a10|a30)\b/i;

/** The efficiency class of a device. */
export function describeDeviceClass(hw: HardwareSpec): DeviceClass {
  if (hw.vendor === 'cpu') return 'cpu';
  if (hw.vendor === 'apple') return 'apple';
  if (hw.vendor === 'nvidia') return DATACENTER.test(hw.name) ? 'nvidia-datacenter' : 'nvidia-consumer';
  return 'gpu-other';
}
