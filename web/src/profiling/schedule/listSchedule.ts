/**
 * As-soon-as-possible list schedule of a weighted DAG on limited lanes, with the memory sweep done in the same
 * pass. CPU and remote steps share `workers` lanes; GPU steps share `gpuLanes` lanes (one device by default).
 * Zero-time steps complete instantly and take no lane. When several ready steps compete for a lane, the one
 * with the longest remaining path (its "bottom level") goes first, then the earlier in topological order
 * (the HLFET rule). O((n + m) log n).
 *
 * Memory: a step holds its own RAM/VRAM over [start, finish); a shared model (modelKey) is resident while at
 * least one step using it runs, and counted once however many do (each step's estimate pays its own load
 * time, so the model is not assumed to stay cached between uses). Finishes at time t are released before
 * starts at t, so back-to-back steps do not overlap.
 */
import { allocFloat64, allocInt32 } from '../graph/scratch';
import type { GraphKernel } from '../graph/buildGraph';
import type { Csr } from '../graph/csr';
import { IndexHeap } from './indexHeap';

/** Lane kinds. */
export const LANE_NONE = 0;
export const LANE_WORKER = 1;
export const LANE_GPU = 2;

export interface ScheduleInput {
  dag: GraphKernel;
  order: Int32Array;
  weight: Float64Array;
  /** LANE_NONE / LANE_WORKER / LANE_GPU per step (LANE_NONE is used for every zero-weight step). */
  laneKind: Uint8Array;
  ownRamMb: Float64Array;
  ownVramMb: Float64Array;
  /** Models used by each step (deduplicated), as a CSR from steps to model indices. */
  models: Csr;
  modelRamMb: Float64Array;
  modelVramMb: Float64Array;
  workers: number;
  gpuLanes: number;
}

export interface ScheduleResult {
  start: Float64Array;
  finish: Float64Array;
  /** Lane index within the step's lane kind (-1 for zero-time steps). */
  lane: Int32Array;
  makespanMs: number;
  peakRamMb: number;
  peakVramMb: number;
  /** Peak of RAM + VRAM held at the same moment (what unified-memory devices must fit). */
  peakCombinedMb: number;
  /** Steps that took a lane, in the order they started (so by non-decreasing start time). */
  launchOrder: Int32Array;
}

/** Simulate the schedule. */
export function simulateSchedule(input: ScheduleInput): ScheduleResult {
  const { dag, order, weight, laneKind, workers, gpuLanes } = input;
  const { n } = dag;
  const pos = allocInt32(n);
  for (let i = 0; i < n; i++) pos[order[i]!] = i;
  const bottom = computeBottomLevels(dag, order, weight);
  // Ready steps: longest remaining path first (min-heap on −bottom level), then topological position.
  const negBottom = allocFloat64(n);
  for (let c = 0; c < n; c++) negBottom[c] = -bottom[c]!;
  const finish = allocFloat64(n);
  const start = allocFloat64(n);
  const lane = allocInt32(n).fill(-1);
  const readyWorker = new IndexHeap(n, negBottom, pos);
  const readyGpu = new IndexHeap(n, negBottom, pos);
  const running = new IndexHeap(n, finish, pos);
  const instant = allocInt32(n);
  let instantCount = 0;
  const remaining = allocInt32(n);
  const enqueue = (c: number) => {
    if (laneKind[c] === LANE_GPU) readyGpu.push(c);
    else if (laneKind[c] === LANE_WORKER) readyWorker.push(c);
    else instant[instantCount++] = c;
  };
  for (let i = 0; i < n; i++) {
    const c = order[i]!;
    remaining[c] = dag.in.start[c + 1]! - dag.in.start[c]!;
    if (remaining[c] === 0) enqueue(c);
  }
  const memory = createMemoryTracker(input);
  const freeWorker = laneStack(workers);
  const freeGpu = laneStack(gpuLanes);
  const release = (c: number) => {
    for (let k = dag.out.start[c]!; k < dag.out.start[c + 1]!; k++) {
      const s = dag.out.adj[k]!;
      if (--remaining[s]! === 0) enqueue(s);
    }
  };
  const launchOrder = allocInt32(n);
  let launched = 0;
  const launch = (c: number, t: number, lanes: LaneStack) => {
    launchOrder[launched++] = c;
    start[c] = t;
    finish[c] = t + weight[c]!;
    lane[c] = lanes.items[--lanes.size]!;
    memory.acquire(c);
    running.push(c);
  };
  let t = 0;
  let makespan = 0;
  for (;;) {
    for (;;) {
      while (instantCount > 0) {
        const c = instant[--instantCount]!;
        start[c] = finish[c] = t;
        release(c);
      }
      let started = false;
      while (freeGpu.size > 0 && readyGpu.size > 0) {
        launch(readyGpu.pop(), t, freeGpu);
        started = true;
      }
      while (freeWorker.size > 0 && readyWorker.size > 0) {
        launch(readyWorker.pop(), t, freeWorker);
        started = true;
      }
      if (!started && instantCount === 0) break;
    }
    memory.recordPeak();
    if (running.size === 0) break;
    t = finish[running.peek()]!;
    makespan = t;
    while (running.size > 0 && finish[running.peek()] === t) {
      const c = running.pop();
      const lanes = laneKind[c] === LANE_GPU ? freeGpu : freeWorker;
      lanes.items[lanes.size++] = lane[c]!;
      memory.release(c);
      release(c);
    }
  }
  return {
    start,
    finish,
    lane,
    makespanMs: Math.max(makespan, t),
    launchOrder: launchOrder.subarray(0, launched),
    ...memory.peaks(),
  };
}

