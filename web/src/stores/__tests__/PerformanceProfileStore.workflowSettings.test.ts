/** Per-workflow assumptions and custom metrics: actions, re-analysis inputs and persistence (version 2). */
import { DEFAULT_HARDWARE_ID, HARDWARE_PRESETS } from '../../profiling/hardware';
import type { CustomMetric } from '../../profiling';
import { createPerformanceProfileStore, isProfileCurrent } from '../PerformanceProfileStore';
import { PERSIST_KEY, PERSIST_VERSION } from '../profile/persistence';
import { readStorageBackups } from '../../persistence/storageBackup';
import { MemoryStorage } from '../../test/memoryStorage';
import { smallChain } from './workflowFixtures';

const sleep: CustomMetric = {
  type: 'study.Sleep',
  category: 'control',
  runtimeMs: 500,
  memoryMb: 10,
  vramMb: 0,
  device: 'cpu',
};

describe('per-workflow settings', () => {
  let warn: jest.SpyInstance;
  beforeEach(() => {
    warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => warn.mockRestore());

  it('an assumption changes the next analysis of that workflow only, and makes the stored profile stale', async () => {
    const store = createPerformanceProfileStore();
    const { nodes, edges } = smallChain();
    const before = await store.getState().analyzeWorkflow('wf', nodes, edges);
    store.getState().setAssumption('wf', 'promptOverheadTokens', 100_000);
    expect(isProfileCurrent(store.getState(), 'wf', nodes, edges)).toBe(false);
    const after = await store.getState().analyzeWorkflow('wf', nodes, edges);
    const other = await store.getState().analyzeWorkflow('other', nodes, edges);
    expect(after!.summary.totalRuntimeMs).toBeGreaterThan(before!.summary.totalRuntimeMs);
    expect(other!.summary.totalRuntimeMs).toBe(before!.summary.totalRuntimeMs);
    store.getState().setAssumption('wf', 'promptOverheadTokens', undefined);
    expect(store.getState().workflowSettings.has('wf')).toBe(false);
  });

  it('rejects an out-of-range value with the engine error naming the field, leaving the state unchanged', () => {
    const store = createPerformanceProfileStore();
    expect(() => store.getState().setAssumption('wf', 'workers', 0)).toThrow(
      /workers.*integer from 1 to 1024/,
    );
    expect(() => store.getState().setAssumption('wf', 'agentSteps', 5000)).toThrow(/assumptions\.agentSteps/);
    expect(() => store.getState().setCustomMetric('wf', { ...sleep, runtimeMs: -1 })).toThrow(
      /metric\.runtimeMs.*from 0/,
    );
    expect(store.getState().workflowSettings.size).toBe(0);
  });

  it('custom metrics export and import back to an equal list; a bad file names the field', () => {
    const store = createPerformanceProfileStore();
    store.getState().setCustomMetric('a', sleep);
    store.getState().setCustomMetric('a', { ...sleep, type: 'acme.*', category: 'http', device: 'remote' });
    const text = store.getState().exportCustomMetrics('a');
    expect(text).not.toBeNull();
    expect(store.getState().importCustomMetrics('b', text!)).toBeNull();
    expect(store.getState().workflowSettings.get('b')?.customMetrics).toEqual(
      store.getState().workflowSettings.get('a')?.customMetrics,
    );
    const bad = JSON.stringify({
      kind: 'workflow-profiler.custom-metrics',
      version: 1,
      metrics: [{ ...sleep, vramMb: 'x' }],
    });
    expect(store.getState().importCustomMetrics('c', bad)).toMatch(/metrics\[0\]\.vramMb/);
    expect(store.getState().importCustomMetrics('c', '{"version": 9, "metrics": []}')).toMatch(/version/);
    expect(store.getState().workflowSettings.has('c')).toBe(false);
    store.getState().removeCustomMetric('b', 'study.Sleep');
    expect(
      store
        .getState()
        .workflowSettings.get('b')
        ?.customMetrics?.map((m) => m.type),
    ).toEqual(['acme.*']);
  });

  it('persists per workflow (version 2) and restores into a new store', () => {
    const storage = new MemoryStorage();
    const first = createPerformanceProfileStore({ storage: () => storage });
    first.getState().setAssumption('wf', 'defaultItemCount', 6);
    first.getState().setAssumption('wf', 'audioSeconds', 120);
    first.getState().setCustomMetric('wf', sleep);
    const saved = JSON.parse(storage.getItem(PERSIST_KEY) ?? 'null');
    expect(saved.version).toBe(PERSIST_VERSION);
    expect(saved.state.workflows.wf).toEqual({
      defaultItemCount: 6,
      assumptions: { audioSeconds: 120 },
      customMetrics: [sleep],
    });
    const second = createPerformanceProfileStore({ storage: () => storage });
    expect(second.getState().workflowSettings.get('wf')).toEqual(saved.state.workflows.wf);
    expect(second.getState().settingsReport).toBeNull();
  });

  it('loads settings saved by the previous version (1) unchanged and without a notice', () => {
    const storage = new MemoryStorage();
    const id = HARDWARE_PRESETS.find((p) => p.id !== DEFAULT_HARDWARE_ID)!.id;
    const rule = {
      pattern: 'acme.*',
      definition: {
        category: 'http',
        baseComplexity: 3,
        defaults: { runtimeMs: 2000, memoryMb: 20, vramMb: 0, device: 'remote' },
      },
    };
    storage.setItem(
      PERSIST_KEY,
      JSON.stringify({ version: 1, state: { hardware: id, registeredMetrics: [rule] } }),
    );
    const store = createPerformanceProfileStore({ storage: () => storage });
    expect(store.getState().hardware).toBe(id);
    expect(store.getState().registeredMetrics.map((r) => r.pattern)).toEqual(['acme.*']);
    expect(store.getState().workflowSettings.size).toBe(0);
    expect(store.getState().settingsReport).toBeNull();
  });

  it('repairs bad stored values with a notice naming each, keeps the good ones and a backup', () => {
    const storage = new MemoryStorage();
    const raw = JSON.stringify({
      version: 2,
      state: {
        hardware: DEFAULT_HARDWARE_ID,
        registeredMetrics: [],
        workflows: {
          wf: {
            workers: 0,
            gpuLanes: 2,
            assumptions: { audioSeconds: 'long', outputTokens: 300 },
            customMetrics: [sleep, { ...sleep, type: 'x.Y', device: 'tpu' }],
          },
          broken: 'nope',
        },
      },
    });
    storage.setItem(PERSIST_KEY, raw);
    const store = createPerformanceProfileStore({ storage: () => storage });
    expect(store.getState().workflowSettings.get('wf')).toEqual({
      gpuLanes: 2,
      assumptions: { outputTokens: 300 },
      customMetrics: [sleep],
    });
    expect(store.getState().workflowSettings.has('broken')).toBe(false);
    const report = store.getState().settingsReport;
    expect(report?.kind).toBe('repaired');
    const text = JSON.stringify(report);
    expect(text).toMatch(/dropped workers of workflow \\"wf\\"/);
    expect(text).toMatch(/assumption audioSeconds/);
    expect(text).toMatch(/custom metric #2.*device/);
    expect(text).toMatch(/workflow \\"broken\\"/);
    expect(readStorageBackups(storage, PERSIST_KEY).map((b) => b.raw)).toContain(raw);
  });
});
