/**
 * The analysis proper, given per-node estimates: work (items × runtime), component weights, which
 * dependencies stream items (consumers start on a producer's first item), timing with unlimited workers, `parallelizable`, the list schedule and the memory peaks. Linear in nodes + edges
 * (the schedule adds a log factor). Suggestions call it again with changed estimates.
 */
import { allocFloat64, allocInt32, allocUint8 } from '../graph/scratch';
import type { GraphKernel } from '../graph/buildGraph';
import { analyzeTiming, type Timing } from '../graph/analyzeTiming';
import type { CondensedGraph } from '../graph/condenseGraph';
import { buildCsr, type Csr } from '../graph/csr';
import { computeParallelizable } from '../graph/parallelizable';
import {
  LANE_GPU,
  LANE_NONE,
  LANE_WORKER,
  simulateSchedule,
  type ScheduleKeys,
  type ScheduleResult,
} from '../schedule/listSchedule';
import type { Pipelining } from '../graph/pipelinedTiming';
import { computePipelining } from './computePipelining';
import { computeWork, type NodeWork } from './computeWork';
import { DEVICE_GPU, type EstimateColumns } from './estimateColumns';

export interface AnalysisSettings {
  workers: number;
  gpuLanes: number;
  defaultItemCount: number;
}

export interface AnalysisGraph {
  graph: GraphKernel;
  condensed: CondensedGraph;
  nodeOrder: Int32Array;
}

export interface Analysis {
  work: NodeWork;
  /** Per DAG step (component): total runtime of its nodes. */
  weight: Float64Array;
  timing: Timing;
  /** Per DAG step; empty when the caller did not ask for it (suggestion re-runs only need the headline). */
  parallelizable: Uint8Array;
  schedule: ScheduleResult;
  laneKind: Uint8Array;
  totalRuntimeMs: number;
  /** The per-step inputs of the schedule (kept so that a re-run with other lanes can reuse them). */
  steps: Steps;
}

/**
 * Run the analysis for one set of estimates. `withParallelizable: false` skips the per-step
 * `parallelizable` flags, which only the profile's rows show.
 */
export function runAnalysis(
  g: AnalysisGraph,
  cols: EstimateColumns,
  settings: AnalysisSettings,
  withParallelizable = true,
): Analysis {
  const { graph, condensed, nodeOrder } = g;
  const work = computeWork(cols, graph, nodeOrder, settings.defaultItemCount);
  const steps = buildSteps(g, cols, work);
  const { dag, order } = condensed;
  const timing = analyzeTiming(dag, order, steps.weight, steps.pipe);
  const parallelizable = withParallelizable ? findParallelizable(g, steps.layout) : new Uint8Array(0);
  const schedule = scheduleSteps(g, steps, timing, settings);
  let total = 0;
  for (let v = 0; v < graph.n; v++) total += work.runtimeMs[v]!;
  return {
    work,
    weight: steps.weight,
    timing,
    parallelizable,
    schedule,
    laneKind: steps.laneKind,
    totalRuntimeMs: total,
    steps,
  };
}

/**
 * The analysis of the same estimates with other worker / GPU lane counts: only the list schedule depends on
 * them, so work, steps and timing are `base`'s and the schedule alone is simulated again.
 */
export function rescheduleAnalysis(
  g: AnalysisGraph,
  base: Analysis,
  settings: Pick<AnalysisSettings, 'workers' | 'gpuLanes'>,
): Analysis {
  // Every field written out (no spread): one object shape for every analysis (see graph/keptObjects.ts).
  return {
    work: base.work,
    weight: base.weight,
    timing: base.timing,
    parallelizable: base.parallelizable,
    schedule: scheduleSteps(g, base.steps, base.timing, settings, base.schedule.keys),
    laneKind: base.laneKind,
    totalRuntimeMs: base.totalRuntimeMs,
    steps: base.steps,
  };
}

function scheduleSteps(
  g: AnalysisGraph,
  steps: Steps,
  timing: Timing,
  settings: Pick<AnalysisSettings, 'workers' | 'gpuLanes'>,
  keys?: ScheduleKeys,
): ScheduleResult {
  const { dag, order } = g.condensed;
  return simulateSchedule({
    dag,
    order,
    weight: steps.weight,
    laneKind: steps.laneKind,
    ownRamMb: steps.ownRam,
    ownVramMb: steps.ownVram,
    models: steps.models,
    modelRamMb: steps.modelRam,
    modelVramMb: steps.modelVram,
    workers: settings.workers,
    gpuLanes: settings.gpuLanes,
    bottomLevel: timing.bottomLevel,
    pipe: steps.pipe,
    keys,
  });
}

