/**
 * Measured bars for the schedule timeline: for each estimated row, the span of the node's own work in one
 * measured run (first execution's start to last execution's end, relative to the run's start). Pure.
 */
import type { RunRecord } from '../../../runs/types';
import type { TimelineRow } from './buildChartSeries';

export interface MeasuredTimelineRow extends TimelineRow {
  /** [start, end] ms in the run, or null when the node did not finish in it. */
  measured: [number, number] | null;
  /** The node's own work in the run (sum of its executions), ms. */
  measuredMs: number | null;
  measuredTrusted: boolean;
  measuredExecutions: number;
}

export interface MeasuredTimeline {
  rows: MeasuredTimelineRow[];
  /** Latest measured end, ms (0 without any). */
  measuredEndMs: number;
  /** Rows that have a measured bar. */
  measuredCount: number;
}

export function buildMeasuredTimeline(rows: readonly TimelineRow[], run: RunRecord | null): MeasuredTimeline {
  let measuredEndMs = 0;
  let measuredCount = 0;
  const withMeasured = rows.map((row): MeasuredTimelineRow => {
    const node = run && Object.hasOwn(run.nodes, row.nodeId) ? run.nodes[row.nodeId] : undefined;
    const finished = (node?.executions ?? []).filter((execution) => execution.endMs !== null);
    if (!node || finished.length === 0)
      return { ...row, measured: null, measuredMs: null, measuredTrusted: false, measuredExecutions: 0 };
    const start = Math.min(...finished.map((execution) => execution.startMs));
    const end = Math.max(...finished.map((execution) => execution.endMs as number));
    measuredEndMs = Math.max(measuredEndMs, end);
    measuredCount++;
    return {
      ...row,
      measured: [start, end],
      measuredMs: node.totalMs,
      measuredTrusted: node.trusted,
      measuredExecutions: node.executions.length,
    };
  });
  return { rows: withMeasured, measuredEndMs, measuredCount };
}
