/**
 * Build a `RunRecord` from trace spans: each `node.process` span is one execution and its own duration
 * is the work. Times are the server's clock, so neither the end-of-job stall nor client receive delays
 * apply and no execution is flagged for them.
 */
import { runRecordId } from './deriveRun';
import { NODE_SPAN, WORKFLOW_SPAN, type TraceSpan } from './readTraceSpans';
import { readWorkflowGraph } from './readWorkflowGraph';
import { stringField } from './readFields';
import { notRunNode } from './summarizeNodeRun';
import {
  RUN_RECORD_VERSION,
  RunParseError,
  type NodeExecution,
  type NodeRun,
  type RunRecord,
  type RunSource,
} from './types';
import { computeWorkflowVersion } from './workflowVersion';

export interface SpansToRecordOptions {
  source: RunSource;
  /** Which trace of a file holding several runs; default the latest one with node spans. */
  traceId?: string;
  /** The workflow that ran: adds its silent nodes as `not-run` and the workflow version. */
  workflow?: unknown;
}

/** @throws RunParseError `run.no-spans` when no `node.process` span (of the chosen trace) exists. */
export function spansToRunRecord(spans: readonly TraceSpan[], options: SpansToRecordOptions): RunRecord {
  const warnings: string[] = [];
  const traceId = chooseTrace(spans, options.traceId, warnings);
  const inTrace = spans.filter((span) => span.traceId === traceId);
  const nodeSpans = inTrace.filter((span) => span.name === NODE_SPAN).sort((a, b) => a.startMs - b.startMs);
  if (nodeSpans.length === 0) {
    throw new RunParseError(
      'run.no-spans',
      options.traceId === undefined
        ? 'No node.process span found: the trace holds no node execution.'
        : `No node.process span in trace "${options.traceId}".`,
    );
  }
  const workflowSpan = inTrace.find((span) => span.name === WORKFLOW_SPAN) ?? null;
  const startedAt = workflowSpan
    ? Math.min(workflowSpan.startMs, nodeSpans[0]!.startMs)
    : nodeSpans[0]!.startMs;
  const nodes = nodesFromSpans(nodeSpans, startedAt);
  const graph = readWorkflowGraph(options.workflow);
  if (graph) {
    for (const [nodeId, type] of graph.nodeTypes) nodes[nodeId] ??= notRunNode(nodeId, type);
  }
  const lastEnd = Math.max(...inTrace.map((span) => span.endMs)) - startedAt;
  const serverDurationMs = workflowSpan ? workflowSpan.endMs - workflowSpan.startMs : null;
  const status = workflowSpan ? spanRunStatus(workflowSpan) : 'incomplete';
  if (!workflowSpan) warnings.push('The trace has no workflow.run span, so how the job ended is unknown.');
  const jobId = findAttribute(inTrace, ['job.id', 'job_id', 'jobId']);
  const failedNode = Object.values(nodes).find((node) => node.status === 'error') ?? null;
  return {
    version: RUN_RECORD_VERSION,
    id: runRecordId(options.source, jobId ?? traceId, startedAt),
    source: options.source,
    workflowId: findAttribute(inTrace, ['workflow.id']),
    jobId,
    status,
    startedAt,
    lastMessageMs: lastEnd,
    serverDurationMs,
    serverStartMs: workflowSpan ? workflowSpan.startMs - startedAt : null,
    wallMs: serverDurationMs ?? lastEnd,
    // Span times are the server's own clock either way.
    wallFromServer: true,
    nodes,
    error:
      status === 'failed'
        ? {
            message: workflowSpan?.statusMessage ?? failedNode?.error ?? 'job failed',
            nodeId: failedNode?.nodeId ?? null,
          }
        : null,
    workflowVersion: computeWorkflowVersion(options.workflow),
    warnings,
  };
}

function chooseTrace(
  spans: readonly TraceSpan[],
  wanted: string | undefined,
  warnings: string[],
): string | null {
  if (wanted !== undefined) return wanted;
  const latest = new Map<string | null, number>();
  for (const span of spans) {
    if (span.name !== NODE_SPAN) continue;
    latest.set(span.traceId, Math.max(latest.get(span.traceId) ?? -Infinity, span.startMs));
  }
  let chosen: string | null = null;
  let best = -Infinity;
  for (const [traceId, start] of latest) {
    if (start > best) {
      best = start;
      chosen = traceId;
    }
  }
  if (latest.size > 1) {
    warnings.push(`The trace file holds ${latest.size} runs (trace ids); the latest, "${chosen}", was read.`);
  }
  return chosen;
}

function nodesFromSpans(nodeSpans: readonly TraceSpan[], startedAt: number): Record<string, NodeRun> {
  const nodes: Record<string, NodeRun> = {};
  for (const span of nodeSpans) {
    const nodeId = stringField(span.attributes, 'node.id')!;
    const failed = span.statusCode === 'ERROR';
    const execution: NodeExecution = {
      startMs: span.startMs - startedAt,
      endMs: span.endMs - startedAt,
      runningMs: span.startMs - startedAt,
      readyMs: null,
      status: failed ? 'error' : 'completed',
      flags: [],
    };
    const node = (nodes[nodeId] ??= {
      nodeId,
      nodeType: stringField(span.attributes, 'node.type'),
      status: 'completed',
      executions: [],
      totalMs: 0,
      trusted: true,
      flags: [],
      error: null,
      naiveMs: null,
    });
    node.executions.push(execution);
    node.totalMs = (node.totalMs ?? 0) + (span.endMs - span.startMs);
    node.naiveMs = execution.endMs! - node.executions[0]!.runningMs;
    if (failed) {
      node.status = 'error';
      node.error = span.statusMessage ?? 'error (no message)';
    }
  }
  return nodes;
}

function spanRunStatus(span: TraceSpan): RunRecord['status'] {
  if (span.statusCode === 'ERROR') return 'failed';
  return span.statusCode === 'OK' ? 'completed' : 'incomplete';
}

function findAttribute(spans: readonly TraceSpan[], keys: readonly string[]): string | null {
  for (const span of spans) {
    for (const key of keys) {
      const value = stringField(span.attributes, key);
      if (value !== null) return value;
    }
  }
  return null;
}
