/** The versions a user can pick in the Compare view: one entry per stored workflow version, oldest first. */
import type { ProfileSnapshot } from '../../../runs/history/profileSnapshot';
import { formatDuration } from '../format';

export interface VersionOption {
  /** Snapshot id to compare (the latest estimate of the version). */
  id: string;
  workflowVersion: string;
  label: string;
}

export function buildVersionOptions(snapshots: readonly ProfileSnapshot[]): VersionOption[] {
  const latest = new Map<string, ProfileSnapshot>();
  const order: string[] = [];
  for (const snapshot of snapshots) {
    const seen = latest.get(snapshot.workflowVersion);
    if (!seen) order.push(snapshot.workflowVersion);
    if (!seen || snapshot.savedAt > seen.savedAt) latest.set(snapshot.workflowVersion, snapshot);
  }
  return order.map((version, index) => {
    const snapshot = latest.get(version)!;
    const { grade, makespanMs } = snapshot.summary;
    return {
      id: snapshot.id,
      workflowVersion: version,
      label: `v${index + 1} · ${version.slice(0, 7)} — ${grade ?? '–'}, ${formatDuration(makespanMs)} on ${snapshot.hardwareName}`,
    };
  });
}
