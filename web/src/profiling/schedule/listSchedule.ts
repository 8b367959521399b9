/**
 * As-soon-as-possible list schedule of a weighted DAG on limited lanes, with the memory sweep done in the same
 * pass. CPU and remote steps share `workers` lanes; GPU steps share `gpuLanes` lanes (one device by default).
 * Zero-time steps complete instantly and take no lane, but hold their memory for that instant: it counts
 * toward the peaks together with everything resident at that moment. When several ready steps compete for a lane, the one
 * with the longest remaining path (its "bottom level") goes first, then the earlier in topological order
 * (the HLFET rule). O((n + m) log n).
 *
 * Streaming (with `pipe`): a consumer of a streaming producer becomes ready on the producer's first item
 * (start + lead) and holds its lane until max(start + weight, producer's finish + tail), the end of its last
 * execution; its other inputs are awaited to their finish. A zero-time consumer takes no lane but lasts until
 * its stream ends (pipelinedTiming.ts gives the rule).
 *
 * Memory: a step holds its own RAM/VRAM over [start, finish); a shared model (modelKey) is resident while at
 * least one step using it runs, and counted once however many do (each step's estimate pays its own load
 * time, so the model is not assumed to stay cached between uses). Finishes at time t are released before
 * starts at t, so back-to-back steps do not overlap.
 */
import { allocFloat64, allocInt32 } from '../graph/scratch';
import type { GraphKernel } from '../graph/buildGraph';
import type { Csr } from '../graph/csr';
import { computePipelinedBottomLevels, type Pipelining } from '../graph/pipelinedTiming';
import { IndexHeap } from './indexHeap';
import { KeptPool, type Reusable } from '../graph/keptObjects';

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
  /** `computeBottomLevels` of the same DAG and weights when the caller has it (analyzeTiming computes it). */
  bottomLevel?: Float64Array;
  /** Streaming edges (null or absent: every consumer waits for its producers' finish). */
  pipe?: Pipelining | null;
  /**
   * The ready-queue keys of an earlier schedule of the same steps, order and bottom levels
   * (`ScheduleResult.keys`): a re-run with other lane counts reuses them instead of computing them again.
   */
  keys?: ScheduleKeys;
}

/** Ready-queue keys: each step's position in the topological order and its negated bottom level. */
export interface ScheduleKeys {
  pos: Int32Array;
  negBottom: Float64Array;
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
  /** The ready-queue keys used (to pass to a re-run with other lane counts). */
  keys: ScheduleKeys;
}

/** Simulate the schedule. */
export function simulateSchedule(input: ScheduleInput): ScheduleResult {
  const sim = keptSimulations.take().reset(input);
  sim.run();
  return sim.result();
}

const NO_INT32 = new Int32Array(0);
const NO_FLOAT64 = new Float64Array(0);
const NO_UINT8 = new Uint8Array(0);
const NO_KEYS: ScheduleKeys = { pos: NO_INT32, negBottom: NO_FLOAT64 };
const NO_CSR: Csr = { start: new Int32Array(1), adj: NO_INT32 };
const NO_DAG: GraphKernel = {
  n: 0,
  m: 0,
  src: NO_INT32,
  dst: NO_INT32,
  control: NO_UINT8,
  out: NO_CSR,
  in: NO_CSR,
  inControl: null,
};

/** Free lanes of one kind, as a stack whose top is lane 0. */
class LaneStack {
  items: Int32Array = NO_INT32;
  size = 0;

  reset(count: number): void {
    this.items = allocInt32(count);
    for (let i = 0; i < count; i++) this.items[i] = count - 1 - i;
    this.size = count;
  }

  clear(): void {
    this.items = NO_INT32;
    this.size = 0;
  }
}

/**
 * The simulation's state. A class rather than closures over locals: V8 optimises its methods once, while
 * closures created per call let optimised code depend on one call's objects (and be thrown away by the next
 * full garbage collection). For the same reason the simulation, its heaps, lanes and memory tracker are
 * kept across runs and reset for each schedule (graph/keptObjects.ts).
 */
