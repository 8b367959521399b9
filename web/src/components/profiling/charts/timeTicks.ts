/**
 * Axis ticks for durations that land on round clock values (5 s, 30 s, 1 min, 5 min, …) rather than on
 * round millisecond counts, which read badly once converted (70 000 ms → "1.2m").
 */

const STEPS_MS = [
  1, 2, 5, 10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000,
  600_000, 900_000, 1_800_000, 3_600_000, 7_200_000, 10_800_000, 21_600_000, 43_200_000, 86_400_000,
];

/** Ticks from 0 covering `maxMs` with at most `maxTicks` intervals. */
export function buildTimeTicks(maxMs: number, maxTicks = 5): number[] {
  if (!(maxMs > 0)) return [0];
  const step =
    STEPS_MS.find((candidate) => maxMs / candidate <= maxTicks) ??
    Math.ceil(maxMs / maxTicks / 86_400_000) * 86_400_000;
  const count = Math.ceil(maxMs / step - 1e-9);
  return Array.from({ length: count + 1 }, (_, index) => index * step);
}
