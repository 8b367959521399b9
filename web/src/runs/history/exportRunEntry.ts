/**
 * What "Export" of a stored run downloads: the raw recording when there is one (as received, so another
 * tool can re-parse it), else the derived record as JSON.
 */
import type { RunHistoryEntry } from './schema';

export interface RunExport {
  fileName: string;
  text: string;
  mimeType: 'application/x-ndjson' | 'application/json';
}

function safeFilePart(value: string): string {
  return value.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 80) || 'run';
}

/** Builds the export of one entry. Pure. */
export function exportRunEntry(entry: RunHistoryEntry): RunExport {
  const base = `${safeFilePart(entry.workflowKey)}-${safeFilePart(entry.record.jobId ?? entry.id)}`;
  if (entry.recording !== null)
    return { fileName: `${base}.jsonl`, text: entry.recording, mimeType: 'application/x-ndjson' };
  return {
    fileName: `${base}.run.json`,
    text: `${JSON.stringify(entry.record, null, 2)}\n`,
    mimeType: 'application/json',
  };
}
