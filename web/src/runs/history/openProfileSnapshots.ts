/**
 * The profile snapshots repository: one estimate per workflow version and device in the history database
 * (object store `profileSnapshots`, schema version 2), bounded per workflow (the least recently estimated
 * go first). Framework-free; the IndexedDB factory can be injected.
 */
import { openHistoryDatabase } from './openRunHistory';
import { RunHistoryError, toRunHistoryError } from './RunHistoryError';
import {
  createProfileSnapshot,
  isReadableSnapshot,
  snapshotId,
  type NewProfileSnapshot,
  type ProfileSnapshot,
} from './profileSnapshot';
import { RUN_HISTORY_DB_NAME, SNAPSHOTS_BY_WORKFLOW_INDEX, SNAPSHOTS_STORE } from './schema';

/** Snapshots kept per workflow unless configured: enough versions for a trend, small enough to stay fast. */
export const DEFAULT_MAX_SNAPSHOTS_PER_WORKFLOW = 30;

export interface OpenProfileSnapshotsOptions {
  /** @default 'workflow-profiler-runs' (the run history's database) */
  dbName?: string;
  /** @default 30 */
  maxPerWorkflow?: number;
  /** @default globalThis.indexedDB */
  indexedDB?: IDBFactory;
  /** @default Date.now */
  now?: () => number;
}

export interface ProfileSnapshotList {
  /** Oldest version first (by `firstSeenAt`). */
  snapshots: ProfileSnapshot[];
  /** Stored snapshots of another snapshot version: kept, not shown. */
  unreadable: number;
}

export interface ProfileSnapshots {
  /** Stores the estimate of a version on a device (replacing the previous estimate of the same pair). */
  save(input: NewProfileSnapshot): Promise<{ snapshot: ProfileSnapshot; pruned: string[] }>;
  list(workflowKey: string): Promise<ProfileSnapshotList>;
  close(): void;
}

/**
 * Opens the snapshots store (creating or upgrading the history database).
 *
 * @throws RunHistoryError `history.unavailable` without IndexedDB, `history.blocked`, `history.version-too-new`
 */
interface SnapshotTimes {
  savedAt: number;
  firstSeenAt: number;
}

export async function openProfileSnapshots(
  options: OpenProfileSnapshotsOptions = {},
): Promise<ProfileSnapshots> {
  const factory = options.indexedDB ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  if (!factory)
    throw new RunHistoryError(
      'history.unavailable',
      'This browser offers no IndexedDB here (private mode or disabled site data): versions are kept for this session only.',
    );
  const max = options.maxPerWorkflow ?? DEFAULT_MAX_SNAPSHOTS_PER_WORKFLOW;
  if (!Number.isInteger(max) || max < 1)
    throw new RunHistoryError(
      'history.invalid-bound',
      `maxPerWorkflow must be a positive integer, got ${String(max)}.`,
    );
  const clock = options.now ?? Date.now;
  // Strictly increasing within this connection: two versions saved in the same millisecond still list in order.
  let last = -Infinity;
  const now = () => (last = Math.max(clock(), last + 1));
  const db = await openHistoryDatabase(factory, options.dbName ?? RUN_HISTORY_DB_NAME);
  /**
   * Times of the snapshots this connection has seen, by id. Assumption: one tab saves a workflow's versions
   * at a time; a version another tab saves meanwhile is ordered by the time this one last saw.
   */
  const times = new Map<string, SnapshotTimes>();
  /** A snapshot's times: from this connection's memory, else read once from the store. */
  const timesOf = async (
    store: { get(key: string): Promise<unknown> },
    id: string,
  ): Promise<SnapshotTimes | undefined> => {
    const known = times.get(id);
    if (known) return known;
    const value = await store.get(id);
    if (!isReadableSnapshot(value)) return undefined;
    const entry = { savedAt: value.savedAt, firstSeenAt: value.firstSeenAt };
    times.set(id, entry);
    return entry;
  };

  return {
    async save(input) {
      const tx = db.transaction(SNAPSHOTS_STORE, 'readwrite');
      const done = tx.done.catch((error: unknown) => error);
      try {
        const time = now();
        const id = snapshotId(input.workflowKey, input.workflowVersion, input.profile.hardware);
        const known = await timesOf(tx.store, id);
        const firstSeenAt = known?.firstSeenAt ?? time;
        const snapshot = createProfileSnapshot(input, time, firstSeenAt);
        await tx.store.put(snapshot);
        times.set(id, { savedAt: time, firstSeenAt });
        // Keys, not values: a snapshot holds its graph (megabytes at 10,000 nodes), and reading every one
        // back on each save froze the page for a second. A snapshot's times are read once per connection.
        const keys = (await tx.store
          .index(SNAPSHOTS_BY_WORKFLOW_INDEX)
          .getAllKeys(input.workflowKey)) as string[];
        let pruned: string[] = [];
        if (keys.length > max) {
          const readable: Array<{ id: string; savedAt: number }> = [];
          for (const key of keys) {
            const entry = await timesOf(tx.store, key);
            if (entry) readable.push({ id: key, savedAt: entry.savedAt });
          }
          readable.sort((a, b) => a.savedAt - b.savedAt);
          pruned = readable.slice(0, Math.max(0, readable.length - max)).map((old) => old.id);
        }
        for (const id of pruned) {
          await tx.store.delete(id);
          times.delete(id);
        }
        const failure = await done;
        if (failure) throw failure;
        return { snapshot, pruned };
      } catch (error) {
        try {
          tx.abort();
        } catch {
          // already finished or aborted
        }
        throw toRunHistoryError(error, 'save the estimate of this version');
      }
    },

    async list(workflowKey) {
      try {
        const all = (await db.getAllFromIndex(
          SNAPSHOTS_STORE,
          SNAPSHOTS_BY_WORKFLOW_INDEX,
          workflowKey,
        )) as unknown[];
        const snapshots = all
          .filter(isReadableSnapshot)
          .map((snapshot) => {
            times.set(snapshot.id, { savedAt: snapshot.savedAt, firstSeenAt: snapshot.firstSeenAt });
            return snapshot;
          })
          .sort((a, b) => a.firstSeenAt - b.firstSeenAt || (a.id < b.id ? -1 : 1));
        return { snapshots, unreadable: all.length - snapshots.length };
      } catch (error) {
        throw toRunHistoryError(error, 'read the workflow versions');
      }
    },

    close() {
      db.close();
    },
  };
}
