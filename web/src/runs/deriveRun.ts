/**
 * Derive a `RunRecord` from a WebSocket recording: per node its executions and own-work time, trust
 * flags, the job's status and wall time. Rules: docs/runs-format.md, "Derivation".
 */
import { buildExecutions } from './buildExecutions';
import { collectJobMessages, readJobFacts } from './collectJobMessages';
import { collectNodeEvents, type RunEvents } from './collectNodeEvents';
import { flagAfterJobEnd, flagFinalBurst, flagMessageDelayed } from './flagExecutions';
import { hashText } from '../profiling/hash/hashText';
import { readWorkflowGraph, upstreamTest, type RunGraph } from './readWorkflowGraph';
import { notRunNode, summarizeNodeRun } from './summarizeNodeRun';
import {
  RUN_RECORD_VERSION,
  type NodeRun,
  type RecordingLine,
  type RunRecord,
  type RunSource,
} from './types';
import { computeWorkflowVersion } from './workflowVersion';

export interface DeriveRunOptions {
  /** @default 'recording' */
  source?: RunSource;
  /** Workflow graph to use when the `run_job` request carries none (NodeTool or React Flow shape). */
  workflow?: unknown;
}

/**
 * Derive what a run really did from its recorded lines.
 *
 * @throws RunParseError `run.no-run-job`, `run.no-job`, `run.other-job`.
 * @example
 * const record = deriveRunRecord(parseRecordingText(text));
 */
export function deriveRunRecord(lines: readonly RecordingLine[], options: DeriveRunOptions = {}): RunRecord {
  const source = options.source ?? 'recording';
  const job = collectJobMessages(lines);
  const facts = readJobFacts(job.messages);
  const workflow = isGraph(job.graph) ? job.graph : options.workflow;
  const graph = readWorkflowGraph(workflow);
  const run = collectNodeEvents(job.messages);
  const nodes = deriveNodes(run, graph);
  const serverEndMs =
    facts.serverStartMs !== null && facts.serverDurationMs !== null
      ? facts.serverStartMs + facts.serverDurationMs
      : null;
  const all = Object.values(nodes).flatMap((node) =>
    node.executions.map((execution) => ({ nodeId: node.nodeId, execution })),
  );
  const executions = all.map((entry) => entry.execution);
  if (serverEndMs !== null) flagAfterJobEnd(executions, serverEndMs);
  else flagFinalBurst(executions, run.messageTimes, facts.endMs);
  flagMessageDelayed(all, run.messageTimes, upstreamTest(graph));
  for (const node of Object.values(nodes)) refreshFlags(node);

  const warnings: string[] = [];
  if (graph === null) {
    warnings.push(
      'The workflow graph is unknown (run_job carried none and none was given), so no input-ready time ' +
        'could be derived: every time includes waiting for inputs.',
    );
  }
  if (job.droppedEarly > 0) {
    warnings.push(`${job.droppedEarly} message(s) received before run_job was sent were ignored.`);
  }
  warnJsonModeDrops(nodes, facts.status, job.requestFrame, warnings);
  const wallFromServer = facts.serverDurationMs !== null;
  return {
    version: RUN_RECORD_VERSION,
    id: runRecordId(source, job.jobId, job.startedAt),
    source,
    workflowId: job.workflowId,
    jobId: job.jobId,
    status: facts.status,
    startedAt: job.startedAt,
    lastMessageMs: facts.lastMessageMs,
    serverDurationMs: facts.serverDurationMs,
    serverStartMs: facts.serverStartMs,
    wallMs: facts.serverDurationMs ?? facts.lastMessageMs,
    wallFromServer,
    nodes,
    error:
      facts.status === 'failed' ? { message: facts.error ?? 'job failed', nodeId: erroredNode(nodes) } : null,
    workflowVersion: computeWorkflowVersion(workflow),
    warnings,
  };
}

/** Stable id of a record: source, job id and start time. */
export function runRecordId(source: RunSource, jobId: string | null, startedAt: number): string {
  return `run-${hashText(`${source}\n${jobId ?? ''}\n${startedAt}`)}`;
}

function isGraph(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Array.isArray((value as { nodes?: unknown }).nodes);
}

function deriveNodes(run: RunEvents, graph: RunGraph | null): Record<string, NodeRun> {
  const terminalTimes = new Map<string, number[]>();
  for (const [nodeId, node] of run.nodes) {
    terminalTimes.set(
      nodeId,
      node.events.filter((e) => e.kind !== 'running').map((e) => e.t),
    );
  }
  const nodes: Record<string, NodeRun> = {};
  const order = graph ? [...graph.nodeTypes.keys()] : [];
  for (const nodeId of run.nodes.keys()) if (!graph?.nodeTypes.has(nodeId)) order.push(nodeId);
  for (const nodeId of order) {
    const events = run.nodes.get(nodeId);
    const type = events?.nodeType ?? graph?.nodeTypes.get(nodeId) ?? null;
    if (!events) {
      nodes[nodeId] = notRunNode(nodeId, type);
      continue;
    }
    const incoming = graph ? (graph.incoming.get(nodeId) ?? []) : null;
    const executions = buildExecutions({ events: events.events, incoming, run, terminalTimes });
    nodes[nodeId] = summarizeNodeRun(nodeId, type, executions, events.events, events.seen);
  }
  return nodes;
}

/** Recompute a node's flags and trust after run-wide flags were added to its executions. */
function refreshFlags(node: NodeRun): void {
  for (const execution of node.executions) {
    for (const flag of execution.flags) if (!node.flags.includes(flag)) node.flags.push(flag);
  }
  node.trusted = node.executions.length > 0 && node.flags.length === 0 && node.status !== 'unfinished';
}

function erroredNode(nodes: Record<string, NodeRun>): string | null {
  for (const node of Object.values(nodes)) if (node.status === 'error') return node.nodeId;
  return null;
}

/** NodeTool's JSON mode drops messages that contain bytes: a completed job with nodes that never finished. */
function warnJsonModeDrops(
  nodes: Record<string, NodeRun>,
  status: RunRecord['status'],
  requestFrame: 'text' | 'binary' | null,
  warnings: string[],
): void {
  if (status !== 'completed' || requestFrame === 'binary') return;
  const open = Object.values(nodes)
    .filter((node) => node.status === 'unfinished')
    .map((node) => node.nodeId);
  if (open.length === 0) return;
  warnings.push(
    `The job completed but ${open.join(', ')} never reported completion: NodeTool's JSON mode drops messages ` +
      'that contain bytes (images, audio). Their times are unknown; record over msgpack (binary frames) to ' +
      'receive those messages.',
  );
}
