/**
 * Where a local model's memory goes, and what partial offload costs. When weights + KV do not fit in the
 * usable device memory, llama.cpp/Ollama keep the remaining layers in system RAM and run them on the CPU; time
 * per token then adds the CPU share at host bandwidth (ASSUMPTION 60 GB/s effective dual-channel DDR).
 * Usable memory: NVIDIA/AMD VRAM minus 0.5 GB; Apple 70 % of unified memory up to 32 GB, 78 % above
 * (ESTIMATION.md, macOS default GPU working-set limit).
 */
import type { ExecutionDevice, HardwareSpec } from '../../types';
import type { ParamReader } from '../parse/paramReader';
import { HOST_BYTES, placeMemory } from './finish';

const HOST_BW_GBS = 60;

/** Memory the GPU may use, bytes. */
export function usableDeviceBytes(hw: HardwareSpec): number {
  if (hw.vendor === 'apple') return hw.memoryGb * 1e9 * (hw.memoryGb <= 32 ? 0.7 : 0.78);
  return Math.max(0, hw.memoryGb - 0.5) * 1e9;
}

export interface Placement {
  device: ExecutionDevice;
  memory: ReturnType<typeof placeMemory>;
  /** Time multiplier from partial offload (1 when everything fits). */
  slowdown: number;
  /** Share of the weights on the GPU. */
  gpuShare: number;
  /** Hardware to time with (the device itself). */
  hw: HardwareSpec;
}

/** Place a model of `weightBytes` (total footprint `totalBytes`) on the device. */
export function placeOnDevice(
  reader: ParamReader,
  hw: HardwareSpec,
  gpu: boolean,
  weightBytes: number,
  totalBytes: number,
): Placement {
  const hostBytes = HOST_BYTES.runtime;
  if (!gpu) {
    // ASSUMPTION: the OS and other processes keep ≈ 10 % of system RAM.
    if (totalBytes + hostBytes > hw.memoryGb * 1e9 * 0.9) {
      reader.warn(
        'estimate.exceeds-device-memory',
        'model',
        `Node "${reader.node.id}": needs ≈ ${(totalBytes / 1e9).toFixed(1)} GB of RAM but ${hw.name} has ${hw.memoryGb} GB; expect swapping or a load failure.`,
      );
    }
    return {
      device: 'cpu',
      memory: placeMemory(false, weightBytes, totalBytes - weightBytes, hostBytes),
      slowdown: 1,
      gpuShare: 0,
      hw,
    };
  }
  const usable = usableDeviceBytes(hw);
  if (totalBytes <= usable || hw.unifiedMemory) {
    if (totalBytes > usable) {
      reader.warn(
        'estimate.exceeds-device-memory',
        'model',
        `Node "${reader.node.id}": needs ≈ ${(totalBytes / 1e9).toFixed(1)} GB but ${hw.name} lets the GPU use ≈ ${(usable / 1e9).toFixed(1)} GB; expect swapping or a load failure.`,
      );
    }
    return {
      device: 'gpu',
      memory: placeMemory(true, weightBytes, totalBytes - weightBytes, hostBytes),
      slowdown: 1,
      gpuShare: 1,
      hw,
    };
  }
  const overflow = totalBytes - usable;
  const gpuShare = Math.max(0, Math.min(1, 1 - overflow / Math.max(1, weightBytes)));
  const gpuTime = gpuShare / hw.memoryBandwidthGBs;
  const cpuTime = (1 - gpuShare) / HOST_BW_GBS;
  const slowdown = (gpuTime + cpuTime) / (1 / hw.memoryBandwidthGBs);
  reader.warn(
    'estimate.partial-offload',
    'model',
    `Node "${reader.node.id}": ≈ ${(totalBytes / 1e9).toFixed(1)} GB does not fit in ${hw.name} (${hw.memoryGb} GB); ${Math.round((1 - gpuShare) * 100)} % of the layers run from system RAM (≈ ${slowdown.toFixed(1)}× slower).`,
  );
  reader.assume('hostBandwidthGBs', 'System RAM bandwidth for offloaded layers', HOST_BW_GBS, 'GB/s');
  const mb = (b: number) => b / 1e6;
  return {
    device: 'gpu',
    memory: {
      memoryMb: mb(hostBytes + overflow),
      vramMb: mb(usable),
      modelMemoryMb: mb(weightBytes * (1 - gpuShare)),
      modelVramMb: mb(weightBytes * gpuShare),
    },
    slowdown,
    gpuShare,
    hw,
  };
}
