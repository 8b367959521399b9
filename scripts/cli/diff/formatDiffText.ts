/** The readable report of `profile -- diff`. */
import {
  formatDelta,
  formatGradeChange,
  formatRelativeChange,
  type DeltaUnit,
  type FigureDelta,
  type NodeDiff,
  type ProfileDiff,
} from '../../../web/src/compare';
import { cleanTerminalText } from '../cleanTerminalText';
import { formatDuration, formatMemory } from '../formatText';
import type { ProfileInput } from '../readProfileInput';

/** Rows of changed nodes listed in the text (all of them are in `--format json`). */
const MAX_ROWS = 20;

/** Render the diff for a terminal. */
export function formatDiffText(
  diff: ProfileDiff,
  before: ProfileInput & { file: string },
  after: ProfileInput & { file: string },
): string {
  const s = diff.summary;
  const out: string[] = ['Profile diff (all figures are estimates)'];
  out.push(`  Before  ${side(before)}`);
  out.push(`  After   ${side(after)}`);
  if (diff.hardware.changed) out.push(`  Device  ${diff.hardware.before} → ${diff.hardware.after}`);
  out.push('');
  out.push(`  Grade            ${formatGradeChange(s.grade)}`);
  out.push(figure('Score', s.score, 'score'));
  out.push(figure('Makespan', s.makespanMs, 'ms'));
  out.push(figure('Critical path', s.criticalPathMs, 'ms'));
  out.push(figure('Total runtime', s.totalRuntimeMs, 'ms'));
  out.push(figure('Peak RAM', s.peakMemoryMb, 'MB'));
  out.push(figure('Peak VRAM', s.peakVramMb, 'MB'));
  const c = diff.counts;
  out.push('', `Nodes: ${c.added} added, ${c.removed} removed, ${c.changed} changed, ${c.same} the same`);
  const { edgesAdded, edgesRemoved } = diff.structure;
  if (edgesAdded && edgesRemoved)
    out.push(`Edges: ${edgesAdded.length} added, ${edgesRemoved.length} removed`);
  const rows = diff.nodes.filter((row) => row.change !== 'same');
  if (rows.length > 0) {
    out.push('', 'Nodes that differ, largest impact first:');
    for (const row of rows.slice(0, MAX_ROWS)) out.push(`  ${nodeLine(row)}`);
    if (rows.length > MAX_ROWS)
      out.push(`  … and ${rows.length - MAX_ROWS} more (use --format json for all)`);
  }
  return `${out.map((line) => cleanTerminalText(line, false)).join('\n')}\n`;
}

function side(input: ProfileInput & { file: string }): string {
  const p = input.profile;
  const kind = input.saved ? `saved profile of ${p.generatedAt}` : 'workflow, profiled now';
  return `${input.file}${p.name ? ` — ${p.name}` : ''} on ${p.hardware.name} (${kind})`;
}

function figure(label: string, f: FigureDelta, unit: DeltaUnit): string {
  const value = (x: number | null) =>
    x === null ? 'none' : unit === 'ms' ? formatDuration(x) : unit === 'MB' ? formatMemory(x) : String(x);
  const relative = formatRelativeChange(f);
  return `  ${label.padEnd(16)} ${value(f.before).padStart(10)} → ${value(f.after).padEnd(10)} ${formatDelta(f.delta, unit)}${relative && unit !== 'score' ? ` (${relative})` : ''}`;
}

function nodeLine(row: NodeDiff): string {
  const name = row.title && row.title !== row.id ? `"${row.title}" (${row.id})` : `"${row.id}"`;
  const costs = `runtime ${formatDelta(row.runtimeMsDelta, 'ms')}, VRAM ${formatDelta(row.vramMbDelta, 'MB')}`;
  const params = (row.paramChanges ?? [])
    .slice(0, 3)
    .map((p) => `${p.key}: ${short(p.before)} → ${short(p.after)}`);
  if (row.typeBefore !== undefined) params.unshift(`type ${row.typeBefore} → ${row.type}`);
  return `${row.change.padEnd(8)} ${name}  ${costs}${params.length > 0 ? `  [${params.join('; ')}]` : ''}`;
}

/** A parameter value in at most 24 characters. */
function short(value: unknown): string {
  if (value === undefined) return 'unset';
  const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 24 ? `${text.slice(0, 23)}…` : text;
}
