/**
 * Text report of measured-run accuracy: per run every node's estimate, measured time and error factor,
 * then the figures per run and over all runs. Pure.
 */
import { describeFlags } from '../cli/runs/measuredOutput';
import {
  countsInSummary,
  summarizeRunErrors,
  type ErrorSummary,
  type NodeComparison,
  type RunComparison,
} from './measuredRuns';
import { pluralize } from '../../web/src/text/pluralize';

export interface MeasuredRunsReport {
  runs: RunComparison[];
  /** Where each run's workflow came from, by run label. */
  workflowFrom: Record<string, string>;
  /** Hardware the estimates assume: preset id (when one) and name. */
  hardware: { id: string | undefined; name: string };
  includeUnknown: boolean;
}

/** The report as text (ends with a newline). */
export function formatMeasuredRuns(report: MeasuredRunsReport): string {
  const { runs, hardware, includeUnknown } = report;
  const out: string[] = [
    `Measured-run accuracy (${pluralize(runs.length, 'run')})`,
    `Estimates assume ${hardware.id ?? 'custom hardware'} (${hardware.name}). Measured times come from the machine that ran`,
    'each workflow; when it differs (e.g. a CPU-only server), pass --hardware <id> (npm run profile -- --list-hardware).',
    'Error factor = max(measured/estimate, estimate/measured). Headline figures count trusted nodes of known',
    `types${includeUnknown ? ' and nodes of unknown types (--include-unknown)' : '; unknown types are listed but not counted (--include-unknown counts them)'}.`,
  ];
  for (const run of runs) {
    out.push('', ...formatRun(run, report.workflowFrom[run.label] ?? '?', includeUnknown));
  }
  const overall = summarizeRunErrors(runs, { includeUnknown });
  out.push('', `Overall counted: ${formatFigures(overall)}`);
  if (!includeUnknown) {
    const unknown = summarizeRunErrors(
      runs.map((run) => ({ ...run, nodes: run.nodes.filter((node) => node.kind === 'unknown-type') })),
      { includeUnknown: true },
    );
    if (unknown.n > 0) out.push(`  unknown types (not counted): ${formatFigures(unknown)}`);
  }
  if (overall.worst.length > 0) {
    out.push('  Worst nodes:');
    for (const node of overall.worst)
      out.push(
        `    ${formatFactor(node.factor)}  ${node.nodeId} (${node.nodeType}): estimate ${formatMs(node.estimateMs)}, measured ${formatMs(node.measuredMs)}  ${node.label}`,
      );
  }
  return `${out.join('\n')}\n`;
}

function formatRun(run: RunComparison, workflowFrom: string, includeUnknown: boolean): string[] {
  const trusted = run.nodes.filter((node) => node.kind === 'scored' || node.kind === 'unknown-type');
  const untrusted = run.nodes.filter((node) => node.kind === 'untrusted');
  const lines = [
    `${run.label}  (${run.status}; workflow: ${workflowFrom})`,
    `  measured: ${trusted.length} trusted node(s), ${untrusted.length} untrusted, ${run.nodes.length - trusted.length - untrusted.length} without a usable time`,
  ];
  const rows = run.nodes.map((node) => [
    node.nodeId,
    node.nodeType,
    formatMs(node.estimateMs),
    formatMs(node.measuredMs),
    formatFactor(node.factor),
    describeKind(node),
  ]);
  const head = ['node', 'type', 'estimate', 'measured', 'factor', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const format = (cells: string[]) =>
    `    ${cells
      .map((cell, i) => (i >= 2 && i <= 4 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd()}`;
  lines.push(format(head), ...rows.map(format));
  if (run.extraNodeIds.length > 0)
    lines.push(`  not in the workflow (not compared): ${run.extraNodeIds.join(', ')}`);
  const summary = summarizeRunErrors([run], { includeUnknown, worstCount: 0 });
  const counted = run.nodes.filter((node) => countsInSummary(node, includeUnknown)).length;
  lines.push(`  counted: ${counted > 0 ? formatFigures(summary) : 'no node'}`);
  return lines;
}

function describeKind(node: NodeComparison): string {
  switch (node.kind) {
    case 'scored':
      return '';
    case 'unknown-type':
      return 'unknown type (default estimate)';
    case 'untrusted':
      return `untrusted: ${describeFlags(node.flags)}`;
    case 'errored':
      return 'errored: time to failure, not counted';
    case 'zero-time':
      return '0 ms: no ratio, not counted';
    case 'not-measured':
      return `${node.status === 'absent' ? 'not in the run' : node.status}: no time, not counted`;
  }
}

function formatFigures(summary: ErrorSummary): string {
  if (summary.n === 0) return '0 nodes';
  return `${summary.n} node(s) · median error factor ${formatFactor(summary.medianFactor)} · within 2×: ${Math.round(summary.within2 * 100)} %`;
}

function formatFactor(factor: number | null): string {
  return factor === null || !Number.isFinite(factor) ? '—' : `${factor.toFixed(factor < 10 ? 2 : 1)}×`;
}

/** Milliseconds with the precision small times need (estimates of light nodes are fractions of a ms). */
export function formatMs(ms: number | null): string {
  if (ms === null) return '—';
  if (ms < 10) return `${ms.toFixed(2)} ms`;
  if (ms < 1000) return `${ms.toFixed(1)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}
