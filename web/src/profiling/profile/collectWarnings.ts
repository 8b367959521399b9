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
  const add = (issue: ProfileIssue) => {
    const key = `${issue.code}\u0000${issue.nodeId ?? ''}\u0000${issue.edgeId ?? ''}\u0000${issue.field ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(issue.severity === 'warning' ? issue : { ...issue, severity: 'warning' });
  };
  for (const issue of stageIssues) add(issue);
  for (const est of estimates) if (est.warnings) for (const issue of est.warnings) add(issue);
  return out;
}
