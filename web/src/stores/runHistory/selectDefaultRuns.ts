/**
 * Which runs count by default: every run of the current workflow version when there is one, else the latest
 * `latest` runs (a changed workflow still shows how its previous version behaved, marked as older).
 */
import type { RunHistoryEntry } from '../../runs/history';

/** Runs selected when no version matches. Assumption: a handful smooths noise without hiding trends. */
export const DEFAULT_LATEST_RUNS = 5;

/** @param runs newest first */
export function selectDefaultRuns(
  runs: readonly RunHistoryEntry[],
  version: string | null,
  latest = DEFAULT_LATEST_RUNS,
): string[] {
  if (version !== null) {
    const current = runs.filter((run) => run.workflowVersion === version);
    if (current.length > 0) return current.map((run) => run.id);
  }
  return runs.slice(0, latest).map((run) => run.id);
}
