/**
 * Backups of stored values that could not be used as they were (unreadable, newer than the app, or
 * repaired). A value is copied here before anything may overwrite it, so what the user saved is never lost.
 * Framework-free: takes a Web Storage.
 */

/** One kept value. */
export interface StorageBackupEntry {
  /** The stored text exactly as it was read. */
  raw: string;
  /** Why it was kept, in words, e.g. `saved by a newer version (2)`. */
  reason: string;
  /** ISO time the copy was made. */
  savedAt: string;
}

/** Outcome of `keepStorageBackup`. */
export type StorageBackupResult =
  { ok: true; backupKey: string; droppedSavedAt?: string } | { ok: false; backupKey: string; error: string };

/** Most backups kept per key; beyond it the oldest goes (and the caller is told which). */
export const MAX_STORAGE_BACKUPS = 5;

/** The key backups of `key` are kept under, e.g. `wpp-editor.backup`. */
export function backupKeyFor(key: string): string {
  return `${key}.backup`;
}

function isEntry(value: unknown): value is StorageBackupEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.raw === 'string' && typeof entry.reason === 'string' && typeof entry.savedAt === 'string'
  );
}

/** The backups kept for `key`, oldest first (an unreadable backup list reads as empty). */
export function readStorageBackups(storage: Storage, key: string): StorageBackupEntry[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(backupKeyFor(key)) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isEntry) : [];
  } catch {
    return [];
  }
}

/**
 * Copies `entry` into the backup list of `key` (a bounded list, oldest first). A text already kept is not
 * copied twice. When the list is full the oldest entry is dropped and its time returned, so the caller
 * can say so. Never throws: a full or blocked storage yields `ok: false`.
 */
export function keepStorageBackup(
  storage: Storage,
  key: string,
  entry: StorageBackupEntry,
): StorageBackupResult {
  const backupKey = backupKeyFor(key);
  try {
    const rawList = storage.getItem(backupKey);
    const entries = readStorageBackups(storage, key);
    if (rawList !== null && entries.length === 0 && rawList.trim() !== '[]') {
      // Something else lives under the backup key: do not overwrite it.
      return { ok: false, backupKey, error: `${backupKey} holds data that is not a backup list` };
    }
    if (entries.some((kept) => kept.raw === entry.raw)) return { ok: true, backupKey };
    const next = [...entries, entry];
    const dropped = next.length > MAX_STORAGE_BACKUPS ? next.shift() : undefined;
    storage.setItem(backupKey, JSON.stringify(next));
    if (storage.getItem(backupKey) === null) throw new Error('the write did not stick');
    return dropped ? { ok: true, backupKey, droppedSavedAt: dropped.savedAt } : { ok: true, backupKey };
  } catch (error) {
    return { ok: false, backupKey, error: error instanceof Error ? error.message : String(error) };
  }
}
