/**
 * What a storage does with a stored value it cannot use as stored: copy it to the backup list, then describe
 * what happened for the user. Shared by the editor's saved workflow and the profiler's saved settings.
 */
import { keepStorageBackup } from './storageBackup';

/**
 * A stored value that was repaired or could not be read on load: shown to the user until dismissed, with
 * the original text to download.
 */
export interface StorageReport {
  /** `repaired`: it was used with the listed changes; `unreadable`: defaults were used instead. */
  kind: 'repaired' | 'unreadable';
  /** Each change made, naming what it touched (repaired only). */
  repairs: string[];
  /** Why it could not be read (unreadable), or why its original was kept although it was used. */
  reason: string | null;
  /** The stored text exactly as it was read. */
  original: string;
  /** Where the original was copied, or null when the copy failed (then nothing is written over it). */
  backupKey: string | null;
  /** Why the copy failed. */
  backupError?: string;
  /** Time of an older backup that was dropped to make room (the list is bounded). */
  droppedBackupAt?: string;
}

/** How a stored value was read: unreadable, or used with repairs (and maybe a reason to keep the original). */
export type StoredValueOutcome = { unreadable: string } | { repairs: string[]; keepOriginal?: string };

/**
 * Copies `raw` (the value of `key`) to its backup list and reports the outcome. When `report.backupKey` is
 * null the copy failed and the caller must not write `key`.
 */
export function keepUnusableValue(
  storage: Storage,
  key: string,
  raw: string,
  outcome: StoredValueOutcome,
): StorageReport {
  const reason = 'unreadable' in outcome ? outcome.unreadable : (outcome.keepOriginal ?? null);
  const backup = keepStorageBackup(storage, key, {
    raw,
    reason: reason ?? 'repaired on load',
    savedAt: new Date().toISOString(),
  });
  return {
    kind: 'unreadable' in outcome ? 'unreadable' : 'repaired',
    repairs: 'unreadable' in outcome ? [] : outcome.repairs,
    reason,
    original: raw,
    backupKey: backup.ok ? backup.backupKey : null,
    ...(backup.ok ? {} : { backupError: backup.error }),
    ...(backup.ok && backup.droppedSavedAt ? { droppedBackupAt: backup.droppedSavedAt } : {}),
  };
}
