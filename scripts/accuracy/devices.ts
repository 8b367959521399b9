/**
 * Device names used in ../shared/calibration rows → hardware specs. Presets where one exists; otherwise the
 * spec is given here with its source (accuracy-only devices).
 */
import { findHardwarePreset } from '../../web/src/profiling/hardware';
import type { HardwareSpec } from '../../web/src/profiling/types';

const preset = (id: string): HardwareSpec => {
  const p = findHardwarePreset(id);
  if (!p) throw new Error(`accuracy: missing hardware preset ${id}`);
  return p;
};

/** Accuracy-only devices (not offered as presets). */
const EXTRA: Record<string, HardwareSpec> = {
  // M1 Max 24-core / M1 7-core: 32- and 8-core FP32 figures (philipturner/metal-benchmarks) scaled by cores.
  'apple-m1-max-24': {
    name: 'Apple M1 Max (24-core GPU)',
    vendor: 'apple',
    memoryBandwidthGBs: 400,
    fp16Tflops: 7.96,
    memoryGb: 32,
    unifiedMemory: true,
  },
  // M1 Ultra 48-core: the 64-core preset's FP32 figure (philipturner/metal-benchmarks) scaled by cores (48 / 64).
  'apple-m1-ultra-48': {
    name: 'Apple M1 Ultra (48-core GPU)',
    vendor: 'apple',
    memoryBandwidthGBs: 800,
    fp16Tflops: 15.92,
    memoryGb: 64,
    unifiedMemory: true,
  },
  'apple-m1-7': {
    name: 'Apple M1 (7-core GPU)',
    vendor: 'apple',
    memoryBandwidthGBs: 68,
    fp16Tflops: 2.29,
    memoryGb: 8,
    unifiedMemory: true,
  },
  // Mac Pro 2019 Xeon W-3245: 6-channel DDR4-2933 = 140.8 GB/s; AVX-512 16 cores × ~2.5 GHz × 64 FLOP/clk ≈ 2.6 TFLOPS FP32 (Intel ARK).
  'xeon-w-3245': {
    name: 'Intel Xeon W-3245 16-core (CPU)',
    vendor: 'cpu',
    memoryBandwidthGBs: 140.8,
    fp16Tflops: 2.6,
    memoryGb: 96,
    unifiedMemory: true,
  },
  // M2 Pro CPU cluster: 8 P-cores × 3.5 GHz × 4×128-bit FMA (32 FP32 FLOP/clk) + 4 E-cores ≈ 1.0 TFLOPS FP32, ×2 for FP16 NEON.
  'apple-m2-pro-cpu': {
    name: 'Apple M2 Pro CPU (12 cores)',
    vendor: 'cpu',
    memoryBandwidthGBs: 200,
    fp16Tflops: 2.0,
    memoryGb: 32,
    unifiedMemory: true,
  },
  // Xeon Gold 6226R, 8 threads used: 8 × 2.9 GHz × 64 FP32 FLOP/clk ≈ 1.5 TFLOPS; 6-channel DDR4-2933 140.8 GB/s (Intel ARK).
  'xeon-gold-6226r-8t': {
    name: 'Intel Xeon Gold 6226R, 8 threads (CPU)',
    vendor: 'cpu',
    memoryBandwidthGBs: 140.8,
    fp16Tflops: 1.5,
    memoryGb: 64,
    unifiedMemory: true,
  },
  // A30: 933 GB/s HBM2, 165 TFLOPS FP16 tensor (dense), 24 GB (NVIDIA A30 datasheet).
  a30: {
    name: 'NVIDIA A30',
    vendor: 'nvidia',
    memoryBandwidthGBs: 933,
    fp16Tflops: 165,
    memoryGb: 24,
  },
  // RTX 2070 (reference boost): 448 GB/s GDDR6; 29.9 TFLOPS FP16 tensor with FP32 accumulate, the GeForce rate the
  // other GeForce presets list (NVIDIA Turing architecture whitepaper, appendix table).
  'rtx-2070': {
    name: 'NVIDIA RTX 2070 8GB',
    vendor: 'nvidia',
    memoryBandwidthGBs: 448,
    fp16Tflops: 29.9,
    memoryGb: 8,
  },
  // Tesla V100S: 1134 GB/s, 130 TFLOPS FP16 tensor (NVIDIA datasheet).
  v100s: {
    name: 'NVIDIA Tesla V100S',
    vendor: 'nvidia',
    memoryBandwidthGBs: 1134,
    fp16Tflops: 130,
    memoryGb: 32,
  },
};

