/**
 * The score split in two verdicts: how the workflow is built (metrics that do not depend on the device: lane
 * wait, share of nodes without a definition) and how it fits the device (time and memory on it). The overall
 * score is their weighted mean with the metrics' own weights, so the three always agree.
 */
import type { ScoreMetric, ScoreVerdict, ScoreVerdicts } from '../types';
import { gradeScore } from './gradeScore';

/** Metric ids of each verdict (every metric of SCORING_MODEL is in exactly one). */
export const STRUCTURE_METRICS: readonly string[] = ['schedule-overhead', 'unknown-share'];
export const DEVICE_FIT_METRICS: readonly string[] = ['critical-path', 'memory-fit', 'total-runtime'];

function verdict(breakdown: readonly ScoreMetric[], ids: readonly string[]): ScoreVerdict | null {
  const metrics = breakdown.filter((m) => ids.includes(m.id));
  const weight = metrics.reduce((sum, m) => sum + m.weight, 0);
  if (metrics.length === 0 || weight <= 0) return null;
  const score = Math.round((100 * metrics.reduce((sum, m) => sum + m.weight * m.score, 0)) / weight);
  return {
    score,
    grade: gradeScore(score),
    weight: Math.round(weight * 100) / 100,
    metrics: metrics.map((m) => m.id),
  };
}

/** The two verdicts of a score breakdown, or null when nothing was scored. */
export function splitVerdict(breakdown: readonly ScoreMetric[]): ScoreVerdicts | null {
  const structure = verdict(breakdown, STRUCTURE_METRICS);
  const deviceFit = verdict(breakdown, DEVICE_FIT_METRICS);
  return structure && deviceFit ? { structure, deviceFit } : null;
}
