/**
 * Column view of the estimates: the numbers every later stage needs, read once from the estimate objects
 * (whose shapes vary by estimator) into typed arrays. Keeps the analysis passes monomorphic and fast.
 */
import { allocFloat64, allocInt32, allocUint8 } from '../graph/scratch';
import type { NodeEstimate } from '../estimate/types';

export const DEVICE_NONE = 0;
export const DEVICE_CPU = 1;
export const DEVICE_GPU = 2;
export const DEVICE_REMOTE = 3;

/** `emits` value of a node that is not a list/stream producer. */
export const NOT_A_PRODUCER = -1;

export interface EstimateColumns {
  runtimeMs: Float64Array;
  memoryMb: Float64Array;
  vramMb: Float64Array;
  /** Shared-model part of memory / VRAM (0 without a modelKey), clamped to the node's total. */
  modelRamMb: Float64Array;
  modelVramMb: Float64Array;
  loadMs: Float64Array;
  /** Items per execution for producers; NaN when the producer cannot tell; NOT_A_PRODUCER otherwise. */
  emits: Float64Array;
  /** 1 for collectors (estimate.collectsItems): they run once, after the streams reaching them end. */
  collects: Uint8Array;
  device: Uint8Array;
  layout: Uint8Array;
  known: Uint8Array;
  /** Index into `modelKeys`, or -1. */
  modelOf: Int32Array;
  modelKeys: string[];
  modelIndex: Map<string, number>;
}

const DEVICE_CODES: Record<string, number> = {
  none: DEVICE_NONE,
  cpu: DEVICE_CPU,
  gpu: DEVICE_GPU,
  remote: DEVICE_REMOTE,
};

/** Read the columns of all estimates. O(n). */
export function buildEstimateColumns(estimates: readonly NodeEstimate[]): EstimateColumns {
  const n = estimates.length;
  const cols: EstimateColumns = {
    runtimeMs: allocFloat64(n),
    memoryMb: allocFloat64(n),
    vramMb: allocFloat64(n),
    modelRamMb: allocFloat64(n),
    modelVramMb: allocFloat64(n),
    loadMs: allocFloat64(n),
    emits: allocFloat64(n),
    collects: allocUint8(n),
    device: allocUint8(n),
    layout: allocUint8(n),
    known: allocUint8(n),
    modelOf: allocInt32(n),
    modelKeys: [],
    modelIndex: new Map(),
  };
  for (let v = 0; v < n; v++) writeColumns(cols, v, estimates[v]!);
  return cols;
}

/** A copy of the columns with some nodes' estimates replaced (for suggestion re-runs). */
export function patchEstimateColumns(
  cols: EstimateColumns,
  changes: ReadonlyMap<number, NodeEstimate>,
): EstimateColumns {
  const copy: EstimateColumns = {
    runtimeMs: cols.runtimeMs.slice(),
    memoryMb: cols.memoryMb.slice(),
    vramMb: cols.vramMb.slice(),
    modelRamMb: cols.modelRamMb.slice(),
    modelVramMb: cols.modelVramMb.slice(),
    loadMs: cols.loadMs.slice(),
    emits: cols.emits.slice(),
    collects: cols.collects.slice(),
    device: cols.device.slice(),
    layout: cols.layout.slice(),
    known: cols.known.slice(),
    modelOf: cols.modelOf.slice(),
    modelKeys: [...cols.modelKeys],
    modelIndex: new Map(cols.modelIndex),
  };
  for (const [v, est] of changes) writeColumns(copy, v, est);
  return copy;
}

function writeColumns(cols: EstimateColumns, v: number, est: NodeEstimate): void {
  const memory = est.memoryMb;
  const vram = est.vramMb;
  cols.runtimeMs[v] = est.runtimeMs;
  cols.memoryMb[v] = memory;
  cols.vramMb[v] = vram;
  const load = est.loadMs;
  cols.loadMs[v] = load !== undefined && load > 0 ? Math.min(load, est.runtimeMs) : 0;
  const emits = est.emitsItems;
  cols.emits[v] =
    est.layoutOnly || emits === undefined ? NOT_A_PRODUCER : emits === null ? Number.NaN : Math.max(1, emits);
  cols.collects[v] = est.collectsItems === true && !est.layoutOnly ? 1 : 0;
  cols.device[v] = DEVICE_CODES[est.device] ?? DEVICE_CPU;
  cols.layout[v] = est.layoutOnly ? 1 : 0;
  cols.known[v] = est.known ? 1 : 0;
  const key = est.modelKey;
  if (key === undefined || est.layoutOnly) {
    cols.modelOf[v] = -1;
    cols.modelRamMb[v] = 0;
    cols.modelVramMb[v] = 0;
    return;
  }
  let m = cols.modelIndex.get(key);
  if (m === undefined) {
    m = cols.modelKeys.length;
    cols.modelKeys.push(key);
    cols.modelIndex.set(key, m);
  }
  cols.modelOf[v] = m;
  cols.modelRamMb[v] = clampPart(est.modelMemoryMb, memory);
  cols.modelVramMb[v] = clampPart(est.modelVramMb, vram);
}

function clampPart(part: number | undefined, whole: number): number {
  if (part === undefined || !Number.isFinite(part) || part <= 0) return 0;
  return part > whole ? whole : part;
}
