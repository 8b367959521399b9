/**
 * Puts measured runs next to a profile's estimates: per node the median own-work time over the selected runs,
 * per workflow the median wall time. Pure; the CLI and the panel call the same function.
 */
import type { Profile } from '../../profiling/types';
import type { ActualSummary, NodeActual, NodeRun, RunRecord } from '../types';
import { median } from './median';

/** Measurements beside one profile. */
export interface Measurements {
  /** Per node id of the profile: null when no selected run mentions the node. */
  nodes: Record<string, NodeActual | null>;
  /** Null when no run was given. */
  summary: ActualSummary | null;
}

interface Sample {
  run: RunRecord;
  node: NodeRun;
}

/**
 * Medians over `runs` (any order; the latest is the one with the greatest `startedAt`).
 *
 * @remarks A node's time in a run is its `totalMs` (the sum of its executions' own work). When some runs are
 * trusted for the node, only those count and `trusted` is true; otherwise every finished time counts and
 * `trusted` is false, so an untrusted figure is shown as such rather than dropped. A node that started but
 * never finished in any run gets `ms: null` with its status: the profiler never invents a time.
 */
export function attachMeasurements(profile: Profile, runs: readonly RunRecord[]): Measurements {
  const ordered = [...runs].sort((a, b) => a.startedAt - b.startedAt);
  const nodes: Record<string, NodeActual | null> = {};
  for (const estimate of profile.nodes) {
    const samples: Sample[] = [];
    for (const run of ordered) {
      const node = run.nodes[estimate.id];
      if (node) samples.push({ run, node });
    }
    nodes[estimate.id] = samples.length === 0 ? null : summariseNode(samples, estimate.runtimeMs);
  }
  return { nodes, summary: summariseRuns(ordered, profile.summary.makespanMs) };
}

function summariseNode(samples: Sample[], estimateMs: number): NodeActual {
  const finished = samples.filter((s) => s.node.totalMs !== null);
  const trusted = finished.filter((s) => s.node.trusted);
  const used = trusted.length > 0 ? trusted : finished;
  const ms = median(used.map((s) => s.node.totalMs as number));
  const executions = median(used.map((s) => s.node.executions.length));
  const latest = samples[samples.length - 1]!;
  return {
    ms,
    executions: executions ?? 0,
    runs: used.length,
    status: latest.node.status,
    trusted: trusted.length > 0,
    ratio: ms !== null && estimateMs > 0 ? ms / estimateMs : null,
    runIds: used.map((s) => s.run.id),
  };
}

function summariseRuns(ordered: RunRecord[], makespanMs: number): ActualSummary | null {
  const latest = ordered[ordered.length - 1];
  if (!latest) return null;
  // A failed or cancelled run stopped early: its wall time says little about the workflow's, so completed
  // runs speak for it when there are any.
  const completed = ordered.filter((run) => run.status === 'completed');
  const walls = (completed.length > 0 ? completed : ordered).flatMap((run) =>
    run.wallMs === null ? [] : [run.wallMs],
  );
  return {
    runs: ordered.length,
    status: latest.status,
    wallMs: median(walls),
    estimatedMakespanMs: makespanMs,
  };
}
