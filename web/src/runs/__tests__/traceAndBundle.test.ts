/** Trace file, debug bundle and content-detecting import, on the hand-written fixtures (see their README). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { detectRunFileKind, importRunText, parseDebugBundle, parseTraceFile, RunParseError } from '..';
import { loadRecording } from './loadRecordings';

/** A deep copy (jsdom has no structuredClone). */
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const fixture = (path: string) => readFileSync(resolve(__dirname, '../__fixtures__', path), 'utf8');
const BUNDLE = 'debug-bundle/59c58c07b1d241c6bcb45ad503f7cf4b-20261206T170000/server';

describe('parseTraceFile', () => {
  it('makes one execution per node.process span, its own duration being the work', () => {
    const record = parseTraceFile(fixture('trace/diamond.trace.jsonl'));
    expect(record.source).toBe('trace');
    expect(record.status).toBe('completed');
    expect(record.workflowId).toBe('corpus-02-diamond');
    expect(record.wallMs).toBe(812);
    expect(record.wallFromServer).toBe(true);
    const { left, right, out } = record.nodes;
    expect(left!.totalMs).toBe(402);
    expect(right!.totalMs).toBe(801);
    expect(left!.executions).toHaveLength(1);
    expect(out!.nodeType).toBe('nodetool.output.Output');
    // Server clock: no stall or delay flag applies.
    expect(Object.values(record.nodes).every((n) => n.trusted && n.flags.length === 0)).toBe(true);
  });

  it('reads a failed run: the erroring node and the job error', () => {
    const record = parseTraceFile(fixture('trace/error.trace.jsonl'));
    expect(record.status).toBe('failed');
    expect(record.nodes.bad!.status).toBe('error');
    expect(record.nodes.bad!.error).toContain('intentional failure');
    expect(record.error).toEqual({ message: 'study.Fail: intentional failure for corpus', nodeId: 'bad' });
  });

  it('reads the latest run of an appended file, or the one asked for, and says so', () => {
    const text = fixture('trace/two-runs.trace.jsonl');
    const latest = parseTraceFile(text);
    const first = parseTraceFile(text, { traceId: '11111111111111111111111111111111' });
    expect(latest.startedAt - first.startedAt).toBe(60000);
    expect(latest.warnings.join(' ')).toContain('2 runs');
    expect(latest.id).not.toBe(first.id);
  });

  it('adds the workflow: silent nodes are not-run, and the version is known', () => {
    const workflow = loadRecording('02-diamond').workflow as { graph: { nodes: unknown[] } };
    const withExtra = clone(workflow);
    withExtra.graph.nodes.push({ id: 'extra', type: 'study.Sleep', data: { seconds: 1 } });
    const record = parseTraceFile(fixture('trace/diamond.trace.jsonl'), { workflow: withExtra });
    expect(record.nodes.extra!.status).toBe('not-run');
    expect(record.workflowVersion).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('parseDebugBundle', () => {
  const messagesJsonl = fixture(`${BUNDLE}/messages.jsonl`);
  const traceJsonl = fixture(`${BUNDLE}/trace.jsonl`);

  it('takes times from the spans and the job id, status and duration from the messages', () => {
    const record = parseDebugBundle({ messagesJsonl, traceJsonl });
    expect(record.source).toBe('debug-bundle');
    expect(record.jobId).toBe('59c58c07b1d241c6bcb45ad503f7cf4b');
    expect(record.status).toBe('completed');
    expect(record.nodes.right!.totalMs).toBe(801);
  });

  it('without spans keeps statuses but invents no time, and says why', () => {
    const record = parseDebugBundle({ messagesJsonl });
    expect(record.status).toBe('completed');
    expect(record.serverDurationMs).toBeCloseTo(832.5, 1);
    expect(Object.values(record.nodes).map((n) => [n.status, n.totalMs, n.trusted])).toEqual(
      Array(5).fill(['completed', null, false]),
    );
    expect(record.warnings.join(' ')).toContain('no node time is known');
  });

  it('derives recording-shaped messages like a recording', () => {
    const record = parseDebugBundle({ messagesJsonl: loadRecording('02-diamond').text });
    expect(record.source).toBe('debug-bundle');
    expect(record.nodes.left!.totalMs).toBeGreaterThan(370);
  });

  it('rejects a message of another job with its line', () => {
    const other = messagesJsonl.replace(
      /("job_id":\s*")59c58c07b1d241c6bcb45ad503f7cf4b(".*\n)$/,
      '$1other$2',
    );
    const lines = messagesJsonl.trimEnd().split('\n').length;
    expect(() => parseDebugBundle({ messagesJsonl: other })).toThrow(
      expect.objectContaining({ code: 'run.other-job', line: lines }),
    );
  });
});

describe('importRunText', () => {
  it("recognises each kind by content and keeps a recording's text for export", () => {
    const recording = loadRecording('02-diamond').text;
    expect(importRunText(recording)).toEqual(expect.objectContaining({ recording }));
    expect(importRunText(recording).record.source).toBe('recording');
    expect(importRunText(fixture('trace/diamond.trace.jsonl'))).toEqual(
      expect.objectContaining({ recording: null, record: expect.objectContaining({ source: 'trace' }) }),
    );
    expect(importRunText(fixture(`${BUNDLE}/messages.jsonl`)).record.source).toBe('debug-bundle');
  });

  it('is not fooled by one odd first line: every line votes', () => {
    const trace = fixture('trace/diamond.trace.jsonl');
    const oddFirst = `${JSON.stringify({ recv_ms: 1, msg: {} })}\n${trace}`;
    expect(detectRunFileKind(oddFirst)).toBe('trace');
    const recording = loadRecording('01-linear').text;
    const spanFirst = `${trace.split('\n')[0]}\n${recording}`;
    expect(detectRunFileKind(spanFirst)).toBe('recording');
    // The chosen parser then reports the odd line precisely.
    expect(() => importRunText(spanFirst)).toThrow(
      expect.objectContaining({ code: 'run.line-shape', line: 1 }),
    );
  });

  it('names the file in errors', () => {
    try {
      importRunText('{"recv_ms": 1, "msg": {}}\n{oops', 'run.jsonl');
      throw new Error('no error');
    } catch (error) {
      expect(error).toBeInstanceOf(RunParseError);
      expect((error as RunParseError).message).toMatch(
        /^run\.not-json: line 2, column 2: run\.jsonl: not JSON \(/,
      );
      // The file's text is not echoed (it may be large or hold terminal escapes).
      expect((error as RunParseError).message).not.toContain('oops');
    }
  });

  it('detects an array document as a recording', () => {
    expect(detectRunFileKind('  [ ]')).toBe('recording');
    expect(() => detectRunFileKind('   ')).toThrow(expect.objectContaining({ code: 'run.empty' }));
  });
});
