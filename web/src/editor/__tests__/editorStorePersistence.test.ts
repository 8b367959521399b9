import { readStorageBackups } from '../../persistence/storageBackup';
import { MemoryStorage } from '../../test/memoryStorage';
import { EDITOR_STORAGE_KEY, createEditorStore } from '../store';
import { REPAIRABLE, UNREADABLE, damagedValues } from './damagedFixtures';

const DEFAULT_NAME = 'Research brief agent chain';

function load(raw: string, storage = new MemoryStorage()) {
  storage.setItem(EDITOR_STORAGE_KEY, raw);
  return { storage, store: createEditorStore({ storage, writeDelayMs: 0 }) };
}

const backups = (storage: Storage) => readStorageBackups(storage, EDITOR_STORAGE_KEY).map((b) => b.raw);

describe('editor store: damaged saved workflows', () => {
  it.each(REPAIRABLE)('%s: opens the user’s workflow, reports the repairs, keeps the original', (name) => {
    const raw = damagedValues[name] ?? '';
    const { storage, store } = load(raw);
    const state = store.getState();
    expect(state.workflowName).toBe('MY SAVED WORK');
    expect(state.nodes.map((n) => n.id)).toEqual(['mine1', 'mine2']);
    expect(state.storageReport).toMatchObject({
      kind: 'repaired',
      original: raw,
      backupKey: 'wpp-editor.backup',
    });
    expect(state.storageReport?.repairs.length).toBeGreaterThan(0);
    expect(backups(storage)).toEqual([raw]);
    // The repaired workflow is saved, so the next load opens it cleanly.
    const again = createEditorStore({ storage, writeDelayMs: 0 });
    expect(again.getState().storageReport).toBeNull();
    expect(again.getState().nodes.map((n) => n.id)).toEqual(['mine1', 'mine2']);
  });

  it.each(UNREADABLE)('%s: opens the default example and keeps the original through later saves', (name) => {
    const raw = damagedValues[name] ?? '';
    const { storage, store } = load(raw);
    expect(store.getState().workflowName).toBe(DEFAULT_NAME);
    expect(store.getState().storageReport).toMatchObject({ kind: 'unreadable', original: raw });
    expect(store.getState().storageReport?.reason).toEqual(expect.any(String));
    store.getState().setWorkflowName('edited');
    expect(storage.getItem(EDITOR_STORAGE_KEY)).not.toBe(raw);
    expect(backups(storage)).toEqual([raw]);
  });

  it('reports the dangling edge by id in the visible message list', () => {
    const { store } = load(damagedValues['dangling-edge'] ?? '');
    expect(store.getState().storageReport?.repairs).toEqual([
      'dropped edge bad (its target node gone is missing)',
    ]);
  });

  it('never writes over the saved value when its backup cannot be made', () => {
    const storage = new MemoryStorage();
    const raw = damagedValues['unparseable'] ?? '';
    storage.setItem(EDITOR_STORAGE_KEY, raw);
    const setItem = storage.setItem.bind(storage);
    jest.spyOn(storage, 'setItem').mockImplementation((key, value) => {
      if (key.endsWith('.backup')) throw new Error('QuotaExceededError');
      setItem(key, value);
    });
    const store = createEditorStore({ storage, writeDelayMs: 0 });
    expect(store.getState().storageReport).toMatchObject({
      backupKey: null,
      backupError: 'QuotaExceededError',
    });
    store.getState().setWorkflowName('edited');
    store.getState().reset();
    expect(storage.getItem(EDITOR_STORAGE_KEY)).toBe(raw);
  });

  it('keeps a backup per distinct damaged value, without copying the same text twice', () => {
    const storage = new MemoryStorage();
    load(damagedValues['unparseable'] ?? '', storage);
    load(damagedValues['unparseable'] ?? '', storage);
    load(damagedValues['no-node-list'] ?? '', storage);
    expect(backups(storage)).toEqual([damagedValues['unparseable'], damagedValues['no-node-list']]);
  });

  it('dismissing the report keeps the backup', () => {
    const { storage, store } = load(damagedValues['future-version-2'] ?? '');
    store.getState().dismissStorageReport();
    expect(store.getState().storageReport).toBeNull();
    expect(backups(storage)).toEqual([damagedValues['future-version-2']]);
  });
});
