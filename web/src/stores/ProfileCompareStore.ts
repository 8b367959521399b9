/**
 * ProfileCompareStore: what the profiler compares. For each workflow it keeps the previous profile (and a
 * pinned baseline) beside the current one and the change between them; it saves one profile snapshot per
 * workflow version and device in the history database (for the Compare and Trend views) and runs the
 * Compare view's analyses. A store of its own, beside PerformanceProfileStore: it reads that store's
 * results and never changes them. Deltas last for the session; snapshots persist, and so does a pinned
 * baseline where the store has pin storage (pinStorage.ts): after a reload it is estimated again from the
 * pinned version's stored graph.
 */
import { createStore } from 'zustand/vanilla';
import { hardwareKey } from '../profiling';
import { computeWorkflowVersion } from '../runs/workflowVersion';
import {
  createProfileSnapshot,
  snapshotId,
  snapshotSummary,
  type NewProfileSnapshot,
  type ProfileSnapshot,
} from '../runs/history/profileSnapshot';
import { openProfileSnapshots, type ProfileSnapshots } from '../runs/history/openProfileSnapshots';
import { toRunHistoryError } from '../runs/history/RunHistoryError';
import { createComparisonActions, DATE, profileSide, sideOptions } from './compare/createComparisonActions';
import { readPin, writePin, type StoredPin } from './compare/pinStorage';
import { runWhenIdle } from '../browser/runWhenIdle';
import { NO_DELTAS, prepareStructure, recordEntry, withDiff } from './compare/nextDeltas';
import type { Profile } from '../profiling/types';
import type {
  AnalysisSettings,
  ProfiledGraph,
  ProfileCompareActions,
  ProfileCompareData,
  ProfileCompareState,
  ProfileCompareStoreApi,
} from './compare/storeTypes';

export type * from './compare/storeTypes';

/** The initial state: no profiles, no snapshots loaded, no comparison. */
export function createInitialCompareState(): ProfileCompareData {
  return {
    deltas: new Map(),
    snapshotsKey: null,
    snapshots: [],
    snapshotStatus: 'idle',
    snapshotError: null,
    snapshotsSessionOnly: false,
    comparison: null,
  };
}

/**
 * How long an edited version must stay current before its snapshot is saved (ms): typing "60" may analyse
 * "6" on the way, which should not become a version of its own. The first version of a workflow in the
 * session is saved at once (the edits start from it); opening Compare or Trend saves the waiting one.
 */
export const SNAPSHOT_SAVE_DELAY_MS = 1500;

/** Longest wait for an idle moment before the first profile's graph is read for later comparisons. */
const STRUCTURE_IDLE_TIMEOUT_MS = 3000;

export interface CreateProfileCompareStoreOptions {
  /** Opens the snapshots repository (once, on first use). @default () => openProfileSnapshots() */
  openSnapshots?: () => Promise<ProfileSnapshots>;
  /** @default Date.now */
  now?: () => number;
  /** @default SNAPSHOT_SAVE_DELAY_MS */
  saveDelayMs?: number;
  /** Where pinned baselines outlast the session (see pinStorage.ts). @default none: pins last for the session */
  pinStorage?: () => Storage | undefined;
}

type SetState = ProfileCompareStoreApi['setState'];
type GetState = ProfileCompareStoreApi['getState'];

/** The snapshot list with `snapshot` in it (replacing the one of the same id), oldest version first. */
function withSnapshot(list: readonly ProfileSnapshot[], snapshot: ProfileSnapshot): ProfileSnapshot[] {
  const rest = list.filter((old) => old.id !== snapshot.id);
  return [...rest, snapshot].sort((a, b) => a.firstSeenAt - b.firstSeenAt || (a.id < b.id ? -1 : 1));
}

