import { DEFAULT_HARDWARE_ID, HARDWARE_PRESETS } from '../../profiling/hardware';
import { resolveMetricDefinition } from '../../profiling/estimate';
import type { NodeMetricDefinition } from '../../profiling/estimate/types';
import { createPerformanceProfileStore } from '../PerformanceProfileStore';
import { PERSIST_KEY, PERSIST_VERSION } from '../profile/persistence';
import { readStorageBackups } from '../../persistence/storageBackup';
import { MemoryStorage } from '../../test/memoryStorage';
import { smallChain } from './workflowFixtures';

const dataOnly: NodeMetricDefinition = {
  category: 'http',
  baseComplexity: 3,
  defaults: { runtimeMs: 2_000, memoryMb: 20, vramMb: 0, device: 'remote' },
};

const withFunction: NodeMetricDefinition = {
  ...dataOnly,
  estimate: () => {
    throw new Error('not called in this test');
  },
};

function presetId(index: number): string {
  const preset = HARDWARE_PRESETS[index];
  if (!preset) throw new Error('missing preset');
  return preset.id === DEFAULT_HARDWARE_ID ? (HARDWARE_PRESETS[index + 1]?.id ?? preset.id) : preset.id;
}

function stored(storage: Storage): { state: Record<string, unknown>; version: number } {
  return JSON.parse(storage.getItem(PERSIST_KEY) ?? 'null');
}

describe('PerformanceProfileStore persistence', () => {
  let warn: jest.SpyInstance;
  beforeEach(() => {
    warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => warn.mockRestore());

  it('persists only settings, with a version, never profiles', async () => {
    const storage = new MemoryStorage();
    const store = createPerformanceProfileStore({ storage: () => storage });
    const id = presetId(2);
    store.getState().setHardware(id);
    store.getState().registerNodeMetrics('acme.data.*', dataOnly);
    store.getState().registerNodeMetrics('acme.fn.*', withFunction);
    const { nodes, edges } = smallChain();
    await store.getState().analyzeWorkflow('wf', nodes, edges);

    const saved = stored(storage);
    expect(saved.version).toBe(PERSIST_VERSION);
    expect(Object.keys(saved.state).sort()).toEqual(['hardware', 'registeredMetrics']);
    expect(saved.state.hardware).toBe(id);
    expect(saved.state.registeredMetrics).toEqual([{ pattern: 'acme.data.*', definition: dataOnly }]);
  });

  it('restores hardware and data-only metric rules into a new store', () => {
    const storage = new MemoryStorage();
    const first = createPerformanceProfileStore({ storage: () => storage });
    const id = presetId(3);
    first.getState().setHardware(id);
    first.getState().registerNodeMetrics('acme.data.*', dataOnly);

    const second = createPerformanceProfileStore({ storage: () => storage });
    expect(second.getState().hardware).toBe(id);
    expect(second.getState().hardwareSpec.id).toBe(id);
    expect(second.getState().registeredMetrics.map((rule) => rule.pattern)).toEqual(['acme.data.*']);
    expect(resolveMetricDefinition(second.getState().metrics, 'acme.data.Fetch')?.defaults.runtimeMs).toBe(
      2_000,
    );
  });

  it('recovers from corrupt JSON: defaults, the value kept in the backup and reported', () => {
    const storage = new MemoryStorage();
    const raw = '{"state": {"hardware": "apple-m';
    storage.setItem(PERSIST_KEY, raw);
    const store = createPerformanceProfileStore({ storage: () => storage });
    expect(store.getState().hardware).toBe(DEFAULT_HARDWARE_ID);
    expect(store.getState().settingsReport).toMatchObject({ kind: 'unreadable', original: raw });
    expect(store.getState().settingsReport?.reason).toMatch(/not valid JSON/);
    store.getState().setHardware(presetId(2));
    expect(readStorageBackups(storage, PERSIST_KEY).map((b) => b.raw)).toEqual([raw]);
  });

  it('ignores invalid stored values field by field', () => {
    const storage = new MemoryStorage();
    storage.setItem(
      PERSIST_KEY,
      JSON.stringify({
        version: PERSIST_VERSION,
        state: {
          hardware: 'no-such-device',
          registeredMetrics: [
            { pattern: 'good.*', definition: dataOnly },
            { pattern: 'bad.*', definition: { category: 7 } },
            'garbage',
          ],
        },
      }),
    );
    const original = storage.getItem(PERSIST_KEY);
    const store = createPerformanceProfileStore({ storage: () => storage });
    expect(store.getState().hardware).toBe(DEFAULT_HARDWARE_ID);
    expect(store.getState().registeredMetrics.map((rule) => rule.pattern)).toEqual(['good.*']);
    const report = store.getState().settingsReport;
    expect(report?.kind).toBe('repaired');
    expect(report?.repairs).toEqual([
      expect.stringMatching(/^dropped the saved hardware \(.*no-such-device/),
      expect.stringMatching(/^dropped the saved metric rule "bad\.\*"/),
      'dropped the saved metric rule #3 (no pattern or definition)',
    ]);
    expect(readStorageBackups(storage, PERSIST_KEY).map((b) => b.raw)).toEqual([original]);
    // The repaired settings are saved: the next load opens them without a report.
    expect(createPerformanceProfileStore({ storage: () => storage }).getState().settingsReport).toBeNull();
  });

  it('never writes over saved settings whose backup cannot be made', () => {
    const storage = new MemoryStorage();
    const raw = '{"state": 1';
    storage.setItem(PERSIST_KEY, raw);
    const setItem = storage.setItem.bind(storage);
    jest.spyOn(storage, 'setItem').mockImplementation((key, value) => {
      if (key.endsWith('.backup')) throw new Error('QuotaExceededError');
      setItem(key, value);
    });
    const store = createPerformanceProfileStore({ storage: () => storage });
    expect(store.getState().settingsReport).toMatchObject({ backupKey: null });
    store.getState().setHardware(presetId(2));
    expect(storage.getItem(PERSIST_KEY)).toBe(raw);
  });

  it('migrates the unversioned shape (hardwareId) and reads a newer version as best it can, keeping it', () => {
    const id = presetId(4);
    const old = new MemoryStorage();
    old.setItem(PERSIST_KEY, JSON.stringify({ version: 0, state: { hardwareId: id } }));
    expect(createPerformanceProfileStore({ storage: () => old }).getState().hardware).toBe(id);
    expect(stored(old).version).toBe(PERSIST_VERSION);

    const newer = new MemoryStorage();
    const newerRaw = JSON.stringify({ version: PERSIST_VERSION + 1, state: { hardware: id } });
    newer.setItem(PERSIST_KEY, newerRaw);
    const store = createPerformanceProfileStore({ storage: () => newer });
    expect(store.getState().hardware).toBe(id);
    expect(store.getState().settingsReport?.reason).toMatch(/newer version of the app/);
    expect(readStorageBackups(newer, PERSIST_KEY).map((b) => b.raw)).toEqual([newerRaw]);
  });

  it('keeps working when the storage throws', () => {
    const broken = new MemoryStorage();
    broken.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    const store = createPerformanceProfileStore({ storage: () => broken });
    expect(() => store.getState().setHardware(presetId(2))).not.toThrow();
    expect(store.getState().hardware).toBe(presetId(2));
  });
});
