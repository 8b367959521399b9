/**
 * Everything a view needs to show measured runs beside a profile, computed once per (profile, runs).
 */
import type { Profile } from '../../profiling/types';
import type { ActualSummary, NodeActual, RunRecord, TrustFlag } from '../types';
import { attachMeasurements } from './attachMeasurements';
import { collectNodeFlags } from './collectNodeFlags';

export interface MeasuredView {
  /** Per node id of the profile (see `attachMeasurements`). */
  nodes: Record<string, NodeActual | null>;
  summary: ActualSummary;
  /** Why each untrusted node is untrusted, over the runs its median used. */
  flags: Map<string, TrustFlag[]>;
  /** The runs, oldest first. */
  runs: RunRecord[];
  /** The run with the greatest `startedAt`. */
  latest: RunRecord;
}

/** Null when there is no run. Pure. */
export function buildMeasuredView(profile: Profile, runs: readonly RunRecord[]): MeasuredView | null {
  const ordered = [...runs].sort((a, b) => a.startedAt - b.startedAt);
  const latest = ordered[ordered.length - 1];
  if (!latest) return null;
  const { nodes, summary } = attachMeasurements(profile, ordered);
  const runIds = Object.fromEntries(Object.entries(nodes).map(([id, actual]) => [id, actual?.runIds]));
  return {
    nodes,
    summary: summary as ActualSummary,
    flags: collectNodeFlags(ordered, runIds),
    runs: ordered,
    latest,
  };
}
