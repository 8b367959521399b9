/** What the live client needs to know about one server message. */
export type InterpretedMessage =
  | { kind: 'job'; jobId: string | null; status: string; error: string | null }
  | { kind: 'node'; jobId: string | null; nodeId: string; status: string; error: string | null }
  | { kind: 'reconnecting'; jobId: string }
  | { kind: 'other' };

const textOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * Reads a decoded server message: `job_update`, `node_update` (shapes as in ../shared/nodetool-runs and
 * NodeTool's `JobUpdate`/`NodeUpdate`) and the `reconnect_job` reply; everything else is `other` (recorded,
 * not interpreted).
 */
export function interpretMessage(msg: unknown): InterpretedMessage {
  if (msg === null || typeof msg !== 'object') return { kind: 'other' };
  const fields = msg as Record<string, unknown>;
  const message = textOrNull(fields.message);
  // The reply to reconnect_job (NodeTool's `_process_command`); the job's status follows in a job_update.
  if (
    fields.type === undefined &&
    typeof fields.job_id === 'string' &&
    message?.startsWith('Reconnecting to job')
  ) {
    return { kind: 'reconnecting', jobId: fields.job_id };
  }
  const status = textOrNull(fields.status);
  if (status === null) return { kind: 'other' };
  const jobId = textOrNull(fields.job_id);
  const error = textOrNull(fields.error);
  if (fields.type === 'job_update') return { kind: 'job', jobId, status, error };
  const nodeId = textOrNull(fields.node_id);
  if (fields.type === 'node_update' && nodeId !== null) return { kind: 'node', jobId, nodeId, status, error };
  return { kind: 'other' };
}
