/**
 * `--server <url>`: runs the workflow on a NodeTool server through the live client, shows node progress on
 * stderr, writes the recording with `--record`, and derives the run record from what was received.
 * Ctrl+C cancels the job (cancel_job, then reconnect_job for the outcome).
 */
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import WebSocket from 'ws';
import { deriveRunRecord, serializeRecording, type RunRecord } from '../../../web/src/runs';
import {
  isLiveRunError,
  startLiveRun,
  type LiveRunEvent,
  type WebSocketConstructorLike,
} from '../../../web/src/runs/live';
import { formatIssue, importWorkflowValue } from '../../../web/src/workflow/importWorkflow';
import { toNodetoolWorkflow } from '../../../web/src/workflow/convertWorkflow';
import { clean } from './measuredOutput';

/** The server could not be used at all (unreachable, bad URL): exit code 2. */
export class LiveRunFailure extends Error {}

export interface LiveRunCliOptions {
  url: string;
  input: unknown;
  /** Shown name of the workflow file (its base name is the workflow id when the file has none). */
  file: string;
  format: 'msgpack' | 'json';
  timeoutS: number;
  /** Where to write the recording, if anywhere. */
  recordPath?: string;
  log: (line: string) => void;
}

/** Default `--timeout`: a run that says nothing for this long is given up (the recording is kept). */
export const DEFAULT_LIVE_TIMEOUT_S = 600;

export async function runLive(options: LiveRunCliOptions): Promise<RunRecord> {
  const imported = importWorkflowValue(options.input, options.file);
  if (!imported.ok)
    throw new LiveRunFailure(
      `${options.file} cannot be sent to the server: ${imported.errors.map(formatIssue).join('; ')}`,
    );
  const nodetool = toNodetoolWorkflow(imported.workflow);
  const workflowId =
    typeof nodetool.id === 'string' && nodetool.id !== '' ? nodetool.id : basename(options.file, '.json');
  options.log(`Running ${clean(workflowId)} on ${options.url} (${options.format}) …`);
  const live = startLiveRun({
    url: options.url,
    graph: nodetool.graph as unknown as { nodes: unknown[]; edges: unknown[] },
    workflowId,
    format: options.format,
    WebSocket: WebSocket as unknown as WebSocketConstructorLike,
    timeoutMs: options.timeoutS * 1000,
    onEvent: logEvents(options.log),
  });
  const onInterrupt = () => {
    options.log('Cancelling the job (Ctrl+C again to quit at once) …');
    process.off('SIGINT', onInterrupt);
    live.cancel();
  };
  process.on('SIGINT', onInterrupt);
  try {
    const result = await live.done;
    if (options.recordPath) {
      writeFileSync(options.recordPath, serializeRecording(result.lines));
      options.log(`Recording written to ${options.recordPath}`);
    }
    if (result.error) options.log(`The run ended ${result.status}: ${clean(result.error)}`);
    return deriveRunRecord(result.lines, { source: 'live', workflow: nodetool });
  } catch (error) {
    if (isLiveRunError(error)) throw new LiveRunFailure(error.message);
    throw error;
  } finally {
    process.off('SIGINT', onInterrupt);
  }
}

/** Progress lines: each finished node, and the job's status when it changes. */
function logEvents(log: (line: string) => void): (event: LiveRunEvent) => void {
  let jobStatus = '';
  return (event) => {
    if (event.type === 'node' && event.status !== 'running')
      log(
        `  ${event.status.padEnd(9)} ${clean(event.nodeId)}${event.error ? `: ${clean(event.error)}` : ''}`,
      );
    else if (event.type === 'job' && event.status !== jobStatus) {
      jobStatus = event.status;
      log(`  job ${event.status} (${clean(event.jobId)})`);
    }
  };
}
