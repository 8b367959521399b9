/**
 * The analysis proper, given per-node estimates: work (items × runtime), component weights, timing with
 * unlimited workers, `parallelizable`, the list schedule and the memory peaks. Linear in nodes + edges
 * (the schedule adds a log factor). Suggestions call it again with changed estimates.
 */
import type { NodeEstimate } from '../estimate/types';
import type { GraphKernel } from '../graph/buildGraph';
import { analyzeTiming, type Timing } from '../graph/analyzeTiming';
import type { CondensedGraph } from '../graph/condenseGraph';
import { buildCsr } from '../graph/csr';
import { computeParallelizable } from '../graph/parallelizable';
import {
  LANE_GPU,
  LANE_NONE,
  LANE_WORKER,
  simulateSchedule,
  type ScheduleResult,
} from '../schedule/listSchedule';
import { computeWork, type NodeWork } from './computeWork';

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
  /** Per DAG step. */
  parallelizable: Uint8Array;
  schedule: ScheduleResult;
  laneKind: Uint8Array;
  totalRuntimeMs: number;
}

/** Run the analysis for one set of estimates. */
export function runAnalysis(
  g: AnalysisGraph,
  estimates: readonly NodeEstimate[],
  settings: AnalysisSettings,
): Analysis {
  const { graph, condensed, nodeOrder } = g;
  const work = computeWork(estimates, graph, nodeOrder, settings.defaultItemCount);
  const steps = buildSteps(g, estimates, work);
  const { dag, order } = condensed;
  const timing = analyzeTiming(dag, order, steps.weight);
  const ignore = new Uint8Array(dag.n);
  for (let c = 0; c < dag.n; c++) {
    if (!steps.layout[c]) continue;
    const isSource = dag.in.start[c + 1] === dag.in.start[c];
    const isSink = dag.out.start[c + 1] === dag.out.start[c];
    if (isSource || isSink) ignore[c] = 1;
  }
  const parallelizable = computeParallelizable(dag, order, ignore);
  const schedule = simulateSchedule({
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
  });
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
  };
}

interface Steps {
  weight: Float64Array;
  laneKind: Uint8Array;
  layout: Uint8Array;
  ownRam: Float64Array;
  ownVram: Float64Array;
  models: ReturnType<typeof buildCsr>;
  modelRam: Float64Array;
  modelVram: Float64Array;
}

/** Aggregate nodes into DAG steps (one node each, or a whole cycle). */
function buildSteps(g: AnalysisGraph, estimates: readonly NodeEstimate[], work: NodeWork): Steps {
  const { condensed } = g;
  const n = estimates.length;
  const stepCount = condensed.dag.n;
  const componentOf = condensed.componentOf;
  const weight = new Float64Array(stepCount);
  const gpu = new Uint8Array(stepCount);
  const layout = new Uint8Array(stepCount).fill(1);
  const ownRam = new Float64Array(stepCount);
  const ownVram = new Float64Array(stepCount);
  const modelIndex = new Map<string, number>();
  const modelRamList: number[] = [];
  const modelVramList: number[] = [];
  const useStep: number[] = [];
  const useModel: number[] = [];
  for (let v = 0; v < n; v++) {
    const c = componentOf ? componentOf[v]! : v;
    const est = estimates[v]!;
    weight[c]! += work.runtimeMs[v]!;
    if (est.device === 'gpu') gpu[c] = 1;
    if (!est.layoutOnly) layout[c] = 0;
    let ram = est.memoryMb;
    let vram = est.vramMb;
    if (est.modelKey !== undefined) {
      const modelRam = clampPart(est.modelMemoryMb, ram);
      const modelVram = clampPart(est.modelVramMb, vram);
      ram -= modelRam;
      vram -= modelVram;
      let m = modelIndex.get(est.modelKey);
      if (m === undefined) {
        m = modelRamList.length;
        modelIndex.set(est.modelKey, m);
        modelRamList.push(modelRam);
        modelVramList.push(modelVram);
      } else {
        if (modelRam > modelRamList[m]!) modelRamList[m] = modelRam;
        if (modelVram > modelVramList[m]!) modelVramList[m] = modelVram;
      }
      useStep.push(c);
      useModel.push(m);
    }
    // Members of a cycle run one after another: the step holds the largest member's own memory.
    if (ram > ownRam[c]!) ownRam[c] = ram;
    if (vram > ownVram[c]!) ownVram[c] = vram;
  }
  const laneKind = new Uint8Array(stepCount);
  for (let c = 0; c < stepCount; c++)
    laneKind[c] = weight[c]! <= 0 ? LANE_NONE : gpu[c] ? LANE_GPU : LANE_WORKER;
  return {
    weight,
    laneKind,
    layout,
    ownRam,
    ownVram,
    models: buildModelUse(stepCount, useStep, useModel),
    modelRam: Float64Array.from(modelRamList),
    modelVram: Float64Array.from(modelVramList),
  };
}

function clampPart(part: number | undefined, whole: number): number {
  if (part === undefined || !Number.isFinite(part) || part <= 0) return 0;
  return part > whole ? whole : part;
}

/** Step → models CSR with duplicates removed (two members of a cycle may share a model). */
function buildModelUse(stepCount: number, useStep: number[], useModel: number[]) {
  const count = useStep.length;
  const csr = buildCsr(stepCount, count, Int32Array.from(useStep), Int32Array.from(useModel));
  if (count === 0) return csr;
  const seen = new Map<number, number>();
  const adj: number[] = [];
  const start = new Int32Array(stepCount + 1);
  for (let c = 0; c < stepCount; c++) {
    for (let k = csr.start[c]!; k < csr.start[c + 1]!; k++) {
      const m = csr.adj[k]!;
      if (seen.get(m) === c) continue;
      seen.set(m, c);
      adj.push(m);
    }
    start[c + 1] = adj.length;
  }
  return { start, adj: Int32Array.from(adj) };
}
