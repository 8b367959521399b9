/** The summary figures a comparison lists, with their units and formatters (built once, shared by views). */
import type { DeltaUnit } from '../../../compare/formatDelta';
import type { FigureDelta, SummaryDiff } from '../../../compare/types';
import { formatCount, formatDuration, formatMegabytes } from '../format';

export interface SummaryRow {
  key: keyof Omit<SummaryDiff, 'grade'>;
  label: string;
  unit: DeltaUnit;
}

export const SUMMARY_ROWS: readonly SummaryRow[] = [
  { key: 'makespanMs', label: 'Makespan', unit: 'ms' },
  { key: 'criticalPathMs', label: 'Critical path', unit: 'ms' },
  { key: 'totalRuntimeMs', label: 'Total runtime', unit: 'ms' },
  { key: 'peakMemoryMb', label: 'Peak RAM', unit: 'MB' },
  { key: 'peakVramMb', label: 'Peak VRAM', unit: 'MB' },
  { key: 'score', label: 'Score', unit: 'score' },
  { key: 'nodeCount', label: 'Nodes', unit: 'count' },
];

/** One side's value of a figure, formatted for its unit; `—` when the side has none. */
export function formatFigureValue(value: number | null, unit: DeltaUnit): string {
  if (value === null) return '—';
  if (unit === 'ms') return formatDuration(value);
  if (unit === 'MB') return formatMegabytes(value);
  return formatCount(value);
}

export function figureOf(summary: SummaryDiff, row: SummaryRow): FigureDelta {
  return summary[row.key];
}
