/**
 * Does the workflow's estimated peak memory fit the selected device? Mirrors the engine's memory-fit metric:
 * discrete GPUs compare peak VRAM with the board's memory; unified-memory devices (Apple silicon, CPU-only,
 * DGX Spark) compare the peak of RAM + VRAM held at once with the share of memory the GPU may use
 * (`summary.usableMemoryMb`, documented in docs/reference.md).
 */
import type { Profile } from '../../../profiling/types';

export interface MemoryFit {
  /** Memory the workflow may use on this device, MB (10⁶ bytes). */
  capacityMb: number;
  /** Total device memory, MB. */
  deviceMb: number;
  /** The estimated demand compared with the capacity, MB. */
  demandMb: number;
  /** demand / capacity. */
  utilisation: number;
  fits: boolean;
  unified: boolean;
  /** What the demand is, for display. */
  demandLabel: string;
}

/** Compares the profile's peak memory with its hardware's usable memory. */
export function assessMemoryFit(profile: Profile): MemoryFit {
  const { hardware, summary } = profile;
  const deviceMb = hardware.memoryGb * 1000;
  const capacityMb = summary.usableMemoryMb ?? deviceMb;
  const unified = hardware.unifiedMemory === true;
  const demandMb = unified
    ? (summary.peakCombinedMb ?? summary.peakMemoryMb + summary.peakVramMb)
    : summary.peakVramMb;
  const utilisation = capacityMb > 0 ? demandMb / capacityMb : Number.POSITIVE_INFINITY;
  return {
    capacityMb,
    deviceMb,
    demandMb,
    utilisation,
    fits: demandMb <= capacityMb,
    unified,
    demandLabel: unified ? 'peak RAM + VRAM (unified memory)' : 'peak VRAM',
  };
}
