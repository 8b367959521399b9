/** Single derivation rules on real recordings, each changed in the one way the rule is about. */
import { deriveRunRecord, parseRecordingText, serializeRecording, type RecordingLine } from '..';
import { loadRecording } from './loadRecordings';

const lines = (name: string) => parseRecordingText(loadRecording(name).text);
const derive = (name: string) => deriveRunRecord(lines(name));

describe('deriveRunRecord rules', () => {
  it('cancelled only when the server confirms it (reconnect_job answers cancelled)', () => {
    const cancel = lines('06a-cancel');
    expect(deriveRunRecord(cancel).status).toBe('incomplete');
    const last = cancel[cancel.length - 1]!.recv_ms;
    const jobId = deriveRunRecord(cancel).jobId;
    const confirmed: RecordingLine[] = [
      ...cancel,
      { sent: true, recv_ms: last + 10, msg: { command: 'reconnect_job', data: { job_id: jobId } } },
      { recv_ms: last + 20, msg: { type: 'job_update', status: 'cancelled', job_id: jobId } },
    ];
    const record = deriveRunRecord(confirmed);
    expect(record.status).toBe('cancelled');
    expect(record.nodes.b!.status).toBe('unfinished');
    expect(record.nodes.b!.totalMs).toBeNull();
  });

  it('wall time is the server duration when reported, else last message − start', () => {
    const completed = derive('02-diamond');
    expect(completed.wallFromServer).toBe(true);
    expect(completed.wallMs).toBeCloseTo(832.503, 2);
    const failed = derive('05-error');
    expect(failed.wallFromServer).toBe(false);
    expect(failed.wallMs).toBe(failed.lastMessageMs);
    expect(failed.serverStartMs).toBeCloseTo(33.57, 1);
    expect(failed.error).toEqual({ message: 'study.Fail: intentional failure for corpus', nodeId: 'bad' });
  });

  it('warns that JSON mode drops byte messages, and not for msgpack runs', () => {
    const realNodes = derive('10-realnodes');
    expect(realNodes.warnings.join(' ')).toMatch(/noise, blur.*JSON mode drops messages.*msgpack/);
    expect(realNodes.nodes.noise!.flags).toEqual(['unfinished']);
    expect(derive('08a-msgpack-diamond').warnings).toEqual([]);
  });

  it('without any graph, flags every execution no-ready-time; the workflow option supplies it', () => {
    const recording = loadRecording('02-diamond');
    const withoutGraph = lines('02-diamond').map((line, i) =>
      i === 0 ? { ...line, msg: { command: 'run_job', data: { workflow_id: 'corpus-02-diamond' } } } : line,
    );
    const blind = deriveRunRecord(withoutGraph);
    expect(blind.workflowVersion).toBeNull();
    expect(blind.warnings.join(' ')).toContain('graph is unknown');
    expect(Object.values(blind.nodes).every((n) => n.flags.includes('no-ready-time'))).toBe(true);
    const given = deriveRunRecord(withoutGraph, { workflow: recording.workflow });
    expect(given.nodes.out!.totalMs).toBeCloseTo(derive('02-diamond').nodes.out!.totalMs!, 6);
    expect(given.workflowVersion).toBe(derive('02-diamond').workflowVersion);
  });

  it('an Output with no input ever (downstream of a failure) is flagged no-ready-time', () => {
    const out = derive('05-error').nodes.out!;
    expect(out.status).toBe('completed');
    expect(out.flags).toEqual(['no-ready-time']);
    expect(out.trusted).toBe(false);
  });

  it('per-item executions start when the previous one ended or the item arrived, whichever is later', () => {
    const work = derive('04a-stream').nodes.work!;
    expect(work.executions).toHaveLength(4);
    for (let k = 1; k < 4; k++) {
      const [prev, cur] = [work.executions[k - 1]!, work.executions[k]!];
      expect(cur.readyMs).toBeGreaterThanOrEqual(prev.endMs!);
      expect(cur.startMs).toBeGreaterThanOrEqual(cur.readyMs!);
    }
  });

  it('the id is stable for the same run and differs by source', () => {
    const text = serializeRecording(lines('01-linear'));
    const a = deriveRunRecord(parseRecordingText(text));
    const b = deriveRunRecord(parseRecordingText(text));
    expect(a.id).toBe(b.id);
    expect(a.id).toMatch(/^run-[0-9a-f]{16}$/);
    expect(deriveRunRecord(parseRecordingText(text), { source: 'live' }).id).not.toBe(a.id);
  });
});