/** `parallelizable` per step; layout steps that are sources or sinks are not "another node". */
function findParallelizable(g: AnalysisGraph, layout: Uint8Array): Uint8Array {
  const { dag, order } = g.condensed;
  const ignore = allocUint8(dag.n);
  for (let c = 0; c < dag.n; c++) {
    if (!layout[c]) continue;
    const isSource = dag.in.start[c + 1] === dag.in.start[c];
    const isSink = dag.out.start[c + 1] === dag.out.start[c];
    if (isSource || isSink) ignore[c] = 1;
  }
  return computeParallelizable(dag, order, ignore);
}

export interface Steps {
  weight: Float64Array;
  laneKind: Uint8Array;
  layout: Uint8Array;
  ownRam: Float64Array;
  ownVram: Float64Array;
  models: Csr;
  modelRam: Float64Array;
  modelVram: Float64Array;
  /** Dependencies that stream items (null: none). */
  pipe: Pipelining | null;
}

/** Aggregate nodes into DAG steps (one node each, or a whole cycle). */
function buildSteps(g: AnalysisGraph, cols: EstimateColumns, work: NodeWork): Steps {
  const { condensed } = g;
  const n = cols.runtimeMs.length;
  const stepCount = condensed.dag.n;
  const componentOf = condensed.componentOf;
  const weight = allocFloat64(stepCount);
  const gpu = allocUint8(stepCount);
  const layout = allocUint8(stepCount).fill(1);
  const ownRam = allocFloat64(stepCount);
  const ownVram = allocFloat64(stepCount);
  const modelCount = cols.modelKeys.length;
  const modelRam = allocFloat64(modelCount);
  const modelVram = allocFloat64(modelCount);
  const { device, modelOf, memoryMb, vramMb, modelRamMb, modelVramMb } = cols;
  let uses = 0;
  for (let v = 0; v < n; v++) {
    const c = componentOf ? componentOf[v]! : v;
    weight[c]! += work.runtimeMs[v]!;
    if (device[v] === DEVICE_GPU) gpu[c] = 1;
    if (!cols.layout[v]) layout[c] = 0;
    const m = modelOf[v]!;
    let ram = memoryMb[v]!;
    let vram = vramMb[v]!;
    if (m >= 0) {
      uses++;
      ram -= modelRamMb[v]!;
      vram -= modelVramMb[v]!;
      if (modelRamMb[v]! > modelRam[m]!) modelRam[m] = modelRamMb[v]!;
      if (modelVramMb[v]! > modelVram[m]!) modelVram[m] = modelVramMb[v]!;
    }
    // Members of a cycle run one after another: the step holds the largest member's own memory.
    if (ram > ownRam[c]!) ownRam[c] = ram;
    if (vram > ownVram[c]!) ownVram[c] = vram;
  }
  const laneKind = allocUint8(stepCount);
  for (let c = 0; c < stepCount; c++)
    laneKind[c] = weight[c]! <= 0 ? LANE_NONE : gpu[c] ? LANE_GPU : LANE_WORKER;
  return {
    weight,
    laneKind,
    layout,
    ownRam,
    ownVram,
    models: buildModelUse(stepCount, componentOf, modelOf, uses),
    modelRam,
    modelVram,
    pipe: computePipelining(condensed, cols, work),
  };
}

/** Step → models CSR with duplicates removed (two members of a cycle may share a model). */
function buildModelUse(
  stepCount: number,
  componentOf: Int32Array | null,
  modelOf: Int32Array,
  uses: number,
): Csr {
  const from = allocInt32(uses);
  const to = allocInt32(uses);
  let k = 0;
  for (let v = 0; v < modelOf.length; v++) {
    if (modelOf[v]! < 0) continue;
    from[k] = componentOf ? componentOf[v]! : v;
    to[k] = modelOf[v]!;
    k++;
  }
  const csr = buildCsr(stepCount, uses, from, to);
  if (!componentOf || uses === 0) return csr;
  const seen = new Map<number, number>();
  const adj: number[] = [];
  const start = allocInt32(stepCount + 1);
  for (let c = 0; c < stepCount; c++) {
    for (let j = csr.start[c]!; j < csr.start[c + 1]!; j++) {
      const m = csr.adj[j]!;
      if (seen.get(m) === c) continue;
      seen.set(m, c);
      adj.push(m);
    }
    start[c + 1] = adj.length;
  }
  return { start, adj: Int32Array.from(adj) };
}