class ScheduleSimulation implements Reusable {
  private dag: GraphKernel = NO_DAG;
  private weight: Float64Array = NO_FLOAT64;
  private laneKind: Uint8Array = NO_UINT8;
  private pipe: Pipelining | null = null;
  /** Time of each launched streaming step's first item, and the heap of those still to come. */
  private firstAt: Float64Array = NO_FLOAT64;
  private readonly streams = new IndexHeap(0, NO_FLOAT64, NO_INT32);
  start: Float64Array = NO_FLOAT64;
  finish: Float64Array = NO_FLOAT64;
  lane: Int32Array = NO_INT32;
  private remaining: Int32Array = NO_INT32;
  private instant: Int32Array = NO_INT32;
  private instantCount = 0;
  /** Zero-time steps holding memory at the current instant (released once its peak is recorded). */
  private held: Int32Array = NO_INT32;
  private heldCount = 0;
  private readonly readyWorker = new IndexHeap(0, NO_FLOAT64, NO_INT32);
  private readonly readyGpu = new IndexHeap(0, NO_FLOAT64, NO_INT32);
  private readonly running = new IndexHeap(0, NO_FLOAT64, NO_INT32);
  private readonly freeWorker = new LaneStack();
  private readonly freeGpu = new LaneStack();
  private launchOrder: Int32Array = NO_INT32;
  private launched = 0;
  private readonly memory = new MemoryTracker();
  /** [end time, makespan]: doubles kept in a typed array rather than boxed in object fields. */
  private clock: Float64Array = NO_FLOAT64;
  private keys: ScheduleKeys = NO_KEYS;

  /** Set up the schedule of `input` (every field written: the object may have served an earlier run). */
  reset(input: ScheduleInput): this {
    const { dag, order, weight } = input;
    const { n } = dag;
    this.dag = dag;
    this.weight = weight;
    this.laneKind = input.laneKind;
    this.pipe = input.pipe ?? null;
    const keys = input.keys ?? computeScheduleKeys(input);
    const { pos, negBottom } = keys;
    this.keys = keys;
    this.finish = allocFloat64(n);
    this.start = allocFloat64(n);
    this.lane = allocInt32(n).fill(-1);
    this.readyWorker.reset(n, negBottom, pos);
    this.readyGpu.reset(n, negBottom, pos);
    this.running.reset(n, this.finish, pos);
    this.firstAt = allocFloat64(this.pipe ? n : 0);
    this.streams.reset(this.pipe ? n : 0, this.firstAt, pos);
    this.instant = allocInt32(n);
    this.instantCount = 0;
    this.held = allocInt32(n);
    this.heldCount = 0;
    this.remaining = allocInt32(n);
    this.launchOrder = allocInt32(n);
    this.launched = 0;
    this.memory.reset(input);
    this.freeWorker.reset(input.workers);
    this.freeGpu.reset(input.gpuLanes);
    this.clock = allocFloat64(2);
    const inStart = dag.in.start;
    for (let i = 0; i < n; i++) {
      const c = order[i]!;
      this.remaining[c] = inStart[c + 1]! - inStart[c]!;
      if (this.remaining[c] === 0) this.enqueue(c);
    }
    return this;
  }

  /** Drop every reference to the run's arrays (what a kept simulation holds between runs). */
  clear(): void {
    this.dag = NO_DAG;
    this.weight = NO_FLOAT64;
    this.laneKind = NO_UINT8;
    this.pipe = null;
    this.firstAt = NO_FLOAT64;
    this.start = NO_FLOAT64;
    this.finish = NO_FLOAT64;
    this.lane = NO_INT32;
    this.remaining = NO_INT32;
    this.instant = NO_INT32;
    this.held = NO_INT32;
    this.launchOrder = NO_INT32;
    this.clock = NO_FLOAT64;
    this.keys = NO_KEYS;
    this.streams.clear();
    this.readyWorker.clear();
    this.readyGpu.clear();
    this.running.clear();
    this.freeWorker.clear();
    this.freeGpu.clear();
    this.memory.clear();
  }

  private enqueue(c: number): void {
    const kind = this.laneKind[c];
    if (kind === LANE_GPU) this.readyGpu.push(c);
    else if (kind === LANE_WORKER) this.readyWorker.push(c);
    else this.instant[this.instantCount++] = c;
  }

