import type { RecordingLine } from '../types';
import { createCancelJobCommand, createReconnectJobCommand, createRunJobCommand } from './commands';
import { decodeFrame, encodeFrame, replaceBinaryPayloads } from './frames';
import { interpretMessage } from './interpretMessage';
import { createUnreachableError, LiveRunError } from './liveRunError';
import type { LiveRun, LiveRunOptions, LiveRunResult, WebSocketEventLike, WebSocketLike } from './types';
import { DEFAULT_NODETOOL_URL } from './types';

type RunStatus = LiveRunResult['status'];

/** `job_update` statuses that end a job (NodeTool's streaming loop stops on the same set). */
const END_STATUSES: Record<string, RunStatus> = {
  completed: 'completed',
  failed: 'failed',
  error: 'failed',
  cancelled: 'cancelled',
  suspended: 'incomplete',
};
const NODE_STATUSES = new Set(['running', 'completed', 'error']);
const OPEN = 1;
const RECONNECT_POLL_MS = 250;

function defaultNow(): number {
  const perf = globalThis.performance;
  return perf !== undefined && typeof perf.timeOrigin === 'number'
    ? perf.timeOrigin + perf.now()
    : Date.now();
}

function checkUrl(url: string): LiveRunError | null {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    return new LiveRunError('live.bad-url', `"${url}" is not a URL; use e.g. ${DEFAULT_NODETOOL_URL}.`);
  }
  if (protocol === 'ws:' || protocol === 'wss:') return null;
  return new LiveRunError(
    'live.bad-url',
    `"${url}" must start with ws:// or wss:// (e.g. ${DEFAULT_NODETOOL_URL}).`,
  );
}

/**
 * Runs a workflow on a NodeTool server over its WebSocket (`run_job`), records every frame sent and received
 * as `RecordingLine`s and reports job and node progress through `onEvent`.
 *
 * @remarks The run ends when a `job_update` reports `completed`/`failed`/`error`/`cancelled` (then the client
 * listens `graceMs` longer for trailing messages), on timeout (`incomplete`), or when the connection drops
 * (`incomplete`, `live.closed`). `cancel()` sends `cancel_job` then `reconnect_job`, because NodeTool sends
 * nothing more about a cancelled job on its own: only the `reconnect_job` answer says `cancelled`.
 *
 * @example
 * const run = startLiveRun({ url: DEFAULT_NODETOOL_URL, graph, workflowId: 'wf1', WebSocket });
 * const { status, lines } = await run.done;
 */