function createActions(
  set: SetState,
  get: GetState,
  options: CreateProfileCompareStoreOptions,
): ProfileCompareActions {
  const {
    openSnapshots = () => openProfileSnapshots(),
    now = Date.now,
    saveDelayMs = SNAPSHOT_SAVE_DELAY_MS,
    pinStorage,
  } = options;
  // Workflows whose stored pin was read (or replaced) in this session: it is restored at most once.
  const pinsRead = new Set<string>();
  // Pin and unpin actions per workflow: a restore still running when the user pins or unpins is dropped.
  const pinActions = new Map<string, number>();
  const countPinAction = (workflowKey: string) => {
    pinsRead.add(workflowKey);
    pinActions.set(workflowKey, (pinActions.get(workflowKey) ?? 0) + 1);
  };
  // The latest snapshot waiting to be saved, per workflow (a newer version replaces it).
  const pending = new Map<string, { input: NewProfileSnapshot; timer: ReturnType<typeof setTimeout> }>();
  // Workflows with a version recorded in this session, and the save of that first version.
  const started = new Set<string>();
  const inflight = new Map<string, Promise<void>>();
  let repository: Promise<ProfileSnapshots | null> | null = null;
  let loadToken = 0;
  // Snapshots kept in memory when IndexedDB is unavailable, by workflow.
  const memory = new Map<string, ProfileSnapshot[]>();
  // The last summary saved per snapshot id: a second analysis pass of the same version saves nothing.
  const saved = new Map<string, string>();

  const getRepository = (): Promise<ProfileSnapshots | null> => {
    repository ??= openSnapshots().catch((error: unknown) => {
      const failure = toRunHistoryError(error, 'open the stored workflow versions');
      if (failure.code === 'history.blocked') repository = null;
      set({ snapshotsSessionOnly: failure.code !== 'history.blocked', snapshotError: failure.message });
      return null;
    });
    return repository;
  };

  const saveSnapshot = async (input: NewProfileSnapshot) => {
    const id = snapshotId(input.workflowKey, input.workflowVersion, input.profile.hardware);
    const fingerprint = JSON.stringify(snapshotSummary(input.profile));
    if (saved.get(id) === fingerprint) return;
    saved.set(id, fingerprint);
    const repo = await getRepository();
    let snapshot: ProfileSnapshot;
    if (repo) {
      try {
        ({ snapshot } = await repo.save(input));
      } catch (error) {
        saved.delete(id);
        set({ snapshotError: toRunHistoryError(error, 'save the estimate of this version').message });
        return;
      }
    } else {
      const list = memory.get(input.workflowKey) ?? [];
      const old = list.find((s) => s.id === id);
      const draft = createProfileSnapshot(input, now());
      snapshot = old ? { ...draft, firstSeenAt: old.firstSeenAt } : draft;
      memory.set(input.workflowKey, withSnapshot(list, snapshot));
    }
    if (get().snapshotsKey === input.workflowKey) {
      set((state) => ({ snapshots: withSnapshot(state.snapshots, snapshot) }));
    }
  };

  /** Runs a save after the workflow's earlier ones (a failed save has reported itself and does not stop the next). */
  const enqueue = (workflowKey: string, job: () => Promise<void>): Promise<void> => {
    const next = (inflight.get(workflowKey) ?? Promise.resolve()).then(job, job);
    inflight.set(workflowKey, next);
    return next;
  };

  /** Saves the workflow's waiting snapshot now and resolves when every save of it has ended (before listing). */
  const flush = async (workflowKey: string): Promise<void> => {
    const waiting = pending.get(workflowKey);
    if (waiting) {
      clearTimeout(waiting.timer);
      pending.delete(workflowKey);
      void enqueue(workflowKey, () => saveSnapshot(waiting.input));
    }
    await inflight.get(workflowKey);
  };

  /**
   * Saves in a later task: the first version of a workflow seen in the session (where the edits start from)
   * at once, later ones only when still current after `saveDelayMs`.
   */
  const scheduleSnapshot = (input: NewProfileSnapshot) => {
    if (!started.has(input.workflowKey)) {
      started.add(input.workflowKey);
      void enqueue(input.workflowKey, () =>
        new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => saveSnapshot(input)),
      );
      return;
    }
    const waiting = pending.get(input.workflowKey);
    if (waiting) clearTimeout(waiting.timer);
    const timer = setTimeout(() => void flush(input.workflowKey), saveDelayMs);
    pending.set(input.workflowKey, { input, timer });
  };

  const updateDeltas = (workflowKey: string, update: (deltas: typeof NO_DELTAS) => typeof NO_DELTAS) =>
    set((state) => {
      const deltas = new Map(state.deltas);
      deltas.set(workflowKey, update(state.deltas.get(workflowKey) ?? NO_DELTAS));
      return { deltas };
    });

  /**
   * Stores (null: removes) a workflow's pin: true when stored, false when the browser refused (the pin lasts
   * for the session), undefined without pin storage (pins last for the session by design).
   */
  const storePin = (workflowKey: string, pin: StoredPin | null): boolean | undefined => {
    const storage = pinStorage?.();
    return storage ? writePin(storage, workflowKey, pin) : undefined;
  };

  /**
   * The workflow's stored versions, once its waiting save has ended; null when versions are kept in memory
   * (no database). Throws when the database cannot be read.
   */
  const listStored = async (workflowKey: string): Promise<ProfileSnapshot[] | null> => {
    await flush(workflowKey);
    const repo = await getRepository();
    return repo ? (await repo.list(workflowKey)).snapshots : null;
  };

  /** The stored graph of the pinned version (any device's snapshot of it: the graph is the same). */
  const findPinnedSnapshot = async (workflowKey: string, pin: StoredPin): Promise<ProfileSnapshot | null> => {
    const list = (await listStored(workflowKey)) ?? memory.get(workflowKey) ?? [];
    const ofVersion = list.filter((snapshot) => snapshot.workflowVersion === pin.workflowVersion);
    return ofVersion.find((snapshot) => snapshot.hardwareId === pin.hardwareId) ?? ofVersion[0] ?? null;
  };

  /**
   * A baseline pinned in an earlier session, once per workflow: estimated again from the pinned version's
   * stored graph with the settings of the current profile, so the deltas show what the edits changed.
   */
  const restorePin = (workflowKey: string, settings: AnalysisSettings) => {
    if (pinsRead.has(workflowKey)) return;
    const storage = pinStorage?.();
    if (!storage) return;
    pinsRead.add(workflowKey);
    const pin = readPin(storage, workflowKey);
    if (!pin || get().deltas.get(workflowKey)?.baseline) return;
    const pinned = `Pinned ${DATE.format(pin.pinnedAt)} in an earlier session`;
    const actions = pinActions.get(workflowKey) ?? 0;
    const setBaseline = (baseline: ProfiledGraph | null, note: string) => {
      if ((pinActions.get(workflowKey) ?? 0) !== actions) return;
      updateDeltas(workflowKey, (deltas) =>
        deltas.baseline || !deltas.current ? deltas : withDiff({ ...deltas, baseline, baselineNote: note }),
      );
    };
    const current = get().deltas.get(workflowKey)?.current;
    if (current && current.version === pin.workflowVersion && current.hardwareId === pin.hardwareId) {
      setBaseline(current, `${pinned}.`);
      return;
    }
    void (async () => {
      let snapshot: ProfileSnapshot | null;
      try {
        snapshot = await findPinnedSnapshot(workflowKey, pin);
      } catch (error) {
        setBaseline(
          null,
          `${pinned}, but the stored versions could not be read (${toRunHistoryError(error, 'read the stored workflow versions').message}).`,
        );
        return;
      }
      if (!snapshot) {
        writePin(storage, workflowKey, null);
        setBaseline(null, `${pinned}, but that version is no longer stored: nothing is pinned now.`);
        return;
      }
      let profile: Profile;
      try {
        // The very hardware object of the current estimate: the change then shows no device change.
        const options = { ...sideOptions(settings, settings.hardware), hardware: settings.hardware };
        profile = profileSide(snapshot.graph, options, 'pinned version');
      } catch (error) {
        setBaseline(null, `${pinned}: ${error instanceof Error ? error.message : String(error)}`);
        return;
      }
      const { nodes, edges } = snapshot.graph;
      const entry = {
        profile,
        nodes,
        edges,
        version: pin.workflowVersion,
        hardwareId: hardwareKey(profile.hardware),
      };
      setBaseline(entry, `${pinned}; estimated again from that stored version with the current settings.`);
    })();
  };

  return {
    recordProfile: (workflowKey, profile, nodes, edges, knownVersion, settings) => {
      const before = get().deltas.get(workflowKey) ?? NO_DELTAS;
      if (before.current?.profile === profile) return;
      const sameGraph = before.current?.nodes === nodes && before.current.edges === edges;
      const version = sameGraph
        ? before.current!.version
        : knownVersion !== undefined
          ? knownVersion
          : computeWorkflowVersion({ nodes, edges });
      const entry = { profile, nodes, edges, version, hardwareId: hardwareKey(profile.hardware) };
      updateDeltas(workflowKey, (deltas) => recordEntry(deltas, entry));
      // Nothing to compare the first profile with: read its graph while the page is idle, for the first edit.
      if (get().deltas.get(workflowKey)?.against === null) {
        runWhenIdle(() => prepareStructure(entry), STRUCTURE_IDLE_TIMEOUT_MS);
      }
      if (version !== null)
        scheduleSnapshot({ workflowKey, workflowVersion: version, profile, nodes, edges });
      if (settings) restorePin(workflowKey, settings);
    },

    pinBaseline: (workflowKey) => {
      const current = get().deltas.get(workflowKey)?.current;
      if (!current) return;
      countPinAction(workflowKey);
      const kept =
        current.version === null ||
        storePin(workflowKey, {
          workflowVersion: current.version,
          hardwareId: current.hardwareId,
          pinnedAt: now(),
        }) !== false;
      updateDeltas(workflowKey, (deltas) =>
        withDiff({
          ...deltas,
          baseline: current,
          baselineNote: kept
            ? null
            : 'This pin lasts for this session only: the browser refused to store it.',
        }),
      );
      // The pinned version's graph is stored now, not after the save delay: a reload can estimate it again.
      void flush(workflowKey);
    },

    clearBaseline: (workflowKey) => {
      countPinAction(workflowKey);
      storePin(workflowKey, null);
      updateDeltas(workflowKey, (deltas) => withDiff({ ...deltas, baseline: null, baselineNote: null }));
    },

    loadSnapshots: async (workflowKey) => {
      const token = ++loadToken;
      const kept = get().snapshotsKey === workflowKey ? get().snapshots : [];
      set({ snapshotsKey: workflowKey, snapshots: kept, snapshotStatus: 'loading' });
      try {
        const stored = await listStored(workflowKey);
        if (token !== loadToken) return;
        if (stored === null) set({ snapshots: memory.get(workflowKey) ?? [], snapshotStatus: 'ready' });
        else set({ snapshots: stored, snapshotStatus: 'ready', snapshotError: null });
      } catch (error) {
        if (token === loadToken)
          set({
            snapshotStatus: 'error',
            snapshotError: toRunHistoryError(error, 'read the stored workflow versions').message,
          });
      }
    },

    ...createComparisonActions(set, get),

    reset: () => {
      loadToken++;
      for (const waiting of pending.values()) clearTimeout(waiting.timer);
      pending.clear();
      started.clear();
      inflight.clear();
      pinsRead.clear();
      pinActions.clear();
      saved.clear();
      get().clearComparison();
      set(createInitialCompareState());
    },
  };
}

/**
 * Creates an independent compare store (tests, or several editors on one page).
 *
 * @example
 * const store = createProfileCompareStore({ openSnapshots: () => openProfileSnapshots({ indexedDB }) });
 * store.getState().recordProfile('wf', profile, nodes, edges);
 * store.getState().deltas.get('wf')?.diff?.summary.makespanMs.delta;
 */
export function createProfileCompareStore(
  options: CreateProfileCompareStoreOptions = {},
): ProfileCompareStoreApi {
  return createStore<ProfileCompareState>()((set, get) => ({
    ...createInitialCompareState(),
    ...createActions(set, get, options),
  }));
}

/**
 * The app's compare store: snapshots in the `workflow-profiler-runs` database (opened on first use), pinned
 * baselines in localStorage (`workflow-profiler:pins`).
 */
export const profileCompareStore: ProfileCompareStoreApi = createProfileCompareStore({
  pinStorage: () => (typeof window !== 'undefined' ? window.localStorage : undefined),
});
