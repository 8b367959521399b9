/**
 * Lighthouse-style scoring curve: a log-normal complementary CDF fixed by two control points, the value that
 * scores 0.90 (`p10`) and the value that scores 0.50 (`median`). σ = ln(median / p10) / 1.28155 and
 * score = 1 − Φ((ln v − ln median) / σ); values ≤ 0 score 1. (Lighthouse docs, "How performance scores are
 * weighted"; ../shared/ESTIMATION.md, last section.)
 */

/** z of the standard normal's 90th percentile: Φ(1.28155) = 0.90. */
const Z90 = 1.2815515655446004;

/**
 * Score `value` on the curve through (p10 → 0.90) and (median → 0.50). Requires 0 < p10 < median.
 *
 * @example scoreLogNormal(60_000, { p10: 30_000, median: 180_000 }) // ≈ 0.73
 */
export function scoreLogNormal(value: number, curve: { p10: number; median: number }): number {
  if (!(value > 0)) return 1;
  if (!Number.isFinite(value)) return 0;
  const sigma = Math.log(curve.median / curve.p10) / Z90;
  const z = (Math.log(value) - Math.log(curve.median)) / sigma;
  return clamp01(1 - standardNormalCdf(z));
}

/** Φ(z) via erfc, Φ(z) = erfc(−z/√2) / 2. */
export function standardNormalCdf(z: number): number {
  return 0.5 * complementaryErrorFunction(-z / Math.SQRT2);
}

/**
 * erfc(x) with the rational approximation 7.1.26 of Abramowitz & Stegun, Handbook of Mathematical Functions
 * (1964): |error| < 1.5e-7 for x ≥ 0; erfc(−x) = 2 − erfc(x).
 */
export function complementaryErrorFunction(x: number): number {
  const ax = Math.abs(x);
  const t = 1 / (1 + 0.3275911 * ax);
  const poly =
    t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erfcAbs = poly * Math.exp(-ax * ax);
  return x >= 0 ? erfcAbs : 2 - erfcAbs;
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
