/**
 * First pass over a recording: find the `run_job` request (the start), the server's job id, and every
 * message about that job with its time relative to the start. Checks the rules a recording must meet.
 */
import { field, finiteField, isRecord, stringField, type JsonRecord } from './readFields';
import { RunParseError, type RecordingLine } from './types';

/** Message types that belong to one job (they carry `job_id`). */
const JOB_SCOPED = new Set(['node_update', 'job_update', 'edge_update', 'output_update', 'node_progress']);

/** One received message of the job: relative time, 1-based line, the message. */
export interface JobMessage {
  t: number;
  line: number;
  msg: JsonRecord;
}

export interface JobMessages {
  /** Epoch ms of the `run_job` request. */
  startedAt: number;
  workflowId: string | null;
  /** `run_job.data.graph` when sent inline. */
  graph: unknown;
  /** Frame of the `run_job` request: the server answers in the format it last received. */
  requestFrame: 'text' | 'binary' | null;
  jobId: string;
  /** Messages of the job received at or after the start, sorted by time (stable). */
  messages: JobMessage[];
  /** Received lines dropped because they arrived before `run_job` was sent (only in damaged files). */
  droppedEarly: number;
}

/**
 * @throws RunParseError `run.no-run-job`, `run.no-job`, `run.other-job` (naming the line).
 */
export function collectJobMessages(lines: readonly RecordingLine[]): JobMessages {
  const startIndex = lines.findIndex((line) => line.sent === true && isRunJob(line.msg));
  if (startIndex < 0) {
    throw new RunParseError(
      'run.no-run-job',
      'No run_job request sent by the client was found; a recording starts with the run_job it sent.',
    );
  }
  const request = lines[startIndex]!;
  const data = field(request.msg, 'data');
  const jobId = findServerJobId(lines);
  const messages: JobMessage[] = [];
  let droppedEarly = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.sent === true || !isRecord(line.msg)) continue;
    const msg = line.msg;
    const type = stringField(msg, 'type');
    if (type === null || !JOB_SCOPED.has(type)) continue;
    const messageJob = stringField(msg, 'job_id');
    if (messageJob !== null && messageJob !== jobId) {
      throw new RunParseError(
        'run.other-job',
        `${type} of job "${messageJob}", but this recording ran job "${jobId}" (the first job_update's id). ` +
          'Record one job per file.',
        i + 1,
      );
    }
    const t = line.recv_ms - request.recv_ms;
    if (t < 0) {
      droppedEarly++;
      continue;
    }
    messages.push({ t, line: i + 1, msg });
  }
  // Receive order is time order in a real recording; sorting (stable) keeps damaged files consistent.
  messages.sort((a, b) => a.t - b.t);
  return {
    startedAt: request.recv_ms,
    workflowId: stringField(data, 'workflow_id'),
    graph: field(data, 'graph'),
    requestFrame: request.frame ?? null,
    jobId,
    messages,
    droppedEarly,
  };
}

function isRunJob(msg: unknown): boolean {
  return (
    stringField(msg, 'command') === 'run_job' || stringField(field(msg, 'data'), 'type') === 'run_job_request'
  );
}

function findServerJobId(lines: readonly RecordingLine[]): string {
  for (const line of lines) {
    if (line.sent === true) continue;
    if (stringField(line.msg, 'type') !== 'job_update') continue;
    const id = stringField(line.msg, 'job_id');
    if (id !== null) return id;
  }
  throw new RunParseError(
    'run.no-job',
    'The server never answered with a job_update, so the job id is unknown; the recording holds no run.',
  );
}

/** Server facts about the job from its `job_update` messages. */
export interface JobFacts {
  status: 'completed' | 'failed' | 'cancelled' | 'incomplete';
  serverStartMs: number | null;
  serverDurationMs: number | null;
  error: string | null;
  lastMessageMs: number | null;
  /** Receive time of the job_update that ended the job (completed / failed / cancelled); null if none. */
  endMs: number | null;
}

/** Longest `job_update.duration` taken as real (30 days, in seconds). */
export const MAX_JOB_SECONDS = 30 * 24 * 3600;

export function readJobFacts(messages: readonly JobMessage[]): JobFacts {
  let status: JobFacts['status'] = 'incomplete';
  let firstRunning: number | null = null;
  let plainRunning: number | null = null;
  let serverDurationMs: number | null = null;
  let error: string | null = null;
  let endMs: number | null = null;
  for (const { t, msg } of messages) {
    if (msg.type !== 'job_update') continue;
    const s = stringField(msg, 'status');
    if (s === 'running') {
      if (firstRunning === null) firstRunning = t;
      const runState = field(msg, 'run_state');
      if (plainRunning === null && (runState === null || runState === undefined)) plainRunning = t;
    }
    const duration = finiteField(msg, 'duration');
    // A duration over 30 days (the engine's longest node time) is not a real job's: ignored, and the wall
    // time falls back to the client's receive times.
    if (duration !== null && duration >= 0 && duration <= MAX_JOB_SECONDS && serverDurationMs === null)
      serverDurationMs = duration * 1000;
    if (status !== 'incomplete') continue;
    if (s === 'completed') status = 'completed';
    else if (s === 'failed' || s === 'error') status = 'failed';
    else if (s === 'cancelled') status = 'cancelled';
    if (status !== 'incomplete') endMs = t;
    if (status === 'failed') error = stringField(msg, 'error') ?? stringField(msg, 'message');
  }
  const last = messages[messages.length - 1];
  return {
    status,
    serverStartMs: plainRunning ?? firstRunning,
    serverDurationMs,
    error,
    lastMessageMs: last ? last.t : null,
    endMs,
  };
}
