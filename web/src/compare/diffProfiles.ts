/** Compare two profiles: summary figures, grade, device, structure and every node's cost. */
import type { Profile } from '../profiling/types';
import { diffEdges } from './diffStructure';
import { diffNodes } from './diffNodes';
import { diffHardware, diffSummary } from './diffSummary';
import { readWorkflowStructure } from './readWorkflowStructure';
import type { DiffOptions, NodeChange, ProfileDiff, StructureDiff } from './types';

/** Cost differences at or below this (ms or MB) are no change: below what the panel can show. */
export const DEFAULT_DIFF_TOLERANCE = 0.5;

/**
 * Compare two profiles of a workflow: two versions of it, or one version on two devices. Pass the workflows
 * the profiles came from (`options.workflows`) to also get changed parameters and edges added or removed.
 *
 * @example
 * const diff = diffProfiles(previous, current, { workflows: { before: oldGraph, after: newGraph } });
 * diff.summary.makespanMs.delta; // 18500
 * diff.nodes[0]; // the node whose change matters most, e.g. { id: 'sdxl', change: 'changed', … }
 */
export function diffProfiles(before: Profile, after: Profile, options: DiffOptions = {}): ProfileDiff {
  const tolerance = options.tolerance ?? DEFAULT_DIFF_TOLERANCE;
  if (!Number.isFinite(tolerance) || tolerance < 0) {
    throw new RangeError(`diffProfiles: options.tolerance must be a finite number ≥ 0 (got ${tolerance}).`);
  }
  const structures =
    options.structures ??
    (options.workflows && {
      before: readWorkflowStructure(options.workflows.before),
      after: readWorkflowStructure(options.workflows.after),
    });
  const nodes = diffNodes(before, after, tolerance, structures);
  const counts: Record<NodeChange, number> = { added: 0, removed: 0, changed: 0, same: 0 };
  for (const row of nodes) counts[row.change]++;
  const edges = structures && diffEdges(structures.before, structures.after);
  const structure: StructureDiff = {
    nodesAdded: nodes.filter((row) => row.change === 'added').map((row) => row.id),
    nodesRemoved: nodes.filter((row) => row.change === 'removed').map((row) => row.id),
    nodesWithChangedParams: nodes
      .filter((row) => row.typeBefore !== undefined || (row.paramChanges?.length ?? 0) > 0)
      .map((row) => row.id),
    edgesAdded: edges ? edges.added : null,
    edgesRemoved: edges ? edges.removed : null,
  };
  return {
    summary: diffSummary(before, after),
    hardware: diffHardware(before, after),
    structure,
    nodes,
    counts,
  };
}
