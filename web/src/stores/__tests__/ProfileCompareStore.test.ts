import '../../runs/testing/installFakeIndexedDB';
import { IDBFactory } from 'fake-indexeddb';
import { createBuiltinMetricTable, profileWorkflow, resolveHardware } from '../../profiling';
import { openProfileSnapshots } from '../../runs/history';
import { RunHistoryError } from '../../runs/history/RunHistoryError';
import type { RunHistoryEntry } from '../../runs/history/schema';
import { makeRunRecord } from '../../runs/testing/makeRunRecord';
import type { EditorEdge, EditorNode } from '../../workflow/nodetoolTypes';
import * as structureModule from '../../compare/readWorkflowStructure';
import { createProfileCompareStore } from '../ProfileCompareStore';
import { poster } from '../../test/posterSeries';

const profile = (graph: { nodes: EditorNode[]; edges: EditorEdge[] }, hardware = 'apple-m3-pro') =>
  profileWorkflow(graph, { hardware, suggestions: false });

function freshStore() {
  const indexedDB = new IDBFactory();
  let time = 1_000;
  const open = () => openProfileSnapshots({ indexedDB, now: () => (time += 1000) });
  return createProfileCompareStore({ openSnapshots: open, now: () => time, saveDelayMs: 0 });
}

function run(id: string, version: string, wallMs: number): RunHistoryEntry {
  return {
    id,
    workflowKey: 'wf',
    workflowVersion: version,
    savedAt: 1,
    record: makeRunRecord(id, { sdxl: { ms: [wallMs] } }, { wallMs }),
    recording: null,
  };
}

