/**
 * The most a lane-count change (the "parallelize" candidate: more workers, or more GPU lanes) could save,
 * computed from the analysis without simulating the schedule again. When even that is negligible the
 * candidate would be dropped after its re-run, so the re-run is skipped: the suggestions are the same.
 *
 * Bounds that hold for every list schedule of the same steps (reference.md, "Suggestions"):
 * - makespan ≥ the critical path (a step starts after its inputs, as in the unlimited-lane timing);
 * - makespan ≥ the work of each lane kind / its lane count (a step holds its lane at least its weight);
 * - each device-memory peak ≥ the largest single step's own memory plus the models it uses (every step's
 *   memory is resident at some moment the peaks are taken).
 */
import type { Analysis } from '../profile/runAnalysis';
import { LANE_GPU, LANE_WORKER } from '../schedule/listSchedule';

/** Relative margin taken off each bound: the schedule adds the same numbers in another order. */
const MARGIN = 1e-9;

export interface LaneSettings {
  workers: number;
  gpuLanes: number;
}

/** The lowest makespan and device memory any schedule of `analysis`' steps could have with `lanes`. */
export function lowerBounds(
  analysis: Analysis,
  lanes: LaneSettings,
  unifiedMemory: boolean,
): { makespanMs: number; memoryMb: number } {
  const { weight, laneKind, ownRam, ownVram, models, modelRam, modelVram } = analysis.steps;
  let gpuWork = 0;
  let workerWork = 0;
  let memory = 0;
  for (let c = 0; c < weight.length; c++) {
    if (laneKind[c] === LANE_GPU) gpuWork += weight[c]!;
    else if (laneKind[c] === LANE_WORKER) workerWork += weight[c]!;
    let mb = ownVram[c]! + (unifiedMemory ? ownRam[c]! : 0);
    for (let k = models.start[c]!, end = models.start[c + 1]!; k < end; k++) {
      const m = models.adj[k]!;
      mb += modelVram[m]! + (unifiedMemory ? modelRam[m]! : 0);
    }
    if (mb > memory) memory = mb;
  }
  const makespan = Math.max(
    analysis.timing.criticalPathMs,
    lanes.gpuLanes > 0 ? gpuWork / lanes.gpuLanes : 0,
    lanes.workers > 0 ? workerWork / lanes.workers : 0,
  );
  return { makespanMs: makespan * (1 - MARGIN), memoryMb: memory * (1 - MARGIN) };
}
