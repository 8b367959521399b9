import { join } from 'node:path';
import { loadRecordings, type ReplayRecording } from '../../../../../scripts/replay/loadRecordings';
import type { RecordingLine } from '../../types';

/** The shared NodeTool recordings, as copied into the project's fixtures. */
export const FIXTURES_DIR = join(__dirname, '../../__fixtures__/nodetool-runs');

const all = loadRecordings(FIXTURES_DIR);

export function getRecording(name: string): ReplayRecording {
  const recording = all.find((candidate) => candidate.name === name);
  if (!recording) throw new Error(`no fixture recording ${name}`);
  return recording;
}

type Fields = Record<string, unknown>;
export const fieldsOf = (line: RecordingLine) => line.msg as Fields;

/** The graph and workflow id the recording sent in its `run_job` (line 1). */
export function readRunJobOf(recording: ReplayRecording) {
  const data = (fieldsOf(recording.lines[0]!).data ?? {}) as Fields;
  return {
    workflowId: data.workflow_id as string,
    graph: data.graph as { nodes: unknown[]; edges: unknown[] },
  };
}

/** Server lines the replay must reproduce: after `run_job`, before the client's next command, no system_stats. */
export function expectedServerLines(recording: ReplayRecording): RecordingLine[] {
  const rest = recording.lines.slice(1);
  const nextSent = rest.findIndex((line) => line.sent);
  return (nextSent === -1 ? rest : rest.slice(0, nextSent)).filter(
    (line) => fieldsOf(line).type !== 'system_stats',
  );
}

/** Per node id, the statuses of its node_updates in order. */
export function readNodeSequences(lines: RecordingLine[]): Record<string, string[]> {
  const sequences: Record<string, string[]> = {};
  for (const line of lines) {
    const msg = fieldsOf(line);
    if (line.sent || msg.type !== 'node_update') continue;
    (sequences[String(msg.node_id)] ??= []).push(String(msg.status));
  }
  return sequences;
}

/** Receive times relative to the line that sent `run_job`. */
export function readOffsets(lines: RecordingLine[]): number[] {
  const start = lines.find((line) => line.sent)?.recv_ms ?? 0;
  return lines.filter((line) => !line.sent).map((line) => line.recv_ms - start);
}
