/**
 * Render accuracy summaries as a text table (terminal) or Markdown (docs/estimation.md).
 */
import type { QuantitySummary } from './stats';

const pct = (x: number) => `${Math.round(x * 100)} %`;
const bias = (s: QuantitySummary) =>
  Number.isFinite(s.medianSignedPct)
    ? `${s.medianSignedPct >= 0 ? '+' : ''}${s.medianSignedPct.toFixed(1)} %`
    : '—';
const met = (s: QuantitySummary) => (s.n === 0 ? 'n/a' : s.met ? 'yes' : 'NO');
const fx = (x: number) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : '—');

export function renderText(summaries: QuantitySummary[]): string {
  const lines: string[] = [];
  const head = ['quantity', 'n', '≤1.5×', '≤2×', 'median err', 'median bias', 'target', 'met'];
  const rows = summaries.map((s) => [
    s.quantity,
    String(s.n),
    pct(s.within15),
    pct(s.within2),
    fx(s.medianFactor),
    bias(s),
    s.target,
    met(s),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const fmt = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] as number)).join('  ');
  lines.push(fmt(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(fmt));
  lines.push('', 'Worst rows per quantity (predicted vs observed):');
  for (const s of summaries) {
    lines.push(`  ${s.quantity} [${s.unit}]`);
    for (const w of s.worst)
      lines.push(
        `    ${fx(w.factor).padStart(7)}  pred ${fmtNum(w.predicted)} vs obs ${fmtNum(w.observed)}  ${w.label}`,
      );
  }
  return lines.join('\n');
}

export function renderMarkdown(summaries: QuantitySummary[]): string {
  const lines = [
    '| Quantity | Rows | Within 1.5× | Within 2× | Median error factor | Median bias | Target | Met |',
    '|---|---:|---:|---:|---:|---:|---|---|',
  ];
  for (const s of summaries) {
    lines.push(
      `| ${s.quantity} | ${s.n} | ${pct(s.within15)} | ${pct(s.within2)} | ${fx(s.medianFactor)} | ${bias(s)} | ${s.target} | ${met(s) === 'NO' ? '**no**' : met(s)} |`,
    );
  }
  lines.push('', 'Worst rows:', '');
  for (const s of summaries) {
    for (const w of s.worst)
      lines.push(
        `- ${s.quantity}: ${fx(w.factor)} — predicted ${fmtNum(w.predicted)} vs observed ${fmtNum(w.observed)} ${s.unit} — ${w.label}`,
      );
  }
  return lines.join('\n');
}

function fmtNum(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  return Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 1 ? x.toFixed(2) : x.toPrecision(3);
}
