/** Every RunParseError code, raised where the brief says, naming the right line. */
import {
  deriveRunRecord,
  parseDebugBundle,
  parseRecordingText,
  parseTraceFile,
  RunParseError,
  type RunErrorCode,
} from '..';
import { loadRecording } from './loadRecordings';

function caught(fn: () => unknown): RunParseError {
  try {
    fn();
  } catch (error) {
    if (error instanceof RunParseError) return error;
    throw error;
  }
  throw new Error('expected a RunParseError');
}

function expectCode(fn: () => unknown, code: RunErrorCode, line: number | null) {
  const error = caught(fn);
  expect([error.code, error.line]).toEqual([code, line]);
  return error;
}

const runJob = JSON.stringify({
  sent: true,
  recv_ms: 1000,
  msg: { command: 'run_job', data: { workflow_id: 'w' } },
});
const jobUpdate = (jobId: string, t: number) =>
  JSON.stringify({ recv_ms: t, msg: { type: 'job_update', status: 'running', job_id: jobId } });
const nodeUpdate = (jobId: string, t: number) =>
  JSON.stringify({
    recv_ms: t,
    msg: { type: 'node_update', node_id: 'a', status: 'running', job_id: jobId },
  });

describe('parseRecordingText errors', () => {
  it('run.empty for empty or blank text and an empty array', () => {
    expectCode(() => parseRecordingText(''), 'run.empty', null);
    expectCode(() => parseRecordingText(' \n\n\t\n'), 'run.empty', null);
    expectCode(() => parseRecordingText('[]'), 'run.empty', null);
  });

  it('run.not-json names the 1-based line, counting blank lines', () => {
    const error = expectCode(
      () => parseRecordingText(`${runJob}\n\n{"recv_ms": 1, "msg":`),
      'run.not-json',
      3,
    );
    expect(error.message).toContain('line 3');
    expectCode(() => parseRecordingText('[{"recv_ms": 1, "msg": {}'), 'run.not-json', 1);
  });

  it('run.not-json gives the column of the syntax error, never a byte position', () => {
    const line = caught(() =>
      parseRecordingText(`${runJob}
  {"recv_ms": 1, "msg": {,}}`),
    );
    expect([line.line, line.column]).toEqual([2, 26]);
    expect(line.message).toMatch(/^run\.not-json: line 2, column 26: not JSON/);
    expect(line.message).not.toMatch(/position/);
    // An array document: the line and column within the whole file.
    const array = caught(() => parseRecordingText('[{"recv_ms": 1,\n  "msg": {]'));
    expect([array.line, array.column]).toEqual([2, 11]);
    const trace = caught(() => parseTraceFile('{"name": x}'));
    expect([trace.line, trace.column]).toEqual([1, 10]);
    const bundle = caught(() => parseDebugBundle({ messagesJsonl: '{"type":"job_update"}\n\t{"a" 1}' }));
    expect([bundle.line, bundle.column]).toEqual([2, 7]);
  });

  it.each([
    ['not an object', '42'],
    ['recv_ms missing', '{"msg": {}}'],
    ['recv_ms a string', '{"recv_ms": "1", "msg": {}}'],
    ['msg missing', '{"recv_ms": 1}'],
    ['sent not boolean', '{"recv_ms": 1, "msg": {}, "sent": "yes"}'],
    ['frame unknown', '{"recv_ms": 1, "msg": {}, "frame": "blob"}'],
  ])('run.line-shape when %s (line 2)', (_label, bad) => {
    expectCode(() => parseRecordingText(`${runJob}\n${bad}\n`), 'run.line-shape', 2);
  });

  it('run.line-shape in an array document names the entry position', () => {
    expectCode(() => parseRecordingText(`[${runJob}, {"recv_ms": null, "msg": 1}]`), 'run.line-shape', 2);
  });

  it('run.too-large over maxBytes, counting UTF-8 bytes', () => {
    expectCode(() => parseRecordingText(runJob, { maxBytes: 10 }), 'run.too-large', null);
    // 20 characters of 3 bytes each = 60 bytes.
    expectCode(() => parseRecordingText('€'.repeat(20), { maxBytes: 59 }), 'run.too-large', null);
    expect(parseRecordingText(runJob, { maxBytes: runJob.length })).toHaveLength(1);
  });
});

