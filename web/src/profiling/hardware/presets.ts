/**
 * Hardware presets: every device of ../shared/calibration/hardware_specs.csv, typed into code (the browser
 * cannot read that folder). Bandwidth and dense FP16 peaks come from that CSV, whose `source` column names the
 * original (llama.cpp discussion #4167, philipturner/metal-benchmarks, exo device_capabilities, LLM-Viewer
 * hardware_params, NVIDIA datasheets). Where the CSV has no FP16 figure, the value here is marked ASSUMPTION
 * with its derivation. `memoryGb` is not in the CSV: it is the common configuration of the device (NVIDIA:
 * the board's VRAM; Apple: a common unified-memory configuration, ASSUMPTION — pick a custom spec for yours).
 */
import type { HardwareSpec } from '../types';

/** A preset: a hardware spec with a stable id. */
export type HardwarePreset = HardwareSpec & { id: string };

const apple = (id: string, name: string, bw: number, tflops: number, memoryGb: number): HardwarePreset => ({
  id,
  name,
  vendor: 'apple',
  memoryBandwidthGBs: bw,
  fp16Tflops: tflops,
  memoryGb,
  unifiedMemory: true,
});

const nvidia = (id: string, name: string, bw: number, tflops: number, memoryGb: number): HardwarePreset => ({
  id,
  name,
  vendor: 'nvidia',
  memoryBandwidthGBs: bw,
  fp16Tflops: tflops,
  memoryGb,
});

