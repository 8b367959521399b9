/**
 * NodeTool CLI debug bundles: `nodetool-debug/<job_id>-<timestamp>/server/messages.jsonl` and
 * `server/trace.jsonl`. messages.jsonl holds the run's processing messages, one message object per line
 * and no receive time (nodetool-ai/nodetool packages/cli/src/debug/server-runner.ts @
 * 22150d7501d2dccd52ff7bc320a7c198ba409300 returns the raw message stream for the bundle; the harness's
 * bundle reader documents "no per-frame timestamps, one ProcessingMessage per JSONL line"). trace.jsonl
 * is the span file of readTraceSpans.ts. So the times come from the spans; the messages add the job id,
 * the job's status and nodes that have no span.
 */
import { collectNodeEvents, type NodeEvent } from './collectNodeEvents';
import type { JobMessage } from './collectJobMessages';
import { readJobFacts } from './collectJobMessages';
import { deriveRunRecord, runRecordId } from './deriveRun';
import { toRecordingLine } from './parseRecording';
import { describeValue, isRecord, stringField, type JsonRecord } from './readFields';
import { NODE_SPAN, readTraceSpans } from './readTraceSpans';
import { spansToRunRecord } from './spansToRunRecord';
import { summarizeNodeRun } from './summarizeNodeRun';
import { checkTextSize } from './textSize';
import { RUN_RECORD_VERSION, RunParseError, type NodeRun, type RunRecord } from './types';
import { parseJsonLine } from './jsonLineError';

export interface DebugBundleFiles {
  /** Text of `server/messages.jsonl`. */
  messagesJsonl?: string;
  /** Text of `server/trace.jsonl`. */
  traceJsonl?: string;
}

/**
 * Read a debug bundle's files (the caller reads them from disk) into a record of source `debug-bundle`.
 * Span times win where a node has both spans and messages. Lines of messages.jsonl that are recording
 * lines (`{ recv_ms, msg }`, with the run_job request) are derived exactly like a recording.
 *
 * @throws RunParseError `run.empty`, `run.not-json` / `run.line-shape` (messages, with line),
 *   `run.trace-shape` (trace, with line), `run.other-job`, `run.no-spans` (a trace without node spans).
 */
export function parseDebugBundle(files: DebugBundleFiles): RunRecord {
  const messages = hasText(files.messagesJsonl) ? readMessageLines(files.messagesJsonl!) : [];
  const spans = hasText(files.traceJsonl) ? readTraceSpans(files.traceJsonl!) : [];
  if (messages.length === 0 && spans.length === 0) {
    throw new RunParseError(
      'run.empty',
      'The debug bundle has neither messages.jsonl nor trace.jsonl content.',
    );
  }
  if (messages.length > 0 && messages.every((m) => m.recorded) && spans.length === 0) {
    return deriveRunRecord(
      messages.map((m) => toRecordingLine(m.raw, m.line)),
      { source: 'debug-bundle' },
    );
  }
  const jobMessages = toJobMessages(messages);
  if (spans.some((span) => span.name === NODE_SPAN))
    return withMessages(spansToRunRecord(spans, { source: 'debug-bundle' }), jobMessages);
  return withMessages(timelessRecord(jobMessages), jobMessages);
}

interface MessageLine {
  line: number;
  raw: JsonRecord;
  /** A recording line `{ recv_ms, msg }` rather than a bare message. */
  recorded: boolean;
}

function hasText(text: string | undefined): boolean {
  return text !== undefined && text.trim() !== '';
}

function readMessageLines(text: string): MessageLine[] {
  checkTextSize(text);
  const out: MessageLine[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const parsed = parseJsonLine(
      lines[i]!,
      i + 1,
      'run.not-json',
      'not JSON; messages.jsonl has one message object per line.',
    );
    if (parsed === undefined) continue;
    if (!isRecord(parsed)) {
      throw new RunParseError(
        'run.line-shape',
        `expected a message object, got ${describeValue(parsed)}.`,
        i + 1,
      );
    }
    out.push({ line: i + 1, raw: parsed, recorded: 'recv_ms' in parsed && 'msg' in parsed });
  }
  return out;
}

