import '../../runs/testing/installFakeIndexedDB';
import { waitFor } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { createBuiltinMetricTable, profileWorkflow, resolveHardware } from '../../profiling';
import { openProfileSnapshots } from '../../runs/history';
import { MemoryStorage } from '../../test/memoryStorage';
import { QuotaStorage } from '../../test/quotaStorage';
import type { EditorEdge, EditorNode } from '../../workflow/nodetoolTypes';
import { PIN_STORAGE_KEY, readPin, writePin } from '../compare/pinStorage';
import type { AnalysisSettings } from '../compare/storeTypes';
import { createProfileCompareStore } from '../ProfileCompareStore';
import { poster } from '../../test/posterSeries';

const settings: AnalysisSettings = {
  hardware: resolveHardware('apple-m3-pro'),
  metrics: createBuiltinMetricTable(),
};
const profile = (graph: { nodes: EditorNode[]; edges: EditorEdge[] }) =>
  profileWorkflow(graph, { hardware: 'apple-m3-pro', suggestions: false });

/** A browser session: the same database and localStorage across "reloads" (new stores). */
function browser(storage: Storage = new MemoryStorage()) {
  const indexedDB = new IDBFactory();
  let time = Date.UTC(2026, 11, 7, 3, 50);
  const session = () =>
    createProfileCompareStore({
      openSnapshots: () => openProfileSnapshots({ indexedDB, now: () => (time += 1000) }),
      now: () => time,
      saveDelayMs: 0,
      pinStorage: () => storage,
    });
  return { storage, session };
}

function record(store: ReturnType<ReturnType<typeof browser>['session']>, steps: number) {
  const g = poster(steps);
  const p = profile(g);
  store.getState().recordProfile('wf', p, g.nodes, g.edges, undefined, settings);
  return p;
}

describe('a pinned baseline across reloads', () => {
  it('is estimated again from the stored pinned version, and the deltas are against it', async () => {
    const { storage, session } = browser();
    const first = session();
    const p30 = record(first, 30);
    first.getState().pinBaseline('wf');
    record(first, 60);
    await first.getState().loadSnapshots('wf'); // the saves have ended
    expect(readPin(storage, 'wf')).toMatchObject({ pinnedAt: Date.UTC(2026, 11, 7, 3, 50) });

    // Reload: a new store, the same browser. The editor opens the last version (60 steps).
    const second = session();
    const p60 = record(second, 60);
    await waitFor(() => expect(second.getState().deltas.get('wf')?.against).toBe('baseline'));
    const deltas = second.getState().deltas.get('wf')!;
    expect(deltas.diff?.summary.makespanMs.before).toBe(p30.summary.makespanMs);
    expect(deltas.diff?.summary.makespanMs.after).toBe(p60.summary.makespanMs);
    expect(deltas.baselineNote).toMatch(
      /^Pinned 7 Dec 2026, \d\d:\d\d in an earlier session; estimated again from that stored version/,
    );
    // Unpinned: gone after the next reload too.
    second.getState().clearBaseline('wf');
    expect(readPin(storage, 'wf')).toBeNull();
    const third = session();
    record(third, 60);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(third.getState().deltas.get('wf')?.baseline).toBeNull();
  });

  it('unpinning while the pinned version is being estimated again keeps it unpinned', async () => {
    const { storage, session } = browser();
    const first = session();
    record(first, 30);
    first.getState().pinBaseline('wf');
    record(first, 60);
    await first.getState().loadSnapshots('wf');
    const second = session();
    record(second, 60);
    second.getState().clearBaseline('wf'); // before the stored version has been read
    await second.getState().loadSnapshots('wf');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(second.getState().deltas.get('wf')).toMatchObject({ baseline: null, baselineNote: null });
    expect(readPin(storage, 'wf')).toBeNull();
  });

  it('without pin storage (a store made by a host), pins last for the session and nothing is said', () => {
    const store = createProfileCompareStore({ saveDelayMs: 0 });
    record(store, 30);
    store.getState().pinBaseline('wf');
    expect(store.getState().deltas.get('wf')).toMatchObject({ against: 'baseline', baselineNote: null });
  });

  it('pinned on the version that opens: that estimate is the baseline at once', () => {
    const { session } = browser();
    const first = session();
    record(first, 30);
    first.getState().pinBaseline('wf');
    const second = session();
    const p30 = record(second, 30);
    const deltas = second.getState().deltas.get('wf')!;
    expect(deltas.baseline?.profile).toBe(p30);
    expect(deltas.baselineNote).toMatch(/^Pinned .* in an earlier session\.$/);
  });

  it('says so and unpins when the pinned version is no longer stored', async () => {
    const { storage, session } = browser();
    writePin(storage, 'wf', { workflowVersion: 'gone', hardwareId: 'apple-m3-pro', pinnedAt: 0 });
    const store = session();
    record(store, 60);
    await waitFor(() =>
      expect(store.getState().deltas.get('wf')?.baselineNote).toMatch(/that version is no longer stored/),
    );
    expect(store.getState().deltas.get('wf')?.baseline).toBeNull();
    expect(readPin(storage, 'wf')).toBeNull();
  });

  it('says when the browser refuses to keep the pin (it lasts for the session)', () => {
    const storage = new QuotaStorage();
    storage.limit = 5;
    const { session } = browser(storage);
    const store = session();
    record(store, 30);
    store.getState().pinBaseline('wf');
    expect(store.getState().deltas.get('wf')).toMatchObject({
      against: 'baseline',
      baselineNote: 'This pin lasts for this session only: the browser refused to store it.',
    });
  });

  it('reads stored pins defensively and never writes over a newer version’s', () => {
    const storage = new MemoryStorage();
    storage.setItem(PIN_STORAGE_KEY, 'not json');
    expect(readPin(storage, 'wf')).toBeNull();
    storage.setItem(PIN_STORAGE_KEY, JSON.stringify({ version: 1, pins: { wf: { workflowVersion: 3 } } }));
    expect(readPin(storage, 'wf')).toBeNull();
    const newer = JSON.stringify({ version: 2, pins: {} });
    storage.setItem(PIN_STORAGE_KEY, newer);
    expect(writePin(storage, 'wf', { workflowVersion: 'v', hardwareId: 'h', pinnedAt: 1 })).toBe(false);
    expect(storage.getItem(PIN_STORAGE_KEY)).toBe(newer);
  });
});
