/** One figure on both sides of a comparison. */
import type { FigureDelta } from './types';

/**
 * The change of one figure: `after − before` and `after / before`, null where a side is missing or not a
 * finite number.
 *
 * @example
 * figureDelta(22_500, 41_000); // { before: 22500, after: 41000, delta: 18500, ratio: 1.82… }
 */
export function figureDelta(
  before: number | null | undefined,
  after: number | null | undefined,
): FigureDelta {
  const b = finiteOrNull(before);
  const a = finiteOrNull(after);
  return {
    before: b,
    after: a,
    delta: a !== null && b !== null ? a - b : null,
    ratio: a !== null && b !== null && b !== 0 ? a / b : null,
  };
}

function finiteOrNull(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
