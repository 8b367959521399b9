/**
 * The run history: measured runs saved in IndexedDB per workflow, bounded per workflow (oldest pruned on
 * add), with the raw recording kept for export. Framework-free; the IndexedDB factory can be injected.
 */
import { wrap, type IDBPDatabase } from 'idb';
import { RUN_RECORD_VERSION, type RunRecord } from '../types';
import { exportRunEntry, type RunExport } from './exportRunEntry';
import { RunHistoryError, toRunHistoryError } from './RunHistoryError';
import {
  BY_WORKFLOW_INDEX,
  RUN_HISTORY_DB_NAME,
  RUN_HISTORY_DB_VERSION,
  RUNS_STORE,
  upgradeRunHistory,
  type RunHistoryEntry,
} from './schema';

/** Runs kept per workflow unless configured. Assumption: enough to compare, small enough to stay fast. */
export const DEFAULT_MAX_RUNS_PER_WORKFLOW = 50;

export interface OpenRunHistoryOptions {
  /** @default 'workflow-profiler-runs' */
  dbName?: string;
  /** Runs kept per workflow; the oldest go first when an add passes it. @default 50 */
  maxRunsPerWorkflow?: number;
  /** @default globalThis.indexedDB */
  indexedDB?: IDBFactory;
  /** Clock for `savedAt`. @default Date.now */
  now?: () => number;
}

/** What to add: the record, its raw recording if any, and the workflow it belongs to. */
export interface NewRunEntry {
  workflowKey: string;
  record: RunRecord;
  /** Raw recording text (JSONL). @default null */
  recording?: string | null;
  /** @default record.workflowVersion */
  workflowVersion?: string | null;
  /** @default record.id */
  id?: string;
}

/** A stored run whose record has a version this profiler cannot read: kept, listed, exportable. */
export interface UnreadableRun {
  id: string;
  workflowKey: string;
  savedAt: number;
  recordVersion: unknown;
}

export interface RunHistoryList {
  /** Newest first. */
  runs: RunHistoryEntry[];
  unreadable: UnreadableRun[];
}

export interface RunHistory {
  /** Saves a run and prunes the workflow's oldest runs past the bound, atomically: a failing add changes nothing. */
  add(input: NewRunEntry): Promise<{ entry: RunHistoryEntry; pruned: string[] }>;
  /** The workflow's runs, newest first; with `version`, only runs of that workflow version. */
  list(workflowKey: string, options?: { version?: string | null }): Promise<RunHistoryList>;
  /** @throws RunHistoryError `history.unknown-version` when the stored record cannot be read */
  get(id: string): Promise<RunHistoryEntry | null>;
  /** Deletes a run; deleting a missing id does nothing. */
  delete(id: string): Promise<void>;
  /** The raw recording when kept, else the record as JSON. @throws RunHistoryError `history.not-found` */
  export(id: string): Promise<RunExport>;
  readonly maxRunsPerWorkflow: number;
  /** Changes the bound for later adds. @throws RunHistoryError `history.invalid-bound` */
  setMaxRunsPerWorkflow(max: number): void;
  close(): void;
}

/** The history database, opened (and upgraded) by `openHistoryDatabase`. */
export type HistoryDb = IDBPDatabase<unknown>;
type Db = HistoryDb;

/** The entry `add` stores for `input` (also used to keep runs in memory when IndexedDB is unavailable). */
export function createRunEntry(input: NewRunEntry, savedAt: number): RunHistoryEntry {
  return {
    id: input.id ?? input.record.id,
    workflowKey: input.workflowKey,
    workflowVersion:
      input.workflowVersion === undefined ? input.record.workflowVersion : input.workflowVersion,
    savedAt,
    record: input.record,
    recording: input.recording ?? null,
  };
}

function checkBound(max: number): number {
  if (!Number.isInteger(max) || max < 1)
    throw new RunHistoryError(
      'history.invalid-bound',
      `maxRunsPerWorkflow must be a positive integer, got ${String(max)}.`,
    );
  return max;
}

function isReadable(entry: RunHistoryEntry): boolean {
  return (entry.record as { version?: unknown } | undefined)?.version === RUN_RECORD_VERSION;
}

/**
 * Opens the history database at the current schema version, upgrading it when older. Shared by the run
 * history and the profile snapshots (two object stores of one database).
 */
