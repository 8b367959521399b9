/**
 * Classify a device for efficiency constants. Vendor 'intel' means an Intel GPU; CPU-only machines use
 * vendor 'cpu'.
 *
 * - nvidia-consumer: GeForce. Their listed FP16 tensor peak is the FP32-accumulate rate; FP16-accumulate
 *   kernels (llama.cpp, cuBLAS HGEMM) reach up to twice it (NVIDIA Ampere/Ada whitepapers).
 * - nvidia-pro: workstation boards (RTX A-series, RTX … Ada, L40, A40, A10): full-rate FP32 accumulate, so the
 *   listed peak is the real ceiling.
 * - nvidia-datacenter: A100/H100/V100-class, whose batch-1 inference reaches a small share of their peak.
 * - nvidia-lowpower: the 70 W inference cards (T4, L4, A2), which sustain far below their boost-clock peak.
 */
import type { HardwareSpec } from '../types';

export type DeviceClass =
  'nvidia-consumer' | 'nvidia-pro' | 'nvidia-datacenter' | 'nvidia-lowpower' | 'apple' | 'gpu-other' | 'cpu';

const DATACENTER = /\b(a100|h100|h200|h800|a800|b100|b200|gb200|gh200|v100|a30)\b/i;
const LOW_POWER = /\b(t4|l4|a2)\b/i;
const PRO = /\b(rtx\s*a\d{4}|quadro|l40s?|a40|a10g?|a16)\b|\bada\b|dgx spark|gb10/i;

/** The efficiency class of a device. */
export function describeDeviceClass(hw: HardwareSpec): DeviceClass {
  if (hw.vendor === 'cpu') return 'cpu';
  if (hw.vendor === 'apple') return 'apple';
  if (hw.vendor === 'nvidia') {
    let kind = NVIDIA_CLASSES.get(hw.name);
    if (kind === undefined) {
      kind = classifyNvidia(hw.name);
      if (NVIDIA_CLASSES.size >= 256) NVIDIA_CLASSES.clear();
      NVIDIA_CLASSES.set(hw.name, kind);
    }
    return kind;
  }
  return 'gpu-other';
}

/** Classes by NVIDIA device name: estimators ask once per node, and a run has one or two devices. */
const NVIDIA_CLASSES = new Map<string, DeviceClass>();

function classifyNvidia(name: string): DeviceClass {
  if (DATACENTER.test(name)) return 'nvidia-datacenter';
  if (LOW_POWER.test(name)) return 'nvidia-lowpower';
  if (PRO.test(name)) return 'nvidia-pro';
  return 'nvidia-consumer';
}
