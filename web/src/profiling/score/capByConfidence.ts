/**
 * A grade must say how far it can be trusted: the profile's confidence (see assessConfidence) caps its score.
 * Low confidence: at most LOW_CONFIDENCE_CAP (grade C at best); medium: at most MEDIUM_CONFIDENCE_CAP (B at
 * best). A workflow whose estimated runtime sits mostly in nodes without a metric definition is low
 * confidence, so it can never score A. The reason names the share and what to do.
 */
import type { Profile, ProfileIssue } from '../types';
import { assessConfidence } from './assessConfidence';
import { gradeScore } from './gradeScore';
import { UNTRUSTED_SCORE_CAP } from './capUntrustedScore';

/** Highest score with low confidence: the top of grade C. */
export const LOW_CONFIDENCE_CAP = 74;
/** Highest score with medium confidence: the top of grade B. */
export const MEDIUM_CONFIDENCE_CAP = UNTRUSTED_SCORE_CAP;

function percent(share: number): string {
  return `${Math.round(share * 100)} %`;
}

/** Sets `summary.confidence` and caps the score in place (after `capUntrustedScore`). */
export function capByConfidence(profile: Profile): void {
  const { summary } = profile;
  const confidence = assessConfidence(profile.nodes);
  summary.confidence = confidence;
  if (summary.score === null || confidence.level === 'high') return;
  const cap = confidence.level === 'low' ? LOW_CONFIDENCE_CAP : MEDIUM_CONFIDENCE_CAP;
  if (summary.score <= cap) return;
  const rough = profile.nodes.filter((n) => !n.layoutOnly && n.known && n.confidence === 'low');
  const named = rough
    .slice(0, 3)
    .map((n) => `"${n.title}"`)
    .join(', ');
  const why =
    confidence.unknownRuntimeShare > 0
      ? `${percent(confidence.unknownRuntimeShare)} of the estimated runtime is in nodes without a metric definition (${summary.unknownTypes.slice(0, 3).join(', ')}${summary.unknownTypes.length > 3 ? ', …' : ''}), guessed from their category. Define their metrics (the panel's "Define metrics", or --metrics in the CLI) or learn from measured runs to lift the cap.`
      : `${rough.length} node${rough.length === 1 ? ' has a' : 's have'} low-confidence estimate${rough.length === 1 ? '' : 's'} (${named}${rough.length > 3 ? ', …' : ''}: rough rules, e.g. hosted services or vector stores). Learning from measured runs lifts the cap.`;
  const message = `Score capped at ${cap} (grade ${gradeScore(cap)} at best; it would be ${summary.score}): ${confidence.level} confidence (${confidence.value.toFixed(2)}) — ${why}`;
  summary.score = cap;
  summary.grade = gradeScore(cap);
  summary.scoreReason = summary.scoreReason ? `${summary.scoreReason} ${message}` : message;
  const warning: ProfileIssue = { code: 'score.low-confidence', severity: 'warning', message };
  summary.warnings.push(warning);
}