describe('ProfileCompareStore', () => {
  it('reads the first profile’s graph while idle, so the first edit reads only what it changed', async () => {
    const read = jest.spyOn(structureModule, 'readWorkflowStructure');
    try {
      const store = freshStore();
      const g30 = poster(30);
      store.getState().recordProfile('wf', profile(g30), g30.nodes, g30.edges);
      expect(read).not.toHaveBeenCalled();
      await new Promise((resolve) => setTimeout(resolve, 0)); // jsdom has no requestIdleCallback
      expect(read).toHaveBeenCalledTimes(1);
      expect((read.mock.calls[0]![0] as { nodes: unknown }).nodes).toBe(g30.nodes);
      // The edit: the same edge list, one node's parameters changed.
      const sdxl = g30.nodes.findIndex((n) => n.id === 'sdxl');
      const nodes = g30.nodes.map((n, i) =>
        i === sdxl
          ? { ...n, data: { ...n.data, properties: { ...n.data.properties, num_inference_steps: 60 } } }
          : n,
      );
      store.getState().recordProfile('wf', profile({ nodes, edges: g30.edges }), nodes, g30.edges);
      const changed = store
        .getState()
        .deltas.get('wf')
        ?.diff?.nodes.filter((node) => node.change === 'changed');
      expect(changed?.map((node) => [node.id, node.paramChanges?.map((p) => p.key)])).toEqual([
        ['sdxl', ['num_inference_steps']],
      ]);
      expect(read).toHaveBeenCalledTimes(1);
    } finally {
      read.mockRestore();
    }
  });

  it('an edit moves the current profile to previous and gives the deltas; a second pass replaces it', () => {
    const store = freshStore();
    const g30 = poster(30);
    const p30 = profile(g30);
    store.getState().recordProfile('wf', p30, g30.nodes, g30.edges);
    expect(store.getState().deltas.get('wf')?.diff).toBeNull();

    const g60 = poster(60);
    const p60 = profile(g60);
    store.getState().recordProfile('wf', p60, g60.nodes, g60.edges);
    let deltas = store.getState().deltas.get('wf')!;
    expect(deltas.against).toBe('previous');
    expect(deltas.previous?.profile).toBe(p30);
    expect(deltas.diff?.summary.makespanMs.delta).toBeCloseTo(
      p60.summary.makespanMs - p30.summary.makespanMs,
      6,
    );
    expect(deltas.diff?.nodes[0]).toMatchObject({
      id: 'sdxl',
      change: 'changed',
      paramChanges: [{ key: 'num_inference_steps', before: 30, after: 60 }],
    });

    // The analysis's second pass (suggestions) of the same graph: same previous.
    const p60again = profile(g60);
    store.getState().recordProfile('wf', p60again, g60.nodes, g60.edges);
    deltas = store.getState().deltas.get('wf')!;
    expect(deltas.current?.profile).toBe(p60again);
    expect(deltas.previous?.profile).toBe(p30);
  });

  it('a pinned baseline is the reference until unpinned', () => {
    const store = freshStore();
    const record = (steps: number) => {
      const g = poster(steps);
      const p = profile(g);
      store.getState().recordProfile('wf', p, g.nodes, g.edges);
      return p;
    };
    const p30 = record(30);
    store.getState().pinBaseline('wf');
    // Pinned and current are the same estimate: nothing to show until the next edit.
    expect(store.getState().deltas.get('wf')).toMatchObject({ against: 'baseline', diff: null });
    const p60 = record(60);
    const p90 = record(90);
    let deltas = store.getState().deltas.get('wf')!;
    expect(deltas.against).toBe('baseline');
    expect(deltas.diff?.summary.makespanMs.before).toBe(p30.summary.makespanMs);
    expect(deltas.diff?.summary.makespanMs.after).toBe(p90.summary.makespanMs);
    store.getState().clearBaseline('wf');
    deltas = store.getState().deltas.get('wf')!;
    expect(deltas.against).toBe('previous');
    expect(deltas.diff?.summary.makespanMs.before).toBe(p60.summary.makespanMs);
  });

  it('saves one snapshot per version and device, and lists them after a reload', async () => {
    const store = freshStore();
    await store.getState().loadSnapshots('wf');
    for (const steps of [30, 60]) {
      const g = poster(steps);
      store.getState().recordProfile('wf', profile(g), g.nodes, g.edges);
      store.getState().recordProfile('wf', profile(g), g.nodes, g.edges);
      await store.getState().loadSnapshots('wf'); // waits for the saves, then lists
    }
    expect(store.getState().snapshots).toHaveLength(2);
    const fresh = freshStore();
    // A new store on another database has none: the list comes from IndexedDB, not from memory.
    await fresh.getState().loadSnapshots('wf');
    expect(fresh.getState().snapshots).toEqual([]);
    store.getState().reset();
    await store.getState().loadSnapshots('wf');
    expect(store.getState().snapshots.map((s) => s.summary.nodeCount)).toEqual([9, 9]);
  });

  it('compares two stored versions on one device, with their measured wall times', async () => {
    const store = freshStore();
    await store.getState().loadSnapshots('wf');
    for (const steps of [30, 60]) {
      const g = poster(steps);
      store.getState().recordProfile('wf', profile(g), g.nodes, g.edges);
      await store.getState().loadSnapshots('wf'); // waits for the saves, then lists
    }
    const [older, newer] = store.getState().snapshots;
    const settings = { hardware: resolveHardware('rtx-4090'), metrics: createBuiltinMetricTable() };
    const runs = [run('r1', older!.workflowVersion, 30_000), run('r2', older!.workflowVersion, 34_000)];
    const pending = store.getState().compareVersions(older!.id, newer!.id, settings, runs);
    expect(store.getState().comparison?.status).toBe('computing');
    await pending;
    const comparison = store.getState().comparison!;
    expect(comparison.status).toBe('ready');
    expect(comparison.left?.title).toBe(`v1 · ${older!.workflowVersion.slice(0, 7)}`);
    expect(comparison.left?.measuredWallMs).toBe(32_000);
    expect(comparison.left?.runCount).toBe(2);
    expect(comparison.right?.measuredWallMs).toBeNull();
    expect(comparison.left?.profile.hardware.id).toBe('rtx-4090');
    expect(comparison.diff?.structure.nodesWithChangedParams).toEqual(['sdxl']);
    expect(comparison.diff?.summary.makespanMs.delta).toBeGreaterThan(0);
  });

  it('compares one graph on two devices', async () => {
    const store = freshStore();
    const g = poster(30);
    await store
      .getState()
      .compareDevices(g.nodes, g.edges, resolveHardware('apple-m3-pro'), resolveHardware('rtx-4090'), {
        metrics: createBuiltinMetricTable(),
      });
    const comparison = store.getState().comparison!;
    expect(comparison.status).toBe('ready');
    expect(comparison.left?.title).toBe(resolveHardware('apple-m3-pro').name);
    expect(comparison.diff?.hardware.changed).toBe(true);
    expect(comparison.diff?.structure.nodesAdded).toEqual([]);
    expect(comparison.diff?.nodes.find((n) => n.id === 'sdxl')?.runtimeMsDelta).toBeLessThan(0);
  });

  it('compares devices with the workflow’s own options (items per list), as the report uses them', async () => {
    const store = freshStore();
    const g = poster(30);
    const compare = async (workflowOptions?: { defaultItemCount: number }) => {
      await store
        .getState()
        .compareDevices(g.nodes, g.edges, resolveHardware('apple-m3-pro'), resolveHardware('rtx-4090'), {
          metrics: createBuiltinMetricTable(),
          workflowOptions,
        });
      return store.getState().comparison!.right!.profile;
    };
    const plain = await compare();
    const six = await compare({ defaultItemCount: 6 });
    const expected = profileWorkflow(g, { hardware: 'rtx-4090', defaultItemCount: 6, suggestions: false });
    expect(six.options.defaultItemCount).toBe(6);
    expect(six.summary.makespanMs).toBeCloseTo(expected.summary.makespanMs, 6);
    expect(six.summary.makespanMs).toBeGreaterThan(plain.summary.makespanMs);
  });

  it('says which version is missing instead of failing silently', async () => {
    const store = freshStore();
    await store.getState().compareVersions(
      'nope',
      'nope',
      {
        hardware: resolveHardware('rtx-4090'),
        metrics: createBuiltinMetricTable(),
      },
      [],
    );
    expect(store.getState().comparison).toMatchObject({
      status: 'error',
      error: 'The first version is no longer stored: pick another version.',
    });
  });

  it('keeps versions for the session when IndexedDB is unavailable', async () => {
    const store = createProfileCompareStore({
      openSnapshots: () => Promise.reject(new RunHistoryError('history.unavailable', 'no IndexedDB here')),
      saveDelayMs: 0,
    });
    await store.getState().loadSnapshots('wf');
    const g = poster(30);
    store.getState().recordProfile('wf', profile(g), g.nodes, g.edges);
    await store.getState().loadSnapshots('wf'); // waits for the saves, then lists
    expect(store.getState().snapshotsSessionOnly).toBe(true);
    expect(store.getState().snapshots).toHaveLength(1);
  });

  it('saves the first version, then only edits that stayed current for the delay (at once when listed)', async () => {
    const store = createProfileCompareStore({
      openSnapshots: () => openProfileSnapshots({ indexedDB: new IDBFactory() }),
      saveDelayMs: 60_000,
    });
    for (const steps of [30, 6, 60]) {
      const g = poster(steps);
      store.getState().recordProfile('wf', profile(g), g.nodes, g.edges);
    }
    await store.getState().loadSnapshots('wf');
    expect(
      store
        .getState()
        .snapshots.map(
          (s) => s.graph.nodes.find((n) => n.id === 'sdxl')?.data.properties.num_inference_steps,
        ),
    ).toEqual([30, 60]);
    store.getState().reset();
  });

  it('takes a version the caller knows instead of hashing the graph', async () => {
    const store = freshStore();
    await store.getState().loadSnapshots('wf');
    const g = poster(30);
    store.getState().recordProfile('wf', profile(g), g.nodes, g.edges, 'known-version');
    await store.getState().loadSnapshots('wf'); // waits for the saves, then lists
    expect(store.getState().deltas.get('wf')?.current?.version).toBe('known-version');
    expect(store.getState().snapshots.map((s) => s.workflowVersion)).toEqual(['known-version']);
  });
});
