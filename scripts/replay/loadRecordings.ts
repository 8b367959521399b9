import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { RecordingLine } from '../../web/src/runs/types';

/** A recording the replay server can play: its name (file name without `.jsonl`) and its lines. */
export interface ReplayRecording {
  name: string;
  lines: RecordingLine[];
}

/**
 * Reads every `*.jsonl` recording in a folder (one JSON object per line, as in ../shared/nodetool-runs).
 * Only checks what replaying needs; the full parser with coded errors is `parseRecordingText` in web/src/runs.
 */
export function loadRecordings(dir: string): ReplayRecording[] {
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.jsonl'))
    .sort();
  if (files.length === 0) throw new Error(`replay: no *.jsonl recordings in ${dir}`);
  return files.map((file) => {
    const path = join(dir, file);
    const lines = readFileSync(path, 'utf8')
      .split('\n')
      .filter((text) => text.trim() !== '')
      .map((text, index) => {
        try {
          return JSON.parse(text) as RecordingLine;
        } catch {
          throw new Error(`replay: ${path} line ${index + 1} is not JSON`);
        }
      });
    return { name: basename(file, '.jsonl'), lines };
  });
}