  /**
   * Step c has finished (`streamed` 0) or sent its first item (`streamed` 1): successors along those edges
   * whose inputs are all available become ready.
   */
  private release(c: number, streamed: number): void {
    const { start, adj } = this.dag.out;
    const remaining = this.remaining;
    const flags = this.pipe?.outSlot;
    for (let k = start[c]!, end = start[c + 1]!; k < end; k++) {
      if ((flags ? flags[k]! : 0) !== streamed) continue;
      const s = adj[k]!;
      if (--remaining[s]! === 0) this.enqueue(s);
    }
  }

  /** Finish of c started at t: after its own work, and after the last item of each stream it consumes. */
  private finishOf(c: number, t: number): number {
    let f = t + this.weight[c]!;
    const pipe = this.pipe;
    if (!pipe) return f;
    const { start, adj } = this.dag.in;
    for (let k = start[c]!, end = start[c + 1]!; k < end; k++) {
      if (pipe.inSlot[k] !== 1) continue;
      const at = this.finish[adj[k]!]! + pipe.tail[c]!;
      if (at > f) f = at;
    }
    return f;
  }

  /** Consumers of c's stream get their first item at t + lead(c): now, or as a later event. */
  private scheduleStream(c: number, t: number): void {
    const pipe = this.pipe;
    if (!pipe) return;
    const lead = pipe.lead[c]!;
    if (lead <= 0) this.release(c, 1);
    else {
      this.firstAt[c] = t + lead;
      this.streams.push(c);
    }
  }

  private launch(c: number, t: number, lanes: LaneStack): void {
    this.launchOrder[this.launched++] = c;
    this.start[c] = t;
    this.finish[c] = this.finishOf(c, t);
    this.lane[c] = lanes.items[--lanes.size]!;
    this.memory.acquire(c);
    this.running.push(c);
    this.scheduleStream(c, t);
  }

  /** Start everything that can start at time t (zero-time steps complete at once). */
  private startReady(t: number): void {
    const { readyGpu, readyWorker, freeGpu, freeWorker } = this;
    for (;;) {
      while (this.instantCount > 0) {
        const c = this.instant[--this.instantCount]!;
        this.start[c] = t;
        const f = this.finishOf(c, t);
        this.finish[c] = f;
        this.scheduleStream(c, t);
        if (f > t) {
          // A zero-time consumer of a stream lasts until the stream ends, without a lane.
          this.memory.acquire(c);
          this.running.push(c);
          continue;
        }
        if (this.memory.holdsMemory(c)) {
          this.memory.acquire(c);
          this.held[this.heldCount++] = c;
        }
        this.release(c, 0);
      }
      let started = false;
      while (freeGpu.size > 0 && readyGpu.size > 0) {
        this.launch(readyGpu.pop(), t, freeGpu);
        started = true;
      }
      while (freeWorker.size > 0 && readyWorker.size > 0) {
        this.launch(readyWorker.pop(), t, freeWorker);
        started = true;
      }
      if (!started && this.instantCount === 0) return;
    }
  }

  run(): void {
    const { running, finish, clock, streams, firstAt } = this;
    let t = 0;
    for (;;) {
      this.startReady(t);
      this.memory.recordPeak();
      while (this.heldCount > 0) this.memory.release(this.held[--this.heldCount]!);
      if (running.size === 0 && streams.size === 0) break;
      t = running.size > 0 ? finish[running.peek()]! : Infinity;
      if (streams.size > 0 && firstAt[streams.peek()]! < t) t = firstAt[streams.peek()]!;
      while (streams.size > 0 && firstAt[streams.peek()] === t) this.release(streams.pop(), 1);
      while (running.size > 0 && finish[running.peek()] === t) {
        const c = running.pop();
        clock[1] = t;
        const kind = this.laneKind[c];
        if (kind !== LANE_NONE) {
          const lanes = kind === LANE_GPU ? this.freeGpu : this.freeWorker;
          lanes.items[lanes.size++] = this.lane[c]!;
        }
        this.memory.release(c);
        this.release(c, 0);
      }
    }
    clock[0] = t;
  }

  result(): ScheduleResult {
    const end = this.clock[0]!;
    const makespan = this.clock[1]!;
    const mem = this.memory.mem;
    // One object literal with every field (no spread): its shape is the literal's, which V8 keeps.
    return {
      start: this.start,
      finish: this.finish,
      lane: this.lane,
      makespanMs: Math.max(makespan, end),
      peakRamMb: mem[PEAK_RAM]!,
      peakVramMb: mem[PEAK_VRAM]!,
      peakCombinedMb: mem[PEAK_COMBINED]!,
      launchOrder: this.launchOrder.subarray(0, this.launched),
      keys: this.keys,
    };
  }
}