const BY_NAME: ReadonlyArray<[RegExp, () => HardwareSpec]> = [
  [/RTX 4080/i, () => preset('rtx-4080')],
  [/RTX 4000 Ada/i, () => preset('rtx-4000-ada')],
  [/RTX 5000 Ada/i, () => preset('rtx-5000-ada')],
  [/RTX 6000 Ada/i, () => preset('rtx-6000-ada')],
  [/RTX A6000/i, () => preset('rtx-a6000')],
  [/RTX 3090/i, () => preset('rtx-3090')],
  [/RTX 4090/i, () => preset('rtx-4090')],
  [/RTX 3070 Ti/i, () => preset('rtx-3070-ti')],
  [/RTX 3070/i, () => preset('rtx-3070')],
  [/RTX 3080 Ti/i, () => preset('rtx-3080-ti')],
  [/RTX 3080/i, () => preset('rtx-3080')],
  [/RTX 4070 Ti/i, () => preset('rtx-4070-ti')],
  [/A100 80GB/i, () => preset('a100-80gb')],
  [/A100/i, () => preset('a100-40gb')],
  [/H100 PCIe/i, () => preset('h100-pcie')],
  [/\bA30\b/i, () => EXTRA['a30'] as HardwareSpec],
  [/RTX 2070/i, () => EXTRA['rtx-2070'] as HardwareSpec],
  [/V100S/i, () => EXTRA['v100s'] as HardwareSpec],
  [/V100/i, () => preset('v100')],
  [/\bT4\b/i, () => preset('t4')],
  [/\bL40\b/i, () => preset('l40')],
  [/M1 Max 24-core/i, () => EXTRA['apple-m1-max-24'] as HardwareSpec],
  // Rows that do not state the GPU core count (ml-stable-diffusion SDXL table, blogs) map to the largest
  // configuration of the chip (ASSUMPTION; the SDXL table's Max → Ultra ratios, 1.93× and 1.95×, match 32 → 64 and
  // 38 → 76 cores).
  [/M1 Max/i, () => preset('apple-m1-max')],
  [/M1 Ultra 48-core/i, () => EXTRA['apple-m1-ultra-48'] as HardwareSpec],
  [/M1 Ultra/i, () => preset('apple-m1-ultra')],
  [/M2 Max/i, () => preset('apple-m2-max')],
  [/M1 7-core/i, () => EXTRA['apple-m1-7'] as HardwareSpec],
  [/M2 Ultra/i, () => preset('apple-m2-ultra')],
  [/M3 10-core/i, () => preset('apple-m3')],
  [/M3 Max 40-core/i, () => preset('apple-m3-max-40')],
  [/M4 Pro/i, () => preset('apple-m4-pro')],
  [/M2 Pro.*\(CPU\)/i, () => EXTRA['apple-m2-pro-cpu'] as HardwareSpec],
  [/M2 Pro.*\(GPU\)/i, () => preset('apple-m2-pro')],
  [/Mac Pro 2019 Intel/i, () => EXTRA['xeon-w-3245'] as HardwareSpec],
  [/Xeon Gold 6226R/i, () => EXTRA['xeon-gold-6226r-8t'] as HardwareSpec],
  // ASSUMPTION: the newer faster-whisper README's CPU is not named in the excerpt; a typical desktop CPU.
  [/^CPU/i, () => preset('cpu-ddr5-6400')],
];

/** The spec for a calibration device name, or undefined when unmapped (the row is reported as skipped). */
export function resolveCalibrationDevice(name: string): HardwareSpec | undefined {
  for (const [re, get] of BY_NAME) if (re.test(name)) return get();
  return undefined;
}
