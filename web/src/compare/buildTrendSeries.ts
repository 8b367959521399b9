/**
 * The trend of a workflow across its versions: estimated makespan, peak VRAM and score per version (from the
 * stored profile snapshots of one device) and the measured wall time of the runs of each version. Built once
 * per input, ready for the chart.
 */
import type { RunHistoryEntry } from '../runs/history/schema';
import type { ProfileSnapshot } from '../runs/history/profileSnapshot';
import { median } from '../runs/measure/median';
import type { ProfileSummary } from '../profiling/types';
import { compareCodeUnits } from '../text/compareCodeUnits';

/** One version of the workflow. Estimated figures are null for a version that ran but was never estimated here. */
export interface TrendPoint {
  workflowVersion: string;
  /** `v1`, `v2`, … in the order the versions were first seen (estimated or run). */
  label: string;
  /** Epoch ms when the version was first seen. */
  firstSeenAt: number;
  makespanMs: number | null;
  peakVramMb: number | null;
  score: number | null;
  grade: ProfileSummary['grade'];
  /** Median wall time of the version's completed runs, ms; null without one. */
  measuredWallMs: number | null;
  /** Completed runs with a wall time behind `measuredWallMs`. */
  runCount: number;
}

/**
 * One point per workflow version seen in `snapshots` (estimates for `hardwareId` only) or in `runs`, oldest
 * first. Runs without a known version, and runs that did not complete, do not count.
 *
 * @example
 * buildTrendSeries(snapshots, runs, 'apple-m3-pro').map((p) => [p.label, p.makespanMs, p.measuredWallMs]);
 */
export function buildTrendSeries(
  snapshots: readonly ProfileSnapshot[],
  runs: readonly RunHistoryEntry[],
  hardwareId: string,
): TrendPoint[] {
  interface Collected {
    firstSeenAt: number;
    snapshot?: ProfileSnapshot;
    walls: number[];
  }
  const byVersion = new Map<string, Collected>();
  const entry = (version: string, at: number): Collected => {
    const found = byVersion.get(version);
    if (found) {
      found.firstSeenAt = Math.min(found.firstSeenAt, at);
      return found;
    }
    const created: Collected = { firstSeenAt: at, walls: [] };
    byVersion.set(version, created);
    return created;
  };
  for (const snapshot of snapshots) {
    if (snapshot.hardwareId !== hardwareId) continue;
    entry(snapshot.workflowVersion, snapshot.firstSeenAt).snapshot = snapshot;
  }
  for (const run of runs) {
    const wall = run.record.wallMs;
    if (run.workflowVersion === null || run.record.status !== 'completed') continue;
    if (wall === null || !Number.isFinite(wall)) continue;
    entry(run.workflowVersion, run.record.startedAt || run.savedAt).walls.push(wall);
  }
  return [...byVersion.entries()]
    .sort(([a, x], [b, y]) => x.firstSeenAt - y.firstSeenAt || compareCodeUnits(a, b))
    .map(([workflowVersion, { firstSeenAt, snapshot, walls }], index) => ({
      workflowVersion,
      label: `v${index + 1}`,
      firstSeenAt,
      makespanMs: snapshot?.summary.makespanMs ?? null,
      peakVramMb: snapshot?.summary.peakVramMb ?? null,
      score: snapshot?.summary.score ?? null,
      grade: snapshot?.summary.grade ?? null,
      measuredWallMs: median(walls),
      runCount: walls.length,
    }));
}
