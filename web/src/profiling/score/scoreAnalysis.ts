/** Score an analysis: each metric on its log-normal curve, weighted mean → integer 0–100, grade. */
import type { ScoreMetric } from '../types';
import { gradeScore, type Grade } from './gradeScore';
import { scoreLogNormal } from './logNormalScore';
import { SCORING_MODEL } from './scoringModel';

export interface ScoreInputs {
  criticalPathMs: number;
  makespanMs: number;
  totalRuntimeMs: number;
  /** Peak memory the device must hold (VRAM, or RAM + VRAM on unified memory), MB. */
  peakDeviceMemoryMb: number;
  usableMemoryMb: number;
  workNodeCount: number;
  unknownNodeCount: number;
}

export interface ScoreResult {
  score: number | null;
  grade: Grade | null;
  reason?: string;
  breakdown: ScoreMetric[];
}

/** Score inputs; a workflow without work nodes has no score (null) and says why. */
export function scoreAnalysis(inputs: ScoreInputs): ScoreResult {
  if (inputs.workNodeCount === 0) {
    return {
      score: null,
      grade: null,
      reason:
        'Nothing to score: the workflow has no node that does work (only layout nodes, or none at all).',
      breakdown: [],
    };
  }
  const values: Record<string, number> = {
    'critical-path': inputs.criticalPathMs,
    'memory-fit': inputs.usableMemoryMb > 0 ? inputs.peakDeviceMemoryMb / inputs.usableMemoryMb : 0,
    'schedule-overhead':
      inputs.criticalPathMs > 0 ? Math.max(0, inputs.makespanMs / inputs.criticalPathMs - 1) : 0,
    'total-runtime': inputs.totalRuntimeMs,
    'unknown-share': inputs.unknownNodeCount / inputs.workNodeCount,
  };
  const breakdown: ScoreMetric[] = SCORING_MODEL.map((curve) => {
    const value = values[curve.id] ?? 0;
    return {
      id: curve.id,
      label: curve.label,
      value,
      unit: curve.unit,
      p10: curve.p10,
      median: curve.median,
      weight: curve.weight,
      score: scoreLogNormal(value, curve),
    };
  });
  let sum = 0;
  let weights = 0;
  for (const metric of breakdown) {
    sum += metric.weight * metric.score;
    weights += metric.weight;
  }
  const score = Math.round((100 * sum) / weights);
  return { score, grade: gradeScore(score), breakdown };
}
