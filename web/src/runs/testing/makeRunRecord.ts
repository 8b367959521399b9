/**
 * Test helper: builds a `RunRecord` from a compact description (per node: own-work ms per execution, or a
 * status). Used by tests of the measurement join, the stores and the panel; never by product code.
 */
import { RUN_RECORD_VERSION, type NodeRun, type RunRecord, type RunStatus, type TrustFlag } from '../types';

export interface NodeSpec {
  /** Own-work ms of each finished execution. */
  ms?: number[];
  status?: NodeRun['status'];
  flags?: TrustFlag[];
  type?: string;
}

export function makeRunRecord(
  id: string,
  nodes: Record<string, NodeSpec>,
  run: { startedAt?: number; status?: RunStatus; wallMs?: number | null; workflowId?: string } = {},
): RunRecord {
  const records: Record<string, NodeRun> = {};
  for (const [nodeId, spec] of Object.entries(nodes)) {
    const flags = spec.flags ?? [];
    let at = 0;
    const executions = (spec.ms ?? []).map((ms) => {
      const execution = {
        startMs: at,
        endMs: at + ms,
        runningMs: at,
        readyMs: at,
        status: 'completed' as const,
        flags,
      };
      at += ms;
      return execution;
    });
    const finished = executions.length > 0;
    records[nodeId] = {
      nodeId,
      nodeType: spec.type ?? null,
      status: spec.status ?? (finished ? 'completed' : 'not-run'),
      executions,
      totalMs: finished ? (spec.ms ?? []).reduce((a, b) => a + b, 0) : null,
      trusted: finished && flags.length === 0,
      flags,
      error: null,
      naiveMs: finished ? at : null,
    };
  }
  const wallMs = run.wallMs === undefined ? 1000 : run.wallMs;
  return {
    version: RUN_RECORD_VERSION,
    id,
    source: 'recording',
    workflowId: run.workflowId ?? 'wf',
    jobId: `job-${id}`,
    status: run.status ?? 'completed',
    startedAt: run.startedAt ?? 0,
    lastMessageMs: wallMs,
    serverDurationMs: wallMs,
    serverStartMs: 0,
    wallMs,
    wallFromServer: wallMs !== null,
    nodes: records,
    error: null,
    workflowVersion: null,
    warnings: [],
  };
}