export function openHistoryDatabase(factory: IDBFactory, name: string): Promise<Db> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (error: RunHistoryError) => {
      if (settled) return;
      settled = true;
      reject(error);
    };
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, RUN_HISTORY_DB_VERSION);
    } catch (error) {
      fail(toRunHistoryError(error, 'open the run history'));
      return;
    }
    request.onupgradeneeded = (event) => upgradeRunHistory(request.result, event.oldVersion);
    request.onblocked = () =>
      fail(
        new RunHistoryError(
          'history.blocked',
          'The run history is held open by another tab running an older profiler: close or reload that tab, then try again.',
        ),
      );
    request.onerror = () => fail(toRunHistoryError(request.error, 'open the run history'));
    request.onsuccess = () => {
      const db = request.result;
      if (settled) {
        db.close(); // opened after we gave up waiting on a blocked upgrade
        return;
      }
      settled = true;
      // A newer tab wants to upgrade: let it, rather than block it.
      db.onversionchange = () => db.close();
      resolve(wrap(db) as Db);
    };
  });
}

/**
 * Opens (creating or upgrading) the run history.
 *
 * @throws RunHistoryError `history.unavailable` without IndexedDB, `history.blocked`, `history.version-too-new`
 * @example
 * const history = await openRunHistory();
 * await history.add({ workflowKey: 'wf', record, recording: text });
 * const { runs } = await history.list('wf');
 */
export async function openRunHistory(options: OpenRunHistoryOptions = {}): Promise<RunHistory> {
  const factory = options.indexedDB ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  if (!factory)
    throw new RunHistoryError(
      'history.unavailable',
      'This browser offers no IndexedDB here (private mode or disabled site data): runs are kept for this session only.',
    );
  const now = options.now ?? Date.now;
  let max = checkBound(options.maxRunsPerWorkflow ?? DEFAULT_MAX_RUNS_PER_WORKFLOW);
  const db = await openHistoryDatabase(factory, options.dbName ?? RUN_HISTORY_DB_NAME);

  const readAll = async (workflowKey: string): Promise<RunHistoryEntry[]> =>
    (await db.getAllFromIndex(RUNS_STORE, BY_WORKFLOW_INDEX, workflowKey)) as RunHistoryEntry[];
  const find = async (id: string): Promise<RunHistoryEntry | undefined> =>
    (await db.get(RUNS_STORE, id)) as RunHistoryEntry | undefined;

  return {
    get maxRunsPerWorkflow() {
      return max;
    },
    setMaxRunsPerWorkflow(next) {
      max = checkBound(next);
    },

    async add(input) {
      const entry = createRunEntry(input, now());
      const tx = db.transaction(RUNS_STORE, 'readwrite');
      const done = tx.done.catch((error: unknown) => error);
      try {
        await tx.store.put(entry);
        const all = (await tx.store.index(BY_WORKFLOW_INDEX).getAll(entry.workflowKey)) as RunHistoryEntry[];
        // Unreadable records are kept and reported, never pruned away unseen.
        const readable = all.filter(isReadable).sort((a, b) => a.savedAt - b.savedAt);
        const pruned = readable.slice(0, Math.max(0, readable.length - max)).map((old) => old.id);
        for (const id of pruned) await tx.store.delete(id);
        const failure = await done;
        if (failure) throw failure;
        return { entry, pruned };
      } catch (error) {
        try {
          tx.abort();
        } catch {
          // already finished or aborted
        }
        throw toRunHistoryError(error, 'save the run');
      }
    },

    async list(workflowKey, options = {}) {
      try {
        const all = await readAll(workflowKey);
        const unreadable = all
          .filter((entry) => !isReadable(entry))
          .map((entry) => ({
            id: entry.id,
            workflowKey: entry.workflowKey,
            savedAt: entry.savedAt,
            recordVersion: (entry.record as { version?: unknown } | undefined)?.version,
          }));
        const runs = all
          .filter(isReadable)
          .filter((entry) => options.version === undefined || entry.workflowVersion === options.version)
          .sort((a, b) => b.savedAt - a.savedAt || b.record.startedAt - a.record.startedAt);
        return { runs, unreadable };
      } catch (error) {
        throw toRunHistoryError(error, 'read the run history');
      }
    },

    async get(id) {
      let entry: RunHistoryEntry | undefined;
      try {
        entry = await find(id);
      } catch (error) {
        throw toRunHistoryError(error, 'read the run');
      }
      if (!entry) return null;
      if (!isReadable(entry))
        throw new RunHistoryError(
          'history.unknown-version',
          `Run ${id} was saved by another profiler version (record version ${String((entry.record as { version?: unknown }).version)}): export it, or update the profiler to read it.`,
        );
      return entry;
    },

    async delete(id) {
      try {
        await db.delete(RUNS_STORE, id);
      } catch (error) {
        throw toRunHistoryError(error, 'delete the run');
      }
    },

    async export(id) {
      let entry: RunHistoryEntry | undefined;
      try {
        entry = await find(id);
      } catch (error) {
        throw toRunHistoryError(error, 'export the run');
      }
      if (!entry)
        throw new RunHistoryError(
          'history.not-found',
          `No saved run with id ${id}: it may have been deleted.`,
        );
      return exportRunEntry(entry);
    },

    close() {
      db.close();
    },
  };
}