/** Messages in file order; without receive times the order is the only clock (t = line number). */
function toJobMessages(lines: readonly MessageLine[]): JobMessage[] {
  let jobId: string | null = null;
  const out: JobMessage[] = [];
  for (const { line, raw, recorded } of lines) {
    const msg = recorded ? raw.msg : raw;
    if (!isRecord(msg)) continue;
    const id = stringField(msg, 'job_id');
    if (id !== null && msg.type === 'job_update') jobId ??= id;
    if (id !== null && jobId !== null && id !== jobId) {
      throw new RunParseError(
        'run.other-job',
        `a message of job "${id}" in the bundle of job "${jobId}".`,
        line,
      );
    }
    out.push({ t: line, line, msg });
  }
  return out;
}

/** Messages without times: statuses only; every node time unknown. */
function timelessRecord(messages: readonly JobMessage[]): RunRecord {
  const jobId = firstJobId(messages);
  return {
    version: RUN_RECORD_VERSION,
    id: runRecordId('debug-bundle', jobId, 0),
    source: 'debug-bundle',
    workflowId: firstString(messages, 'workflow_id'),
    jobId,
    status: 'incomplete',
    startedAt: 0,
    lastMessageMs: null,
    serverDurationMs: null,
    serverStartMs: null,
    wallMs: null,
    wallFromServer: false,
    nodes: {},
    error: null,
    workflowVersion: null,
    warnings: [
      'The bundle has no trace spans and messages.jsonl carries no receive times, so no node time is known; ' +
        'run the debug command with tracing on (it writes server/trace.jsonl).',
    ],
  };
}

/** Add what only the messages know: job id and status, server duration, nodes without spans. */
function withMessages(record: RunRecord, messages: readonly JobMessage[]): RunRecord {
  if (messages.length === 0) return record;
  const facts = readJobFacts(messages);
  record.jobId ??= firstJobId(messages);
  record.workflowId ??= firstString(messages, 'workflow_id');
  if (facts.status !== 'incomplete') record.status = facts.status;
  if (record.serverDurationMs === null && facts.serverDurationMs !== null) {
    record.serverDurationMs = facts.serverDurationMs;
    record.wallMs = facts.serverDurationMs;
    record.wallFromServer = true;
  }
  if (facts.status === 'failed' && record.error === null) {
    record.error = { message: facts.error ?? 'job failed', nodeId: null };
  }
  const events = collectNodeEvents(messages);
  for (const [nodeId, node] of events.nodes) {
    if (record.nodes[nodeId]) continue;
    record.nodes[nodeId] = timelessNode(nodeId, node.nodeType, node.events);
  }
  if (record.error && record.error.nodeId === null) {
    record.error.nodeId = Object.values(record.nodes).find((n) => n.status === 'error')?.nodeId ?? null;
  }
  return record;
}

/** A node known only from messages: its status, no execution time. */
function timelessNode(nodeId: string, nodeType: string | null, events: readonly NodeEvent[]): NodeRun {
  const kinds = events.map((e) => e.kind);
  const node = summarizeNodeRun(nodeId, nodeType, [], events, true);
  node.naiveMs = null;
  if (kinds.includes('error')) {
    node.status = 'error';
    node.error = events.find((e) => e.kind === 'error')?.error ?? null;
  } else if (kinds.includes('completed')) {
    node.status = 'completed';
    node.flags = [];
  }
  return node;
}

function firstJobId(messages: readonly JobMessage[]): string | null {
  for (const { msg } of messages)
    if (msg.type === 'job_update' && typeof msg.job_id === 'string') return msg.job_id;
  return firstString(messages, 'job_id');
}

function firstString(messages: readonly JobMessage[], key: string): string | null {
  for (const { msg } of messages) {
    const value = stringField(msg, key);
    if (value !== null) return value;
  }
  return null;
}
