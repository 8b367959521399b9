import type { RecordingLine } from '../../web/src/runs/types';
import type { ReplayRecording } from './loadRecordings';

/** One server message of a recording, at its offset from the recording's `run_job` send time. */
export interface TimelineStep {
  offsetMs: number;
  msg: unknown;
}

/** What the replay server plays for a `run_job` that matches a recording. */
export interface ReplayTimeline {
  name: string;
  workflowId: string | null;
  /** Sorted `id:type` of the graph's nodes, to match a `run_job` with another workflow id. */
  nodeSignature: string;
  /** The server's job id in the recording (first `job_update`), rewritten per replayed run. */
  jobId: string | null;
  steps: TimelineStep[];
}

type Fields = Record<string, unknown>;
const fieldsOf = (value: unknown): Fields | null =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Fields) : null;

/** The `run_job` data of a message, or null when it is no `run_job` command. */
export function readRunJob(msg: unknown): Fields | null {
  const fields = fieldsOf(msg);
  return fields?.command === 'run_job' ? fieldsOf(fields.data) : null;
}

/** Sorted `id:type` list of a `run_job`'s graph nodes ('' when there is no graph). */
export function signNodes(runJob: Fields): string {
  const nodes = fieldsOf(runJob.graph)?.nodes;
  if (!Array.isArray(nodes)) return '';
  return nodes
    .map((node) => `${String(fieldsOf(node)?.id)}:${String(fieldsOf(node)?.type)}`)
    .sort()
    .join('|');
}

const isSystemStats = (line: RecordingLine) => fieldsOf(line.msg)?.type === 'system_stats';

/**
 * Builds the timeline of a recording: the server messages after line 1 (`run_job`) up to the next message
 * the client sent (e.g. `cancel_job`: what follows answers that command, not the run). `system_stats`
 * are left out: they are machine-wide, sent every second whatever runs, and carry nothing about the job.
 */
export function buildTimeline(recording: ReplayRecording): ReplayTimeline {
  const [first, ...rest] = recording.lines;
  const runJob = first?.sent ? readRunJob(first.msg) : null;
  if (!first || !runJob)
    throw new Error(`replay: recording ${recording.name} has no run_job request on line 1`);
  const nextSent = rest.findIndex((line) => line.sent);
  const served = (nextSent === -1 ? rest : rest.slice(0, nextSent)).filter((line) => !isSystemStats(line));
  const firstJob = served.map((line) => fieldsOf(line.msg)).find((msg) => msg?.type === 'job_update');
  return {
    name: recording.name,
    workflowId: typeof runJob.workflow_id === 'string' ? runJob.workflow_id : null,
    nodeSignature: signNodes(runJob),
    jobId: typeof firstJob?.job_id === 'string' ? firstJob.job_id : null,
    steps: served.map((line) => ({ offsetMs: Math.max(0, line.recv_ms - first.recv_ms), msg: line.msg })),
  };
}

/**
 * Picks the timeline for a `run_job`: same workflow id first (among those, one with the same nodes if
 * any), else the same set of node ids and types; null when none fits.
 */
export function matchTimeline(timelines: ReplayTimeline[], runJob: Fields): ReplayTimeline | null {
  const signature = signNodes(runJob);
  const sameWorkflow = timelines.filter((timeline) => timeline.workflowId === runJob.workflow_id);
  return (
    sameWorkflow.find((timeline) => timeline.nodeSignature === signature) ??
    sameWorkflow[0] ??
    timelines.find((timeline) => signature !== '' && timeline.nodeSignature === signature) ??
    null
  );
}
