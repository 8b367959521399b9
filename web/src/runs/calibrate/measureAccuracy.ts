/**
 * How good a profile's estimates are against measured runs: error factors per node, per run and per
 * workflow, and the worst nodes. Pure; the panel shows it before and after calibration.
 */
import type { Profile } from '../../profiling/types';
import type { RunRecord } from '../types';
import { median } from '../measure/median';
import { collectSamples, groupSamples } from './collectSamples';

/** Worst nodes listed by default. */
export const WORST_NODES = 3;

export interface NodeError {
  nodeId: string;
  estimatedMs: number;
  /** Median measured time over the runs. */
  measuredMs: number;
  /** max(m/e, e/m) ≥ 1. */
  errorFactor: number;
}

export interface RunAccuracy {
  runId: string;
  startedAt: number;
  /** Median error factor of the run's measured nodes; null when none could be compared. */
  medianErrorFactor: number | null;
  nodes: number;
}

export interface Accuracy {
  /** Median over nodes of the error factor of each node's median measured time; null without data. */
  medianErrorFactor: number | null;
  /** Oldest run first. */
  runs: RunAccuracy[];
  /** Largest error factors first, at most `worst` of them. */
  worst: NodeError[];
  /** Nodes compared. */
  nodeCount: number;
  /** Every node compared, largest error factor first. */
  nodes: NodeError[];
}

/**
 * max(measured/estimated, estimated/measured): 1 is exact, 2 is "off by a factor of two" either way.
 * Null when either side is not positive (a 0 ms node has no ratio).
 */
export function computeErrorFactor(measuredMs: number, estimatedMs: number): number | null {
  if (!(measuredMs > 0) || !(estimatedMs > 0)) return null;
  const ratio = measuredMs / estimatedMs;
  return Number.isFinite(ratio) ? Math.max(ratio, 1 / ratio) : null;
}

/**
 * The accuracy of `profile` against the trusted, completed node times of `runs` (see `collectSamples`).
 *
 * @example measureAccuracy(profile, records).medianErrorFactor // 12.4
 */
export function measureAccuracy(
  profile: Profile,
  runs: readonly RunRecord[],
  worst: number = WORST_NODES,
): Accuracy {
  const samples = collectSamples(runs, profile);
  const ordered = [...runs].sort((a, b) => a.startedAt - b.startedAt);
  const byRun = groupSamples(samples, (s) => s.runId);
  const perRun = ordered.map((run): RunAccuracy => {
    const factors = (byRun.get(run.id) ?? []).flatMap((s) =>
      orEmpty(computeErrorFactor(s.measuredMs, s.estimatedMs)),
    );
    return {
      runId: run.id,
      startedAt: run.startedAt,
      medianErrorFactor: median(factors),
      nodes: factors.length,
    };
  });
  const nodes: NodeError[] = [];
  for (const [nodeId, list] of groupSamples(samples, (s) => s.nodeId)) {
    const measuredMs = median(list.map((s) => s.measuredMs))!;
    const estimatedMs = list[0]!.estimatedMs;
    const errorFactor = computeErrorFactor(measuredMs, estimatedMs);
    if (errorFactor !== null) nodes.push({ nodeId, estimatedMs, measuredMs, errorFactor });
  }
  nodes.sort((a, b) => b.errorFactor - a.errorFactor || a.nodeId.localeCompare(b.nodeId));
  return {
    medianErrorFactor: median(nodes.map((n) => n.errorFactor)),
    runs: perRun,
    worst: nodes.slice(0, worst),
    nodeCount: nodes.length,
    nodes,
  };
}

/** "12× → 1.1×": how calibration changed the median error factor (null sides read "–"). */
export function describeAccuracyChange(before: number | null, after: number | null): string {
  return `median error ${formatErrorFactor(before)} → ${formatErrorFactor(after)}`;
}

/** An error factor for reading: 1.1×, 12×, 140×; "–" for none. */
export function formatErrorFactor(factor: number | null): string {
  if (factor === null) return '–';
  return factor >= 10 ? `${Math.round(factor)}×` : `${factor.toFixed(1)}×`;
}

function orEmpty<T>(value: T | null): T[] {
  return value === null ? [] : [value];
}
