/** @jest-environment node */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { profileWorkflow } from '../../../profiling';
import type { EditorEdge, EditorNode } from '../../../workflow/nodetoolTypes';
import { makeRunRecord } from '../../testing/makeRunRecord';
import { openProfileSnapshots } from '../openProfileSnapshots';
import { openRunHistory } from '../openRunHistory';
import { RUN_HISTORY_DB_NAME, RUN_HISTORY_DB_VERSION } from '../schema';

function graph(steps: number): { nodes: EditorNode[]; edges: EditorEdge[] } {
  return {
    nodes: [
      {
        id: 'prompt',
        type: 'nodetool.constant.String',
        position: { x: 10, y: 20 },
        selected: true,
        data: { properties: { value: 'a lighthouse at dusk' } },
      },
      {
        id: 'sd',
        type: 'huggingface.text_to_image.StableDiffusionXL',
        position: { x: 300, y: 20 },
        className: 'heat-7',
        data: { properties: { num_inference_steps: steps, width: 1024, height: 1024 } },
      },
    ],
    edges: [{ id: 'e1', source: 'prompt', target: 'sd', sourceHandle: 'output', targetHandle: 'prompt' }],
  };
}

function snapshotInput(steps: number, hardware = 'apple-m3-pro') {
  const { nodes, edges } = graph(steps);
  return {
    workflowKey: 'wf',
    workflowVersion: `v-${steps}`,
    profile: profileWorkflow({ nodes, edges }, { hardware, suggestions: false }),
    nodes,
    edges,
  };
}

/** Creates the database exactly as schema version 1 did (runs only) and stores one run in it. */
async function createVersion1Database(factory: IDBFactory): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const request = factory.open(RUN_HISTORY_DB_NAME, 1);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore('runs', { keyPath: 'id' });
      store.createIndex('byWorkflow', 'workflowKey', { unique: false });
      store.put({
        id: 'old-run',
        workflowKey: 'wf',
        workflowVersion: 'v-30',
        savedAt: 5,
        record: makeRunRecord('old-run', { sd: { ms: [9000] } }, { wallMs: 9500 }),
        recording: null,
      });
    };
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

