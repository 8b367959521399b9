/**
 * Bottlenecks: nodes on the critical path that take at least 20 % of it, and memory hot spots — nodes whose
 * own footprint (VRAM, or RAM + VRAM on unified memory) is at least 40 % of the usable device memory.
 * Layout nodes never qualify. Thresholds are ASSUMPTIONS (docs/reference.md).
 */
import type { EstimateColumns } from './estimateColumns';
import type { BottleneckDetail } from '../types';

export const TIME_SHARE_THRESHOLD = 0.2;
export const MEMORY_SHARE_THRESHOLD = 0.4;
/** At most this many bottlenecks are listed. */
export const MAX_BOTTLENECKS = 10;

export interface BottleneckInputs {
  ids: readonly string[];
  cols: EstimateColumns;
  runtimeMs: Float64Array;
  /** Node indices on the critical path. */
  criticalNodes: readonly number[];
  criticalPathMs: number;
  usableMemoryMb: number;
  unifiedMemory: boolean;
}

/** Bottlenecks, time first (largest share first), then memory. */
export function findBottlenecks(inputs: BottleneckInputs): BottleneckDetail[] {
  const { ids, cols, runtimeMs, criticalNodes, criticalPathMs, usableMemoryMb, unifiedMemory } = inputs;
  const time: BottleneckDetail[] = [];
  if (criticalPathMs > 0) {
    for (const v of criticalNodes) {
      if (cols.layout[v]) continue;
      const share = runtimeMs[v]! / criticalPathMs;
      if (share >= TIME_SHARE_THRESHOLD) time.push({ nodeId: ids[v]!, kind: 'time', share });
    }
  }
  const memory: BottleneckDetail[] = [];
  if (usableMemoryMb > 0) {
    const { layout, memoryMb, vramMb } = cols;
    for (let v = 0; v < layout.length; v++) {
      if (layout[v]) continue;
      const footprint = unifiedMemory ? memoryMb[v]! + vramMb[v]! : vramMb[v]!;
      const share = footprint / usableMemoryMb;
      if (share >= MEMORY_SHARE_THRESHOLD) memory.push({ nodeId: ids[v]!, kind: 'memory', share });
    }
  }
  time.sort((a, b) => b.share - a.share);
  memory.sort((a, b) => b.share - a.share);
  return [...time, ...memory].slice(0, MAX_BOTTLENECKS);
}