interface LaneStack {
  items: Int32Array;
  size: number;
}

/** Free lanes as a stack whose top is lane 0. */
function laneStack(count: number): LaneStack {
  const items = allocInt32(count);
  for (let i = 0; i < count; i++) items[i] = count - 1 - i;
  return { items, size: count };
}

/** Longest path from each step to a sink, including the step's own weight. */
export function computeBottomLevels(dag: GraphKernel, order: Int32Array, weight: Float64Array): Float64Array {
  const bottom = allocFloat64(dag.n);
  const { start, adj } = dag.out;
  for (let i = dag.n - 1; i >= 0; i--) {
    const v = order[i]!;
    let best = 0;
    for (let k = start[v]!; k < start[v + 1]!; k++) {
      const b = bottom[adj[k]!]!;
      if (b > best) best = b;
    }
    bottom[v] = best + weight[v]!;
  }
  return bottom;
}

/** Slots of the memory tracker's running totals (a typed array: no boxed number per update). */
const RAM = 0;
const VRAM = 1;
const PEAK_RAM = 2;
const PEAK_VRAM = 3;
const PEAK_COMBINED = 4;

function createMemoryTracker(input: ScheduleInput) {
  const { models, modelRamMb, modelVramMb, ownRamMb, ownVramMb } = input;
  // Running users per model: a model is resident while at least one step using it runs.
  const users = allocInt32(modelRamMb.length);
  const mem = allocFloat64(5);
  return {
    acquire(c: number) {
      let ram = mem[RAM]! + ownRamMb[c]!;
      let vram = mem[VRAM]! + ownVramMb[c]!;
      for (let k = models.start[c]!; k < models.start[c + 1]!; k++) {
        const m = models.adj[k]!;
        if (users[m]!++ > 0) continue;
        ram += modelRamMb[m]!;
        vram += modelVramMb[m]!;
      }
      mem[RAM] = ram;
      mem[VRAM] = vram;
    },
    release(c: number) {
      let ram = mem[RAM]! - ownRamMb[c]!;
      let vram = mem[VRAM]! - ownVramMb[c]!;
      for (let k = models.start[c]!; k < models.start[c + 1]!; k++) {
        const m = models.adj[k]!;
        if (--users[m]! > 0) continue;
        ram -= modelRamMb[m]!;
        vram -= modelVramMb[m]!;
      }
      mem[RAM] = ram;
      mem[VRAM] = vram;
    },
    recordPeak() {
      const ram = mem[RAM]!;
      const vram = mem[VRAM]!;
      if (ram > mem[PEAK_RAM]!) mem[PEAK_RAM] = ram;
      if (vram > mem[PEAK_VRAM]!) mem[PEAK_VRAM] = vram;
      if (ram + vram > mem[PEAK_COMBINED]!) mem[PEAK_COMBINED] = ram + vram;
    },
    peaks() {
      return { peakRamMb: mem[PEAK_RAM]!, peakVramMb: mem[PEAK_VRAM]!, peakCombinedMb: mem[PEAK_COMBINED]! };
    },
  };
}