export function startLiveRun(options: LiveRunOptions): LiveRun {
  const { url, workflowId, onEvent } = options;
  const format = options.format ?? 'msgpack';
  const now = options.now ?? defaultNow;
  const graceMs = options.graceMs ?? 500;
  const cancelTimeoutMs = options.cancelTimeoutMs ?? 5000;
  const lines: RecordingLine[] = [];
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let socket: WebSocketLike | null = null;
  let jobId: string | null = null;
  let opened = false;
  let settled = false;
  let ending: { status: RunStatus; error: string | null } | null = null;
  let cancelRequested = false;
  let reconnectAnswerDue = false;
  let pollPending = false;
  let closedReported = false;
  let resolveDone: (result: LiveRunResult) => void = () => undefined;
  let rejectDone: (error: LiveRunError) => void = () => undefined;
  const done = new Promise<LiveRunResult>((resolve, reject) => {
    resolveDone = resolve;
    rejectDone = reject;
  });

  const later = (ms: number, action: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      action();
    }, ms);
    timers.add(timer);
  };
  const reportClosed = () => {
    if (closedReported) return;
    closedReported = true;
    onEvent?.({ type: 'connection', state: 'closed' });
  };
  // The run is over when it settles: the socket's own close event may come later, so report it here.
  const settle = () => {
    settled = true;
    timers.forEach(clearTimeout);
    timers.clear();
    if (socket !== null && socket.readyState <= OPEN) socket.close(1000, 'run ended');
    reportClosed();
  };
  const finish = (status: RunStatus, error: string | null) => {
    if (settled) return;
    settle();
    resolveDone({ lines, jobId, status, error });
  };
  const finishIncomplete = (error: LiveRunError) =>
    ending ? finish(ending.status, ending.error) : finish('incomplete', error.message);
  const fail = (error: LiveRunError) => {
    if (settled) return;
    settle();
    rejectDone(error);
  };

  const send = (msg: unknown) => {
    if (socket === null || socket.readyState !== OPEN) return;
    const sentAt = now();
    socket.send(encodeFrame(msg, format));
    lines.push({
      recv_ms: sentAt,
      frame: format === 'json' ? 'text' : 'binary',
      sent: true,
      msg: replaceBinaryPayloads(msg),
    });
  };
  const sendCancel = (id: string) => {
    send(createCancelJobCommand(id, workflowId));
    send(createReconnectJobCommand(id, workflowId));
  };
  const pollReconnect = (id: string) => {
    if (pollPending) return;
    pollPending = true;
    later(RECONNECT_POLL_MS, () => {
      pollPending = false;
      send(createReconnectJobCommand(id, workflowId));
    });
  };

  const onJobUpdate = (id: string | null, status: string, error: string | null) => {
    if (jobId === null && id !== null) {
      jobId = id;
      if (cancelRequested) sendCancel(id);
    }
    if (id === null || id !== jobId) return;
    const end = END_STATUSES[status];
    const answersReconnect = reconnectAnswerDue;
    reconnectAnswerDue = false;
    if (end !== undefined && !ending) {
      const reason =
        end === 'failed' ? (error ?? `the server reported the job ${status} without an error text`) : null;
      const outcome = {
        status: end,
        error: end === 'incomplete' ? `the server reported the job ${status}` : reason,
      };
      ending = outcome;
      later(graceMs, () => finish(outcome.status, outcome.error));
    }
    // A cancelled job that still reports running: ask again until it confirms (or cancelTimeoutMs passes).
    if (end === undefined && answersReconnect && cancelRequested && !ending) pollReconnect(id);
    onEvent?.({ type: 'job', status, jobId: id });
  };

  const onMessage = (data: unknown) => {
    if (settled) return;
    const receivedAt = now();
    const { frame, msg } = decodeFrame(data);
    lines.push({ recv_ms: receivedAt, frame, msg });
    const message = interpretMessage(msg);
    if (message.kind === 'reconnecting' && message.jobId === jobId) reconnectAnswerDue = true;
    if (message.kind === 'job') onJobUpdate(message.jobId, message.status, message.error);
    if (message.kind !== 'node' || !NODE_STATUSES.has(message.status)) return;
    if (message.jobId !== null && message.jobId !== jobId) return;
    const status = message.status as 'running' | 'completed' | 'error';
    onEvent?.({
      type: 'node',
      nodeId: message.nodeId,
      status,
      ...(message.error ? { error: message.error } : {}),
    });
  };

  const connect = () => {
    onEvent?.({ type: 'connection', state: 'connecting' });
    try {
      socket = new options.WebSocket(url);
    } catch (error) {
      fail(new LiveRunError('live.bad-url', `cannot open ${url}: ${(error as Error).message}`));
      return;
    }
    socket.binaryType = 'arraybuffer';
    const connectTimeoutMs = options.connectTimeoutMs ?? 5000;
    later(connectTimeoutMs, () => {
      if (!opened)
        fail(createUnreachableError(url, `the connection did not open within ${connectTimeoutMs} ms`));
    });
    socket.addEventListener('open', () => {
      if (settled) return;
      opened = true;
      onEvent?.({ type: 'connection', state: 'open' });
      send(createRunJobCommand(workflowId, options.graph));
      const timeoutMs = options.timeoutMs ?? 600_000;
      later(timeoutMs, () =>
        finishIncomplete(new LiveRunError('live.timeout', `the job did not end within ${timeoutMs} ms`)),
      );
    });
    socket.addEventListener('message', (event) => onMessage((event as WebSocketEventLike).data));
    socket.addEventListener('error', () => {
      if (!opened) fail(createUnreachableError(url, 'the connection was refused or failed'));
    });
    socket.addEventListener('close', (raw) => {
      const event = raw as WebSocketEventLike;
      reportClosed();
      if (!opened)
        fail(createUnreachableError(url, `the connection closed with code ${event.code ?? 'unknown'}`));
      const reason = `the connection to ${url} was lost (code ${event.code ?? 'unknown'}) before the job ended`;
      finishIncomplete(new LiveRunError('live.closed', reason));
    });
  };

  const urlError = checkUrl(url);
  if (urlError) fail(urlError);
  else connect();

  return {
    cancel() {
      if (settled || cancelRequested || ending) return;
      cancelRequested = true;
      later(cancelTimeoutMs, () =>
        finishIncomplete(
          new LiveRunError(
            'live.timeout',
            `the server did not confirm the cancel of job ${jobId ?? '(no job id yet)'} within ${cancelTimeoutMs} ms; ` +
              'the job may still be running',
          ),
        ),
      );
      if (jobId !== null) sendCancel(jobId);
    },
    done,
  };
}
