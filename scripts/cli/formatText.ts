/** The readable report of `npm run profile` (--format text). */
import type { Profile } from '../../web/src/profiling';
import { cleanTerminalText } from './cleanTerminalText';
import { pluralize } from '../../web/src/text/pluralize';

/** Milliseconds as "850 ms", "12.3 s", "4 min 05 s". */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.round((ms % 60_000) / 1000);
  return `${minutes} min ${String(seconds).padStart(2, '0')} s`;
}

/** Megabytes (10⁶ bytes) as "750 MB" or "8.2 GB". */
export function formatMemory(mb: number): string {
  return mb < 1000 ? `${Math.round(mb)} MB` : `${(mb / 1000).toFixed(1)} GB`;
}

const MAX_LISTED = 5;

/** Render the report. */
export function formatText(profile: Profile): string {
  const s = profile.summary;
  const title = new Map(profile.nodes.map((n) => [n.id, n]));
  const name = (id: string) => `"${title.get(id)?.title ?? id}"`;
  const out: string[] = [];
  out.push(`Workflow profile${profile.name ? ` — ${profile.name}` : ''} (all figures are estimates)`);
  const hw = profile.hardware;
  out.push(
    `Hardware: ${hw.name}${hw.id ? ` [${hw.id}]` : ''} · ${profile.options.workers} workers · ${profile.options.gpuLanes} GPU lane${profile.options.gpuLanes > 1 ? 's' : ''}`,
  );
  out.push('');
  out.push(
    s.score === null
      ? `Grade: none — ${s.scoreReason ?? 'nothing to score'}`
      : `Grade ${s.grade}  (score ${s.score}/100)`,
  );
  if (s.confidence)
    out.push(
      `  Confidence       ${s.confidence.level} (${s.confidence.value.toFixed(2)}; ${Math.round(s.confidence.unknownRuntimeShare * 100)}% of the runtime in nodes without a metric definition)`,
    );
  if (s.verdicts)
    out.push(
      `  Verdicts         how it is built ${s.verdicts.structure.grade} (${s.verdicts.structure.score}) · fit to this device ${s.verdicts.deviceFit.grade} (${s.verdicts.deviceFit.score})`,
    );
  if (s.score !== null && s.scoreReason) out.push(`  Why              ${s.scoreReason}`);
  out.push(`  Nodes            ${s.nodeCount} (${s.edgeCount} edges, ${s.waveCount ?? 0} parallel waves)`);
  out.push(
    `  Critical path    ${formatDuration(s.criticalPathMs)}${s.criticalPath.length ? `  ${pathText(s.criticalPath, name)}` : ''}`,
  );
  out.push(`  Makespan         ${formatDuration(s.makespanMs)} on the configured lanes`);
  out.push(`  Total runtime    ${formatDuration(s.totalRuntimeMs)} (sum of all nodes)`);
  out.push(`  Peak RAM         ${formatMemory(s.peakMemoryMb)}`);
  out.push(
    `  Peak VRAM        ${formatMemory(s.peakVramMb)}${s.usableMemoryMb ? ` (usable device memory ${formatMemory(s.usableMemoryMb)})` : ''}`,
  );
  out.push(`  Parallelizable   ${pluralize(s.parallelOpportunities, 'node')} can run alongside another`);
  if (s.scoreBreakdown.length > 0) {
    out.push('', 'Score breakdown (log-normal curves; p10 scores 0.90, median 0.50):');
    for (const m of s.scoreBreakdown) {
      const value = m.unit === 'ms' ? formatDuration(m.value) : m.value.toFixed(2);
      out.push(
        `  ${m.label.padEnd(44)} ${value.padStart(12)}  score ${m.score.toFixed(2)}  weight ${Math.round(m.weight * 100)}%`,
      );
    }
  }
  const details =
    s.bottleneckDetails ?? s.bottlenecks.map((nodeId) => ({ nodeId, kind: 'time' as const, share: 0 }));
  if (details.length > 0) {
    out.push('', 'Top bottlenecks:');
    details.slice(0, MAX_LISTED).forEach((b, i) => {
      const node = title.get(b.nodeId);
      const what =
        b.kind === 'time'
          ? `${formatDuration(node?.runtimeMs ?? 0)}, ${Math.round(b.share * 100)}% of the critical path`
          : `${formatMemory((node?.vramMb ?? 0) + (hw.unifiedMemory ? (node?.memoryMb ?? 0) : 0))}, ${Math.round(b.share * 100)}% of usable device memory`;
      out.push(`  ${i + 1}. ${name(b.nodeId)} (${node?.type ?? '?'}) — ${what}`);
    });
  }
  if (profile.suggestions.length > 0) {
    out.push('', 'Suggestions (savings from re-running the analysis with the change):');
    for (const sug of profile.suggestions.slice(0, MAX_LISTED)) {
      const parts = [];
      if (sug.savingsMs > 0) parts.push(`−${formatDuration(sug.savingsMs)}`);
      if (sug.savingsVramMb > 0) parts.push(`−${formatMemory(sug.savingsVramMb)} peak memory`);
      parts.push(`score ${sug.scoreGain >= 0 ? '+' : ''}${sug.scoreGain}`);
      out.push(`  - ${sug.title}: ${parts.join(', ')}`);
    }
  }
  if (s.unknownTypes.length > 0) {
    out.push('', `Unknown node types (type defaults used, low confidence): ${s.unknownTypes.join(', ')}`);
  }
  if (s.warnings.length > 0) {
    out.push('', `Warnings (${s.warnings.length}):`);
    for (const w of s.warnings.slice(0, 10)) out.push(`  - [${w.code}] ${w.message}`);
    if (s.warnings.length > 10)
      out.push(`  … and ${s.warnings.length - 10} more (use --format json for all)`);
  }
  // One report line per entry: a newline or escape sequence inside a user's name cannot start another.
  return `${out.map((line) => cleanTerminalText(line, false)).join('\n')}\n`;
}

function pathText(path: readonly string[], name: (id: string) => string): string {
  if (path.length <= 6) return path.map(name).join(' → ');
  return [...path.slice(0, 3).map(name), `… ${path.length - 5} more …`, ...path.slice(-2).map(name)].join(
    ' → ',
  );
}
