/** @jest-environment node */
import { pack, unpack } from 'msgpackr';
import { WebSocket, WebSocketServer } from 'ws';
import { startReplayServer, type ReplayServer } from '../../../../../scripts/replay/replayServer';
import { startLiveRun } from '../startLiveRun';
import { fieldsOf, getRecording, readRunJobOf } from './replayFixtures';

let replay: ReplayServer;
beforeAll(async () => {
  replay = await startReplayServer({
    recordings: [getRecording('06a-cancel'), getRecording('01-linear')],
    speed: 4,
  });
});
afterAll(() => replay.close());

const commandsOf = (lines: { sent?: boolean; msg: unknown }[]) =>
  lines.filter((line) => line.sent).map((line) => (line.msg as { command: string }).command);

describe('cancelling a live run', () => {
  it('a cancel before the job id is known waits for it, then cancels (msgpack)', async () => {
    const { graph, workflowId } = readRunJobOf(getRecording('06a-cancel'));
    const run = startLiveRun({ url: replay.url, graph, workflowId, WebSocket });
    run.cancel();
    const result = await run.done;
    expect(result.status).toBe('cancelled');
    expect(commandsOf(result.lines)).toEqual(['run_job', 'cancel_job', 'reconnect_job']);
    expect(result.lines.find((line) => fieldsOf(line).command === 'cancel_job')?.msg).toEqual({
      command: 'cancel_job',
      data: { job_id: result.jobId, workflow_id: workflowId },
    });
  });

  it('a cancel after the job ended changes nothing', async () => {
    const { graph, workflowId } = readRunJobOf(getRecording('01-linear'));
    const run = startLiveRun({
      url: replay.url,
      graph,
      workflowId,
      WebSocket,
      onEvent: (event) => event.type === 'job' && event.status === 'completed' && run.cancel(),
    });
    const result = await run.done;
    expect(result.status).toBe('completed');
    expect(commandsOf(result.lines)).toEqual(['run_job']);
  });

  const scripted: WebSocketServer[] = [];
  afterAll(() => scripted.forEach((server) => server.close()));

  /** A scripted server: answers run_job with a running job j1, and reconnect_job with `answers` in turn. */
  async function startScriptedServer(answers: string[]): Promise<string> {
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    server.on('connection', (socket) =>
      socket.on('message', (data, isBinary) => {
        const { command } = (isBinary ? unpack(data as Buffer) : JSON.parse(String(data))) as {
          command: string;
        };
        const reply = (msg: unknown) => socket.send(isBinary ? pack(msg) : JSON.stringify(msg));
        if (command === 'run_job') reply({ type: 'job_update', status: 'running', job_id: 'j1' });
        if (command !== 'reconnect_job' || answers.length === 0) return;
        reply({ message: 'Reconnecting to job j1', job_id: 'j1', workflow_id: 'w' });
        reply({ type: 'job_update', status: answers.shift(), job_id: 'j1' });
      }),
    );
    await new Promise((resolve) => server.once('listening', resolve));
    scripted.push(server);
    return `ws://127.0.0.1:${(server.address() as { port: number }).port}`;
  }
  const startEmptyRun = (url: string) => {
    const run = startLiveRun({
      url,
      graph: { nodes: [], edges: [] },
      workflowId: 'w',
      WebSocket,
      cancelTimeoutMs: 1500,
      onEvent: (event) => event.type === 'job' && run.cancel(),
    });
    return run;
  };

  it('asks again while the server still reports the cancelled job running', async () => {
    const result = await startEmptyRun(await startScriptedServer(['running', 'running', 'cancelled'])).done;
    expect(result.status).toBe('cancelled');
    expect(commandsOf(result.lines)).toEqual([
      'run_job',
      'cancel_job',
      'reconnect_job',
      'reconnect_job',
      'reconnect_job',
    ]);
  });

  it('ends incomplete with live.timeout when the server never confirms the cancel', async () => {
    const result = await startEmptyRun(await startScriptedServer([])).done;
    expect(result).toMatchObject({ status: 'incomplete', jobId: 'j1' });
    expect(result.error).toMatch(/^live\.timeout: the server did not confirm the cancel of job j1/);
  });
});
