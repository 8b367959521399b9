import { act, renderHook, waitFor } from '@testing-library/react';
import { resolve } from 'node:path';
import { startReplayServer } from '../../../../../scripts/replay/replayServer';
import { createDirectLiveRunner, type WebSocketConstructorLike } from '../../../runs/live';
import type { RunRecord } from '../../../runs';
import { toEditorWorkflow } from '../../../workflow/convertWorkflow';
import { SERVER_SETTINGS_KEY } from '../serverSettings';
import { useLiveRunController, type LiveRunSink } from '../useLiveRunController';

const FIXTURES = resolve(__dirname, '../../../runs/__fixtures__/nodetool-runs');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const load = (name: string) => require(resolve(FIXTURES, name)) as unknown;

let server: Awaited<ReturnType<typeof startReplayServer>>;
beforeAll(async () => {
  server = await startReplayServer({ recordings: FIXTURES, port: 0, speed: 4 });
});
afterAll(() => server.close());

function setup(workflowFile: string, url = server.url) {
  localStorage.setItem(SERVER_SETTINGS_KEY, JSON.stringify({ version: 1, url, format: 'json' }));
  const added: { record: RunRecord; recording?: string | null }[] = [];
  const states: Record<string, string> = {};
  const statuses: string[] = [];
  const sink: LiveRunSink = {
    setLiveNodeState: (id, state) => void (states[id] = state),
    setLiveStatus: (status) => void statuses.push(status),
    clearLive: () => undefined,
    addRun: async (run) => void added.push(run),
  };
  const notices: string[] = [];
  const timings: string[] = [];
  const workflow = toEditorWorkflow(load(workflowFile));
  // jsdom's own WebSocket, as the page would have.
  const runner = createDirectLiveRunner(window.WebSocket as unknown as WebSocketConstructorLike);
  const hook = renderHook(() =>
    useLiveRunController({
      workflowKey: 'workflow:test',
      getWorkflow: () => workflow,
      sink,
      notify: (severity, message) => void notices.push(`${severity}: ${message}`),
      runner,
      executionTimes: {
        startExecution: (wf, node, job) => void timings.push(`start ${wf} ${node} ${job}`),
        endExecution: (wf, node, job) => void timings.push(`end ${wf} ${node} ${job}`),
      },
    }),
  );
  return { hook, added, states, statuses, notices, timings };
}

afterEach(() => localStorage.clear());

describe('useLiveRunController against a replay of real NodeTool runs', () => {
  it('runs the workflow, shows node states, saves the run with its recording and says how it went', async () => {
    const { hook, added, states, statuses, notices, timings } = setup('02-diamond.workflow.json');
    expect(hook.result.current.settings.url).toBe(server.url);
    act(() => hook.result.current.run());
    expect(hook.result.current.phase).toBe('connecting');
    await waitFor(() => expect(added).toHaveLength(1), { timeout: 8000 });
    expect(added[0]!.record).toMatchObject({ source: 'live', status: 'completed' });
    expect(added[0]!.recording!.split('\n')[0]).toContain('"run_job"');
    expect(states).toEqual({
      src: 'completed',
      left: 'completed',
      right: 'completed',
      join: 'completed',
      out: 'completed',
    });
    expect(statuses).toEqual(expect.arrayContaining(['connecting', 'running', 'done']));
    await waitFor(() => expect(hook.result.current.phase).toBe('idle'));
    expect(notices).toEqual([expect.stringMatching(/^success: Run completed in \d+ ms; 5 nodes measured/)]);
    // NodeTool's ExecutionTimeStore API gets its naive timings, keyed by the server's job id.
    const jobId = added[0]!.record.jobId;
    expect(timings).toContain(`start workflow:test right ${jobId}`);
    expect(timings).toContain(`end workflow:test right ${jobId}`);
  });

  it('names the failing node by its canvas title', async () => {
    const { hook, added, states, notices } = setup('05-error.workflow.json');
    act(() => hook.result.current.run());
    await waitFor(() => expect(added).toHaveLength(1), { timeout: 8000 });
    expect(added[0]!.record.status).toBe('failed');
    expect(states.bad).toBe('error');
    expect(notices[0]).toMatch(/^warning: Run failed in "Fail": .*intentional failure/);
  });

  it('cancels: cancel_job, then the outcome from reconnect_job', async () => {
    const { hook, added, notices } = setup('06a-cancel.workflow.json');
    act(() => hook.result.current.run());
    await waitFor(() => expect(hook.result.current.phase).toBe('running'), { timeout: 8000 });
    act(() => hook.result.current.cancel());
    expect(hook.result.current.phase).toBe('cancelling');
    await waitFor(() => expect(added).toHaveLength(1), { timeout: 8000 });
    expect(added[0]!.record.status).toBe('cancelled');
    expect(notices[0]).toMatch(/^warning: Run cancelled/);
  });

  it('says how to start a server when none answers, and saves nothing', async () => {
    const { hook, added, statuses, notices } = setup('02-diamond.workflow.json', 'ws://127.0.0.1:9/ws');
    act(() => hook.result.current.run());
    await waitFor(() => expect(notices).toHaveLength(1), { timeout: 8000 });
    expect(notices[0]).toMatch(
      /^warning: live\.unreachable: no NodeTool server answered at ws:\/\/127\.0\.0\.1:9\/ws.*nodetool serve/,
    );
    expect(added).toEqual([]);
    expect(statuses.at(-1)).toBe('error');
    await waitFor(() => expect(hook.result.current.phase).toBe('idle'));
  });

  it('imports a recording file into the history and rejects a bad one with its line', async () => {
    const { hook, added, notices } = setup('02-diamond.workflow.json');
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(resolve(FIXTURES, '07-diamond-repeat-1.jsonl'), 'utf8');
    await act(() => hook.result.current.importFile(new File([text], 'repeat.jsonl')));
    expect(added[0]).toMatchObject({ recording: text, record: { status: 'completed', source: 'recording' } });
    expect(notices[0]).toMatch(/^success: Imported repeat\.jsonl: Run completed/);
    await act(() =>
      hook.result.current.importFile(new File(['{"recv_ms": 1, "msg": {}}\nnope\n'], 'bad.jsonl')),
    );
    expect(added).toHaveLength(1);
    expect(notices[1]).toMatch(/^warning: run\.not-json: line 2, column \d+: bad\.jsonl/);
  });
});
