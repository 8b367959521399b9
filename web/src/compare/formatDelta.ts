/**
 * Changes written for people: "+18.5 s", "−1.2 GB", "+3", "B → C". The sizes and durations use the panel's
 * own formatters, so a delta reads like the figure it qualifies. Pure functions (the CLI uses them too).
 */
import { formatDuration, formatMegabytes } from '../components/profiling/format';
import type { FigureDelta, GradeDelta } from './types';

/** What a delta measures: a duration (ms), a size (MB), a score point or a plain count. */
export type DeltaUnit = 'ms' | 'MB' | 'score' | 'count';

/** Whether a change is good news (shorter, smaller, higher score), bad news, or neither. */
export type DeltaTone = 'better' | 'worse' | 'neutral';

const MINUS = '\u2212';

/**
 * The change with its sign: `+18.5 s`, `−1.2 GB`, `+3`; `±0 ms` when the change rounds to nothing
 * (under 0.5 ms or MB, or 0 points); `—` when there is no change to give (a side is missing).
 *
 * @example
 * formatDelta(18_500, 'ms'); // "+18.5 s"
 * formatDelta(-1_200, 'MB'); // "−1.2 GB"
 */
export function formatDelta(delta: number | null, unit: DeltaUnit): string {
  if (delta === null || !Number.isFinite(delta)) return '—';
  if (isNegligible(delta, unit)) return unit === 'ms' || unit === 'MB' ? `±0 ${unit}` : '±0';
  const sign = delta > 0 ? '+' : MINUS;
  const size = Math.abs(delta);
  switch (unit) {
    case 'ms':
      return `${sign}${formatDuration(size)}`;
    case 'MB':
      return `${sign}${formatMegabytes(size)}`;
    case 'score':
    case 'count':
      return `${sign}${Math.round(size)}`;
  }
}

/** The relative change: `+82 %`, `−12 %`; null when there is no ratio (a side missing, or before = 0). */
export function formatRelativeChange(figure: FigureDelta): string | null {
  if (figure.ratio === null) return null;
  const percent = Math.round((figure.ratio - 1) * 100);
  if (percent === 0) return '±0 %';
  return `${percent > 0 ? '+' : MINUS}${Math.abs(percent)} %`;
}

/**
 * A grade on both sides: `B → C`, or just `B` when it did not change; `–` stands for no grade.
 *
 * @example
 * formatGradeChange({ before: 'B', after: 'C', changed: true }); // "B → C"
 */
export function formatGradeChange(grade: GradeDelta): string {
  const before = grade.before ?? '–';
  const after = grade.after ?? '–';
  return grade.changed ? `${before} → ${after}` : after;
}

/** Good or bad news: less time or memory is better, a higher score is better; counts are neither. */
export function deltaTone(delta: number | null, unit: DeltaUnit): DeltaTone {
  if (delta === null || !Number.isFinite(delta) || isNegligible(delta, unit) || unit === 'count') {
    return 'neutral';
  }
  if (unit === 'score') return delta > 0 ? 'better' : 'worse';
  return delta < 0 ? 'better' : 'worse';
}

/** Whether a grade got better (A is best), worse, or stayed. */
export function gradeTone(grade: GradeDelta): DeltaTone {
  if (!grade.changed || grade.before === null || grade.after === null) return 'neutral';
  return grade.after < grade.before ? 'better' : 'worse';
}

function isNegligible(delta: number, unit: DeltaUnit): boolean {
  return unit === 'ms' || unit === 'MB' ? Math.abs(delta) < 0.5 : Math.round(Math.abs(delta)) === 0;
}
