import { randomUUID } from 'node:crypto';
import { pack, unpack } from 'msgpackr';
import type { RawData, WebSocket } from 'ws';
import { matchTimeline, readRunJob, type ReplayTimeline } from './buildTimeline';
import { playTimeline, type PlayedJob } from './playTimeline';

/*
 * Message shapes follow NodeTool's server, nodetool-ai/nodetool-core
 * src/nodetool/integrations/websocket/unified_websocket_runner.py @ f6b1fbedb5d25eca3f371a4096a8b476fa6118a0
 * (the version the shared recordings were made with):
 * - `receive_message`/`send_message`: the server answers in the frame format it last received (msgpack or JSON).
 * - `_process_command` run_job: replies `{"message":"Job started","workflow_id"}`; when the job cannot start,
 *   `run_job` sends `JobUpdate(status="failed", error, job_id=<workflow_id>, workflow_id)`.
 * - `cancel_job`: `{"message":"Job cancellation requested", job_id, workflow_id}`, or
 *   `{"error":"Job not found or already completed", job_id, workflow_id}`; nothing more is streamed.
 * - `reconnect_job`: replies `{"message":"Reconnecting to job <id>", job_id, workflow_id}`, then a `JobUpdate`
 *   with the job's status (`cancelled`, `completed`, `failed`, or `running`); an unknown job gets `failed`
 *   with "This job may have expired or the link is invalid. Please start a new workflow.".
 * - `JobUpdate` fields: src/nodetool/types/job.py (same commit).
 */

type Fields = Record<string, unknown>;

/** A `job_update` with NodeTool's full field set. */
function createJobUpdate(status: string, jobId: string, workflowId: string | null, error: string | null) {
  return {
    type: 'job_update',
    status,
    job_id: jobId,
    workflow_id: workflowId,
    message: null,
    result: null,
    error,
    traceback: null,
    run_state: null,
    duration: null,
  };
}

/** A NodeTool-style job id (32 hex digits, as in the recordings). */
const createJobId = () => randomUUID().replace(/-/g, '');

function decode(data: RawData, isBinary: boolean): unknown {
  const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
  return isBinary ? unpack(bytes) : JSON.parse(bytes.toString('utf8'));
}

/**
 * Serves one client connection: answers commands and plays matching recordings as jobs. Returns a stop
 * function that halts every job of the connection.
 */
export function serveConnection(socket: WebSocket, timelines: ReplayTimeline[], speed: number): () => void {
  let binary = false;
  const jobs = new Map<string, PlayedJob>();
  const send = (msg: unknown) => {
    if (socket.readyState === socket.OPEN) socket.send(binary ? pack(msg) : JSON.stringify(msg));
  };

  const runJob = (data: Fields) => {
    const workflowId = typeof data.workflow_id === 'string' ? data.workflow_id : '';
    const timeline = matchTimeline(timelines, data);
    if (timeline === null) {
      send({ message: 'Job started', workflow_id: workflowId });
      const names = timelines.map((t) => t.name).join(', ');
      const error = `replay server: no recording matches workflow_id "${workflowId}" or the graph's node ids and types (recordings: ${names})`;
      send(createJobUpdate('failed', workflowId, workflowId, error));
      return;
    }
    const jobId = createJobId();
    jobs.set(jobId, playTimeline(timeline, { jobId, workflowId, speed, send }));
  };

  const cancelJob = (jobId: string, workflowId: string) => {
    const job = jobs.get(jobId);
    if (job === undefined || job.status !== 'running') {
      return { error: 'Job not found or already completed', job_id: jobId, workflow_id: workflowId };
    }
    job.stop();
    job.status = 'cancelled';
    return { message: 'Job cancellation requested', job_id: jobId, workflow_id: workflowId };
  };

  const reconnectJob = (jobId: string, workflowId: string | null) => {
    send({ message: `Reconnecting to job ${jobId}`, job_id: jobId, workflow_id: workflowId });
    const job = jobs.get(jobId);
    if (job === undefined) {
      const expired = 'This job may have expired or the link is invalid. Please start a new workflow.';
      send(createJobUpdate('failed', jobId, workflowId ?? '', expired));
      return;
    }
    send(createJobUpdate(job.status, jobId, workflowId ?? job.workflowId, job.error));
  };

  const handle = (msg: unknown) => {
    const fields = (msg ?? {}) as Fields;
    if (fields.type === 'ping') return send({ type: 'pong', ts: Date.now() / 1000 });
    if (typeof fields.command !== 'string') {
      return send({ error: 'invalid_message', message: "All messages must include a 'command' field." });
    }
    const data = (fields.data ?? {}) as Fields;
    const jobId = typeof data.job_id === 'string' ? data.job_id : null;
    const workflowId = typeof data.workflow_id === 'string' ? data.workflow_id : null;
    if (fields.command === 'run_job') return runJob(readRunJob(msg) ?? {});
    if (fields.command !== 'cancel_job' && fields.command !== 'reconnect_job') {
      return send({
        error: 'invalid_command',
        details: `the replay server does not serve "${fields.command}"`,
      });
    }
    if (jobId === null) return send({ error: 'job_id is required' });
    if (fields.command === 'cancel_job') return send(cancelJob(jobId, workflowId ?? ''));
    reconnectJob(jobId, workflowId);
  };

  socket.on('message', (data, isBinary) => {
    binary = isBinary;
    let msg: unknown;
    try {
      msg = decode(data, isBinary);
    } catch (error) {
      return send({ error: 'invalid_command', details: `undecodable frame: ${(error as Error).message}` });
    }
    handle(msg);
  });
  const stopAll = () => jobs.forEach((job) => job.stop());
  socket.on('close', stopAll);
  return stopAll;
}
