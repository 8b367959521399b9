/** File names of the profiler's downloads. */

/** What a download holds: its file name's prefix and extension. */
export type ExportKind = 'json' | 'csv' | 'trace';

const SUFFIX: Record<ExportKind, string> = { json: '.json', csv: '.csv', trace: '.trace.json' };

/**
 * A file name safe on every OS: `profile-<workflow id>.json`, `.csv`, or `.trace.json` (Perfetto and
 * chrome://tracing open `.json`).
 * @example exportFileName('Research brief #3', 'csv') // 'profile-Research-brief-3.csv'
 */
export function exportFileName(workflowId: string, kind: ExportKind): string {
  const safe = workflowId.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'workflow';
  return `profile-${safe}${SUFFIX[kind]}`;
}
