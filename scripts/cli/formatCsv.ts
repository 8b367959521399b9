/** CSV output: one row per node (RFC 4180 quoting; cells that a spreadsheet would run as formulas are escaped). */
import type { Profile } from '../../web/src/profiling';

const COLUMNS = [
  'id',
  'type',
  'title',
  'category',
  'complexity',
  'runtimeMs',
  'memoryMb',
  'vramMb',
  'device',
  'fanIn',
  'fanOut',
  'level',
  'earliestStartMs',
  'slackMs',
  'onCriticalPath',
  'parallelizable',
  'known',
  'confidence',
  'layoutOnly',
  'itemCount',
  'source',
] as const;

/** Render the node table as CSV. */
export function formatCsv(profile: Profile): string {
  const rows = [COLUMNS.join(',')];
  for (const node of profile.nodes) {
    const values: unknown[] = COLUMNS.map((column) => {
      if (column === 'itemCount') return node.details.itemCount ?? 1;
      if (column === 'source') return node.details.source;
      const value = node[column];
      return typeof value === 'number' ? round(value) : value;
    });
    rows.push(values.map(csvCell).join(','));
  }
  return `${rows.join('\n')}\n`;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Quote a cell; prefix `'` to text starting with = + - @ (CSV formula injection, OWASP). */
export function csvCell(value: unknown): string {
  let text = value === undefined || value === null ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
