/**
 * The commands the client sends. Field names and values follow NodeTool's `RunJobRequest`
 * (nodetool-ai/nodetool-core src/nodetool/workflows/run_job_request.py @ f6b1fbedb5d25eca3f371a4096a8b476fa6118a0,
 * the server version of ../shared/nodetool-runs) and the commands handled in
 * src/nodetool/integrations/websocket/unified_websocket_runner.py (`_process_command`, same commit): the
 * server reads `job_id` and `workflow_id` from `data`. The server ignores a client job id and sets its own,
 * so none is sent; it also overrides `execution_strategy` from its environment.
 */
export function createRunJobCommand(workflowId: string, graph: { nodes: unknown[]; edges: unknown[] }) {
  return {
    command: 'run_job',
    data: {
      type: 'run_job_request',
      workflow_id: workflowId,
      job_type: 'workflow',
      auth_token: 'local_token',
      user_id: '1',
      params: {},
      graph,
      explicit_types: false,
      execution_strategy: 'threaded',
    },
  };
}

/** `cancel_job`: the server answers `{"message":"Job cancellation requested", job_id, workflow_id}`. */
export function createCancelJobCommand(jobId: string, workflowId: string) {
  return { command: 'cancel_job', data: { job_id: jobId, workflow_id: workflowId } };
}

/** `reconnect_job`: the server answers with a `job_update` carrying the job's current status. */
export function createReconnectJobCommand(jobId: string, workflowId: string) {
  return { command: 'reconnect_job', data: { job_id: jobId, workflow_id: workflowId } };
}
