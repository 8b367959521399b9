import { performance } from 'node:perf_hooks';
import type { ReplayTimeline } from './buildTimeline';

/** A job the replay server is playing (or has played) on one connection. */
export interface PlayedJob {
  readonly jobId: string;
  readonly workflowId: string;
  /** `running` until the timeline's terminal `job_update` was sent, then its status; `cancelled` after stop. */
  status: string;
  error: string | null;
  /** Stops sending the job's messages (cancel, connection closed). */
  stop(): void;
}

interface PlayOptions {
  jobId: string;
  workflowId: string;
  /** 1 = original timing, 2 = twice as fast. */
  speed: number;
  send: (msg: unknown) => void;
}

const END_STATUSES = new Set(['completed', 'failed', 'cancelled', 'error', 'suspended']);

/**
 * Copies a message with the recording's job id replaced wherever it occurs (also inside text such as
 * "Workflow <job id> completed") and its `workflow_id`s replaced.
 */
export function rewriteIds(value: unknown, timeline: ReplayTimeline, target: PlayOptions): unknown {
  if (typeof value === 'string')
    return timeline.jobId ? value.split(timeline.jobId).join(target.jobId) : value;
  if (Array.isArray(value)) return value.map((item) => rewriteIds(item, timeline, target));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] =
      key === 'workflow_id' && inner === timeline.workflowId
        ? target.workflowId
        : rewriteIds(inner, timeline, target);
  }
  return out;
}

/**
 * Sends a timeline's messages at their original offsets divided by `speed`, measured from now (the moment
 * the server received `run_job`). Offsets are checked against a monotonic clock on every tick, so timer
 * lateness does not add up over a run.
 */
export function playTimeline(timeline: ReplayTimeline, options: PlayOptions): PlayedJob {
  const startedAt = performance.now();
  let next = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const job: PlayedJob = {
    jobId: options.jobId,
    workflowId: options.workflowId,
    status: 'running',
    error: null,
    stop() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      next = timeline.steps.length;
    },
  };
  const sendStep = (msg: unknown) => {
    const rewritten = rewriteIds(msg, timeline, options) as Record<string, unknown>;
    options.send(rewritten);
    if (rewritten.type === 'job_update' && END_STATUSES.has(String(rewritten.status))) {
      job.status = String(rewritten.status);
      job.error = typeof rewritten.error === 'string' ? rewritten.error : null;
    }
  };
  const tick = () => {
    timer = null;
    const elapsed = performance.now() - startedAt;
    for (
      let step = timeline.steps[next];
      step && step.offsetMs / options.speed <= elapsed;
      step = timeline.steps[next]
    ) {
      next += 1;
      sendStep(step.msg);
    }
    const upcoming = timeline.steps[next];
    if (upcoming) timer = setTimeout(tick, upcoming.offsetMs / options.speed - elapsed);
  };
  tick();
  return job;
}
