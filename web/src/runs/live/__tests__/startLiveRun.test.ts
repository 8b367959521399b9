/** @jest-environment node */
import { createServer } from 'node:net';
import { WebSocket } from 'ws';
import { startReplayServer, type ReplayServer } from '../../../../../scripts/replay/replayServer';
import type { RecordingLine } from '../../types';
import { startLiveRun } from '../startLiveRun';
import type { LiveRunEvent, LiveRunOptions } from '../types';
import {
  expectedServerLines,
  fieldsOf,
  FIXTURES_DIR,
  getRecording,
  readNodeSequences,
  readOffsets,
  readRunJobOf,
} from './replayFixtures';

jest.setTimeout(15_000);

const servers: ReplayServer[] = [];
async function serve(options: Parameters<typeof startReplayServer>[0]) {
  const server = await startReplayServer(options);
  servers.push(server);
  return server;
}
afterAll(() => Promise.all(servers.map((server) => server.close())));

function runRecording(url: string, name: string, extra: Partial<LiveRunOptions> = {}) {
  const { graph, workflowId } = readRunJobOf(getRecording(name));
  const events: LiveRunEvent[] = [];
  const run = startLiveRun({
    url,
    graph,
    workflowId,
    WebSocket,
    format: 'json',
    onEvent: (e) => events.push(e),
    ...extra,
  });
  return { run, events };
}

const received = (lines: RecordingLine[]) => lines.filter((line) => !line.sent);
const stripJob = (lines: RecordingLine[], jobId: string) =>
  JSON.parse(
    JSON.stringify(lines.map((line) => line.msg))
      .split(jobId)
      .join('JOB'),
  );

/** The client received exactly the recording's server messages, job id and workflow id rewritten. */
function expectReplayOf(name: string, lines: RecordingLine[], jobId: string | null, workflowId?: string) {
  const original = getRecording(name);
  const expected = expectedServerLines(original);
  const originalJob = String(expected.map(fieldsOf).find((msg) => msg.type === 'job_update')?.job_id);
  expect(jobId).toMatch(/^[0-9a-f]{32}$/);
  expect(jobId).not.toBe(originalJob);
  expect(JSON.stringify(lines).includes(originalJob)).toBe(false);
  let wanted = stripJob(expected, originalJob);
  if (workflowId !== undefined) {
    const originalWorkflow = readRunJobOf(original).workflowId;
    wanted = JSON.parse(JSON.stringify(wanted).split(`"${originalWorkflow}"`).join(`"${workflowId}"`));
  }
  expect(stripJob(received(lines), jobId!)).toEqual(wanted);
  expect(readNodeSequences(lines)).toEqual(readNodeSequences(expected));
}

/**
 * The replay keeps the recording's timing. Offsets are compared after the first message, because every message
 * is late by the same start-up latency (client send → server handling run_job), which on a loaded machine can
 * reach 100 ms without the replay being wrong. Generous bounds: the typical message within 30 ms, none off by
 * more than 250 ms, and the whole span at least 80 % of the recording's (nothing sent all at once; a late first
 * message on a loaded machine shortens the span a little, and once missed a tighter bound by 4 ms).
 */
function expectTimingOf(name: string, lines: RecordingLine[], speed: number) {
  const expected = readOffsets([getRecording(name).lines[0]!, ...expectedServerLines(getRecording(name))]);
  const actual = readOffsets(lines);
  expect(actual).toHaveLength(expected.length);
  const shift = (offsets: number[], scale: number) => offsets.map((offset) => (offset - offsets[0]!) / scale);
  const [got, wanted] = [shift(actual, 1), shift(expected, speed)];
  const deviations = got.map((offset, index) => Math.abs(offset - wanted[index]!)).sort((a, b) => a - b);
  expect(deviations[Math.floor(deviations.length / 2)]).toBeLessThan(30);
  expect(deviations.at(-1)).toBeLessThan(250);
  expect(got.at(-1)!).toBeGreaterThan(wanted.at(-1)! * 0.8 - 30);
  expect(actual[0]).toBeLessThan(expected[0]! / speed + 500);
}

