/** Per-node rows of the profile and the node-level schedule. */
import { allocFloat64, allocInt32 } from '../graph/scratch';
import type { NodeEstimate } from '../estimate/types';
import type { GraphKernel } from '../graph/buildGraph';
import type { CondensedGraph } from '../graph/condenseGraph';
import type { IngestedNodes } from '../ingest/types';
import { LANE_GPU } from '../schedule/listSchedule';
import type { NodeDetails, NodeProfile, ScheduleEntry } from '../types';
import type { Analysis } from './runAnalysis';

export interface NodeRowsInput {
  workflow: IngestedNodes;
  graph: GraphKernel;
  condensed: CondensedGraph;
  estimates: readonly NodeEstimate[];
  analysis: Analysis;
  defaultItemCount: number;
}

/**
 * Build `nodes[]` and `schedule[]`. Members of a cycle share their step's timing: they run one after another
 * inside it, in input order (their earliest start is offset by the members before them).
 */
export function buildNodeProfiles(input: NodeRowsInput): { rows: NodeProfile[]; schedule: ScheduleEntry[] } {
  const { workflow, graph, condensed, estimates, analysis } = input;
  const { ids, types, titles } = workflow;
  const n = workflow.nodeCount;
  const { timing, work, parallelizable } = analysis;
  const componentOf = condensed.componentOf;
  const offset = memberOffsets(condensed, work.runtimeMs, n);
  const cycles = cycleIndexes(condensed);
  const rows = new Array<NodeProfile>(n);
  for (let v = 0; v < n; v++) {
    const est = estimates[v]!;
    const c = componentOf ? componentOf[v]! : v;
    const shift = offset ? offset[v]! : 0;
    const runtimeMs = work.runtimeMs[v]!;
    const row: NodeProfile = {
      id: ids[v]!,
      type: types[v]!,
      title: titles[v]!,
      category: est.category,
      complexity: est.complexity,
      runtimeMs,
      memoryMb: est.memoryMb,
      vramMb: est.vramMb,
      device: est.device,
      fanIn: graph.in.start[v + 1]! - graph.in.start[v]!,
      fanOut: graph.out.start[v + 1]! - graph.out.start[v]!,
      level: timing.level[c]!,
      earliestStartMs: timing.earliestStart[c]! + shift,
      slackMs: timing.slack[c]!,
      onCriticalPath: timing.onCriticalPath[c] === 1 && !est.layoutOnly,
      parallelizable: parallelizable[c] === 1,
      known: est.known,
      confidence: est.confidence,
      layoutOnly: est.layoutOnly,
      details: describeDetails(est, work.itemCount[v]!, work.itemsAssumed[v] === 1, input.defaultItemCount),
    };
    if (cycles && cycles[c]! >= 0) row.cycleIndex = cycles[c]!;
    rows[v] = row;
  }
  return { rows, schedule: buildSchedule(input, offset) };
}

/** Schedule entries in start order (the simulation launches steps in time order). */
function buildSchedule(input: NodeRowsInput, offset: Float64Array | null): ScheduleEntry[] {
  const { condensed } = input;
  return condensed.members ? buildCycleSchedule(input, offset!) : buildAcyclicSchedule(input);
}

/** Without cycles every launched step is one node with a runtime: one entry each, in launch order. */
function buildAcyclicSchedule(input: NodeRowsInput): ScheduleEntry[] {
  const { ids } = input.workflow;
  const { analysis } = input;
  const { schedule: sim, laneKind } = analysis;
  const labels: LaneLabels = { worker: [], gpu: [] };
  const count = sim.launchOrder.length;
  // Sized once: growing a list of a million entries copies it some twenty times.
  const schedule = new Array<ScheduleEntry>(count);
  for (let i = 0; i < count; i++) {
    const v = sim.launchOrder[i]!;
    const startMs = sim.start[v]!;
    const lane = laneLabel(labels, laneKind[v]!, sim.lane[v]!);
    // A consumer of a stream holds its lane until its last item is done, which may be after its runtime.
    schedule[i] = { nodeId: ids[v]!, startMs, endMs: sim.finish[v]!, lane };
  }
  return schedule;
}

/** With cycles a step may hold several nodes, which run one after another inside it. */
function buildCycleSchedule(input: NodeRowsInput, offset: Float64Array): ScheduleEntry[] {
  const { ids } = input.workflow;
  const { condensed, analysis } = input;
  const { schedule: sim, work, laneKind } = analysis;
  const members = condensed.members!;
  const labels: LaneLabels = { worker: [], gpu: [] };
  const schedule: ScheduleEntry[] = [];
  for (let i = 0; i < sim.launchOrder.length; i++) {
    const c = sim.launchOrder[i]!;
    const lane = laneLabel(labels, laneKind[c]!, sim.lane[c]!);
    const single = members.start[c + 1]! - members.start[c]! === 1;
    for (let k = members.start[c]!; k < members.start[c + 1]!; k++) {
      const v = members.adj[k]!;
      const runtimeMs = work.runtimeMs[v]!;
      if (runtimeMs <= 0) continue;
      const startMs = sim.start[c]! + offset[v]!;
      // A one-node step may consume a stream and hold its lane past its runtime (see buildAcyclicSchedule).
      schedule.push({ nodeId: ids[v]!, startMs, endMs: single ? sim.finish[c]! : startMs + runtimeMs, lane });
    }
  }
  // Members of a cycle start after their step's start: restore the order.
  schedule.sort((a, b) => a.startMs - b.startMs);
  return schedule;
}

/** Lane names (`worker-0`, `gpu-0`, …) made once per lane. */
interface LaneLabels {
  worker: string[];
  gpu: string[];
}

function laneLabel(labels: LaneLabels, kind: number, lane: number): string {
  const list = kind === LANE_GPU ? labels.gpu : labels.worker;
  let text = list[lane];
  if (text === undefined) {
    text = `${kind === LANE_GPU ? 'gpu' : 'worker'}-${lane}`;
    list[lane] = text;
  }
  return text;
}

function describeDetails(
  est: NodeEstimate,
  items: number,
  assumed: boolean,
  defaultItemCount: number,
): NodeDetails {
  if (items <= 1) return est.details;
  const details: NodeDetails = { ...est.details, itemCount: items };
  if (assumed) {
    details.assumptions = [
      ...est.details.assumptions,
      {
        key: 'defaultItemCount',
        label: 'Items per list/stream whose size the graph does not give',
        value: defaultItemCount,
        unit: 'items',
        editable: true,
      },
    ];
  }
  return details;
}

/** Time offset of each node inside its cycle step (null when acyclic). */
function memberOffsets(condensed: CondensedGraph, runtime: Float64Array, n: number): Float64Array | null {
  const { members } = condensed;
  if (!members) return null;
  const offset = allocFloat64(n);
  for (let c = 0; c < condensed.dag.n; c++) {
    let t = 0;
    for (let k = members.start[c]!; k < members.start[c + 1]!; k++) {
      const v = members.adj[k]!;
      offset[v] = t;
      t += runtime[v]!;
    }
  }
  return offset;
}

/** Index (into summary.cycles) of each step that is a cycle, -1 otherwise; null when acyclic. */
function cycleIndexes(condensed: CondensedGraph): Int32Array | null {
  const { members } = condensed;
  if (!members) return null;
  const index = allocInt32(condensed.dag.n).fill(-1);
  let next = 0;
  for (let c = 0; c < condensed.dag.n; c++)
    if (members.start[c + 1]! - members.start[c]! > 1) index[c] = next++;
  return index;
}
