/** Merge the issues of every stage into the profile's warnings, without duplicates. */
import type { NodeEstimate } from '../estimate/types';
import type { ProfileIssue } from '../types';

/** Ingest/validation warnings first, then estimator warnings; one entry per (code, node, edge, field). */
export function collectWarnings(
  stageIssues: readonly ProfileIssue[],
  estimates: readonly NodeEstimate[],
): ProfileIssue[] {
  const seen = new Set<string>();
  const out: ProfileIssue[] = [];
  for (const issue of stageIssues) addWarning(issue, seen, out);
  for (let v = 0; v < estimates.length; v++) {
    const warnings = estimates[v]!.warnings;
    if (warnings) for (const issue of warnings) addWarning(issue, seen, out);
  }
  return out;
}

function addWarning(issue: ProfileIssue, seen: Set<string>, out: ProfileIssue[]): void {
  const key = `${issue.code}\u0000${issue.nodeId ?? ''}\u0000${issue.edgeId ?? ''}\u0000${issue.field ?? ''}`;
  if (seen.has(key)) return;
  seen.add(key);
  out.push(issue.severity === 'warning' ? issue : { ...issue, severity: 'warning' });
}