describe('profile snapshots', () => {
  it('a version-1 database (runs only) opens, keeps its runs and gains the snapshots store', async () => {
    const factory = new IDBFactory();
    await createVersion1Database(factory);
    const snapshots = await openProfileSnapshots({ indexedDB: factory, now: () => 100 });
    const runs = await openRunHistory({ indexedDB: factory });
    expect((await runs.list('wf')).runs.map((run) => run.id)).toEqual(['old-run']);
    expect((await runs.list('wf')).runs[0]!.record.wallMs).toBe(9500);
    await snapshots.save(snapshotInput(30));
    expect((await snapshots.list('wf')).snapshots).toHaveLength(1);
    runs.close();
    snapshots.close();
    const versions = await new Promise<number>((resolve) => {
      const request = factory.open(RUN_HISTORY_DB_NAME);
      request.onsuccess = () => {
        resolve(request.result.version);
        request.result.close();
      };
    });
    expect(versions).toBe(RUN_HISTORY_DB_VERSION);
  });

  it('stores the summary and a trimmed graph, one snapshot per version and device, oldest version first', async () => {
    let time = 1000;
    const store = await openProfileSnapshots({ indexedDB: new IDBFactory(), now: () => (time += 10) });
    const first = await store.save(snapshotInput(30));
    await store.save(snapshotInput(60));
    await store.save(snapshotInput(30, 'rtx-4090'));
    // Re-estimating version 30 on the M3 Pro replaces its snapshot and keeps when it was first seen.
    const again = await store.save(snapshotInput(30));
    expect(again.snapshot.id).toBe(first.snapshot.id);
    expect(again.snapshot.firstSeenAt).toBe(first.snapshot.firstSeenAt);
    expect(again.snapshot.savedAt).toBeGreaterThan(first.snapshot.savedAt);

    const { snapshots, unreadable } = await store.list('wf');
    expect(unreadable).toBe(0);
    expect(snapshots.map((s) => [s.workflowVersion, s.hardwareId])).toEqual([
      ['v-30', 'apple-m3-pro'],
      ['v-60', 'apple-m3-pro'],
      ['v-30', 'rtx-4090'],
    ]);
    const expected = snapshotInput(60).profile.summary;
    expect(snapshots[1]!.summary).toMatchObject({
      makespanMs: expected.makespanMs,
      peakVramMb: expected.peakVramMb,
      score: expected.score,
      grade: expected.grade,
    });
    const sd = snapshots[1]!.graph.nodes.find((n) => n.id === 'sd')!;
    expect(sd).toEqual({
      id: 'sd',
      type: 'huggingface.text_to_image.StableDiffusionXL',
      position: { x: 0, y: 0 },
      data: { properties: { num_inference_steps: 60, width: 1024, height: 1024 } },
    });
    // The stored graph profiles to the same figures.
    const replayed = profileWorkflow(snapshots[1]!.graph, { hardware: 'apple-m3-pro', suggestions: false });
    expect(replayed.summary.makespanMs).toBe(expected.makespanMs);
    store.close();
  });

  it('prunes the least recently estimated snapshots past the bound, per workflow', async () => {
    let time = 0;
    const store = await openProfileSnapshots({
      indexedDB: new IDBFactory(),
      maxPerWorkflow: 2,
      now: () => (time += 1),
    });
    await store.save(snapshotInput(10));
    await store.save(snapshotInput(20));
    await store.save({ ...snapshotInput(20), workflowKey: 'other' });
    const { pruned } = await store.save(snapshotInput(40));
    expect(pruned).toHaveLength(1);
    expect((await store.list('wf')).snapshots.map((s) => s.workflowVersion)).toEqual(['v-20', 'v-40']);
    expect((await store.list('other')).snapshots).toHaveLength(1);
    store.close();
  });

  it('prunes by save time across connections, re-saving a version keeps its first time, values read once', async () => {
    let time = 0;
    const factory = new IDBFactory();
    const options = { indexedDB: factory, maxPerWorkflow: 3, now: () => (time += 1) };
    const first = await openProfileSnapshots(options);
    for (const steps of [10, 20, 30]) await first.save(snapshotInput(steps));
    first.close();
    // A new connection (a reload) knows no save times: it reads them once, then from memory.
    const second = await openProfileSnapshots(options);
    const resaved = await second.save(snapshotInput(10)); // v-10 becomes the most recently saved
    expect(resaved.pruned).toEqual([]);
    const reads = jest.spyOn(IDBObjectStore.prototype, 'get');
    expect((await second.save(snapshotInput(40))).pruned).toHaveLength(1); // v-20: least recently saved
    // v-40 looked up (new: nothing read), and the times of v-20 and v-30, which this connection had not seen.
    expect(reads).toHaveBeenCalledTimes(3);
    expect((await second.save(snapshotInput(50))).pruned).toHaveLength(1); // v-30
    expect(reads).toHaveBeenCalledTimes(4); // only v-50's look-up: the other times are known
    reads.mockRestore();
    const { snapshots } = await second.list('wf');
    expect(snapshots.map((s) => s.workflowVersion)).toEqual(['v-10', 'v-40', 'v-50']);
    expect(snapshots[0]!.firstSeenAt).toBe(1);
    second.close();
  });

  it('keeps snapshots of an unknown version out of the list and counts them', async () => {
    const factory = new IDBFactory();
    const store = await openProfileSnapshots({ indexedDB: factory });
    await store.save(snapshotInput(10));
    store.close();
    await new Promise<void>((resolve) => {
      const request = factory.open(RUN_HISTORY_DB_NAME, RUN_HISTORY_DB_VERSION);
      request.onsuccess = () => {
        const tx = request.result.transaction('profileSnapshots', 'readwrite');
        tx.objectStore('profileSnapshots').put({ id: 'future', workflowKey: 'wf', version: 99 });
        tx.oncomplete = () => {
          request.result.close();
          resolve();
        };
      };
    });
    const reopened = await openProfileSnapshots({ indexedDB: factory });
    const list = await reopened.list('wf');
    expect(list.unreadable).toBe(1);
    expect(list.snapshots).toHaveLength(1);
    reopened.close();
  });

  it('rejects a bad bound and a missing IndexedDB with coded errors', async () => {
    await expect(
      openProfileSnapshots({ indexedDB: new IDBFactory(), maxPerWorkflow: 0 }),
    ).rejects.toMatchObject({
      code: 'history.invalid-bound',
    });
    const original = globalThis.indexedDB;
    Object.defineProperty(globalThis, 'indexedDB', { value: undefined, configurable: true });
    try {
      await expect(openProfileSnapshots()).rejects.toMatchObject({ code: 'history.unavailable' });
    } finally {
      Object.defineProperty(globalThis, 'indexedDB', { value: original, configurable: true });
    }
  });
});
