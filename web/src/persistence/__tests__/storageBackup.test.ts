import { MemoryStorage } from '../../test/memoryStorage';
import { MAX_STORAGE_BACKUPS, keepStorageBackup, readStorageBackups } from '../storageBackup';

const entry = (raw: string, savedAt = `2026-01-0${raw.length % 9}T00:00:00Z`) => ({
  raw,
  reason: 'test',
  savedAt,
});

describe('keepStorageBackup', () => {
  it('appends to a bounded list and says which older backup made room', () => {
    const storage = new MemoryStorage();
    for (let i = 0; i < MAX_STORAGE_BACKUPS; i += 1) {
      expect(keepStorageBackup(storage, 'k', entry(`v${i}`, `t${i}`))).toEqual({
        ok: true,
        backupKey: 'k.backup',
      });
    }
    expect(keepStorageBackup(storage, 'k', entry('new', 'tn'))).toEqual({
      ok: true,
      backupKey: 'k.backup',
      droppedSavedAt: 't0',
    });
    const kept = readStorageBackups(storage, 'k').map((b) => b.raw);
    expect(kept).toHaveLength(MAX_STORAGE_BACKUPS);
    expect(kept[0]).toBe('v1');
    expect(kept[kept.length - 1]).toBe('new');
  });

  it('does not overwrite a backup key holding something else', () => {
    const storage = new MemoryStorage();
    storage.setItem('k.backup', 'not a list');
    expect(keepStorageBackup(storage, 'k', entry('x'))).toMatchObject({ ok: false });
    expect(storage.getItem('k.backup')).toBe('not a list');
  });

  it('reports a storage that refuses the write', () => {
    const storage = new MemoryStorage();
    jest.spyOn(storage, 'setItem').mockImplementation(() => {
      throw new Error('quota');
    });
    expect(keepStorageBackup(storage, 'k', entry('x'))).toEqual({
      ok: false,
      backupKey: 'k.backup',
      error: 'quota',
    });
  });
});