/** All presets, Apple first, then NVIDIA by generation, then AMD / CPU. */
export const HARDWARE_PRESETS: ReadonlyArray<HardwarePreset> = Object.freeze([
  apple('apple-m1', 'Apple M1 (8-core GPU, 16 GB)', 68, 2.617, 16),
  apple('apple-m1-pro', 'Apple M1 Pro (16-core GPU, 32 GB)', 200, 5.308, 32),
  apple('apple-m1-max', 'Apple M1 Max (32-core GPU, 64 GB)', 400, 10.62, 64),
  apple('apple-m1-ultra', 'Apple M1 Ultra (64-core GPU, 128 GB)', 800, 21.23, 128),
  apple('apple-m2', 'Apple M2 (10-core GPU, 16 GB)', 100, 3.579, 16),
  apple('apple-m2-pro', 'Apple M2 Pro (19-core GPU, 32 GB)', 200, 6.441, 32),
  apple('apple-m2-max', 'Apple M2 Max (38-core GPU, 64 GB)', 400, 13.6, 64),
  apple('apple-m2-ultra', 'Apple M2 Ultra (76-core GPU, 192 GB)', 800, 27.2, 192),
  apple('apple-m3', 'Apple M3 (10-core GPU, 16 GB)', 100, 3.55, 16),
  apple('apple-m3-pro', 'Apple M3 Pro (18-core GPU, 36 GB)', 150, 4.97, 36),
  // ASSUMPTION: CSV has no FP16 figure; 40-core value (14.2) scaled by cores 30/40.
  apple('apple-m3-max-30', 'Apple M3 Max (30-core GPU, 36 GB)', 300, 10.65, 36),
  apple('apple-m3-max-40', 'Apple M3 Max (40-core GPU, 64 GB)', 400, 14.2, 64),
  // ASSUMPTION: CSV has no FP16 figure; two M3 Max 40-core dies (2 × 14.2).
  apple('apple-m3-ultra', 'Apple M3 Ultra (80-core GPU, 96 GB)', 800, 28.4, 96),
  apple('apple-m4', 'Apple M4 (10-core GPU, 16 GB)', 120, 4.26, 16),
  // ASSUMPTION: the CSV's 5.72 is flagged "looks low for 20 cores; verify". Same GPU cores as the M4 Max, so half of
  // the 40-core figure (18.03 / 2); consistent with the M4 (10-core) 4.26 × 2.
  apple('apple-m4-pro', 'Apple M4 Pro (20-core GPU, 48 GB)', 273, 9.0, 48),
  // ASSUMPTION: CSV has no FP16 figure; 40-core value (18.03) scaled by cores 32/40.
  apple('apple-m4-max-32', 'Apple M4 Max (32-core GPU, 36 GB)', 410, 14.42, 36),
  apple('apple-m4-max-40', 'Apple M4 Max (40-core GPU, 64 GB)', 546, 18.03, 64),
  nvidia('rtx-3060', 'NVIDIA RTX 3060 12GB', 360, 26.0, 12),
  // Not in hardware_specs.csv but in the llama.cpp benchmark rows: bandwidth and FP16 tensor (FP32-accumulate,
  // dense) from the NVIDIA Ampere GA102 / Ada AD102 whitepapers and product pages.
  nvidia('rtx-3070', 'NVIDIA RTX 3070 8GB', 448, 40.6, 8),
  nvidia('rtx-3070-ti', 'NVIDIA RTX 3070 Ti 8GB', 608, 43.5, 8),
  nvidia('rtx-3080', 'NVIDIA RTX 3080 10GB', 760, 59.5, 10),
  nvidia('rtx-3080-ti', 'NVIDIA RTX 3080 Ti 12GB', 912, 68.2, 12),
  nvidia('rtx-3090', 'NVIDIA RTX 3090 24GB', 936, 71.2, 24),
  nvidia('rtx-4070', 'NVIDIA RTX 4070 12GB', 504, 58.0, 12),
  nvidia('rtx-4070-super', 'NVIDIA RTX 4070 SUPER 12GB', 504, 60.0, 12),
  nvidia('rtx-4070-ti', 'NVIDIA RTX 4070 Ti 12GB', 504, 80.2, 12),
  nvidia('rtx-4080', 'NVIDIA RTX 4080 16GB', 716.8, 97.5, 16),
  nvidia('rtx-4090', 'NVIDIA RTX 4090 24GB', 1008, 165.16, 24),
  // ASSUMPTION: CSV has no peak; the measured torch FP16 GEMM (224.4 TFLOPS, same CSV row) is used.
  nvidia('rtx-5090', 'NVIDIA RTX 5090 32GB', 1792, 224.4, 32),
  nvidia('v100', 'NVIDIA V100 32GB', 900, 112, 32),
  nvidia('a100-40gb', 'NVIDIA A100 40GB', 1555, 312, 40),
  nvidia('a100-80gb', 'NVIDIA A100 80GB SXM', 2039, 312, 80),
  nvidia('h100-sxm', 'NVIDIA H100 SXM 80GB', 3072, 989.5, 80),
  nvidia('h100-pcie', 'NVIDIA H100 PCIe 80GB', 2048, 756.5, 80),
  nvidia('l40', 'NVIDIA L40 48GB', 864, 181, 48),
  nvidia('l4', 'NVIDIA L4 24GB', 300, 121, 24),
  nvidia('t4', 'NVIDIA T4 16GB', 320, 65, 16),
  nvidia('rtx-a6000', 'NVIDIA RTX A6000 48GB', 768, 154.8, 48),
  // ASSUMPTION: Ada workstation boards scaled from the L40 (same AD102 die, 181 TFLOPS) by SM count × boost clock;
  // bandwidth from NVIDIA product pages.
  nvidia('rtx-4000-ada', 'NVIDIA RTX 4000 Ada 20GB', 360, 53.7, 20),
  nvidia('rtx-5000-ada', 'NVIDIA RTX 5000 Ada 32GB', 576, 130, 32),
  nvidia('rtx-6000-ada', 'NVIDIA RTX 6000 Ada 48GB', 960, 182, 48),
  nvidia('a40', 'NVIDIA A40 48GB', 696, 74.85, 48),
  // ASSUMPTION: CSV has no FP16 figure; NVIDIA quotes 1 PFLOP FP4 with sparsity → ÷2 dense, ÷4 to FP16 ≈ 125,
  // halved again for FP32 accumulate as on consumer Blackwell ≈ 62.5. Unified LPDDR5X, 128 GB.
  { ...nvidia('dgx-spark', 'NVIDIA DGX Spark (GB10, 128 GB)', 273, 62.5, 128), unifiedMemory: true },
  {
    id: 'ryzen-ai-max-395',
    name: 'AMD Ryzen AI Max+ 395 (Strix Halo, 128 GB)',
    vendor: 'amd',
    memoryBandwidthGBs: 256,
    // ASSUMPTION: CSV has no FP16 figure; 40 RDNA3.5 CUs × 2.9 GHz × 512 FP16 FLOP/clk ≈ 59 TFLOPS.
    fp16Tflops: 59,
    memoryGb: 128,
    unifiedMemory: true,
  },
  {
    id: 'cpu-i9-13900k',
    name: 'Intel Core i9-13900K, dual-channel DDR5-5600 (CPU only)',
    vendor: 'cpu',
    memoryBandwidthGBs: 89.6,
    // ASSUMPTION: CSV has no FLOPS; AVX2 FP32 peak ≈ 8 P-cores × 5.5 GHz × 32 + 16 E-cores × 4.3 GHz × 16 ≈ 2.5 TFLOPS.
    fp16Tflops: 2.5,
    memoryGb: 64,
    unifiedMemory: true,
  },
  {
    id: 'cpu-ddr5-6400',
    name: 'Typical desktop CPU, dual-channel DDR5-6400 (CPU only)',
    vendor: 'cpu',
    memoryBandwidthGBs: 102.4,
    // ASSUMPTION: an 8-core AVX2 desktop (8 × 5 GHz × 32 FLOP/clk ≈ 1.3 TFLOPS FP32).
    fp16Tflops: 1.3,
    memoryGb: 32,
    unifiedMemory: true,
  },
]);

/**
 * Default device: the NVIDIA RTX 4090 24GB. It is the most common high-end local-AI GPU, the device with the
 * most calibration rows (so the best-validated estimates), and its 24 GB is the usual VRAM ceiling people
 * design local workflows for. Shown wherever numbers are shown; change it in the hardware picker or `--hardware`.
 */
export const DEFAULT_HARDWARE_ID = 'rtx-4090';
