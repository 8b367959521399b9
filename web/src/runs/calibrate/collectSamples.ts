/**
 * The measurements calibration and accuracy may learn from: trusted, completed node times of runs that
 * ran to an end the server reported, paired with the node's uncalibrated estimate.
 */
import type { NodeProfile, Profile } from '../../profiling/types';
import type { RunRecord, RunStatus } from '../types';

/** One node in one run. */
export interface NodeSample {
  runId: string;
  nodeId: string;
  type: string;
  /** The node's own work in the run (`NodeRun.totalMs`), ms. */
  measuredMs: number;
  /** The profile's estimate for all the node's items (`NodeProfile.runtimeMs`), ms. */
  estimatedMs: number;
  executions: number;
}

/**
 * Run statuses whose node times count. A failed run's completed, trusted nodes did their whole work; a
 * cancelled or incomplete run's end is unknown (its last times may hold the cancel or a lost connection).
 */
export const USABLE_RUN_STATUSES: ReadonlySet<RunStatus> = new Set(['completed', 'failed']);

/**
 * Samples of `runs` for the nodes of `profile`. A node counts when the run's status is usable, the node
 * completed with a trusted time (`NodeRun.trusted`), is not a layout node, and its reported type (when the
 * run has one) is the profile's. With `version` given, runs of another workflow version are left out (their
 * parameters may differ); runs that do not say which version ran are kept.
 */
export function collectSamples(
  runs: readonly RunRecord[],
  profile: Profile,
  version: string | null = null,
): NodeSample[] {
  const samples: NodeSample[] = [];
  const byId = new Map<string, NodeProfile>(profile.nodes.map((node) => [node.id, node]));
  for (const run of runs) {
    if (!USABLE_RUN_STATUSES.has(run.status)) continue;
    if (version !== null && run.workflowVersion !== null && run.workflowVersion !== version) continue;
    for (const node of Object.values(run.nodes)) {
      const estimate = byId.get(node.nodeId);
      if (!estimate || estimate.layoutOnly) continue;
      if (node.status !== 'completed' || !node.trusted || node.totalMs === null) continue;
      if (node.nodeType !== null && node.nodeType !== estimate.type) continue;
      samples.push({
        runId: run.id,
        nodeId: node.nodeId,
        type: estimate.type,
        measuredMs: node.totalMs,
        estimatedMs: estimate.runtimeMs,
        executions: Math.max(1, node.executions.length),
      });
    }
  }
  return samples;
}

/** Samples grouped by a key, in first-seen order. */
export function groupSamples(samples: readonly NodeSample[], key: (s: NodeSample) => string) {
  const groups = new Map<string, NodeSample[]>();
  for (const sample of samples) {
    const k = key(sample);
    const list = groups.get(k);
    if (list) list.push(sample);
    else groups.set(k, [sample]);
  }
  return groups;
}