describe('deriveRunRecord errors', () => {
  it('run.no-run-job when the client sent no run_job', () => {
    const text = loadRecording('02-diamond').text.split('\n').slice(1).join('\n');
    expectCode(() => deriveRunRecord(parseRecordingText(text)), 'run.no-run-job', null);
  });

  it('run.no-job when the server never sent a job_update', () => {
    expectCode(
      () => deriveRunRecord(parseRecordingText(`${runJob}\n${nodeUpdate('j1', 1010)}`)),
      'run.no-job',
      null,
    );
    expectCode(() => deriveRunRecord(parseRecordingText(runJob)), 'run.no-job', null);
  });

  it('run.other-job names the line of the first message of another job', () => {
    const text = [runJob, jobUpdate('j1', 1010), nodeUpdate('j1', 1020), nodeUpdate('j2', 1030)].join('\n');
    const error = expectCode(() => deriveRunRecord(parseRecordingText(text)), 'run.other-job', 4);
    expect(error.message).toContain('j2');
  });

  it('ignores the job id the client sent (the server uses its own)', () => {
    const text = loadRecording('02-diamond').text;
    const record = deriveRunRecord(parseRecordingText(text));
    expect(record.jobId).toBe('59c58c07b1d241c6bcb45ad503f7cf4b');
  });
});

describe('trace and bundle errors', () => {
  const span = (extra: Record<string, unknown>) =>
    JSON.stringify({
      name: 'node.process',
      start_time_ms: 1,
      end_time_ms: 2,
      attributes: { 'node.id': 'a' },
      ...extra,
    });

  it.each([
    ['not JSON', '{"name":'],
    ['not an object', '[1]'],
    ['no name', JSON.stringify({ start_time_ms: 1, end_time_ms: 2 })],
    ['no start', span({ start_time_ms: undefined })],
    ['end before start', span({ end_time_ms: 0 })],
    ['node span without node.id', span({ attributes: {} })],
    ['status not an object', span({ status: 'OK' })],
  ])('run.trace-shape when %s (line 3)', (_label, bad) => {
    expectCode(() => parseTraceFile(`${span({})}\n\n${bad}\n`), 'run.trace-shape', 3);
  });

  it('run.no-spans without any node.process span, run.empty for an empty file', () => {
    const other = JSON.stringify({ name: 'llm.chat', start_time_ms: 1, end_time_ms: 2, trace_id: 't' });
    expectCode(() => parseTraceFile(other), 'run.no-spans', null);
    expectCode(() => parseTraceFile('\n'), 'run.empty', null);
  });

  it('debug bundle: run.empty without content, run.not-json / run.line-shape with the line', () => {
    expectCode(() => parseDebugBundle({}), 'run.empty', null);
    expectCode(() => parseDebugBundle({ messagesJsonl: '{"type":"job_update"}\nnope' }), 'run.not-json', 2);
    expectCode(() => parseDebugBundle({ messagesJsonl: '\n"text"' }), 'run.line-shape', 2);
  });
});

describe('receive times out of any clock’s range', () => {
  it.each([-1, 1e15, 1e308])('refuses recv_ms %p with its line', (recv) => {
    const text = `{"recv_ms": 1, "sent": true, "msg": {"command": "run_job", "data": {}}}\n{"recv_ms": ${recv}, "msg": {}}\n`;
    expect(() => parseRecordingText(text)).toThrow(
      /run\.line-shape: line 2: "recv_ms" must be a time in epoch milliseconds/,
    );
  });
});

describe('a server duration no job has', () => {
  it('is ignored: the wall time comes from receive times, and stays finite', () => {
    const text = loadRecording('02-diamond').text.replace('"duration":0.832503080368042', '"duration":1e308');
    const record = deriveRunRecord(parseRecordingText(text));
    expect(record.serverDurationMs).toBeNull();
    expect(record.wallFromServer).toBe(false);
    expect(Number.isFinite(record.wallMs)).toBe(true);
    expect(record.status).toBe('completed');
  });
});
