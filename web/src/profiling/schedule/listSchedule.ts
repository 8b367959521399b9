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
  const sim = new ScheduleSimulation(input);
  sim.run();
  return sim.result();
}

/** Free lanes of one kind, as a stack whose top is lane 0. */
class LaneStack {
  readonly items: Int32Array;
  size: number;

  constructor(count: number) {
    this.items = allocInt32(count);
    for (let i = 0; i < count; i++) this.items[i] = count - 1 - i;
    this.size = count;
  }
}

/**
 * The simulation's state. A class rather than closures over locals: V8 optimises its methods once, while
 * closures created per call let optimised code depend on one call's objects (and be thrown away by the next
 * full garbage collection).
 */
class ScheduleSimulation {
  private readonly dag: GraphKernel;
  private readonly weight: Float64Array;
  private readonly laneKind: Uint8Array;
  private readonly pipe: Pipelining | null;
  /** Time of each launched streaming step's first item, and the heap of those still to come. */
  private readonly firstAt: Float64Array;
  private readonly streams: IndexHeap;
  readonly start: Float64Array;
  readonly finish: Float64Array;
  readonly lane: Int32Array;
  private readonly remaining: Int32Array;
  private readonly instant: Int32Array;
  private instantCount = 0;
  /** Zero-time steps holding memory at the current instant (released once its peak is recorded). */
  private readonly held: Int32Array;
  private heldCount = 0;
  private readonly readyWorker: IndexHeap;
  private readonly readyGpu: IndexHeap;
  private readonly running: IndexHeap;
  private readonly freeWorker: LaneStack;
  private readonly freeGpu: LaneStack;
  private readonly launchOrder: Int32Array;
  private launched = 0;
  private readonly memory: MemoryTracker;
  /** [end time, makespan]: doubles kept in a typed array rather than boxed in object fields. */
  private readonly clock: Float64Array;

  constructor(input: ScheduleInput) {
    const { dag, order, weight } = input;
    const { n } = dag;
    this.dag = dag;
    this.weight = weight;
    this.laneKind = input.laneKind;
    this.pipe = input.pipe ?? null;
    const pos = allocInt32(n);
    for (let i = 0; i < n; i++) pos[order[i]!] = i;
    // Ready steps: longest remaining path first (min-heap on −bottom level), then topological position.
    const bottom =
      input.bottomLevel ??
      (this.pipe
        ? computePipelinedBottomLevels(dag, order, weight, this.pipe)
        : computeBottomLevels(dag, order, weight));
    const negBottom = allocFloat64(n);
    for (let c = 0; c < n; c++) negBottom[c] = -bottom[c]!;
    this.finish = allocFloat64(n);
    this.start = allocFloat64(n);
    this.lane = allocInt32(n).fill(-1);
    this.readyWorker = new IndexHeap(n, negBottom, pos);
    this.readyGpu = new IndexHeap(n, negBottom, pos);
    this.running = new IndexHeap(n, this.finish, pos);
    this.firstAt = allocFloat64(this.pipe ? n : 0);
    this.streams = new IndexHeap(this.pipe ? n : 0, this.firstAt, pos);
    this.instant = allocInt32(n);
    this.held = allocInt32(n);
    this.remaining = allocInt32(n);
    this.launchOrder = allocInt32(n);
    this.memory = new MemoryTracker(input);
    this.freeWorker = new LaneStack(input.workers);
    this.freeGpu = new LaneStack(input.gpuLanes);
    this.clock = allocFloat64(2);
    const inStart = dag.in.start;
    for (let i = 0; i < n; i++) {
      const c = order[i]!;
      this.remaining[c] = inStart[c + 1]! - inStart[c]!;
      if (this.remaining[c] === 0) this.enqueue(c);
    }
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
    return {
      start: this.start,
      finish: this.finish,
      lane: this.lane,
      makespanMs: Math.max(makespan, end),
      launchOrder: this.launchOrder.subarray(0, this.launched),
      ...this.memory.peaks(),
    };
  }
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
  private readonly models: Csr;
  private readonly modelRamMb: Float64Array;
  private readonly modelVramMb: Float64Array;
  private readonly ownRamMb: Float64Array;
  private readonly ownVramMb: Float64Array;
  /** Running users per model: a model is resident while at least one step using it runs. */
  private readonly users: Int32Array;
  private readonly mem: Float64Array;

  constructor(input: ScheduleInput) {
    this.models = input.models;
    this.modelRamMb = input.modelRamMb;
    this.modelVramMb = input.modelVramMb;
    this.ownRamMb = input.ownRamMb;
    this.ownVramMb = input.ownVramMb;
    this.users = allocInt32(input.modelRamMb.length);
    this.mem = allocFloat64(5);
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

  peaks(): { peakRamMb: number; peakVramMb: number; peakCombinedMb: number } {
    const mem = this.mem;
    return { peakRamMb: mem[PEAK_RAM]!, peakVramMb: mem[PEAK_VRAM]!, peakCombinedMb: mem[PEAK_COMBINED]! };
  }
}
