/** @jest-environment node */
import { join } from 'node:path';
import { pack, unpack } from 'msgpackr';
import { WebSocket } from 'ws';
import { buildTimeline, matchTimeline, readRunJob } from '../buildTimeline';
import { loadRecordings } from '../loadRecordings';
import { startReplayServer, type ReplayServer } from '../replayServer';

const recordings = loadRecordings(join(__dirname, '../../../web/src/runs/__fixtures__/nodetool-runs'));
const timelines = recordings.map(buildTimeline);
const byName = (name: string) => recordings.find((recording) => recording.name === name)!;
const runJobOf = (name: string) => readRunJob(byName(name).lines[0]!.msg)!;

describe('buildTimeline / matchTimeline', () => {
  it('plays no system_stats and stops where the client sent its next command (06a-cancel)', () => {
    const timeline = buildTimeline(byName('06a-cancel'));
    const types = timeline.steps.map((step) => (step.msg as { type?: string }).type);
    expect(types).not.toContain('system_stats');
    expect(JSON.stringify(timeline.steps)).not.toContain('Job cancellation requested');
    expect(timeline.jobId).toBe('514ea7d0dbd843cfa89a47b168c141cb');
    expect(
      timeline.steps.every((step, i) => i === 0 || step.offsetMs >= timeline.steps[i - 1]!.offsetMs),
    ).toBe(true);
  });

  it('matches on workflow id first, then on node ids and types', () => {
    expect(matchTimeline(timelines, runJobOf('05-error'))?.name).toBe('05-error');
    expect(matchTimeline(timelines, { ...runJobOf('09-cpu'), workflow_id: 'elsewhere' })?.name).toBe(
      '09-cpu',
    );
    expect(
      matchTimeline(timelines, { workflow_id: 'x', graph: { nodes: [{ id: 'a', type: 't' }] } }),
    ).toBeNull();
  });

  it('refuses a recording without run_job on line 1, naming it', () => {
    expect(() =>
      buildTimeline({ name: 'broken', lines: [{ recv_ms: 1, msg: { type: 'job_update' } }] }),
    ).toThrow('replay: recording broken has no run_job request on line 1');
  });
});

describe('replay server commands', () => {
  let server: ReplayServer;
  beforeAll(async () => {
    server = await startReplayServer({ recordings: [byName('01-linear')], speed: 10 });
  });
  afterAll(() => server.close());

  /** Sends msgpack commands in order and collects decoded answers until `count` arrived. */
  async function exchange(commands: unknown[], count: number): Promise<unknown[]> {
    const socket = new WebSocket(server.url);
    const answers: unknown[] = [];
    await new Promise((resolve) => socket.once('open', resolve));
    const all = new Promise<void>((resolve) =>
      socket.on('message', (data, isBinary) => {
        expect(isBinary).toBe(true);
        answers.push(unpack(data as Buffer));
        if (answers.length === count) resolve();
      }),
    );
    commands.forEach((command) => socket.send(pack(command)));
    await all;
    socket.close();
    return answers;
  }

  it('answers reconnect_job for an unknown job with failed, as NodeTool does', async () => {
    const answers = await exchange(
      [{ command: 'reconnect_job', data: { job_id: 'nope', workflow_id: 'w' } }],
      2,
    );
    expect(answers).toEqual([
      { message: 'Reconnecting to job nope', job_id: 'nope', workflow_id: 'w' },
      expect.objectContaining({ type: 'job_update', status: 'failed', job_id: 'nope' }),
    ]);
  });

  it('refuses to cancel an unknown job and answers commands it does not serve', async () => {
    const answers = await exchange(
      [
        { command: 'cancel_job', data: { job_id: 'nope' } },
        { command: 'get_status', data: {} },
        { hello: 1 },
      ],
      3,
    );
    expect(answers).toEqual([
      { error: 'Job not found or already completed', job_id: 'nope', workflow_id: '' },
      { error: 'invalid_command', details: 'the replay server does not serve "get_status"' },
      expect.objectContaining({ error: 'invalid_message' }),
    ]);
  });
});
