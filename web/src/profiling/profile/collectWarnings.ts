/** Merge the issues of every stage into the profile's warnings, without duplicates. */
import type { NodeEstimate } from '../estimate/types';
import type { ProfileIssue } from '../types';
import { warningsFor } from './estimateMemo';

/** Ingest/validation warnings first, then estimator warnings; one entry per (code, node, edge, field). */
export function collectWarnings(
  stageIssues: readonly ProfileIssue[],
  estimates: readonly NodeEstimate[],
  ids: readonly string[],
): ProfileIssue[] {
  const seen = new Set<string>();
  const out: ProfileIssue[] = [];
  for (const issue of stageIssues) addWarning(issue, seen, out);
  for (let v = 0; v < estimates.length; v++) {
    if (!estimates[v]!.warnings) continue;
    // Estimates are shared between equal nodes: their warnings are given for this node.
    for (const issue of warningsFor(estimates[v]!, ids[v]!)) addWarning(issue, seen, out);
  }
  return out;
}

function addWarning(issue: ProfileIssue, seen: Set<string>, out: ProfileIssue[]): void {
  const key = `${issue.code}\u0000${issue.nodeId ?? ''}\u0000${issue.edgeId ?? ''}\u0000${issue.field ?? ''}`;
  if (seen.has(key)) return;
  seen.add(key);
  out.push(issue.severity === 'warning' ? issue : { ...issue, severity: 'warning' });
}
