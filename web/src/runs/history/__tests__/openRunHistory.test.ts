/** @jest-environment node */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { makeRunRecord } from '../../testing/makeRunRecord';
import { openRunHistory, type OpenRunHistoryOptions } from '../openRunHistory';
import { RUN_HISTORY_DB_VERSION } from '../schema';
import type { RunHistoryError } from '../RunHistoryError';

function setup(options: OpenRunHistoryOptions = {}) {
  const factory = new IDBFactory();
  let time = 1_000;
  const open = (extra: OpenRunHistoryOptions = {}) =>
    openRunHistory({ indexedDB: factory, now: () => (time += 10), ...options, ...extra });
  return { factory, open };
}

const record = (id: string, startedAt = 0) => makeRunRecord(id, { a: { ms: [100] } }, { startedAt });

describe('openRunHistory', () => {
  it('adds, lists newest first, gets and deletes runs of one workflow', async () => {
    const history = await setup().open();
    await history.add({ workflowKey: 'wf', record: record('r1') });
    await history.add({ workflowKey: 'wf', record: record('r2') });
    await history.add({ workflowKey: 'other', record: record('r3') });
    const { runs, unreadable } = await history.list('wf');
    expect(runs.map((run) => run.id)).toEqual(['r2', 'r1']);
    expect(unreadable).toEqual([]);
    expect((await history.get('r1'))?.record).toEqual(record('r1'));
    await history.delete('r1');
    expect(await history.get('r1')).toBeNull();
    expect((await history.list('wf')).runs.map((run) => run.id)).toEqual(['r2']);
    history.close();
  });

  it('filters by workflow version', async () => {
    const history = await setup().open();
    await history.add({ workflowKey: 'wf', record: record('old'), workflowVersion: 'v1' });
    await history.add({ workflowKey: 'wf', record: record('new'), workflowVersion: 'v2' });
    expect((await history.list('wf', { version: 'v2' })).runs.map((run) => run.id)).toEqual(['new']);
    expect((await history.list('wf')).runs).toHaveLength(2);
    history.close();
  });

  it('prunes the oldest runs of a workflow past the bound, and the bound is settable', async () => {
    const history = await setup({ maxRunsPerWorkflow: 3 }).open();
    for (const id of ['r1', 'r2', 'r3']) await history.add({ workflowKey: 'wf', record: record(id) });
    await history.add({ workflowKey: 'other', record: record('x') });
    const { pruned } = await history.add({ workflowKey: 'wf', record: record('r4') });
    expect(pruned).toEqual(['r1']);
    expect((await history.list('wf')).runs.map((run) => run.id)).toEqual(['r4', 'r3', 'r2']);
    expect((await history.list('other')).runs).toHaveLength(1);
    history.setMaxRunsPerWorkflow(1);
    await history.add({ workflowKey: 'wf', record: record('r5') });
    expect((await history.list('wf')).runs.map((run) => run.id)).toEqual(['r5']);
    expect(() => history.setMaxRunsPerWorkflow(0)).toThrow(/history.invalid-bound/);
    history.close();
  });

  it('keeps data across close and reopen', async () => {
    const { open } = setup();
    const first = await open();
    await first.add({ workflowKey: 'wf', record: record('r1'), recording: '{"recv_ms":1}\n' });
    first.close();
    const second = await open();
    const entry = await second.get('r1');
    expect(entry?.recording).toBe('{"recv_ms":1}\n');
    expect(entry?.record).toEqual(record('r1'));
    second.close();
  });

  it('exports the raw recording bit for bit, else the record as JSON', async () => {
    const history = await setup().open();
    const raw = '{"recv_ms":1,"msg":{"type":"job_update"}}\r\n{"recv_ms":2,"msg":"é"}';
    await history.add({ workflowKey: 'my wf', record: record('r1'), recording: raw });
    await history.add({ workflowKey: 'my wf', record: record('r2') });
    const withRecording = await history.export('r1');
    expect(withRecording.text).toBe(raw);
    expect(withRecording.fileName).toBe('my_wf-job-r1.jsonl');
    const withoutRecording = await history.export('r2');
    expect(withoutRecording.fileName).toMatch(/\.json$/);
    expect(JSON.parse(withoutRecording.text)).toEqual(record('r2'));
    await expect(history.export('nope')).rejects.toMatchObject({ code: 'history.not-found' });
    history.close();
  });

  it('keeps and reports records of an unknown version instead of deleting or pruning them', async () => {
    const history = await setup({ maxRunsPerWorkflow: 1 }).open();
    const future = { ...record('future'), version: 99 } as unknown as ReturnType<typeof record>;
    await history.add({ workflowKey: 'wf', record: future });
    await history.add({ workflowKey: 'wf', record: record('r1') });
    await history.add({ workflowKey: 'wf', record: record('r2') });
    const { runs, unreadable } = await history.list('wf');
    expect(runs.map((run) => run.id)).toEqual(['r2']);
    expect(unreadable).toEqual([expect.objectContaining({ id: 'future', recordVersion: 99 })]);
    await expect(history.get('future')).rejects.toMatchObject({ code: 'history.unknown-version' });
    expect((await history.export('future')).text).toContain('"version": 99');
    history.close();
  });

  it('turns a full store into a coded error and loses nothing already stored', async () => {
    const history = await setup().open();
    await history.add({ workflowKey: 'wf', record: record('r1') });
    const put = jest.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    try {
      const failure = (await history
        .add({ workflowKey: 'wf', record: record('r2') })
        .catch((e) => e)) as RunHistoryError;
      expect(failure.code).toBe('history.quota');
      expect(failure.message).toMatch(/The run history is full: delete old runs/);
    } finally {
      put.mockRestore();
    }
    expect((await history.list('wf')).runs.map((run) => run.id)).toEqual(['r1']);
    history.close();
  });

  it('reports a missing IndexedDB and a database from a newer profiler as coded errors', async () => {
    const original = globalThis.indexedDB;
    try {
      Object.defineProperty(globalThis, 'indexedDB', { value: undefined, configurable: true });
      await expect(openRunHistory()).rejects.toMatchObject({ code: 'history.unavailable' });
    } finally {
      Object.defineProperty(globalThis, 'indexedDB', { value: original, configurable: true });
    }
    const { factory, open } = setup();
    await new Promise<void>((resolve) => {
      const request = factory.open('workflow-profiler-runs', RUN_HISTORY_DB_VERSION + 1);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
    });
    await expect(open()).rejects.toMatchObject({ code: 'history.version-too-new' });
  });

  it('reports an upgrade blocked by another tab, and closes the late connection', async () => {
    // A factory whose open request we drive by hand: IndexedDB fires "blocked" while another tab keeps an
    // older version open, and may still succeed once that tab closes.
    const request = {} as IDBOpenDBRequest & { result: { close: jest.Mock } };
    const factory = { open: () => request } as unknown as IDBFactory;
    const opening = openRunHistory({ indexedDB: factory });
    request.onblocked?.call(request, new Event('blocked') as IDBVersionChangeEvent);
    const failure = (await opening.catch((e) => e)) as RunHistoryError;
    expect(failure.code).toBe('history.blocked');
    expect(failure.message).toMatch(/close or reload that tab/);
    const close = jest.fn();
    Object.defineProperty(request, 'result', { value: { close } });
    request.onsuccess?.call(request, new Event('success'));
    expect(close).toHaveBeenCalled();
  });
});
