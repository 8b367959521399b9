/**
 * Accuracy statistics: error factor = max(pred/obs, obs/pred); share within 1.5× and 2×; median factor; worst rows.
 */
export interface Comparison {
  label: string;
  predicted: number;
  observed: number;
}

export interface QuantitySummary {
  quantity: string;
  unit: string;
  n: number;
  within15: number;
  within2: number;
  medianFactor: number;
  /** Median signed error, % ((pred − obs) / obs). */
  medianSignedPct: number;
  worst: Array<Comparison & { factor: number }>;
  target: string;
  met: boolean;
}

export function errorFactor(predicted: number, observed: number): number {
  if (!(predicted > 0) || !(observed > 0)) return Number.POSITIVE_INFINITY;
  return Math.max(predicted / observed, observed / predicted);
}

function median(xs: number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

export interface Target {
  describe: string;
  check: (s: Omit<QuantitySummary, 'met' | 'target'>) => boolean;
}

export function summarize(
  quantity: string,
  unit: string,
  rows: Comparison[],
  target: Target,
  worstCount = 3,
): QuantitySummary {
  const scored = rows.map((r) => ({ ...r, factor: errorFactor(r.predicted, r.observed) }));
  const factors = scored.map((r) => r.factor);
  const base = {
    quantity,
    unit,
    n: rows.length,
    within15: rows.length ? factors.filter((f) => f <= 1.5).length / rows.length : 0,
    within2: rows.length ? factors.filter((f) => f <= 2).length / rows.length : 0,
    medianFactor: median(factors),
    medianSignedPct: median(scored.map((r) => ((r.predicted - r.observed) / r.observed) * 100)),
    worst: [...scored].sort((a, b) => b.factor - a.factor).slice(0, worstCount),
  };
  return { ...base, target: target.describe, met: rows.length > 0 && target.check(base) };
}
