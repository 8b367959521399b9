/**
 * The node table as CSV: one row per node, RFC 4180 (comma, CRLF line ends, double quotes doubled inside
 * quoted cells) written by papaparse, with cells a spreadsheet would run as a formula neutralised.
 */
import Papa from 'papaparse';
import type { Profile } from '../profiling/types';

/** The columns, in order (the header row). */
export const CSV_COLUMNS = [
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

/**
 * Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` and are quoted, so a
 * spreadsheet shows them as text (OWASP, "CSV Injection"). papaparse's own `escapeFormulae: true` pattern
 * (`/^[=+\-@\t\r].*$/`) misses a formula followed by a line break, because `.` does not match `\n`; this
 * pattern looks at the first character only. Numbers are never escaped (a negative number stays a number).
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** Rounds to 3 decimals (µs precision for milliseconds): enough for a table, shorter to read. */
function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * Renders the profile's nodes as CSV (header row plus one row per node, a final CRLF).
 * @example toCsv(profileWorkflow(workflow)) // "id,type,title,…\r\nin,nodetool.input.StringInput,…\r\n"
 */
export function toCsv(profile: Pick<Profile, 'nodes'>): string {
  const rows = profile.nodes.map((node) =>
    CSV_COLUMNS.map((column) => {
      if (column === 'itemCount') return node.details.itemCount ?? 1;
      if (column === 'source') return node.details.source;
      const value = node[column];
      return typeof value === 'number' ? round(value) : value;
    }),
  );
  const text = Papa.unparse(
    { fields: [...CSV_COLUMNS], data: rows },
    { newline: '\r\n', escapeFormulae: FORMULA_START },
  );
  return `${text}\r\n`;
}
