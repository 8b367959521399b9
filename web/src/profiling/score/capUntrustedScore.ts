/**
 * A grade must not vouch for numbers the engine made up. When a node's runtime or memory was clamped to an
 * engine bound, or could not be estimated at all (replaced by 0 or by its type defaults), the score is capped
 * at UNTRUSTED_SCORE_CAP (a B at best), `scoreReason` says why and a `score.untrusted` warning names the nodes.
 */
import type { Profile, ProfileIssue } from '../types';
import { gradeScore } from './gradeScore';

/** Highest score of a workflow with clamped or unestimated numbers: the top of grade B. */
export const UNTRUSTED_SCORE_CAP = 89;

/** Warning codes that mean a node's figures are not an estimate the user can trust. */
export const UNTRUSTED_CODES: ReadonlySet<string> = new Set([
  'estimate.invalid-number',
  'estimate.clamped',
  'estimate.model-size-clamped',
  'estimate.failed',
]);

/** Nodes named in the list shown in the reason (the warnings name every one). */
const NAMED_NODES = 5;

/** Cap the profile's score in place when a warning says a node's numbers were clamped or not estimated. */
export function capUntrustedScore(profile: Profile): void {
  const { summary } = profile;
  if (summary.score === null) return;
  const nodes: string[] = [];
  const seen = new Set<string>();
  for (const w of summary.warnings) {
    if (!UNTRUSTED_CODES.has(w.code) || w.nodeId === undefined || seen.has(w.nodeId)) continue;
    seen.add(w.nodeId);
    nodes.push(w.nodeId);
  }
  if (nodes.length === 0) return;
  const named = nodes
    .slice(0, NAMED_NODES)
    .map((id) => `"${id}"`)
    .join(', ');
  const more = nodes.length > NAMED_NODES ? ` and ${nodes.length - NAMED_NODES} more` : '';
  const capped = summary.score > UNTRUSTED_SCORE_CAP;
  const message = `${nodes.length} node${nodes.length > 1 ? 's' : ''} (${named}${more}) ha${nodes.length > 1 ? 've' : 's'} runtime or memory figures that were clamped or could not be estimated; the score ${capped ? `is capped at ${UNTRUSTED_SCORE_CAP} (grade B at best)` : 'may be too optimistic'}. Check the warnings of ${nodes.length > 1 ? 'these nodes' : 'this node'}.`;
  if (capped) {
    summary.score = UNTRUSTED_SCORE_CAP;
    summary.grade = gradeScore(UNTRUSTED_SCORE_CAP);
  }
  summary.scoreReason = message;
  const warning: ProfileIssue = { code: 'score.untrusted', severity: 'warning', message, nodeIds: nodes };
  summary.warnings.push(warning);
}
