/**
 * The CLI's measured-run text: the report's "Estimated vs measured" section. Pure: the runs are already read
 * and derived. (The JSON fields `runs[]`, `summary.actual`, `nodes[].actual` are the saved-profile file's,
 * web/src/exports/profileFile.ts.)
 */
import type { Profile } from '../../../web/src/profiling';
import type { Measurements } from '../../../web/src/runs/measure/attachMeasurements';
import type { RunRecord, TrustFlag } from '../../../web/src/runs/types';
import type { SourcedRun } from '../../../web/src/exports';
import { formatDuration } from '../formatText';
import { pluralize } from '../../../web/src/text/pluralize';

/** A run given to the CLI, with where it came from (a file path, or the server URL for a live run). */
export type CliRun = SourcedRun;

const FLAG_TEXT: Record<TrustFlag, string> = {
  'after-job-end': 'its end arrived after the job ended (delivery stall)',
  unfinished: 'started but never finished',
  'no-ready-time': 'input-ready time unknown (may include waiting)',
  'message-delayed': 'messages held back by a busy event loop',
  'client-clock': 'client receive times only',
};

/** One-line explanation of trust flags, for the text report and tooltips. */
export function describeFlags(flags: readonly TrustFlag[]): string {
  return flags.map((flag) => FLAG_TEXT[flag]).join('; ');
}

/** The "Estimated vs measured" section of the text report ('' when no run was given). */
export function formatMeasuredText(
  profile: Profile,
  runs: readonly CliRun[],
  measured: Measurements,
): string {
  const summary = measured.summary;
  if (!summary || runs.length === 0) return '';
  const out: string[] = ['', `Estimated vs measured (${pluralize(runs.length, 'run')}):`];
  for (const { record, origin } of runs) {
    const wall = record.wallMs === null ? 'wall time unknown' : formatDuration(record.wallMs);
    const from = record.wallFromServer ? 'server' : 'client receive times';
    out.push(
      `  ${record.status.padEnd(10)} ${wall.padStart(9)} (${from})  ${record.jobId ?? '?'}  ${clean(origin)}`,
    );
    if (record.error)
      out.push(`             error${errorNode(record, profile)}: ${clean(record.error.message)}`);
    for (const warning of record.warnings) out.push(`             warning: ${clean(warning)}`);
  }
  out.push(
    `  Wall time      ${summary.wallMs === null ? '—' : formatDuration(summary.wallMs)} measured (median) · ${formatDuration(summary.estimatedMakespanMs)} estimated makespan`,
  );
  out.push(
    '',
    `  ${'Node'.padEnd(30)} ${'Estimate'.padStart(9)} ${'Measured'.padStart(9)} ${'Ratio'.padStart(7)}  Runs  Trust`,
  );
  for (const node of profile.nodes) {
    const actual = measured.nodes[node.id];
    if (!actual) continue;
    const ms = actual.ms === null ? '—' : formatDuration(actual.ms);
    const ratio = actual.ratio === null ? '—' : `${actual.ratio.toFixed(2)}×`;
    const runsText = `${actual.runs}${actual.executions > 1 ? ` ×${actual.executions}` : ''}`;
    const flags = runs.flatMap(({ record }) => record.nodes[node.id]?.flags ?? []);
    const trust = actual.trusted
      ? 'trusted'
      : actual.ms === null
        ? `${actual.status}`
        : `not trusted: ${describeFlags([...new Set(flags)])}`;
    out.push(
      `  ${clean(node.title === node.id ? `"${node.title}"` : `"${node.title}" ${node.id}`)
        .slice(0, 30)
        .padEnd(
          30,
        )} ${formatDuration(node.runtimeMs).padStart(9)} ${ms.padStart(9)} ${ratio.padStart(7)}  ${runsText.padEnd(4)}  ${trust}`,
    );
  }
  return `${out.join('\n')}\n`;
}

function errorNode(record: RunRecord, profile: Profile): string {
  const id = record.error?.nodeId;
  if (!id) return '';
  const title = profile.nodes.find((n) => n.id === id)?.title;
  return ` in "${clean(title ?? id)}"${title && title !== id ? ` (${clean(id)})` : ''}`;
}

/** Text from a recording or workflow, made safe for a terminal (control characters and escapes removed). */
export function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
}
