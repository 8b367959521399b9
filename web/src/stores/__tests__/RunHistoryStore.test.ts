import '../../runs/testing/installFakeIndexedDB';
import { IDBFactory } from 'fake-indexeddb';
import { openRunHistory } from '../../runs/history';
import { makeRunRecord } from '../../runs/testing/makeRunRecord';
import { createRunHistoryStore } from '../RunHistoryStore';

function freshStore(maxRunsPerWorkflow?: number) {
  const indexedDB = new IDBFactory();
  let time = 0;
  const open = () => openRunHistory({ indexedDB, maxRunsPerWorkflow, now: () => (time += 1) });
  return { store: createRunHistoryStore({ openHistory: open, latestRuns: 2 }), open };
}

const record = (id: string) => makeRunRecord(id, { a: { ms: [100] } });

describe('RunHistoryStore', () => {
  it('adds runs to the loaded workflow, newest first, and selects them', async () => {
    const { store } = freshStore();
    await store.getState().loadRuns('wf', 'v1');
    expect(store.getState().status).toBe('ready');
    await store.getState().addRun({ record: record('r1'), workflowVersion: 'v1' });
    await store.getState().addRun({ record: record('r2'), recording: 'raw', workflowVersion: 'v1' });
    const state = store.getState();
    expect(state.runs.map((run) => run.id)).toEqual(['r2', 'r1']);
    expect(state.selectedRunIds).toEqual(['r1', 'r2']);
    expect(state.runs[0]?.recording).toBe('raw');
  });

  it('reloads from IndexedDB selecting all runs of the current version, else the latest N', async () => {
    const { store, open } = freshStore();
    const history = await open();
    await history.add({ workflowKey: 'wf', record: record('old1'), workflowVersion: 'v1' });
    await history.add({ workflowKey: 'wf', record: record('old2'), workflowVersion: 'v1' });
    await history.add({ workflowKey: 'wf', record: record('new'), workflowVersion: 'v2' });
    await history.add({ workflowKey: 'other', record: record('x') });
    history.close();
    await store.getState().loadRuns('wf', 'v1');
    expect(store.getState().runs.map((run) => run.id)).toEqual(['new', 'old2', 'old1']);
    expect([...store.getState().selectedRunIds].sort()).toEqual(['old1', 'old2']);
    await store.getState().loadRuns('wf', 'v3');
    expect(store.getState().selectedRunIds).toEqual(['new', 'old2']);
  });

  it('deletes a run from the history and the selection, and exports raw recordings', async () => {
    const { store, open } = freshStore();
    await store.getState().loadRuns('wf', null);
    await store.getState().addRun({ record: record('r1'), recording: '{"a":1}\n' });
    await store.getState().addRun({ record: record('r2') });
    expect(await store.getState().exportRun('r1')).toMatchObject({ text: '{"a":1}\n' });
    expect((await store.getState().exportRun('r2'))?.fileName).toMatch(/\.json$/);
    await store.getState().deleteRun('r1');
    expect(store.getState().runs.map((run) => run.id)).toEqual(['r2']);
    expect(store.getState().selectedRunIds).toEqual(['r2']);
    const history = await open();
    expect((await history.list('wf')).runs.map((run) => run.id)).toEqual(['r2']);
    history.close();
  });

  it('drops pruned runs from state when the bound is passed', async () => {
    const { store } = freshStore(2);
    await store.getState().loadRuns('wf', null);
    for (const id of ['r1', 'r2', 'r3']) await store.getState().addRun({ record: record(id) });
    expect(store.getState().runs.map((run) => run.id)).toEqual(['r3', 'r2']);
    expect(store.getState().selectedRunIds).toEqual(['r2', 'r3']);
  });

  it('selects only known runs', async () => {
    const { store } = freshStore();
    await store.getState().loadRuns('wf', null);
    await store.getState().addRun({ record: record('r1') });
    store.getState().selectRuns(['r1', 'ghost', 'r1']);
    expect(store.getState().selectedRunIds).toEqual(['r1']);
    store.getState().selectRuns([]);
    expect(store.getState().selectedRunIds).toEqual([]);
  });

  it('keeps runs for the session with an actionable message when IndexedDB is unavailable', async () => {
    const failure = Object.assign(new Error('denied'), { name: 'SecurityError' });
    const store = createRunHistoryStore({ openHistory: () => Promise.reject(failure) });
    await store.getState().loadRuns('wf', null);
    expect(store.getState().sessionOnly).toBe(true);
    expect(store.getState().error).toMatch(/session only/);
    const entry = await store.getState().addRun({ record: record('r1') });
    expect(entry?.id).toBe('r1');
    expect(store.getState().runs.map((run) => run.id)).toEqual(['r1']);
    expect(await store.getState().exportRun('r1')).not.toBeNull();
  });

  it('reports a failing save and keeps the runs it had', async () => {
    const { store } = freshStore();
    await store.getState().loadRuns('wf', null);
    await store.getState().addRun({ record: record('r1') });
    const put = jest.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    try {
      expect(await store.getState().addRun({ record: record('r2') })).toBeNull();
    } finally {
      put.mockRestore();
    }
    expect(store.getState().error).toMatch(/The run history is full: delete old runs/);
    expect(store.getState().runs.map((run) => run.id)).toEqual(['r1']);
  });

  it('tracks the live run for the canvas', () => {
    const { store } = freshStore();
    const s = store.getState();
    s.setLiveStatus('connecting');
    s.setLiveNodeState('a', 'running');
    s.setLiveNodeState('a', 'completed');
    s.setLiveNodeState('b', 'error');
    s.setLiveStatus('error', 'b failed');
    expect(store.getState().liveRun).toEqual({
      status: 'error',
      nodeStates: { a: 'completed', b: 'error' },
      message: 'b failed',
    });
    s.clearLive();
    expect(store.getState().liveRun).toBeNull();
  });
});
