/**
 * The words of measured numbers: which runs they came from and whether they can be trusted. Pure.
 */
import type { ActualSummary, NodeActual, RunRecord, RunStatus, TrustFlag } from '../../../runs/types';
import { formatDuration } from '../format';
import { pluralize } from '../../../text/pluralize';

const FLAG_REASON: Record<TrustFlag, string> = {
  'after-job-end': 'arrived after the job ended',
  unfinished: 'never finished',
  'no-ready-time': 'its start includes waiting for inputs',
  'message-delayed': 'its end may include time the server spent on other nodes',
  'client-clock': 'only the browser’s receive times are known',
};

/** "1 run" / "3 runs". */
export function pluralRuns(count: number): string {
  return pluralize(count, 'run');
}

/** The reasons behind trust flags, joined for a sentence. */
export function describeFlags(flags: readonly TrustFlag[]): string {
  return flags.length === 0 ? 'no reason recorded' : flags.map((flag) => FLAG_REASON[flag]).join('; ');
}

/** Ratio of measured to estimated time: "1.3×"; null without a ratio. */
export function formatRatio(ratio: number | null): string | null {
  if (ratio === null || !Number.isFinite(ratio)) return null;
  return `${ratio >= 10 ? Math.round(ratio) : ratio.toFixed(1)}×`;
}

/**
 * The full sentence of a node's measurement, e.g.
 * "measured 412 ms over 3 runs; 1.3× the estimate; not trusted: arrived after the job ended".
 */
export function describeActual(
  actual: NodeActual | null | undefined,
  flags: readonly TrustFlag[] = [],
): string {
  if (!actual) return 'not measured: no selected run reports this node';
  if (actual.ms === null)
    return `not measured: ${actual.status === 'not-run' ? 'did not run' : `${actual.status} in the latest run`} (no finished execution in the selected runs)`;
  const parts = [`measured ${formatDuration(actual.ms)} over ${pluralRuns(actual.runs)}`];
  if (actual.executions > 1) parts.push(`${actual.executions} executions per run`);
  const ratio = formatRatio(actual.ratio);
  if (ratio) parts.push(`${ratio} the estimate`);
  parts.push(actual.trusted ? 'trusted' : `not trusted: ${describeFlags(flags)}`);
  return parts.join('; ');
}

const STATUS_WORD: Record<RunStatus, string> = {
  completed: 'completed',
  failed: 'failed',
  cancelled: 'cancelled',
  incomplete: 'incomplete (no end received)',
};

export function describeRunStatus(status: RunStatus): string {
  return STATUS_WORD[status];
}

/**
 * The workflow-level comparison, e.g.
 * "Measured 1.18 s (median of 3 runs, completed) · estimated 0.9 s".
 */
export function describeSummary(summary: ActualSummary, runs: readonly RunRecord[]): string {
  const completed = runs.filter((run) => run.status === 'completed' && run.wallMs !== null).length;
  const used = completed > 0 ? completed : runs.filter((run) => run.wallMs !== null).length;
  const estimate = `estimated ${formatDuration(summary.estimatedMakespanMs)}`;
  if (summary.wallMs === null)
    return `Measured wall time unknown (${pluralRuns(summary.runs)}) · ${estimate}`;
  const which = completed > 0 ? 'completed' : 'none completed';
  return `Measured ${formatDuration(summary.wallMs)} (median of ${pluralRuns(used)}, ${which}) · ${estimate}`;
}
