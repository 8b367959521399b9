/**
 * Build a `Calibration` from measured runs: layer 1 (each measured node's median time) and layer 2 (a
 * factor per node type). Pure: the store, the CLI and tests call it the same way.
 */
import {
  CALIBRATION_VERSION,
  computeNodeCostKey,
  ingestWorkflow,
  type CalibratedNode,
  type Calibration,
  type TypeFactor,
} from '../../profiling';
import type { Profile } from '../../profiling/types';
import type { RunRecord } from '../types';
import { median } from '../measure/median';
import { computeWorkflowVersion } from '../workflowVersion';
import { collectSamples, groupSamples } from './collectSamples';
import { FACTOR_SHRINKAGE_K, learnTypeFactor } from './learnTypeFactor';

export interface BuildCalibrationOptions {
  /** ISO time written to `builtFrom.at`. @default now */
  at?: string;
  /** Shrinkage constant of the type factors. @default FACTOR_SHRINKAGE_K (3) */
  k?: number;
}

/**
 * The calibration `runs` teach about `workflow` on hardware `hardwareId`.
 *
 * @param profile the workflow's profile computed WITHOUT a calibration (its estimates are what the type
 *   factors correct).
 * @param workflow the workflow itself: its node parameters give each measured node's cost key, and its
 *   version leaves out runs of other versions.
 * @example
 * const base = profileWorkflow(workflow, { hardware: 'rtx-4090' });
 * const calibration = buildCalibration(records, base, 'rtx-4090', workflow);
 * const learned = profileWorkflow(workflow, { hardware: 'rtx-4090', calibration });
 */
export function buildCalibration(
  runs: readonly RunRecord[],
  profile: Profile,
  hardwareId: string,
  workflow: unknown,
  options: BuildCalibrationOptions = {},
): Calibration {
  const samples = collectSamples(runs, profile, computeWorkflowVersion(workflow));
  const params = readParams(workflow);
  const nodes: Record<string, CalibratedNode> = {};
  for (const [nodeId, list] of groupSamples(samples, (s) => s.nodeId)) {
    const own = params.get(nodeId);
    if (!own) continue;
    nodes[nodeId] = {
      key: computeNodeCostKey(list[0]!.type, own),
      type: list[0]!.type,
      ms: median(list.map((s) => s.measuredMs))!,
      executions: median(list.map((s) => s.executions))!,
      runs: list.length,
    };
  }
  const types: Record<string, TypeFactor> = {};
  for (const [type, list] of groupSamples(samples, (s) => s.type)) {
    const factor = learnTypeFactor(list, options.k ?? FACTOR_SHRINKAGE_K);
    if (factor) types[type] = factor;
  }
  return {
    version: CALIBRATION_VERSION,
    hardware: hardwareId,
    nodes,
    types,
    builtFrom: {
      runIds: [...new Set(samples.map((s) => s.runId))].sort(),
      at: options.at ?? new Date().toISOString(),
    },
  };
}

/** Node id → parameters, as the engine normalises them (so React Flow and NodeTool input agree). */
function readParams(workflow: unknown): Map<string, Record<string, unknown>> {
  const ingested = ingestWorkflow(workflow);
  const out = new Map<string, Record<string, unknown>>();
  for (let v = 0; v < ingested.nodeCount; v++) out.set(ingested.ids[v]!, ingested.params[v]!);
  return out;
}