describe('startLiveRun against the replay server', () => {
  let url: string;
  beforeAll(async () => {
    url = (await serve({ recordings: FIXTURES_DIR, speed: 8 })).url;
  });

  it('records a completed run (02-diamond) at the original speed with the original timing', async () => {
    const slow = await serve({ recordings: FIXTURES_DIR, speed: 1 });
    const { run, events } = runRecording(slow.url, '02-diamond');
    const result = await run.done;
    expect(result.status).toBe('completed');
    expect(result.error).toBeNull();
    expectReplayOf('02-diamond', result.lines, result.jobId);
    expectTimingOf('02-diamond', result.lines, 1);
    expect(result.lines[0]).toMatchObject({ sent: true, frame: 'text', msg: { command: 'run_job' } });
    expect(events).toContainEqual({ type: 'job', status: 'completed', jobId: result.jobId });
    expect(events).toContainEqual({ type: 'node', nodeId: 'right', status: 'completed' });
    expect(
      events.filter((e) => e.type === 'connection').map((e) => e.type === 'connection' && e.state),
    ).toEqual(['connecting', 'open', 'closed']);
  });

  it('sends run_job as the recordings do (line 1), with the graph unchanged', async () => {
    const recorded = fieldsOf(getRecording('01-linear').lines[0]!) as { data: Record<string, unknown> };
    // The recording's client also sent an api_url and its own job id, which the server ignores.
    const { api_url: _apiUrl, job_id: _jobId, ...data } = recorded.data;
    const result = await runRecording(url, '01-linear').run.done;
    expect(result.lines[0]!.msg).toEqual({ ...recorded, data: { ...data, execution_strategy: 'threaded' } });
    expectReplayOf('01-linear', result.lines, result.jobId);
    expectTimingOf('01-linear', result.lines, 8);
  });

  it('matches by nodes when the workflow id differs, rewriting workflow_id (04a-stream)', async () => {
    const result = await runRecording(url, '04a-stream', { workflowId: 'my-own-id' }).run.done;
    expect(result.status).toBe('completed');
    expectReplayOf('04a-stream', result.lines, result.jobId, 'my-own-id');
    // The per-item Sleep ran four times: running, running, completed per item.
    expect(readNodeSequences(result.lines)['work']).toEqual(
      Array(4).fill(['running', 'running', 'completed']).flat(),
    );
  });

  it('resolves a failed run with the server error and the node error event (05-error)', async () => {
    const { run, events } = runRecording(url, '05-error');
    const result = await run.done;
    expect(result.status).toBe('failed');
    const failure = received(result.lines)
      .map(fieldsOf)
      .find((msg) => msg.type === 'job_update' && msg.status === 'failed');
    expect(result.error).toBe(failure?.error);
    expect(result.error).toEqual(expect.any(String));
    expect(events.some((e) => e.type === 'node' && e.status === 'error' && typeof e.error === 'string')).toBe(
      true,
    );
    expectReplayOf('05-error', result.lines, result.jobId);
  });

  it('speaks msgpack when the client does, recording binary frames (08a-msgpack-diamond)', async () => {
    const only = await serve({ recordings: [getRecording('08a-msgpack-diamond')], speed: 8 });
    const result = await runRecording(only.url, '08a-msgpack-diamond', { format: 'msgpack' }).run.done;
    expect(result.status).toBe('completed');
    expect(result.lines.every((line) => line.frame === 'binary')).toBe(true);
    expectReplayOf('08a-msgpack-diamond', result.lines, result.jobId);
    expectTimingOf('08a-msgpack-diamond', result.lines, 8);
  });

  it('answers JSON with text frames even for a recording made over msgpack', async () => {
    const only = await serve({ recordings: [getRecording('08a-msgpack-diamond')], speed: 8 });
    const result = await runRecording(only.url, '08a-msgpack-diamond', { format: 'json' }).run.done;
    expect(result.lines.every((line) => line.frame === 'text')).toBe(true);
    expectReplayOf('08a-msgpack-diamond', result.lines, result.jobId);
  });

  it('cancels while the sleep runs: cancel_job, then reconnect_job confirms cancelled (06a-cancel)', async () => {
    const slower = await serve({ recordings: FIXTURES_DIR, speed: 4 });
    let cancel = () => undefined as void;
    const { run } = runRecording(slower.url, '06a-cancel', {
      onEvent: (event) => {
        if (event.type === 'node' && event.nodeId === 'b' && event.status === 'running') cancel();
      },
    });
    cancel = run.cancel;
    const result = await run.done;
    expect(result.status).toBe('cancelled');
    const sent = result.lines.filter((line) => line.sent).map((line) => fieldsOf(line).command);
    expect(sent).toEqual(['run_job', 'cancel_job', 'reconnect_job']);
    const after = received(result.lines).slice(
      received(result.lines).findIndex((line) => fieldsOf(line).message === 'Job cancellation requested'),
    );
    expect(after.map(fieldsOf)).toEqual([
      { message: 'Job cancellation requested', job_id: result.jobId, workflow_id: 'corpus-06-cancel' },
      {
        message: `Reconnecting to job ${result.jobId}`,
        job_id: result.jobId,
        workflow_id: 'corpus-06-cancel',
      },
      expect.objectContaining({ type: 'job_update', status: 'cancelled', job_id: result.jobId }),
    ]);
    // The recording sends b's two `running` updates 0.1 ms apart; a loaded machine may handle the cancel
    // between them. What matters: b was running and never completed.
    const b = readNodeSequences(result.lines)['b'] ?? [];
    expect(b.length).toBeGreaterThanOrEqual(1);
    expect(b.every((status) => status === 'running')).toBe(true);
  });

  it('ends incomplete with live.timeout when the job never reports an end', async () => {
    const result = await runRecording(url, '06a-cancel', { timeoutMs: 400 }).run.done;
    expect(result.status).toBe('incomplete');
    expect(result.error).toMatch(/^live\.timeout: /);
    expect(result.jobId).not.toBeNull();
  });

  it('ends incomplete with live.closed, keeping what was recorded, when the server goes away', async () => {
    const doomed = await startReplayServer({ recordings: FIXTURES_DIR, speed: 1 });
    const { run } = runRecording(doomed.url, '02-diamond', {
      onEvent: (event) => {
        if (event.type === 'node' && event.nodeId === 'left' && event.status === 'running')
          void doomed.close();
      },
    });
    const result = await run.done;
    expect(result.status).toBe('incomplete');
    expect(result.error).toMatch(/^live\.closed: /);
    expect(readNodeSequences(result.lines)['left']).toContain('running');
  });

  it('a graph no recording matches fails like a server that cannot start the job', async () => {
    const graph = { nodes: [{ id: 'x', type: 'unknown.Node', data: {} }], edges: [] };
    const result = await startLiveRun({ url, graph, workflowId: 'nothing-like-it', WebSocket }).done;
    expect(result.status).toBe('failed');
    expect(result.error).toMatch(/no recording matches workflow_id "nothing-like-it"/);
  });
});

describe('startLiveRun without a server', () => {
  async function findClosedPort(): Promise<number> {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as { port: number };
    await new Promise((resolve) => probe.close(resolve));
    return port;
  }

  it('rejects quickly with live.unreachable and says how to start NodeTool', async () => {
    const url = `ws://127.0.0.1:${await findClosedPort()}/ws`;
    const started = Date.now();
    const graph = { nodes: [], edges: [] };
    const error = await startLiveRun({ url, graph, workflowId: 'w', WebSocket }).done.catch(
      (e: unknown) => e,
    );
    expect(Date.now() - started).toBeLessThan(3000);
    expect(error).toMatchObject({ code: 'live.unreachable' });
    expect((error as Error).message).toContain(`no NodeTool server answered at ${url}`);
    expect((error as Error).message).toContain('nodetool serve');
    expect((error as Error).message).toContain('ws://127.0.0.1:7777/ws');
  });

  it.each(['http://127.0.0.1:7777/ws', 'not a url'])('rejects %s with live.bad-url', async (url) => {
    const run = startLiveRun({ url, graph: { nodes: [], edges: [] }, workflowId: 'w', WebSocket });
    await expect(run.done).rejects.toMatchObject({ code: 'live.bad-url' });
  });
});
