/**
 * Layer 2 of learning: a correction factor for a node type from measurements of its nodes.
 */
import { MAX_TYPE_FACTOR, MIN_TYPE_FACTOR, type TypeFactor } from '../../profiling/calibration/types';
import { median } from '../measure/median';

/** Fewest samples a type factor is learned from: two could be one outlier and one good run. */
export const MIN_FACTOR_SAMPLES = 3;
/**
 * Shrinkage constant k: the log factor is multiplied by n/(n+k). With k = 3, three samples apply half the
 * learned correction (in log space), nine apply three quarters; a factor is trusted as evidence grows.
 */
export const FACTOR_SHRINKAGE_K = 3;

/** A measured/estimated pair; pairs with a zero side carry no ratio and are skipped. */
export interface RatioSample {
  measuredMs: number;
  estimatedMs: number;
  runId: string;
}

/**
 * exp(median of log(measured/estimated) × n/(n+k)) within [MIN_TYPE_FACTOR, MAX_TYPE_FACTOR], or null
 * with fewer than `MIN_FACTOR_SAMPLES` usable samples.
 *
 * @remarks The median of log ratios is the log of the median ratio: one outlier run cannot move it past
 * the other samples' range, and a 10× too slow and a 10× too fast estimate weigh the same.
 * @example learnTypeFactor([{ measuredMs: 20, estimatedMs: 10, runId: 'a' }, …]) // { factor: 1.41, … }
 */
export function learnTypeFactor(
  samples: readonly RatioSample[],
  k: number = FACTOR_SHRINKAGE_K,
): TypeFactor | null {
  const usable = samples.filter(
    (s) => s.measuredMs > 0 && s.estimatedMs > 0 && Number.isFinite(s.measuredMs / s.estimatedMs),
  );
  const n = usable.length;
  if (n < MIN_FACTOR_SAMPLES) return null;
  const logMedian = median(usable.map((s) => Math.log(s.measuredMs / s.estimatedMs)))!;
  return {
    factor: clampFactor(Math.exp((logMedian * n) / (n + k))),
    rawFactor: clampFactor(Math.exp(logMedian)),
    samples: n,
    runs: new Set(usable.map((s) => s.runId)).size,
  };
}

function clampFactor(factor: number): number {
  return Math.min(MAX_TYPE_FACTOR, Math.max(MIN_TYPE_FACTOR, factor));
}