/** Ready steps go longest remaining path first (min-heap on −bottom level), then by topological position. */
function computeScheduleKeys(input: ScheduleInput): ScheduleKeys {
  const { dag, order, weight } = input;
  const { n } = dag;
  const pos = allocInt32(n);
  for (let i = 0; i < n; i++) pos[order[i]!] = i;
  const bottom =
    input.bottomLevel ??
    (input.pipe
      ? computePipelinedBottomLevels(dag, order, weight, input.pipe)
      : computeBottomLevels(dag, order, weight));
  const negBottom = allocFloat64(n);
  for (let c = 0; c < n; c++) negBottom[c] = -bottom[c]!;
  return { pos, negBottom };
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

/** RAM and VRAM held over the timeline, and their peaks. */
class MemoryTracker {
  private models: Csr = NO_CSR;
  private modelRamMb: Float64Array = NO_FLOAT64;
  private modelVramMb: Float64Array = NO_FLOAT64;
  private ownRamMb: Float64Array = NO_FLOAT64;
  private ownVramMb: Float64Array = NO_FLOAT64;
  /** Running users per model: a model is resident while at least one step using it runs. */
  private users: Int32Array = NO_INT32;
  /** [RAM, VRAM, peak RAM, peak VRAM, peak combined]. */
  mem: Float64Array = NO_FLOAT64;

  reset(input: ScheduleInput): void {
    this.models = input.models;
    this.modelRamMb = input.modelRamMb;
    this.modelVramMb = input.modelVramMb;
    this.ownRamMb = input.ownRamMb;
    this.ownVramMb = input.ownVramMb;
    this.users = allocInt32(input.modelRamMb.length);
    this.mem = allocFloat64(5);
  }

  clear(): void {
    this.models = NO_CSR;
    this.modelRamMb = NO_FLOAT64;
    this.modelVramMb = NO_FLOAT64;
    this.ownRamMb = NO_FLOAT64;
    this.ownVramMb = NO_FLOAT64;
    this.users = NO_INT32;
    this.mem = NO_FLOAT64;
  }

  /** Step c holds any memory of its own or uses a model. */
  holdsMemory(c: number): boolean {
    return (
      this.ownRamMb[c]! > 0 || this.ownVramMb[c]! > 0 || this.models.start[c + 1]! > this.models.start[c]!
    );
  }

  acquire(c: number): void {
    const { models, users, mem } = this;
    let ram = mem[RAM]! + this.ownRamMb[c]!;
    let vram = mem[VRAM]! + this.ownVramMb[c]!;
    for (let k = models.start[c]!; k < models.start[c + 1]!; k++) {
      const m = models.adj[k]!;
      if (users[m]!++ > 0) continue;
      ram += this.modelRamMb[m]!;
      vram += this.modelVramMb[m]!;
    }
    mem[RAM] = ram;
    mem[VRAM] = vram;
  }

  release(c: number): void {
    const { models, users, mem } = this;
    let ram = mem[RAM]! - this.ownRamMb[c]!;
    let vram = mem[VRAM]! - this.ownVramMb[c]!;
    for (let k = models.start[c]!; k < models.start[c + 1]!; k++) {
      const m = models.adj[k]!;
      if (--users[m]! > 0) continue;
      ram -= this.modelRamMb[m]!;
      vram -= this.modelVramMb[m]!;
    }
    mem[RAM] = ram;
    mem[VRAM] = vram;
  }

  recordPeak(): void {
    const mem = this.mem;
    const ram = mem[RAM]!;
    const vram = mem[VRAM]!;
    if (ram > mem[PEAK_RAM]!) mem[PEAK_RAM] = ram;
    if (vram > mem[PEAK_VRAM]!) mem[PEAK_VRAM] = vram;
    if (ram + vram > mem[PEAK_COMBINED]!) mem[PEAK_COMBINED] = ram + vram;
  }
}

/** Simulations kept across runs (a run with suggestions simulates up to 17 schedules). */
const keptSimulations = new KeptPool(() => new ScheduleSimulation(), 32);
