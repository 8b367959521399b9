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
  // Nodes named by warnings that went through the key set: a warning of theirs may repeat one of those.
  const keyedNodes = new Set<string>();
  for (const issue of stageIssues) if (issue.nodeId !== undefined) keyedNodes.add(issue.nodeId);
  /** Whether `seen` holds the key of every warning in `out`. */
  let keyed = true;
  for (let v = 0; v < estimates.length; v++) {
    if (!estimates[v]!.warnings) continue;
    // Estimates are shared between equal nodes: their warnings are given for this node.
    const warnings = warningsFor(estimates[v]!, ids[v]!);
    if (ownWarnings(warnings, ids[v]!) && !keyedNodes.has(ids[v]!)) {
      // Warnings naming only their own node (what estimators write) cannot repeat another node's: skip the
      // key set, checking only among themselves.
      for (let i = 0; i < warnings.length; i++) {
        if (!repeatsEarlier(warnings, i)) out.push(asWarning(warnings[i]!));
      }
      keyed = false;
      continue;
    }
    if (!keyed) {
      // A warning naming another node may repeat one pushed without a key: key everything pushed so far.
      for (const issue of out) seen.add(warningKey(issue));
      keyed = true;
    }
    for (const issue of warnings) {
      addWarning(issue, seen, out);
      if (issue.nodeId !== undefined) keyedNodes.add(issue.nodeId);
    }
  }
  return out;
}

/** Every warning names `id` as its node. */
function ownWarnings(warnings: readonly ProfileIssue[], id: string): boolean {
  for (const w of warnings) if (w.nodeId !== id) return false;
  return true;
}

/** Warning i has the same (code, edge, field) as an earlier one of the same node. */
function repeatsEarlier(warnings: readonly ProfileIssue[], i: number): boolean {
  const w = warnings[i]!;
  for (let j = 0; j < i; j++) {
    const o = warnings[j]!;
    if (o.code === w.code && o.edgeId === w.edgeId && o.field === w.field) return true;
  }
  return false;
}

const asWarning = (issue: ProfileIssue): ProfileIssue =>
  issue.severity === 'warning' ? issue : { ...issue, severity: 'warning' };

const warningKey = (issue: ProfileIssue): string =>
  `${issue.code}\u0000${issue.nodeId ?? ''}\u0000${issue.edgeId ?? ''}\u0000${issue.field ?? ''}`;

function addWarning(issue: ProfileIssue, seen: Set<string>, out: ProfileIssue[]): void {
  const key = warningKey(issue);
  if (seen.has(key)) return;
  seen.add(key);
  out.push(asWarning(issue));
}
