/**
 * How much of a profile rests on real estimates: every work node is weighted by how sure its estimate is
 * (its `confidence`, and 0 when no metric definition matched its type), once counted per node and once per
 * share of the estimated runtime. The lower of the two is the profile's confidence, so a workflow whose cost
 * sits in a few guessed nodes is not rescued by many cheap known ones (documented in docs/reference.md,
 * "Confidence and the grade cap").
 */
import type { Confidence, NodeProfile, ProfileConfidence } from '../types';

/** Weight of a node's estimate by its confidence (ASSUMPTION of this project; unknown types weigh 0). */
export const CONFIDENCE_WEIGHTS: Readonly<Record<Confidence, number>> = Object.freeze({
  high: 1,
  medium: 0.8,
  low: 0.5,
});

/** Confidence value at or above which a profile is "high", and "medium". */
export const HIGH_CONFIDENCE = 0.7;
export const MEDIUM_CONFIDENCE = 0.45;

/** Weight of one node: 0 without a metric definition, else by its confidence. */
function nodeWeight(node: Pick<NodeProfile, 'known' | 'confidence'>): number {
  return node.known ? (CONFIDENCE_WEIGHTS[node.confidence] ?? 0) : 0;
}

/** The level of a confidence value 0–1. */
export function confidenceLevel(value: number): Confidence {
  if (value >= HIGH_CONFIDENCE) return 'high';
  if (value >= MEDIUM_CONFIDENCE) return 'medium';
  return 'low';
}

/**
 * Confidence of a profile from its nodes (layout nodes left out). With no work node it is 1 (nothing guessed).
 *
 * @example assessConfidence(profile.nodes).level // 'high' | 'medium' | 'low'
 */
export function assessConfidence(
  nodes: ReadonlyArray<Pick<NodeProfile, 'known' | 'confidence' | 'layoutOnly' | 'runtimeMs'>>,
): ProfileConfidence {
  let count = 0;
  let countSum = 0;
  let runtime = 0;
  let runtimeSum = 0;
  let unknownRuntime = 0;
  let unknownCount = 0;
  for (const node of nodes) {
    if (node.layoutOnly) continue;
    const weight = nodeWeight(node);
    const ms = Number.isFinite(node.runtimeMs) && node.runtimeMs > 0 ? node.runtimeMs : 0;
    count++;
    countSum += weight;
    runtime += ms;
    runtimeSum += ms * weight;
    if (!node.known) {
      unknownCount++;
      unknownRuntime += ms;
    }
  }
  const byCount = count > 0 ? countSum / count : 1;
  const byRuntime = runtime > 0 ? runtimeSum / runtime : byCount;
  const value = round2(Math.min(byCount, byRuntime));
  return {
    level: confidenceLevel(value),
    value,
    byCount: round2(byCount),
    byRuntime: round2(byRuntime),
    unknownShare: count > 0 ? round2(unknownCount / count) : 0,
    unknownRuntimeShare:
      runtime > 0 ? round2(unknownRuntime / runtime) : count > 0 ? round2(unknownCount / count) : 0,
  };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
